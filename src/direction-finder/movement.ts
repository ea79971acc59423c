/**
 * A movement step of `<direction-finder>` (`extension`: press-ups; `flexion`: knees to chest) as a pure
 * template: the exercise's picture and steps from the catalogue (the same as on its `<exercise-card>`),
 * the dose, the stop rule, a count the person taps, and "Stop: it's spreading down my leg" — kept in
 * view at the top of the element (sticky) and one Tab from the step's heading, so it is always one tap
 * or key press away.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../core/format.js';
import { headingTag } from '../core/headings.js';
import { text, type Exercise } from '../content/exercises/types.js';
import { stepDirectionCheck } from '../content/exercises/shared-text.js';
import { picture } from '../exercise-card/picture.js';
import type { Movement } from './protocol.js';
import { movementName } from './text.js';

/** Repetitions in a round (CLINICAL.md: "about 10 times"). */
export const repsPerRound = 10;

export interface MovementView {
  movement: Movement;
  /** 1-based round of this movement. */
  round: number;
  /** The exercise, once loaded (its picture and steps); `null` while loading or if it could not load. */
  exercise: Exercise | null;
  /** Why this round: one more of the same, or the other direction now. `null` for the first round. */
  lead: string | null;
  /** Repetitions the person has counted this round. */
  reps: number;
  headingLevel: number;
}

export interface MovementHandlers {
  count(): void;
  done(): void;
  spreading(): void;
}

export function renderMovement(view: MovementView, on: MovementHandlers): TemplateResult {
  const h = headingTag(view.headingLevel);
  const sub = headingTag(view.headingLevel + 1);
  const name = movementName(view.movement);
  const round = formatNumber(view.round);
  const { exercise } = view;
  // The catalogue's last step ("if the pain moves up…, keep going") is the test's own question here.
  const steps = exercise?.steps.filter((step) => step !== stepDirectionCheck) ?? [];
  const count = formatNumber(view.reps);
  return html`${staticHtml`<${h} class="step-title" id="df-step-title" tabindex="-1">${msg(str`${name}: round ${round}`, { id: 'df-ui-movement-title' })}</${h}>`}
    <div class="stop-bar" part="stop-bar">
      <button type="button" class="spreading" @click=${on.spreading}>${msg('Stop: it is spreading down my leg', { id: 'df-ui-spreading' })}</button>
    </div>
    ${view.lead ? html`<p class="lead">${view.lead}</p>` : nothing}
    <div class="movement">
      <div class="movement-picture">${exercise?.illustration ? picture(exercise.illustration) : nothing}</div>
      <div class="movement-how">
        <p class="dose">${msg('Do it about 10 times, slowly, resting for a moment after each one.', { id: 'df-ui-dose' })}</p>
        ${steps.length > 0 ? html`<ol class="steps" part="steps">${steps.map((step) => html`<li>${text(step)}</li>`)}</ol>` : nothing}
        ${exercise?.harder ? html`<p class="harder">${text(exercise.harder)}</p>` : nothing}
        ${exercise && exercise.cautions.general.length > 0
          ? html`<div class="cautions" part="cautions">
              ${staticHtml`<${sub}>${msg('Take care', { id: 'ec-ui-cautions' })}</${sub}>`}
              <ul>
                ${exercise.cautions.general.map((caution) => html`<li>${text(caution)}</li>`)}
              </ul>
            </div>`
          : nothing}
      </div>
    </div>
    <div class="stop-rule" part="stop-rule">
      <p>
        <strong>${msg('Stop at once if pain, numbness or tingling spreads further down your leg.', { id: 'df-ui-stop-rule' })}</strong>
        ${msg('Your back aching more for a while is expected and is not a reason to stop.', { id: 'df-ui-stop-rule-back' })}
      </p>
    </div>
    <div class="counter" part="counter">
      <p class="count" aria-live="polite" aria-atomic="true">
        <span class="count-number">${count}</span> <span class="count-of">${msg('of about 10', { id: 'df-ui-count-of' })}</span>
      </p>
      <button type="button" class="secondary count-one" @click=${on.count}>${msg('Count one', { id: 'df-ui-count-one' })}</button>
    </div>
    <p class="counter-hint">${msg('Press Count one after each, or keep count yourself.', { id: 'df-ui-count-hint' })}</p>
    <div class="actions">
      <button type="button" class="round-done" @click=${on.done}>${msg('I have done them', { id: 'df-ui-round-done' })}</button>
    </div>`;
}
