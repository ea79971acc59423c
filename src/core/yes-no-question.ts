/**
 * A red-flag question answered yes or no, as large tiles (GOV.UK radios): one shared piece so
 * `<red-flag-checker>` and `<direction-finder>`'s safety step ask the same questions in the same words
 * and look the same.
 *
 * Pure: a template function and its styles, no state. The element keeps the answers and re-renders;
 * `yesNoStyles` goes in the element's `static styles`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';

/** What a question needs: the red-flag item bank's shape (content/red-flags.ts). */
export interface YesNoItem {
  readonly id: string;
  readonly question: () => string;
  readonly hint?: () => string;
}

/**
 * One question as a fieldset: the question as its legend, an optional hint (linked with
 * `aria-describedby`), and Yes / No radios named after the item's id. `value` is the answer so far
 * (`undefined`: not answered); `onAnswer` is called when the person chooses one.
 */
export function renderYesNoQuestion(item: YesNoItem, value: boolean | undefined, onAnswer: (id: string, yes: boolean) => void): TemplateResult {
  const hint = item.hint?.();
  const hintId = `hint-${item.id}`;
  const choice = (yes: boolean) => html`<label class="choice">
    <input type="radio" class="radio-dot" name=${item.id} value=${yes ? 'yes' : 'no'} .checked=${live(value === yes)} @change=${() => onAnswer(item.id, yes)} />
    <span class="choice-text">${yes ? msg('Yes', { id: 'rf-ui-yes' }) : msg('No', { id: 'rf-ui-no' })}</span>
  </label>`;
  return html`<fieldset part="question" class="question" data-id=${item.id} aria-describedby=${hint ? hintId : nothing}>
    <legend id=${`q-${item.id}`}>${item.question()}</legend>
    ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
    <div class="choices">${choice(true)} ${choice(false)}</div>
  </fieldset>`;
}

export const yesNoStyles = css`
  fieldset {
    min-width: 0;
    margin: 0 0 0.75em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  legend {
    float: left;
    width: 100%;
    margin: 0 0 0.25em;
    padding: 0;
    font-weight: 600;
  }

  .hint {
    clear: both;
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /*
   * Answers are large tiles (GOV.UK radios): the whole tile is the target, the chosen one clearly filled.
   * Yes and No side by side, sharing a phone's width but no wider than 14em each on a wide element, so
   * the two stay close to each other and to the question.
   */
  .choices {
    clear: both;
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 14em));
    gap: 0.5em;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: 48px;
    padding: 0.5em 0.85em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    font-weight: 600;
    cursor: pointer;
  }

  .choice:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  /*
   * A radio drawn as a large ring that fills with a dot when chosen (the native one is too small to see
   * on a tile). Every tile with a radio uses it: these yes/no tiles and the direction finder's levels,
   * which set a smaller --_dot.
   */
  input.radio-dot {
    appearance: none;
    display: grid;
    place-content: center;
    flex: none;
    width: var(--_dot, 28px);
    height: var(--_dot, 28px);
    margin: 0;
    border: 2px solid currentColor;
    border-radius: 50%;
    background: var(--_surface);
  }

  input.radio-dot::before {
    content: '';
    width: calc(var(--_dot, 28px) / 2);
    height: calc(var(--_dot, 28px) / 2);
    border-radius: 50%;
    background: var(--_accent);
    transform: scale(0);
  }

  input.radio-dot:checked::before {
    transform: scale(1);
  }

  input.radio-dot:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }

  @media (forced-colors: active) {
    /* The chosen tile in the theme's own selection colours, whole (none left for the browser to repaint). */
    .choice {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    .choice:has(input:checked) {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }

    input.radio-dot {
      border-color: currentColor;
      background: Canvas;
    }

    input.radio-dot::before {
      background: CanvasText;
    }
  }

  @media print {
    .choices {
      display: none !important;
    }
  }
`;
