/**
 * The symptom question asked after an exercise and after a nerve glide session: "Did your leg
 * symptoms move up toward your back, stay the same, or move down your leg?" — one shared piece so
 * `<exercise-card>` and `<nerve-glide-timer>` ask it, and answer it, in the same words.
 *
 * Pure: a template function and its types, no state and no side effects. The element keeps the
 * answer and re-renders; `symptomQuestionStyles` goes in the element's `static styles` (after
 * `controlStyles`, which styles the buttons).
 *
 * Safety (docs/clinical-basis.md): symptoms moving down the leg (peripheralization) mean "stop that
 * movement", shown at once and prominently; moving up toward the back (centralization) is a good sign.
 * Every answer that lets the person carry on also carries the concrete safety net, with the number.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderSafetyNet } from './emergency.js';
import { saysPhysicalTherapist } from './locale.js';

/**
 * How the person's leg symptoms responded: `centralized` (moved up toward the back, a good sign),
 * `unchanged`, or `peripheralized` (moved down the leg: stop that movement).
 */
export type SymptomResponse = 'centralized' | 'unchanged' | 'peripheralized';

/** The answers in the order they are offered. */
export const symptomResponses: readonly SymptomResponse[] = Object.freeze(['centralized', 'unchanged', 'peripheralized']);

export interface SymptomQuestionOptions {
  /** The answer given so far, or `null`. */
  answer: SymptomResponse | null;
  /** Called with the chosen answer when the person presses one of the buttons. */
  onAnswer: (response: SymptomResponse) => void;
  /** Id of the question text inside the element's shadow root (unique per element). Default `symptom-question`. */
  id?: string;
  /** The emergency number the safety net names (`null`: "your local emergency number"). */
  emergencyNumber: string | null;
}

/** The words of each answer button. */
export function symptomResponseLabel(response: SymptomResponse): string {
  switch (response) {
    case 'centralized':
      return msg('Moved up toward my back', { id: 'sq-answer-centralized' });
    case 'unchanged':
      return msg('Stayed the same', { id: 'sq-answer-unchanged' });
    case 'peripheralized':
      return msg('Moved down my leg', { id: 'sq-answer-peripheralized' });
  }
}

function renderAdvice(answer: SymptomResponse, emergencyNumber: string | null): TemplateResult {
  switch (answer) {
    case 'centralized':
      return html`<div class="symptom-advice good" part="symptom-advice">
        <p>
          ${msg('That is a good sign. Pain moving up toward your back often means things are settling, even if your back aches more for a while.', {
            id: 'sq-advice-centralized',
          })}
        </p>
        ${renderSafetyNet(emergencyNumber)}
      </div>`;
    case 'unchanged':
      return html`<div class="symptom-advice" part="symptom-advice">
        <p>${msg('No change. You can keep going as planned, and stop if your symptoms start to move down your leg.', { id: 'sq-advice-unchanged' })}</p>
        ${renderSafetyNet(emergencyNumber)}
      </div>`;
    case 'peripheralized':
      // role="alert": the stop advice is read out at once, not left for the person to find.
      return html`<div class="symptom-advice stop" part="symptom-advice stop-advice" role="alert">
        <p class="stop-title"><strong>${msg('Stop this exercise for now.', { id: 'sq-stop-title' })}</strong></p>
        <p>
          ${saysPhysicalTherapist()
            ? msg('Pain or tingling moving down your leg means this movement is not right for you at the moment. Do not do it again until you have talked to your physical therapist or doctor.', {
                id: 'sq-stop-body-pt',
              })
            : msg('Pain or tingling moving down your leg means this movement is not right for you at the moment. Do not do it again until you have talked to your physiotherapist or doctor.', {
                id: 'sq-stop-body',
              })}
        </p>
        <p>${msg('If it keeps spreading, see a doctor in the next few days.', { id: 'sq-stop-soon' })}</p>
        ${renderSafetyNet(emergencyNumber)}
      </div>`;
  }
}

/**
 * The question, its three answer buttons (the chosen one `aria-pressed="true"`), and the advice for
 * the chosen answer. Parts: `symptom-question`, `symptom-advice`, and `stop-advice` on the stop box.
 */
export function renderSymptomQuestion({ answer, onAnswer, id = 'symptom-question', emergencyNumber }: SymptomQuestionOptions): TemplateResult {
  return html`<div class="symptom-question" part="symptom-question" role="group" aria-labelledby=${id}>
    <p class="symptom-prompt" id=${id}>
      ${msg('Did your leg symptoms move up toward your back, stay the same, or move down your leg?', { id: 'sq-prompt' })}
    </p>
    <div class="symptom-choices">
      ${symptomResponses.map(
        (response) =>
          html`<button type="button" class="secondary" data-response=${response} aria-pressed=${answer === response ? 'true' : 'false'} @click=${() => onAnswer(response)}>
            ${symptomResponseLabel(response)}
          </button>`,
      )}
    </div>
    ${answer ? renderAdvice(answer, emergencyNumber) : nothing}
  </div>`;
}

/** Styles for `renderSymptomQuestion`; uses the shared theme tokens only (px/em, no rem). */
export const symptomQuestionStyles = css`
  .symptom-question {
    margin: 1em 0 0;
  }

  .symptom-prompt {
    margin: 0 0 0.5em;
    font-weight: 600;
  }

  .symptom-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .symptom-choices button {
    min-height: 44px;
  }

  .symptom-choices button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .symptom-advice {
    margin: 0.75em 0 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .symptom-advice p {
    margin: 0 0 0.5em;
  }

  .symptom-advice p:last-child {
    margin-bottom: 0;
  }

  .symptom-advice.good {
    border-color: var(--_success);
    background: var(--_success-surface);
  }

  .symptom-advice.stop {
    border: 3px solid var(--_danger);
    background: var(--_danger-surface);
  }

  .symptom-advice.stop .stop-title {
    color: var(--_danger);
    font-size: 1.125em;
  }
`;
