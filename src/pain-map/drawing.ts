/**
 * The body drawing of `<pain-map>` as the person sees and uses it: one view (back or front) with a
 * tappable shape per region, each region's number when marked, and the pain scale under it. A pure
 * template; the geometry is body.ts's, the keyboard movement navigation.ts's, the state the element's.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { bodyOutline, regionShapes, sideLabels, viewHeight, viewWidth, type RegionShape } from './body.js';
import { isMarked, markLabel, markOf, type PainMap } from './centralization.js';
import type { BodyView, RegionId } from './regions.js';

export interface DrawingState {
  map: PainMap;
  /** The region whose editor is open. */
  selected: RegionId | null;
  /** The one region in the tab order (the drawing is one tab stop; arrows move inside it). */
  tabStop: RegionId | null;
  readonly: boolean;
  /** A Back/Front switch already names the view: the caption is then for screen readers only. */
  switched: boolean;
}

export interface DrawingHandlers {
  select(id: RegionId): void;
  focus(id: RegionId): void;
  key(event: KeyboardEvent, shape: RegionShape): void;
}

export function renderBodyView(view: BodyView, state: DrawingState, on: DrawingHandlers): TemplateResult {
  const title =
    view === 'back'
      ? msg('Back of the body, seen from behind: your left is on the left', { id: 'pm-ui-view-back' })
      : msg('Front of the body, facing you: your left is on the right', { id: 'pm-ui-view-front' });
  const caption = view === 'back' ? msg('Back', { id: 'pm-ui-caption-back' }) : msg('Front', { id: 'pm-ui-caption-front' });
  return html`<figure class="view view-${view}">
    <figcaption id="pm-caption-${view}" class=${state.switched ? 'visually-hidden' : ''}>${caption}</figcaption>
    <svg
      part="body"
      class="body"
      viewBox="0 0 ${viewWidth} ${viewHeight}"
      role="group"
      aria-label=${title}
      aria-describedby=${state.readonly ? nothing : 'pm-help'}
    >
      ${bodyOutline(view)} ${regionShapes(view).map((shape) => renderRegion(shape, state, on))} ${sideLabels(view)}
    </svg>
  </figure>`;
}

function renderRegion(shape: RegionShape, state: DrawingState, on: DrawingHandlers): SVGTemplateResult {
  const mark = markOf(state.map, shape.id);
  const marked = isMarked(mark);
  const level = marked && mark ? `i${mark.intensity}` : 'unmarked';
  const selected = state.selected === shape.id;
  const label = markLabel(state.map, shape.id);
  const number =
    marked && mark
      ? svg`<g class="badge ${level}" aria-hidden="true">
          <circle cx=${shape.x} cy=${shape.y} r="8.5"></circle>
          <text x=${shape.x} y=${shape.y} dy="0.35em" text-anchor="middle">${mark.intensity}</text>
        </g>`
      : nothing;
  if (state.readonly) {
    return svg`<path part="region" class="region ${level}" data-region=${shape.id} d=${shape.d} role="img" aria-label=${label}></path>${number}`;
  }
  return svg`<path
      part="region"
      class="region ${level} ${selected ? 'selected' : ''}"
      data-region=${shape.id}
      d=${shape.d}
      role="button"
      tabindex=${shape.id === state.tabStop ? '0' : '-1'}
      aria-label=${label}
      aria-pressed=${selected ? 'true' : 'false'}
      @click=${() => on.select(shape.id)}
      @focus=${() => on.focus(shape.id)}
      @keydown=${(e: KeyboardEvent) => on.key(e, shape)}
    ></path>${number}`;
}

/** The colour scale of pain strengths under the drawing (decorative: every number is also in words). */
export function renderScale(): TemplateResult {
  const steps = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  return html`<div class="scale" aria-hidden="true">
    <span class="scale-end">${msg('Mild', { id: 'pm-ui-scale-mild' })}</span>
    <span class="scale-steps">${steps.map((n) => html`<span class="step i${n}">${n}</span>`)}</span>
    <span class="scale-end">${msg('Worst', { id: 'pm-ui-scale-worst' })}</span>
  </div>`;
}

/** The Back/Front switch of a narrow element that shows both views one at a time. */
export function renderViewSwitch(shown: BodyView, show: (view: BodyView) => void): TemplateResult {
  const option = (view: BodyView, label: string) =>
    html`<button type="button" class="secondary view-option" aria-pressed=${shown === view ? 'true' : 'false'} @click=${() => show(view)}>
      ${label}
    </button>`;
  return html`<div class="view-switch" role="group" aria-label=${msg('Which side of the body', { id: 'pm-ui-view-switch' })}>
    ${option('back', msg('Back', { id: 'pm-ui-caption-back' }))} ${option('front', msg('Front', { id: 'pm-ui-caption-front' }))}
  </div>`;
}
