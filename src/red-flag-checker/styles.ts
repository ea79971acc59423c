/**
 * Styles of `<red-flag-checker>`. Colours come only from the shared theme tokens (core/styles.ts);
 * sizes are px or em, never rem. The emergency box is the most visible thing in the element and
 * has no animation or transition of any kind.
 */
import { css } from 'lit';

export const redFlagCheckerStyles = css`
  .root {
    padding: 1em;
  }

  .intro {
    margin: 0 0 1em;
  }

  /* While the person answers, the emergency advice stays in view at the top of the element. */
  .emergency {
    position: sticky;
    top: 0;
    z-index: 1;
    box-shadow: 0 4px 12px rgb(0 0 0 / 20%);
  }

  .care-card .call,
  .emergency .call {
    font-size: 1.25em;
  }

  .group-heading {
    margin: 1.25em 0 0.5em;
  }

  /* One question per screen on a phone: the question reads on its own, in large type. */
  .stepper legend {
    font-size: 1.25em;
    line-height: 1.3;
  }

  h2,
  h3 {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }

  h2 {
    font-size: 1.25em;
  }

  h3 {
    font-size: 1.0625em;
  }

  .emergency .continue {
    margin: 0;
    font-size: 0.9375em;
  }

  /* --- questions --- */
  form {
    margin: 0;
  }

  .group {
    margin: 0 0 1.25em;
  }

  .group-name {
    margin: 0 0 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }

  .progress {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-weight: 600;
  }

  fieldset {
    min-width: 0;
    margin: 0 0 0.75em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  fieldset.unanswered-flag {
    border: 2px solid var(--_warning);
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

  /* Answers are large tiles (GOV.UK radios): the whole tile is the target, the chosen one clearly filled. */
  .choices {
    clear: both;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7em, 1fr));
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

  .choice input {
    appearance: none;
    display: grid;
    place-content: center;
    flex: none;
    width: 28px;
    height: 28px;
    margin: 0;
    border: 2px solid currentColor;
    border-radius: 50%;
    background: var(--_surface);
  }

  .choice input::before {
    content: '';
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: var(--_accent);
    transform: scale(0);
  }

  .choice input:checked::before {
    transform: scale(1);
  }

  .choice input:focus-visible {
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

    .choice input {
      border-color: currentColor;
      background: Canvas;
    }

    .choice input::before {
      background: CanvasText;
    }
  }

  .notice {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-surface);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 1em 0 0;
  }

  /* --- the result: a care card (NHS.UK immediate / urgent / non-urgent), one panel per level --- */
  .care-card {
    margin: 0 0 1em;
    border: 3px solid var(--_card);
    border-radius: var(--_radius);
    background: var(--_surface);
    --_card: var(--_accent);
  }

  .care-card.level-emergency {
    --_card: var(--_danger);
  }

  .care-card.level-urgent {
    --_card: var(--_warning);
  }

  .care-card.level-self-care {
    --_card: var(--_success);
  }

  .care-card-heading {
    padding: 0.75em 1em;
    background: var(--_card);
    color: var(--_surface);
  }

  .care-card-heading .result-title {
    margin: 0;
    color: inherit;
  }

  .care-card-content {
    padding: 1em;
  }

  .care-card .action {
    font-size: 1.125em;
    font-weight: 600;
  }

  /* The one primary action of a card: a large "Call …" that reads as a button. */
  .care-card .call {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    min-height: 48px;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_card);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_card);
    color: var(--_surface);
    font-weight: 700;
    text-decoration: none;
  }

  .care-card .call .number {
    font-weight: 400;
  }

  @media (forced-colors: active) {
    .care-card {
      border-color: CanvasText;
    }

    .care-card-heading {
      border-bottom: 3px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    .care-card .call {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }

  .result p {
    margin: 0 0 0.5em;
  }

  .result-title:focus {
    outline: none;
  }

  .result-title:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .label {
    font-weight: 700;
  }

  .summary {
    margin: 1em 0 0;
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .summary ul {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }

  .summary .when {
    color: var(--_muted);
  }

  @media print {
    .root {
      padding: 0;
    }

    button,
    .actions,
    .choices,
    .continue,
    .notice {
      display: none !important;
    }

    .result,
    .summary,
    .emergency {
      break-inside: avoid;
    }
  }
`;
