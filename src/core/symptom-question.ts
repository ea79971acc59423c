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

/**
 * The mark before each answer: up toward the back, the same, down the leg. Decorative (`aria-hidden`):
 * the words carry the meaning, the mark only helps the eye find its answer again.
 */
const MARKS: Readonly<Record<SymptomResponse, string>> = { centralized: '↑', unchanged: '=', peripheralized: '↓' };

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
 * The question, its three answers, and the advice for the chosen answer. Parts: `symptom-question`,
 * `symptom-advice`, and `stop-advice` on the stop box.
 *
 * The answers look like GOV.UK radios (a stacked list of large tiles, full width on a phone, the
 * chosen one filled) but are toggle buttons (`aria-pressed`): with radios, arrowing through the
 * group would choose each answer on the way, and passing "moved down my leg" would raise the stop
 * advice (an alert) and pause the exercise. A button answers only when pressed.
 */
export function renderSymptomQuestion({ answer, onAnswer, id = 'symptom-question', emergencyNumber }: SymptomQuestionOptions): TemplateResult {
  return html`<div class="symptom-question" part="symptom-question" role="group" aria-labelledby=${id}>
    <p class="symptom-prompt" id=${id}>
      ${msg('Did your leg symptoms move up toward your back, stay the same, or move down your leg?', { id: 'sq-prompt' })}
    </p>
    <div class="symptom-choices">
      ${symptomResponses.map(
        (response) =>
          html`<button type="button" class="choice" data-response=${response} aria-pressed=${answer === response ? 'true' : 'false'} @click=${() => onAnswer(response)}>
            <span class="mark" aria-hidden="true">${MARKS[response]}</span><span class="choice-text">${symptomResponseLabel(response)}</span>
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
    margin: 0 0 0.75em;
    font-weight: 600;
  }

  /* One answer per line, as wide as the element on a phone; a readable width on a wide screen. */
  .symptom-choices {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    max-width: 30em;
  }

  .symptom-choices .choice {
    justify-content: flex-start;
    gap: 0.75em;
    width: 100%;
    min-height: 52px;
    padding: 0.5em 1em 0.5em 0.6em;
    border: 2px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    text-align: start;
  }

  .symptom-choices .mark {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    width: 1.9em;
    height: 1.9em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1;
  }

  .symptom-choices .choice[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  /* The chosen answer's mark is filled, like a checked radio. */
  .symptom-choices .choice[aria-pressed='true'] .mark {
    border-color: var(--_on-accent);
    background: var(--_on-accent);
    color: var(--_accent);
  }

  /*
   * Room between the chosen answer and the advice, so the stop box does not read as part of the tile.
   * Scoped under .symptom-question: an element's own .stop (the card's stop-rule box) must not restyle it.
   */
  .symptom-question .symptom-advice {
    margin: 1.5em 0 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .symptom-question .symptom-advice p {
    margin: 0 0 0.5em;
  }

  .symptom-question .symptom-advice p:last-child {
    margin-bottom: 0;
  }

  .symptom-question .symptom-advice.good {
    border-color: var(--_success);
    background: var(--_success-surface);
  }

  .symptom-question .symptom-advice.stop {
    border: 3px solid var(--_danger);
    background: var(--_danger-surface);
  }

  .symptom-question .symptom-advice.stop .stop-title {
    color: var(--_danger);
    font-size: 1.125em;
  }

  /* Contrast themes: the tiles are buttons in the system's button colours, the chosen one highlighted. */
  @media (forced-colors: active) {
    .symptom-choices .choice {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }

    .symptom-choices .choice[aria-pressed='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }

    .symptom-choices .choice[aria-pressed='true'] .mark {
      border-color: HighlightText;
      background: HighlightText;
      color: Highlight;
    }
  }
`;
