// The plain-Lit baseline of `npm run bench` (bench/render.mjs): four minimal LitElements that render
// about the same DOM as the library's four elements (same tags, classes, parts, SVG and roughly the
// same number of nodes and CSS rules), with none of the library's machinery: no shared base class,
// attribute validation, localization, content catalogue, error state or events. bench/render.mjs
// bundles this file with esbuild at bench time and times it against dist/sciatica-widgets.js, so the
// ratio says what the library costs beyond Lit rendering comparable DOM. bench/render.mjs prints
// both sides' node and rule counts, so a drift in either shows.
//
// Plain JavaScript (static properties, no decorators) so it bundles as is; not part of the library.
import { LitElement, css, html, nothing, svg, unsafeCSS } from 'lit';

// One stylesheet shared by every baseline element, like the library's host styles: theme tokens
// with light and dark values, the outer box, buttons and the visually-hidden helper.
const hostStyles = css`
  :host {
    --_text: var(--sw-color-text, #1c2733);
    --_muted: var(--sw-color-muted, #4a5866);
    --_surface: var(--sw-color-surface, #ffffff);
    --_surface-alt: var(--sw-color-surface-alt, #f2f5f7);
    --_border: var(--sw-color-border, #b8c4cf);
    --_accent: var(--sw-color-accent, #0b6b75);
    --_on-accent: var(--sw-color-on-accent, #ffffff);
    --_focus: var(--sw-color-focus, #1f56c4);
    --_danger: var(--sw-color-danger, #a8201a);
    --_danger-surface: var(--sw-color-danger-surface, #fdecea);
    --_radius: var(--sw-radius, 12px);
    display: block;
    color: var(--_text);
    font-family: var(--sw-font-family, system-ui, sans-serif);
    font-size: var(--sw-font-size, 16px);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: #e6edf3;
      --_muted: #b3c0cc;
      --_surface: #161b22;
      --_surface-alt: #1f2630;
      --_border: #4a5866;
      --_accent: #5cc8d4;
      --_on-accent: #0b1f22;
    }
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    --_text: #e6edf3;
    --_muted: #b3c0cc;
    --_surface: #161b22;
    --_surface-alt: #1f2630;
    --_border: #4a5866;
    --_accent: #5cc8d4;
    --_on-accent: #0b1f22;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  h2,
  h3,
  h4 {
    margin: 1em 0 0.25em;
    font-size: 1.0625em;
    line-height: 1.25;
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
  button {
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.75em 0;
  }
  .stop,
  .stop-rule {
    margin: 0.75em 0;
    padding: 0.75em;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_danger-surface);
  }
  .disclaimer {
    margin: 1em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
  @media print {
    button,
    .actions {
      display: none;
    }
  }
`;

const disclaimer = html`<p part="disclaimer" class="disclaimer">
  For information only: this does not diagnose you or replace advice from a health professional.
</p>`;

/** A small deterministic number generator, so each exercise id gets its own (stable) picture. */
function seeded(text) {
  let state = 2166136261;
  for (const char of text) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A stick figure like the catalogue's drawings: a floor, limbs, a head and an arrow (about 20 SVG elements). */
function figure(id) {
  const random = seeded(id);
  const point = () => `${(20 + random() * 200).toFixed(1)} ${(40 + random() * 95).toFixed(1)}`;
  const limb = (accent) =>
    svg`<g opacity=${accent ? 1 : 0.45}><polyline points="${point()} ${point()} ${point()}" stroke=${accent ? 'var(--_accent, currentColor)' : 'currentColor'}></polyline></g>`;
  return svg`<g class="illustration" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2.5">
    <line class="floor" stroke-width="2" x1="8" y1="138" x2="232" y2="138"></line>
    <g class="figure" stroke-width="5">
      ${limb(false)} ${limb(false)} ${limb(true)} ${limb(true)}
      <path d="M${point()} Q${point()} ${point()}" stroke="var(--_accent, currentColor)"></path>
      <polyline points="${point()} ${point()}" stroke="var(--_accent, currentColor)"></polyline>
      <circle class="head" stroke-width="3" cx=${(40 + random() * 160).toFixed(1)} cy=${(40 + random() * 60).toFixed(1)} r="8"></circle>
      <polyline points="${point()} ${point()}"></polyline>
    </g>
    <g class="arrow" stroke-width="2.5" stroke="var(--_accent, currentColor)">
      <path d="M${point()} Q${point()} ${point()}"></path><path d="M${point()} L${point()} L${point()}"></path>
    </g>
  </g>`;
}

const cardStyles = css`
  :host {
    break-inside: avoid;
  }
  .card {
    margin: 0;
  }
  .title {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.2;
  }
  .category {
    margin: 0.15em 0 0.75em;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .picture {
    display: block;
    width: 100%;
    max-width: 420px;
    height: auto;
    margin: 0 auto 0.75em;
    padding: 0.25em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .dose {
    font-weight: 600;
  }
  .steps li::marker {
    color: var(--_accent);
    font-weight: 700;
  }
  .cautions {
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .caution-group h4 {
    margin: 0.5em 0 0.25em;
    font-size: 1em;
  }
  .variant p {
    color: var(--_muted);
  }
  .sources summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .sources li {
    font-size: 0.875em;
  }
  .timer {
    margin-top: 1em;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
  }
  .feedback {
    margin-top: 0.75em;
  }
  .symptom-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* States the first render does not show (countdown, done, compact, answers), as a real card has. */
  .caution-group.chosen {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 0.5em;
  }
  .variant.easier p {
    font-style: italic;
  }
  .details[hidden] {
    display: none;
  }
  .toggle {
    margin: 0.25em 0 0.75em;
  }
  .timer-intro {
    color: var(--_muted);
  }
  .countdown {
    display: grid;
    justify-items: center;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .countdown.relax {
    background: transparent;
  }
  .counter {
    margin: 0;
    color: var(--_muted);
  }
  .seconds {
    display: flex;
    align-items: baseline;
    gap: 0.35em;
    margin: 0;
  }
  .seconds .number {
    font-size: 3em;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    line-height: 1;
  }
  .seconds .unit {
    color: var(--_muted);
  }
  .paused-label {
    margin: 0;
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_border);
  }
  .done-message {
    color: var(--_accent);
    font-weight: 700;
  }
  .done-message:focus {
    outline: none;
  }
  .symptom-advice {
    margin-top: 0.75em;
    padding: 0.75em;
    border-radius: var(--_radius);
  }
  .symptom-advice.centralized {
    background: #e6f4ea;
  }
  .symptom-advice.unchanged {
    background: var(--_surface-alt);
  }
  .stop-advice {
    border-inline-start: 4px solid var(--_danger);
    background: var(--_danger-surface);
  }
  @media (prefers-reduced-motion: reduce) {
    .countdown {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .stop,
    .cautions,
    .countdown {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .timer,
    .feedback,
    .toggle {
      display: none;
    }
    .details[hidden] {
      display: block;
    }
  }
`;

/** Baseline for <exercise-card>: title, category, picture, dose, stop rule, steps, cautions, sources, two buttons and the symptom question. */
class BaselineCard extends LitElement {
  static properties = { exercise: {}, label: {} };
  static styles = [hostStyles, cardStyles];

  render() {
    const id = this.exercise ?? 'exercise';
    const title = this.label ?? id;
    return html`<div class="root" part="base">
      <article class="card" part="card" aria-labelledby="ec-title">
        <h2 id="ec-title" class="title" part="title">${title}</h2>
        <p class="category" part="category">Finding your direction</p>
        <svg class="picture" part="picture" role="img" focusable="false" viewBox="0 0 240 150" aria-label="A person doing ${title}.">${figure(id)}</svg>
        <p class="dose" part="dose"><span class="visually-hidden">How much: </span>10 times · Every 2 hours, as long as your leg pain keeps easing</p>
        <div class="stop" part="stop">
          <p class="stop-rule"><strong>Stop this movement if pain or tingling spreads further down your leg.</strong></p>
          <p>If your leg pain gets worse, stop and try the other direction instead.</p>
        </div>
        <div class="details" part="details" id="ec-details">
          <p class="aim">${title}: find out if this movement draws leg pain back up toward your back.</p>
          <h3>What you need</h3>
          <ul class="equipment">
            <li>A yoga mat or carpet</li>
          </ul>
          <h3>How to do it</h3>
          <ol class="steps" part="steps">
            <li>Get into the starting position for ${title}, slowly and without strain.</li>
            <li>Move gently into the position. Keep your back relaxed and breathe normally.</li>
            <li>Stay for a moment, then come back to the start.</li>
            <li>Notice your leg. If the pain moves up out of your leg toward your back, this suits you: keep going.</li>
          </ol>
          <div class="cautions" part="cautions">
            <h3>Take care</h3>
            <ul class="caution-group" data-condition="general">
              <li>Your back may ache more for a while. If the leg pain is easing, that is a good sign.</li>
              <li>Move slowly, and never push into sharp pain.</li>
            </ul>
            <div class="caution-group condition" data-condition="stenosis">
              <h4>For spinal stenosis (narrowing of the spine)</h4>
              <ul>
                <li>Bending backward can make stenosis worse. Stop if it does.</li>
              </ul>
            </div>
          </div>
          <div class="variant harder">
            <h3>When it gets easy</h3>
            <p>When this feels fine, hold a little longer or do a few more.</p>
          </div>
          <details class="sources" part="sources">
            <summary>Where this comes from</summary>
            <ul>
              <li>Self-help article: "Stop Stretching Your Hamstrings Right Now"</li>
              <li>Self-help article: "Actionable Next Steps"</li>
              <li>Self-help article: "The Mystery of Centralization"</li>
              <li>NHS: sciatica exercises</li>
              <li>May &amp; Aina 2012 (centralization)</li>
            </ul>
          </details>
        </div>
        <section class="timer" part="timer" aria-label="Do it: ${title}">
          <div class="actions">
            <button type="button" class="start">Start</button>
            <button type="button" class="secondary mark-done">Mark done</button>
          </div>
        </section>
        <div class="feedback" part="feedback">
          <div class="symptom-question" part="symptom-question" role="group" aria-labelledby="ec-symptom-question">
            <p class="symptom-prompt" id="ec-symptom-question">Did your leg symptoms move up toward your back, stay the same, or move down your leg?</p>
            <div class="symptom-choices">
              <button type="button" class="secondary" data-response="centralized" aria-pressed="false">Moved up toward my back</button>
              <button type="button" class="secondary" data-response="unchanged" aria-pressed="false">Stayed the same</button>
              <button type="button" class="secondary" data-response="peripheralized" aria-pressed="false">Moved down my leg</button>
            </div>
          </div>
        </div>
      </article>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-live></div>
      ${disclaimer}
    </div>`;
  }
}

// The red-flag checker's list mode: 6 groups, 22 yes/no questions, some with a hint.
const QUESTION_GROUPS = [
  ['Bladder and bowel', 3],
  ['Feeling and numbness', 3],
  ['Your pain', 4],
  ['Strength in your legs and feet', 4],
  ['Your health', 5],
  ['Recent events', 3],
];
const checkerStyles = css`
  .questions {
    display: grid;
    gap: 0.75em;
  }
  .group h2 {
    margin-top: 0.5em;
  }
  .question {
    margin: 0 0 0.5em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .choices {
    display: flex;
    gap: 1em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 44px;
  }
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    accent-color: var(--_accent);
  }
  .result {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  /* States the first render does not show (answers, the four levels of advice, stepper mode). */
  .question.answered {
    border-color: var(--_accent);
  }
  .question.flagged {
    border-color: var(--_danger);
    background: var(--_danger-surface);
  }
  .choice:has(input:checked) {
    font-weight: 600;
  }
  .result.emergency {
    border: 3px solid var(--_danger);
    background: var(--_danger-surface);
  }
  .result.emergency h2 {
    color: var(--_danger);
  }
  .result.urgent {
    border: 2px solid #7a4a00;
    background: #fff3dc;
  }
  .result.soon {
    border: 2px solid var(--_border);
  }
  .result.self-care {
    background: #e6f4ea;
  }
  .call {
    display: inline-block;
    margin-top: 0.5em;
    font-size: 1.25em;
    font-weight: 700;
  }
  .emergency-banner {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: 0.75em;
    background: var(--_danger);
    color: #fff;
  }
  .stepper .question {
    border: none;
    padding: 0;
  }
  .progress {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .nav {
    display: flex;
    justify-content: space-between;
  }
  .flags li {
    margin-block: 0.25em;
  }
  .unanswered {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    .result,
    .question.flagged {
      border: 2px solid CanvasText;
    }
  }
  @media print {
    .choices input {
      print-color-adjust: exact;
    }
    .emergency-banner {
      position: static;
    }
  }
`;

/** Baseline for <red-flag-checker>: an intro, 22 questions of two radio buttons in 6 groups, a result and two buttons. */
class BaselineChecker extends LitElement {
  static styles = [hostStyles, checkerStyles];

  render() {
    let n = 0;
    return html`<div class="root" part="base">
      <p class="intro">Answer yes or no to each question. Some of these signs need help straight away, so please answer them all.</p>
      <form class="questions list" novalidate>
        ${QUESTION_GROUPS.map(([heading, count], g) => {
          const questions = [];
          for (let i = 0; i < count; i += 1) {
            n += 1;
            const q = `q${n}`;
            questions.push(html`<fieldset part="question" class="question" data-id=${q} aria-describedby=${n % 2 ? `hint-${q}` : nothing}>
              <legend id="legend-${q}">Question ${n}: is this warning sign new for you, or is it getting worse?</legend>
              ${n % 2 ? html`<p class="hint" id="hint-${q}">For example, something you have not noticed before this pain started, or that has changed in the last few days.</p>` : nothing}
              <div class="choices">
                <label class="choice"><input type="radio" value="yes" name=${q} /> Yes</label>
                <label class="choice"><input type="radio" value="no" name=${q} /> No</label>
              </div>
            </fieldset>`);
          }
          return html`<section class="group" aria-labelledby="group-${g}">
            <h2 id="group-${g}">${heading}</h2>
            ${questions}
          </section>`;
        })}
      </form>
      <section class="result" part="result" aria-live="polite">
        <p>Answer every question to see what to do next.</p>
      </section>
      <div class="actions">
        <button type="button" class="secondary">Start again</button>
        <button type="button" class="secondary">Print</button>
      </div>
      ${disclaimer}
    </div>`;
  }
}

const timerStyles = css`
  .setup h3 {
    font-size: 1em;
  }
  .dose {
    font-weight: 600;
  }
  .start {
    min-width: 8em;
  }
  /* States the first render does not show (running, paused, rest, done, the moving figure). */
  .session {
    display: grid;
    gap: 0.75em;
    justify-items: center;
  }
  .phase {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
  }
  .phase.extension {
    color: var(--_accent);
  }
  .phase.flexion {
    color: var(--_text);
  }
  .phase.rest {
    color: var(--_muted);
  }
  .figure {
    width: 100%;
    max-width: 320px;
    height: auto;
  }
  .figure .leg,
  .figure .head {
    transition: transform 0.6s ease-in-out;
    transform-origin: 50% 50%;
  }
  .figure.extension .leg {
    transform: rotate(-30deg);
  }
  .figure.extension .head {
    transform: rotate(20deg);
  }
  .figure.flexion .leg {
    transform: rotate(0deg);
  }
  .figure.flexion .head {
    transform: rotate(-20deg);
  }
  .progress {
    width: 100%;
    height: 0.5em;
    accent-color: var(--_accent);
  }
  .count {
    font-variant-numeric: tabular-nums;
  }
  .rest-seconds {
    font-size: 2.5em;
    font-weight: 700;
  }
  .paused-label {
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_border);
  }
  .complete {
    color: var(--_accent);
    font-weight: 700;
  }
  .feedback {
    margin-top: 0.75em;
  }
  @media (prefers-reduced-motion: reduce) {
    .figure .leg,
    .figure .head {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .phase {
      color: CanvasText;
    }
  }
  @media print {
    .session {
      display: none;
    }
  }
`;

/** Baseline for <nerve-glide-timer> before it starts: how to sit, what it feels like, the stop rule, the dose and a Start button. */
class BaselineTimer extends LitElement {
  static styles = [hostStyles, timerStyles];

  render() {
    return html`<div class="root" part="base">
      <section class="setup" part="setup" aria-labelledby="ng-title">
        <h2 id="ng-title">Seated nerve glide</h2>
        <h3>How to sit</h3>
        <slot name="setup">
          <ul>
            <li>Sit on a firm chair, not a soft sofa.</li>
            <li>Let your back and shoulders round forward (slump).</li>
            <li>Rest your hands on your thighs.</li>
          </ul>
        </slot>
        <h3>What it should feel like</h3>
        <p>You move your leg and head together, slowly. It should feel like a gentle pull at most, never sharp pain.</p>
        <div class="stop-rule" part="stop-rule">
          <p><strong>Stop</strong> if tingling or pain spreads further down your leg, or if it lingers afterwards.</p>
        </div>
        <p class="dose">10 glides, about 1 min in all.</p>
        <div class="actions">
          <button type="button" class="start" part="start">Start</button>
        </div>
      </section>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-live></div>
      ${disclaimer}
    </div>`;
  }
}

// The pain map's body outline: a head, two arms, the trunk and legs, two feet.
const OUTLINE = [
  'M56 82L44 96L38 170L31 240L28 262L32 276L40 274L43 258L47 240L52 176L55 130Z',
  'M144 82L156 96L162 170L169 240L172 262L168 276L160 274L157 258L153 240L148 176L145 130Z',
  'M90 56L89 70L62 78L52 92L57 130L64 160L66 168L64 190L58 214L54 240L55 262L58 300L64 340L66 356L65 372L66 400L76 432L88 432L90 400L91 372L92 340L96 280L98 266L100 262L102 266L104 280L108 340L109 372L110 400L112 432L124 432L134 400L135 372L134 356L136 340L142 300L145 262L146 240L142 214L136 190L134 168L136 160L143 130L148 92L138 78L111 70L110 56Z',
  'M75 432L89 432L92 442L89 456L77 456L72 442Z',
  'M125 432L111 432L108 442L111 456L123 456L128 442Z',
];
// Six regions a side, each a band of the leg or back between two heights.
const BANDS = [
  ['low back', 170, 214],
  ['buttock', 214, 262],
  ['thigh', 262, 340],
  ['knee', 340, 372],
  ['calf', 372, 432],
  ['foot', 432, 456],
];
const mapStyles = css`
  .views {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
    gap: 1em;
  }
  .view {
    margin: 0;
    text-align: center;
  }
  .body {
    width: 100%;
    max-width: 220px;
    height: auto;
  }
  .figure {
    fill: var(--_surface-alt);
    stroke: var(--_border);
    stroke-width: 1.5;
  }
  .region {
    fill: transparent;
    stroke: var(--_accent);
    stroke-dasharray: 3 3;
    cursor: pointer;
  }
  .region:hover {
    fill: color-mix(in srgb, var(--_accent) 20%, transparent);
  }
  .region:focus-visible {
    outline: none;
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .side-labels {
    fill: var(--_muted);
    font-size: 11px;
  }
  .scale {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 0.875em;
  }
  .scale-steps {
    display: flex;
  }
  .step {
    display: inline-block;
    width: 1.75em;
    text-align: center;
  }
  .list h3 {
    font-size: 1em;
  }
  .empty {
    color: var(--_muted);
  }
  /* States the first render does not show (marked, selected, the trend, the editing panel). */
  .region.marked {
    stroke: var(--_text);
    stroke-dasharray: none;
  }
  .region.selected {
    stroke-width: 3;
  }
  .region.numbness {
    fill-opacity: 0.6;
  }
  .region.tingling {
    stroke-dasharray: 1 2;
  }
  .trend {
    padding: 0.75em;
    border-radius: var(--_radius);
  }
  .trend.centralizing {
    background: #e6f4ea;
  }
  .trend.peripheralizing {
    background: var(--_danger-surface);
  }
  .editor {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .editor input[type='range'] {
    width: 100%;
    accent-color: var(--_accent);
  }
  .kinds {
    display: flex;
    gap: 1em;
  }
  .items li {
    display: flex;
    justify-content: space-between;
  }
  @media (forced-colors: active) {
    .region.marked {
      fill: Highlight;
    }
  }
  @media print {
    .editor {
      display: none;
    }
  }
`;

// Pain intensity 1 to 10: a colour per level for the scale and for marked regions, in light and
// dark (4 rules a level, as a pain map with a colour scale has).
const INTENSITIES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const intensityStyles = unsafeCSS(
  INTENSITIES.map((i) => {
    const light = `hsl(${48 - i * 4} 90% ${88 - i * 4}%)`;
    const dark = `hsl(${48 - i * 4} 70% ${20 + i * 3}%)`;
    return `.step.i${i} { background: ${light}; }
      .region.marked.i${i} { fill: ${light}; }
      :host([theme='dark']) .step.i${i} { background: ${dark}; }
      :host([theme='dark']) .region.marked.i${i} { fill: ${dark}; }`;
  }).join('\n'),
);

/** Baseline for <pain-map>: help text, a back and a front view (outline, 12 focusable regions, side labels), the 1–10 scale and the (empty) list. */
class BaselineMap extends LitElement {
  static styles = [hostStyles, mapStyles, intensityStyles];

  view(name, label) {
    const regions = [];
    for (const side of ['left', 'right']) {
      for (const [region, top, bottom] of BANDS) {
        const [outer, inner] = side === 'left' ? [58, 100] : [142, 100];
        regions.push(
          svg`<path part="region" role="button" class="region unmarked" data-region="${side}-${region}" d="M${outer} ${top}L${inner} ${top}L${inner} ${bottom}L${outer} ${bottom}Z" tabindex=${regions.length === 0 && name === 'back' ? 0 : -1} aria-label="${side === 'left' ? 'Left' : 'Right'} ${region}, not marked" aria-pressed="false"></path>`,
        );
      }
    }
    return html`<figure class="view view-${name}">
      <figcaption id="pm-caption-${name}">${label}</figcaption>
      <svg part="body" class="body" role="group" viewBox="0 0 200 470" aria-label="${label} of the body" aria-describedby="pm-help">
        <g class="figure" aria-hidden="true">
          <ellipse cx="100" cy="32" rx="19" ry="24"></ellipse>
          ${OUTLINE.map((d) => svg`<path d=${d}></path>`)}
          <path class="detail" d="M100 74L100 206"></path>
        </g>
        ${regions}
        <g class="side-labels" aria-hidden="true">
          <text x="4" y="18" text-anchor="start">Left</text>
          <text x="196" y="18" text-anchor="end">Right</text>
          <text x="4" y="466" text-anchor="start">Left</text>
          <text x="196" y="466" text-anchor="end">Right</text>
        </g>
      </svg>
    </figure>`;
  }

  render() {
    return html`<div class="root" part="base">
      <p class="help" id="pm-help">
        Choose each place where you feel pain, numbness or tingling, then say how strong it is and how it feels.
        <span class="keys">With a keyboard: arrow keys move between places, Enter chooses one, and the number keys 0 to 9 set the pain.</span>
      </p>
      <div class="views two">${this.view('back', 'Back')}${this.view('front', 'Front')}</div>
      <div class="scale" aria-hidden="true">
        <span class="scale-end">Mild</span>
        <span class="scale-steps">${INTENSITIES.map((i) => html`<span class="step i${i}">${i}</span>`)}</span>
        <span class="scale-end">Worst</span>
      </div>
      <div class="trend-live" aria-live="polite"></div>
      <section class="list" part="list" aria-labelledby="pm-list-title">
        <h3 id="pm-list-title">Where you marked symptoms</h3>
        <p class="empty">Nothing marked yet.</p>
      </section>
      ${disclaimer}
    </div>`;
  }
}

customElements.define('baseline-card', BaselineCard);
customElements.define('baseline-checker', BaselineChecker);
customElements.define('baseline-timer', BaselineTimer);
customElements.define('baseline-map', BaselineMap);
