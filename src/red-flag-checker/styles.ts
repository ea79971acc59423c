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

  .choices {
    clear: both;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .choice {
    display: flex;
    flex: 1 1 8em;
    align-items: center;
    gap: 0.6em;
    min-height: 44px;
    padding: 0.4em 0.8em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    cursor: pointer;
  }

  .choice:has(input:checked) {
    border: 2px solid var(--_accent);
  }

  .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
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

  /* --- the result --- */
  .result {
    padding: 1em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .result.level-emergency {
    border-color: var(--_danger);
    background: var(--_danger-surface);
  }

  .result.level-emergency .result-title {
    color: var(--_danger);
  }

  .result.level-urgent {
    border-color: var(--_warning);
    background: var(--_warning-surface);
  }

  .result.level-urgent .result-title {
    color: var(--_warning);
  }

  .result.level-soon {
    border-color: var(--_accent);
  }

  .result.level-self-care {
    border-color: var(--_success);
    background: var(--_success-surface);
  }

  .result.level-self-care .result-title {
    color: var(--_success);
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
