/**
 * The `result` step of `<direction-finder>` as a pure template: the plan (`content/direction-plan.ts`)
 * as a care card — green for a direction found, the "book an appointment" colour for none, with the
 * clinic's call line — then what the person reported round by round (for their physiotherapist), the
 * sources, and Print / Start again. It prints on one page: the styles hide every control.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { renderClinicContact } from '../core/clinic.js';
import { formatDate } from '../core/format.js';
import { headingTag } from '../core/headings.js';
import { directionPlan } from '../content/direction-plan.js';
import { citation } from '../content/references.js';
import type { DirectionResult } from './protocol.js';
import { movementName, readingText, responseName } from './text.js';

export interface ResultView {
  result: DirectionResult;
  /** When the test ended, for the report. */
  completedAt: Date;
  emergencyNumber: string | null;
  clinicName: string | null;
  clinicPhone: string | null;
  headingLevel: number;
  /** A narrow element lists the rounds one under another instead of in a table. */
  narrow: boolean;
  /** What the element says about storing this result (with `storage-key`), or nothing. */
  stored: TemplateResult | typeof nothing;
}

export interface ResultHandlers {
  print(): void;
  startAgain(): void;
}

const headings = {
  movement: () => msg('Movement', { id: 'df-ui-report-movement' }),
  before: () => msg('Before', { id: 'df-ui-report-before' }),
  after: () => msg('After', { id: 'df-ui-report-after' }),
  response: () => msg('What it showed', { id: 'df-ui-report-response' }),
};

/** The rounds as a table, one row each (a wide element, and print). */
function renderRoundTable(result: DirectionResult): TemplateResult {
  return html`<table class="rounds">
    <thead>
      <tr>
        <th scope="col">${headings.movement()}</th>
        <th scope="col">${headings.before()}</th>
        <th scope="col">${headings.after()}</th>
        <th scope="col">${headings.response()}</th>
      </tr>
    </thead>
    <tbody>
      ${result.rounds.map(
        (round) => html`<tr data-movement=${round.movement} data-response=${round.response}>
          <td>${movementName(round.movement)}</td>
          <td>${readingText(round.before)}</td>
          <td>${readingText(round.after)}</td>
          <td>${responseName(round.response, round.spreading)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The rounds one under another, each part named (a phone: four columns do not fit). */
function renderRoundList(result: DirectionResult): TemplateResult {
  return html`<ol class="rounds-list">
    ${result.rounds.map(
      (round) => html`<li data-movement=${round.movement} data-response=${round.response}>
        <strong>${movementName(round.movement)}</strong>
        <dl>
          <dt>${headings.before()}</dt>
          <dd>${readingText(round.before)}</dd>
          <dt>${headings.after()}</dt>
          <dd>${readingText(round.after)}</dd>
          <dt>${headings.response()}</dt>
          <dd>${responseName(round.response, round.spreading)}</dd>
        </dl>
      </li>`,
    )}
  </ol>`;
}

export function renderResult(view: ResultView, on: ResultHandlers): TemplateResult {
  const { result } = view;
  const plan = directionPlan(result);
  const h = headingTag(view.headingLevel);
  const sub = headingTag(view.headingLevel + 1);
  const found = plan.direction !== 'none';
  const when = formatDate(view.completedAt, { dateStyle: 'long', timeStyle: 'short' });
  return html`<section class=${`care-card result ${found ? 'level-self-care' : 'level-soon'}`} part="result" data-direction=${plan.direction} aria-labelledby="df-step-title">
      <div class="care-card-heading">${staticHtml`<${h} class="step-title" id="df-step-title" tabindex="-1">${plan.title()}</${h}>`}</div>
      <div class="care-card-content">
        ${plan.summary.map((line) => html`<p class="summary-line">${line()}</p>`)}
        ${plan.sections.map(
          (section) => html`<div class="plan-section" data-section=${section.id}>
            ${staticHtml`<${sub}>${section.heading()}</${sub}>`} ${section.lines.map((line) => html`<p>${line()}</p>`)}
            ${section.id === 'see-clinician' ? renderClinicContact(view.clinicName, view.clinicPhone) : nothing}
          </div>`,
        )}
        <div class="safety" part="safety">
          ${staticHtml`<${sub}>${msg('Get help at once if this happens', { id: 'rf-ui-safety-heading' })}</${sub}>`} ${plan.safetyNet(view.emergencyNumber)}
        </div>
      </div>
    </section>
    <section class="report" part="report" aria-labelledby="df-report-title">
      ${staticHtml`<${sub} id="df-report-title">${msg('What you reported', { id: 'df-ui-report-title' })}</${sub}>`}
      <p class="when">${msg(str`Test done on ${when}`, { id: 'df-ui-report-when' })}</p>
      ${view.narrow ? renderRoundList(result) : renderRoundTable(result)}
    </section>
    <details class="sources" part="sources">
      <summary>${msg('Where this comes from', { id: 'ec-ui-sources' })}</summary>
      <ul>
        ${plan.sources.map((source) => html`<li>${citation(source)} ${source.url ? html`<a href=${source.url}>${source.url}</a>` : nothing}</li>`)}
      </ul>
    </details>
    ${view.stored}
    <div class="actions">
      <button type="button" class="secondary print" @click=${on.print}>${msg('Print', { id: 'rf-ui-print' })}</button>
      <button type="button" class="secondary start-again" @click=${on.startAgain}>${msg('Start again', { id: 'rf-ui-start-again' })}</button>
    </div>`;
}
