/**
 * Styles of `<exercise-card>`. Colours come only from the shared theme tokens (core/styles.ts);
 * sizes are px or em, never rem. Readable at 320 px: one column, wrapping buttons, the picture
 * scales with the card.
 *
 * Print (a clinic prints a few cards as a handout): no buttons, countdown or symptom question; the
 * picture, dose, steps, cautions and stop rule stay, compact cards print their details too, and a
 * card is not split across pages where it fits on one.
 */
import { css } from 'lit';

export const exerciseCardStyles = css`
  :host {
    break-inside: avoid;
    page-break-inside: avoid;
  }

  .root {
    padding: 1em;
    border: 1px solid var(--_border);
  }

  .card {
    margin: 0;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 1em 0 0.25em;
    font-size: 1.0625em;
    line-height: 1.25;
  }

  .title {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.2;
  }

  .caution-group h3,
  .caution-group h4,
  .caution-group h5,
  .caution-group h6 {
    margin: 0.5em 0 0.25em;
    font-size: 1em;
  }

  p {
    margin: 0 0 0.75em;
  }

  ul,
  ol {
    margin: 0 0 0.75em;
    padding-inline-start: 1.4em;
  }

  li + li {
    margin-top: 0.3em;
  }

  .category {
    margin: 0.15em 0 0.75em;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }

  .dose {
    font-weight: 600;
  }

  .stop {
    margin: 0 0 0.75em;
    padding: 0.75em 1em;
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_warning-surface);
  }

  .stop p {
    margin: 0;
  }

  .stop p + p {
    margin-top: 0.4em;
  }

  .toggle {
    margin: 0 0 0.75em;
  }

  .aim {
    font-size: 1.0625em;
  }

  .steps li::marker {
    font-weight: 700;
    color: var(--_accent);
  }

  .cautions {
    margin: 0 0 0.75em;
  }

  .caution-group.condition {
    margin: 0 0 0.5em;
    padding: 0.25em 0.75em;
    border-inline-start: 4px solid var(--_border);
  }

  .caution-group.condition.chosen {
    border-inline-start-color: var(--_warning);
    background: var(--_warning-surface);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }

  .caution-group.condition ul {
    margin-bottom: 0.25em;
  }

  /*
   * "Where this comes from" is a disclosure and looks like one (GOV.UK's details): a chevron that
   * points right when closed and down when open, and underlined text in the control colour.
   */
  .sources {
    margin: 0 0 0.75em;
  }

  .sources summary {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding-inline-end: 0.25em;
    list-style: none;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }

  .sources summary::-webkit-details-marker {
    display: none;
  }

  /* Drawn with borders in the text colour, so a contrast theme paints it like the text. */
  .sources summary::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin-inline: 0.2em 0.1em;
    border-right: 0.16em solid currentColor;
    border-bottom: 0.16em solid currentColor;
    transform: rotate(-45deg);
  }

  .sources[open] summary::before {
    transform: translateY(-0.15em) rotate(45deg);
  }

  .sources .summary-text {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .sources summary:hover .summary-text {
    text-decoration-thickness: 0.15em;
  }

  .sources ul {
    margin-top: 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .timer {
    margin: 1em 0 0;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .timer-intro,
  .done-message {
    margin: 0 0 0.5em;
  }

  .done-message {
    color: var(--_success);
    font-size: 1.125em;
    font-weight: 700;
  }

  .done-message:focus {
    outline: none;
  }

  .done-message:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .actions button {
    min-height: 44px;
    min-width: 44px;
  }

  .countdown {
    text-align: center;
  }

  .counter {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }

  .countdown.relax .counter {
    color: var(--_muted);
  }

  .seconds {
    display: flex;
    flex-direction: column;
    align-items: center;
    margin: 0 0 0.5em;
  }

  .seconds .number {
    color: var(--_accent);
    font-size: 3.5em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }

  .countdown.relax .seconds .number {
    color: var(--_muted);
  }

  .seconds .unit {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .feedback {
    margin: 0.25em 0 0;
  }

  @media print {
    .root {
      padding: 0.5em 0;
      border: none;
    }

    button,
    .toggle,
    .timer,
    .feedback,
    .sources,
    [data-live] {
      display: none !important;
    }

    /* A compact card prints its steps and cautions too. */
    .details[hidden] {
      display: block !important;
    }

    .picture {
      max-width: 300px;
    }

    .stop,
    .steps,
    .cautions,
    .picture {
      break-inside: avoid;
    }
  }
`;
