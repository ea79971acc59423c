/**
 * "Where do you feel it now, and how strong?" — the `before`, `after-extension` and `after-flexion`
 * steps of `<direction-finder>`, as a pure template.
 *
 * Not a full pain map: a short radio group of the five levels (back only, buttock or hip, thigh, knee
 * or lower leg, foot or toes), each tile with a small figure that marks how far down that level
 * reaches, then the strength there as chips 0–10. Native radios, so a keyboard moves with the arrow
 * keys and a screen reader reads "Thigh, radio button, 3 of 5"; the figures are decorative
 * (`aria-hidden`): the words carry the meaning. Nothing is chosen for the person, not even their
 * answer from before.
 *
 * The figure is the pain map's own back view (`pain-map/body.ts`), so both elements draw the same body:
 * the low back is always marked, and the left leg down to the level, the level itself strongest.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { formatNumber } from '../core/format.js';
import { bodyOutline, regionShapes } from '../pain-map/body.js';
import { regionById, type ExtentRank } from '../pain-map/regions.js';
import { extentLevels, extentName } from './text.js';

/** The answer being given: each part `null` until the person chooses it. */
export interface ReadingDraft {
  extent: ExtentRank | null;
  intensity: number | null;
}

/** Which part is missing when the person presses Next without it. */
export type ReadingProblem = 'extent' | 'intensity' | 'both' | null;

export interface ReadingView {
  draft: ReadingDraft;
  problem: ReadingProblem;
}

export interface ReadingHandlers {
  extent(value: ExtentRank): void;
  intensity(value: number): void;
}

// The back view's regions, each with the class that marks it at each level. Computed once: the
// geometry never changes.
const backShapes = regionShapes('back').flatMap((shape) => {
  const region = regionById(shape.id);
  // The low back on both sides, and the person's left leg (the viewer's left, seen from behind).
  if (!region || region.rank === null || (region.rank > 0 && region.side !== 'left')) return [];
  return [{ d: shape.d, rank: region.rank }];
});

/** The small figure for one level: the low back and the left leg down to `level`, that level strongest. */
export function levelPicture(level: ExtentRank): TemplateResult {
  const parts: SVGTemplateResult[] = backShapes.map(
    ({ d, rank }) => svg`<path class=${rank === level ? 'furthest' : rank < level ? 'reach' : 'clear'} d=${d}></path>`,
  );
  // Cropped to the figure (the arms reach x 28–172); decorative, the tile's words say the level.
  return html`<svg class="level-figure" viewBox="22 0 156 470" aria-hidden="true" focusable="false">${bodyOutline('back')}${parts}</svg>`;
}

const STRENGTHS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function problemText(problem: Exclude<ReadingProblem, null>): string {
  switch (problem) {
    case 'extent':
      return msg('Choose how far down you feel it.', { id: 'df-ui-problem-extent' });
    case 'intensity':
      return msg('Choose how strong it is there.', { id: 'df-ui-problem-intensity' });
    case 'both':
      return msg('Choose how far down you feel it and how strong it is there.', { id: 'df-ui-problem-both' });
  }
}

/** The two questions. Radio names are fixed (`df-extent`, `df-intensity`): one reading shows at a time. */
export function renderReading(view: ReadingView, on: ReadingHandlers): TemplateResult {
  const { draft, problem } = view;
  const extentMissing = problem === 'extent' || problem === 'both';
  const intensityMissing = problem === 'intensity' || problem === 'both';
  return html`<fieldset class="levels ${extentMissing ? 'missing' : ''}" part="levels" aria-describedby="df-levels-hint">
      <legend>${msg('How far down do you feel it now?', { id: 'df-ui-levels-legend' })}</legend>
      <p class="hint" id="df-levels-hint">
        ${msg('Pain, numbness or tingling: choose the lowest place it reaches, on the leg where it reaches lowest.', { id: 'df-ui-levels-hint' })}
      </p>
      <div class="level-grid">
        ${extentLevels.map(
          (level) => html`<label class="level" data-extent=${level}>
            <input type="radio" class="radio-dot" name="df-extent" value=${level} .checked=${live(draft.extent === level)} @change=${() => on.extent(level)} />
            ${levelPicture(level)}
            <span class="level-name">${extentName(level)}</span>
          </label>`,
        )}
      </div>
    </fieldset>
    <fieldset class="strengths ${intensityMissing ? 'missing' : ''}" part="strengths" aria-describedby="df-strength-hint">
      <legend>${msg('How strong is it there?', { id: 'df-ui-strength-legend' })}</legend>
      <p class="hint" id="df-strength-hint">
        ${msg('0 is nothing there now, 10 is the worst you can imagine. For numbness or tingling, choose how strong it feels.', { id: 'df-ui-strength-hint' })}
      </p>
      <div class="strength-grid">
        ${STRENGTHS.map(
          (n) => html`<label class="strength">
            <input type="radio" name="df-intensity" value=${n} .checked=${live(draft.intensity === n)} @change=${() => on.intensity(n)} />
            <span>${formatNumber(n)}</span>
          </label>`,
        )}
      </div>
    </fieldset>
    <p class="notice" role="alert">${problem ? problemText(problem) : nothing}</p>`;
}
