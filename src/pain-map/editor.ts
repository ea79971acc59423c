/**
 * The editor of one region of `<pain-map>`: how strong it is (0–10, asked — never assumed) and how it
 * feels. It opens next to the place the person tapped: a sheet at the bottom of the element on narrow
 * widths, beside the figure on wide ones; focus moves into it, and Escape closes it from any control.
 * A pure template; the element owns the draft and applies each choice at once (the mark shows as
 * soon as the strength is chosen).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import { headingTag } from '../core/headings.js';
import { painQualities, qualityName, type Quality } from './regions.js';

/** What the editor holds for its region: the strength once chosen (`null` until then) and the feelings ticked. */
export interface Draft {
  intensity: number | null;
  qualities: Quality[];
}

/** Why Done did not close: no strength chosen yet, or "no pain" with no feeling ticked. */
export type EditorProblem = 'strength' | 'feeling' | null;

export interface EditorView {
  /** The region's name, e.g. "Left calf". */
  name: string;
  draft: Draft;
  /** Whether the region is marked now (then it can be removed). */
  marked: boolean;
  problem: EditorProblem;
  /** `sheet` at the bottom of the element (narrow), or `side` beside the figure (wide). */
  placement: 'sheet' | 'side';
  headingLevel: number;
}

export interface EditorHandlers {
  intensity(value: number): void;
  quality(quality: Quality, on: boolean): void;
  done(): void;
  remove(): void;
  close(): void;
}

const STRENGTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function problemText(problem: EditorProblem): string {
  return problem === 'strength'
    ? msg('Choose how strong it is first. Choose "No pain" if it is only numbness or tingling.', { id: 'pm-ui-choose-strength' })
    : msg('Tick how it feels, such as numbness or tingling, or choose how strong the pain is.', { id: 'pm-ui-choose-feeling' });
}

export function renderEditor(view: EditorView, on: EditorHandlers): TemplateResult {
  const { draft } = view;
  const h = headingTag(view.headingLevel);
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    on.close();
  };
  const strength = (value: number, label: string, className: string) => html`<label class="strength ${className}">
    <input type="radio" name="pm-strength" value=${value} .checked=${live(draft.intensity === value)} @change=${() => on.intensity(value)} />
    <span>${label}</span>
  </label>`;
  return html`<section class="editor ${view.placement}" part="editor" aria-labelledby="pm-editor-title" @keydown=${onKey}>
    ${staticHtml`<${h} id="pm-editor-title" class="editor-title">${view.name}</${h}>`}
    <fieldset class="strengths">
      <legend>${msg('How strong is it? 1 is mild, 10 is the worst you can imagine.', { id: 'pm-ui-strength-legend' })}</legend>
      <div class="strength-grid">${STRENGTHS.map((n) => strength(n, String(n), `i${n}`))}</div>
      ${strength(0, msg('No pain (only numbness or tingling)', { id: 'pm-ui-strength-none' }), 'none')}
    </fieldset>
    <fieldset class="qualities">
      <legend>${msg('How does it feel? Tick all that fit.', { id: 'pm-ui-qualities' })}</legend>
      ${painQualities.map(
        (q) => html`<label class="quality">
          <input
            type="checkbox"
            name="quality"
            value=${q}
            .checked=${live(draft.qualities.includes(q))}
            @change=${(e: Event) => on.quality(q, (e.target as HTMLInputElement).checked)}
          />
          <span>${qualityName(q)}</span>
        </label>`,
      )}
    </fieldset>
    <p class="editor-problem" role="alert">${view.problem ? problemText(view.problem) : nothing}</p>
    <div class="editor-actions">
      <button type="button" class="done" @click=${on.done}>${msg('Done', { id: 'pm-ui-done' })}</button>
      ${view.marked ? html`<button type="button" class="secondary remove" @click=${on.remove}>${msg('Remove', { id: 'pm-ui-remove' })}</button>` : nothing}
    </div>
  </section>`;
}
