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

  h3 {
    margin: 0 0 0.5em;
    font-size: 1.0625em;
    line-height: 1.25;
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
    max-width: 300px;
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

  .figure ellipse,
  .figure path {
    fill: var(--_surface-alt);
    stroke: currentColor;
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
    fill: transparent;
    stroke: var(--_muted);
    stroke-width: 0.8;
    stroke-dasharray: 2 2;
    stroke-linejoin: round;
    outline: none;
  }

  .region[role='button'] {
    cursor: pointer;
  }

  .region[role='button']:hover {
    fill: var(--_border);
  }

  .region.unmarked[role='button']:hover {
    fill-opacity: 0.6;
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

  .intensity label {
    display: block;
    font-weight: 600;
  }

  .range-row {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }

  input[type='range'] {
    flex: 1 1 auto;
    min-width: 0;
    height: 44px;
    margin: 0;
    accent-color: var(--_accent);
  }

  .intensity-value {
    min-width: 2em;
    font-size: 1.5em;
    font-weight: 700;
    text-align: center;
  }

  .ends {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .ends span:last-child {
    text-align: end;
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
