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

  fieldset.unanswered-flag {
    border: 2px solid var(--_warning);
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
