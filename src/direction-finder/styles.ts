/**
 * Styles of `<direction-finder>`. Colours come only from the shared theme tokens (core/styles.ts);
 * sizes are px or em, never rem. The look follows the red-flag checker: tiles with a filled chosen
 * state, care cards for outcomes, the emergency box at the top and never animated.
 *
 * Print (a person takes the plan to their physiotherapist): only the plan, the report of the rounds
 * and the safety net, on one page; every control, the stages and the sources' links are hidden.
 */
import { css } from 'lit';

export const directionFinderStyles = css`
  .root {
    padding: 1em;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
    font-size: 1.0625em;
    line-height: 1.25;
  }

  .step-title {
    font-size: 1.25em;
  }

  .step-title:focus {
    outline: none;
  }

  .step-title:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  p {
    margin: 0 0 0.75em;
  }

  form {
    margin: 0;
  }

  /* While the person answers, the emergency advice (short: the call) stays in view at the top of the
     element. The urgent card is not sticky: on a phone it is taller than the screen and would cover
     the questions still to answer; it stays first in the step instead. */
  .emergency {
    position: sticky;
    top: 0;
    z-index: 2;
    box-shadow: 0 4px 12px rgb(0 0 0 / 20%);
  }

  .emergency .call,
  .care-card .call {
    font-size: 1.125em;
  }

  /* --- the four stages --- */
  .stages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 1em;
    padding: 0 0 0.75em;
    border-bottom: 1px solid var(--_border);
    list-style: none;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .stages li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }

  .stage-number {
    display: inline-grid;
    place-content: center;
    width: 1.75em;
    height: 1.75em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
  }

  .stages .current {
    color: var(--_text);
    font-weight: 700;
  }

  .stages .current .stage-number {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .stages .done .stage-number {
    border-color: var(--_accent);
    color: var(--_accent);
  }

  @media (forced-colors: active) {
    /* The current stage's number in the theme's selection colours, whole: left to the browser, its
       filled circle became a blank backplate with no number on it. */
    .stages .current .stage-number {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }

    .stages .done .stage-number {
      border-color: CanvasText;
      color: CanvasText;
    }
  }

  .intro,
  .reference {
    max-width: 42em;
  }

  .reference {
    color: var(--_muted);
  }

  .notice:empty {
    display: none;
  }

  .notice {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-surface);
  }

  .lead {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    font-weight: 600;
  }

  .lead.spreading-note {
    border-inline-start-color: var(--_danger);
    background: var(--_danger-surface);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 1em 0 0;
  }

  /* --- the last result (storage-key) --- */
  .last-time {
    margin: 0 0 1em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_success-surface);
  }

  .last-time > :last-child {
    margin-bottom: 0;
  }

  .storage-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .storage-status:focus {
    outline: none;
  }

  /* --- where it reaches, and how strong --- */
  fieldset.levels,
  fieldset.strengths {
    margin: 0 0 1em;
  }

  fieldset.missing {
    border: 2px solid var(--_warning);
  }

  .level-grid {
    clear: both;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.5em, 1fr));
    gap: 0.5em;
  }

  /* A tile per level: its radio, the small figure marking the level, and its name. */
  .level {
    position: relative;
    display: grid;
    grid-template-columns: auto 1fr;
    grid-template-areas: 'radio figure' 'name name';
    align-items: center;
    justify-items: center;
    gap: 0.25em 0.5em;
    min-height: 48px;
    padding: 0.5em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    font-weight: 600;
    text-align: center;
    cursor: pointer;
  }

  /* The ring itself is the shared radio-dot (core/yes-no-question.ts), a little smaller here. */
  .level input {
    grid-area: radio;
    --_dot: 24px;
  }

  .level-figure {
    grid-area: figure;
    display: block;
    width: 40px;
    height: auto;
    color: var(--_text);
  }

  .level-name {
    grid-area: name;
  }

  .level:has(input:checked) {
    border-color: var(--_accent);
    outline: 2px solid var(--_accent);
  }

  .level-figure .figure ellipse,
  .level-figure .figure path {
    fill: var(--_surface-alt);
    stroke: var(--_muted);
    stroke-width: 4;
    stroke-linejoin: round;
  }

  .level-figure .figure path.detail {
    display: none;
  }

  .level-figure path.clear {
    fill: none;
    stroke: none;
  }

  .level-figure path.reach {
    fill: var(--_accent);
    fill-opacity: 0.35;
    stroke: none;
  }

  .level-figure path.furthest {
    fill: var(--_accent);
    stroke: var(--_text);
    stroke-width: 3;
  }

  /* Strength is chosen, never assumed: eleven large chips, the chosen one filled. */
  .strength-grid {
    clear: both;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(44px, 1fr));
    gap: 0.35em;
  }

  .strength {
    position: relative;
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
    font-weight: 700;
    cursor: pointer;
  }

  .strength input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  .strength:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .strength:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .level:has(input:checked) {
      border-color: Highlight;
      outline-color: Highlight;
    }

    .level-figure path.reach {
      fill: none;
      stroke: CanvasText;
      stroke-width: 3;
    }

    .level-figure path.furthest {
      fill: Highlight;
      stroke: CanvasText;
    }

    .strength {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }

    .strength:has(input:checked) {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }

  /* --- a movement --- */
  /* "Stop: it is spreading" stays in view at the top of the element while the person scrolls. */
  .stop-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    margin: 0 0 0.75em;
    padding: 0.35em 0;
    background: var(--_surface);
  }

  .stop-bar .spreading {
    width: 100%;
    min-height: 48px;
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_danger-surface);
    font-size: 1.0625em;
  }

  .movement {
    display: grid;
    gap: 0.5em 1.25em;
    margin-bottom: 1em;
  }

  .step.wide .movement {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    align-items: start;
  }

  .dose {
    font-weight: 700;
  }

  .steps {
    margin: 0 0 0.75em;
    padding-inline-start: 1.5em;
  }

  .steps li {
    margin-bottom: 0.25em;
  }

  .stop-rule {
    margin: 0 0 1em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-surface);
  }

  .stop-rule p {
    margin: 0;
  }

  .counter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .count {
    margin: 0;
  }

  .count-number {
    font-size: 2em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .counter-hint {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .cautions {
    margin: 1.25em 0 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .cautions ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  @media (forced-colors: active) {
    .stop-bar .spreading {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }

  /* --- the plan --- */
  .care-card-heading .step-title {
    font-size: 1.25em;
  }

  .summary-line:first-child {
    font-size: 1.0625em;
    font-weight: 600;
  }

  .plan-section {
    margin: 0 0 0.75em;
  }

  .plan-section p {
    margin: 0 0 0.5em;
  }

  .report {
    margin: 1em 0 0;
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .report .when {
    color: var(--_muted);
  }

  .rounds {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }

  .rounds th,
  .rounds td {
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  .sources {
    margin: 1em 0 0;
    font-size: 0.9375em;
  }

  .sources summary {
    padding: 0.6em 0;
    cursor: pointer;
  }

  .sources ul {
    margin: 0;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }

  .rounds-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .rounds-list li {
    padding: 0.35em 0;
    border-bottom: 1px solid var(--_border);
  }

  .rounds-list dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.75em;
    margin: 0.25em 0 0;
  }

  .rounds-list dt {
    color: var(--_muted);
  }

  .rounds-list dd {
    margin: 0;
  }

  @media print {
    :host {
      break-inside: avoid;
    }

    .root {
      padding: 0;
      font-size: 11pt;
    }

    button,
    .actions,
    .stages,
    .stop-bar,
    .counter,
    .counter-hint,
    .notice,
    .sources,
    .storage-status,
    .last-time {
      display: none !important;
    }

    .emergency,
    .stop {
      position: static;
      box-shadow: none;
    }

    .result,
    .report,
    .emergency {
      break-inside: avoid;
    }

    .care-card-content {
      padding: 0.5em 0.75em;
    }

    .report {
      margin-top: 0.5em;
      padding: 0.5em 0.75em;
    }
  }
`;
