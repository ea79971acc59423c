/**
 * Styles of `<pain-map>`. Colours come from the shared theme tokens (core/styles.ts), except the
 * intensity scale: a sequential yellow → orange → dark red scale (ColorBrewer YlOrRd, extended),
 * ordered by lightness so it reads in colour-blind vision and in grey, and never used alone: every
 * marked region shows its number. Numbers are dark on the light steps (1–5) and white on the dark
 * steps (6–10), at least 4.5:1 each. Sizes are px or em, never rem.
 */
import { css } from 'lit';

export const painMapStyles = css`
  :host {
    --_pm-1: #ffeda0;
    --_pm-2: #fed976;
    --_pm-3: #feb24c;
    --_pm-4: #fd8d3c;
    --_pm-5: #fc6a3a;
    --_pm-6: #d7301f;
    --_pm-7: #b5161b;
    --_pm-8: #99000d;
    --_pm-9: #7a0010;
    --_pm-10: #55000c;
    --_pm-dark-text: #1a1000;
    --_pm-light-text: #ffffff;
  }

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

  /*
   * The drawing and the editor: on a wide element the editor sits beside the figure; narrower, it is
   * a sheet at the bottom of the element, kept in view (sticky) while the person is on the drawing.
   */
  .workspace.beside {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(280px, 360px);
    gap: 1em;
    align-items: start;
  }

  .workspace.beside .editor {
    position: sticky;
    top: 0.5em;
    margin: 0;
  }

  .editor.sheet {
    position: sticky;
    bottom: 0;
    z-index: 1;
    max-height: 80vh;
    overflow: auto;
    box-shadow: 0 -6px 16px rgb(0 0 0 / 25%);
  }

  .view-switch {
    display: flex;
    justify-content: center;
    gap: 0.5em;
    margin: 0 0 0.5em;
  }

  .view-switch button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .help {
    margin: 0 0 0.75em;
  }

  .help .keys {
    display: block;
    margin-top: 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* --- the drawing: two views side by side, stacked when narrow --- */
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    justify-content: center;
  }

  .view {
    flex: 1 1 150px;
    max-width: 260px;
    min-width: 0;
    margin: 0;
  }

  .views.one .view {
    max-width: 420px;
  }

  .view figcaption {
    text-align: center;
    font-weight: 600;
  }

  svg.body {
    display: block;
    width: 100%;
    height: auto;
    color: var(--_text);
    overflow: visible;
  }

  /* The parts that cannot be marked (head, arms, chest) are quiet; the places to tap stand out. */
  .figure ellipse,
  .figure path {
    fill: var(--_surface-alt);
    stroke: var(--_border);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }

  .figure path.detail {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }

  .side-labels text {
    fill: currentColor;
    font-size: 13px;
    font-weight: 700;
    font-family: inherit;
  }

  .region {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-linejoin: round;
    outline: none;
  }

  .region[role='button'] {
    cursor: pointer;
  }

  /* Hover only outlines, and only where a pointer can hover: a tapped region must keep its colour. */
  @media (hover: hover) {
    .region[role='button']:hover {
      stroke: var(--_accent);
      stroke-width: 2.5;
    }
  }

  .region.i0 {
    fill: var(--_surface);
    stroke: currentColor;
    stroke-dasharray: none;
    stroke-width: 1.2;
  }

  .region.i1,
  .i1 {
    fill: var(--_pm-1);
  }
  .region.i2,
  .i2 {
    fill: var(--_pm-2);
  }
  .region.i3,
  .i3 {
    fill: var(--_pm-3);
  }
  .region.i4,
  .i4 {
    fill: var(--_pm-4);
  }
  .region.i5,
  .i5 {
    fill: var(--_pm-5);
  }
  .region.i6,
  .i6 {
    fill: var(--_pm-6);
  }
  .region.i7,
  .i7 {
    fill: var(--_pm-7);
  }
  .region.i8,
  .i8 {
    fill: var(--_pm-8);
  }
  .region.i9,
  .i9 {
    fill: var(--_pm-9);
  }
  .region.i10,
  .i10 {
    fill: var(--_pm-10);
  }

  .region[class*=' i'] {
    stroke: currentColor;
    stroke-dasharray: none;
    stroke-width: 1;
  }

  .region.selected {
    stroke: var(--_accent);
    stroke-width: 3;
    stroke-dasharray: none;
  }

  .region:focus-visible {
    stroke: var(--_focus);
    stroke-width: 4;
    stroke-dasharray: none;
  }

  /* The number on a marked region: a circle in the region's colour with contrasting text. */
  .badge circle {
    stroke: currentColor;
    stroke-width: 1;
  }

  .badge.i0 circle {
    fill: var(--_surface);
  }

  .badge text {
    font-size: 11px;
    font-weight: 700;
    font-family: inherit;
    fill: var(--_pm-dark-text);
    pointer-events: none;
  }

  .badge {
    pointer-events: none;
  }

  .badge.i0 text {
    fill: var(--_text);
  }

  .badge.i6 text,
  .badge.i7 text,
  .badge.i8 text,
  .badge.i9 text,
  .badge.i10 text {
    fill: var(--_pm-light-text);
  }

  /* The colour key. */
  .scale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    margin: 0.75em 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .scale-steps {
    display: inline-flex;
  }

  .scale .step,
  .badge-inline {
    display: inline-block;
    min-width: 1.7em;
    padding: 0.1em 0.2em;
    text-align: center;
    font-weight: 700;
    color: var(--_pm-dark-text);
    background: var(--_pm-1);
  }

  .scale .step.i1,
  .badge-inline.i1 {
    background: var(--_pm-1);
  }
  .scale .step.i2,
  .badge-inline.i2 {
    background: var(--_pm-2);
  }
  .scale .step.i3,
  .badge-inline.i3 {
    background: var(--_pm-3);
  }
  .scale .step.i4,
  .badge-inline.i4 {
    background: var(--_pm-4);
  }
  .scale .step.i5,
  .badge-inline.i5 {
    background: var(--_pm-5);
  }
  .scale .step.i6,
  .badge-inline.i6 {
    background: var(--_pm-6);
  }
  .scale .step.i7,
  .badge-inline.i7 {
    background: var(--_pm-7);
  }
  .scale .step.i8,
  .badge-inline.i8 {
    background: var(--_pm-8);
  }
  .scale .step.i9,
  .badge-inline.i9 {
    background: var(--_pm-9);
  }
  .scale .step.i10,
  .badge-inline.i10 {
    background: var(--_pm-10);
  }

  .scale .step.i6,
  .scale .step.i7,
  .scale .step.i8,
  .scale .step.i9,
  .scale .step.i10,
  .badge-inline.i6,
  .badge-inline.i7,
  .badge-inline.i8,
  .badge-inline.i9,
  .badge-inline.i10 {
    color: var(--_pm-light-text);
  }

  .badge-inline.i0 {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_text);
  }

  .badge-inline {
    border-radius: 999px;
    margin-inline-start: auto;
  }

  /* --- the editor --- */
  .editor,
  .list,
  .history,
  .trend {
    margin: 1em 0 0;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .editor {
    border: 2px solid var(--_accent);
  }

  .editor-title {
    font-size: 1.125em;
  }

  fieldset.strengths {
    margin: 0;
    padding: 0;
    border: 0;
  }

  fieldset.strengths legend {
    padding: 0;
    margin-bottom: 0.4em;
    font-weight: 600;
  }

  /* Strength is chosen, never assumed: ten large chips in the scale's colours, and "No pain". */
  .strength-grid {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: 0.35em;
    margin-bottom: 0.35em;
  }

  .strength {
    position: relative;
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    font-weight: 700;
    color: var(--_pm-dark-text);
    cursor: pointer;
  }

  .strength.none {
    padding: 0.4em 0.75em;
    background: var(--_surface);
    color: var(--_text);
    font-weight: 600;
  }

  .strength.i6,
  .strength.i7,
  .strength.i8,
  .strength.i9,
  .strength.i10 {
    color: var(--_pm-light-text);
  }

  .strength.i1 { background: var(--_pm-1); }
  .strength.i2 { background: var(--_pm-2); }
  .strength.i3 { background: var(--_pm-3); }
  .strength.i4 { background: var(--_pm-4); }
  .strength.i5 { background: var(--_pm-5); }
  .strength.i6 { background: var(--_pm-6); }
  .strength.i7 { background: var(--_pm-7); }
  .strength.i8 { background: var(--_pm-8); }
  .strength.i9 { background: var(--_pm-9); }
  .strength.i10 { background: var(--_pm-10); }

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
    border-color: var(--_text);
    outline: 3px solid var(--_text);
    outline-offset: 1px;
  }

  .strength:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .editor-problem:empty {
    display: none;
  }

  .editor-problem {
    margin: 0.75em 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-surface);
  }

  @media (forced-colors: active) {
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
      outline-color: Highlight;
    }
  }

  fieldset.qualities {
    margin: 1em 0 0;
    padding: 0;
    border: 0;
  }

  fieldset.qualities legend {
    padding: 0;
    margin-bottom: 0.25em;
    font-weight: 600;
  }

  .quality {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    padding: 0 0.75em 0 0;
    cursor: pointer;
  }

  .quality input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }

  .editor-actions,
  .history-actions,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 1em;
  }

  .confirm {
    align-items: center;
    padding: 0.75em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-surface);
  }

  .confirm p {
    flex: 1 1 100%;
    margin: 0;
  }

  button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_danger-surface);
  }

  /* --- the list --- */
  .list ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding: 0.35em 0;
    border-top: 1px solid var(--_border);
  }

  .list li:first-child {
    border-top: 0;
  }

  .list-text {
    flex: 1 1 12em;
  }

  .list .badge-inline {
    order: -1;
    margin-inline-start: 0;
  }

  .empty {
    margin: 0;
    color: var(--_muted);
  }

  /* --- the trend --- */
  .trend p {
    margin: 0 0 0.4em;
  }

  .trend p:last-child {
    margin-bottom: 0;
  }

  .trend .since {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .trend-centralizing {
    border: 2px solid var(--_success);
    background: var(--_success-surface);
  }

  .trend-centralizing .trend-heading {
    color: var(--_success);
  }

  .trend-peripheralizing {
    border: 3px solid var(--_danger);
    background: var(--_danger-surface);
  }

  .trend-peripheralizing .trend-heading {
    color: var(--_danger);
    font-size: 1.125em;
  }

  /* --- the history --- */
  .notice {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border-radius: calc(var(--_radius) * 0.5);
  }

  .notice.ok {
    border: 1px solid var(--_success);
    background: var(--_success-surface);
  }

  .notice.problem {
    border: 1px solid var(--_warning);
    background: var(--_warning-surface);
  }

  .charts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }

  .chart-figure {
    flex: 1 1 220px;
    margin: 0;
  }

  .chart-figure figcaption {
    font-size: 0.875em;
    font-weight: 600;
  }

  svg.chart {
    display: block;
    width: 100%;
    height: auto;
    color: var(--_text);
  }

  .chart .axis {
    stroke: var(--_muted);
    stroke-width: 1;
  }

  .chart .tick {
    fill: var(--_muted);
    font-size: 11px;
    font-family: inherit;
  }

  .chart .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }

  .chart .dot {
    fill: var(--_accent);
  }

  .chart.worst .line {
    stroke: currentColor;
    stroke-dasharray: 5 3;
  }

  .chart.worst .dot {
    fill: currentColor;
  }

  .history-table {
    width: 100%;
    margin-top: 0.75em;
    border-collapse: collapse;
    font-size: 0.875em;
  }

  .history-table caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }

  .history-table th,
  .history-table td {
    padding: 0.3em 0.4em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }

  @media (forced-colors: active) {
    .region[class*=' i'],
    .badge circle {
      forced-color-adjust: none;
    }
  }
`;
