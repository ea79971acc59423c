/**
 * The saved-history box of `<pain-map storage-key>`: what happened to the last save or delete, the two
 * charts (how far from the back, worst pain) with a table of the saved days for screen readers, and
 * the Save / Delete (with confirmation) buttons. A pure template; the element owns the state.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { headingTag } from '../core/headings.js';
import { formatDate, formatNumber } from '../core/format.js';
import { extent, extentWords, worstIntensity } from './centralization.js';
import { chartPoints, dateFromIso, type HistoryEntry } from './history.js';

/** What the last storage action did, or what is wrong with storage. */
export type StorageNotice = 'saved' | 'deleted' | 'quota' | 'unavailable' | 'unreadable' | null;

export interface HistoryView {
  entries: readonly HistoryEntry[];
  notice: StorageNotice;
  readonly: boolean;
  /** The "delete every saved map?" question is showing. */
  confirming: boolean;
  headingLevel: number;
}

export interface HistoryHandlers {
  save(): void;
  askDelete(): void;
  answerDelete(yes: boolean): void;
}

/** A saved map's day (`YYYY-MM-DD`) as the page's language writes it. */
export function formatDay(iso: string): string {
  return formatDate(dateFromIso(iso), { day: 'numeric', month: 'short', year: 'numeric' });
}

function noticeText(notice: StorageNotice): string | null {
  switch (notice) {
    case 'saved':
      return msg("Today's map is saved in this browser.", { id: 'pm-ui-saved' });
    case 'deleted':
      return msg('Your saved history was deleted from this browser.', { id: 'pm-ui-deleted' });
    case 'quota':
      return msg("Sorry, this browser's storage is full, so today's map could not be saved. Your map is still shown here.", { id: 'pm-ui-quota' });
    case 'unavailable':
      return msg('Sorry, this browser does not allow saving here, so your history cannot be kept.', { id: 'pm-ui-unavailable' });
    case 'unreadable':
      return msg("Your saved history could not be read. Saving today's map will start a new history.", { id: 'pm-ui-unreadable' });
    case null:
      return null;
  }
}

export function renderHistory(view: HistoryView, on: HistoryHandlers): TemplateResult {
  const notice = noticeText(view.notice);
  const h = headingTag(view.headingLevel);
  const problem = view.notice === 'quota' || view.notice === 'unavailable' || view.notice === 'unreadable';
  return html`<section class="history" part="history" aria-labelledby="pm-history-title">
    ${staticHtml`<${h} id="pm-history-title">${msg('Your history', { id: 'pm-ui-history-title' })}</${h}>`}
    <div class="notice-live" role="status">${notice ? html`<p class="notice ${problem ? 'problem' : 'ok'}">${notice}</p>` : nothing}</div>
    ${view.entries.length > 0 ? renderChart(view.entries) : html`<p class="empty">${msg('No maps saved yet.', { id: 'pm-ui-history-empty' })}</p>`}
    ${view.readonly
      ? nothing
      : html`<div class="history-actions">
          <button type="button" class="save" @click=${() => on.save()}>${msg("Save today's map", { id: 'pm-ui-save' })}</button>
          ${view.entries.length > 0 && !view.confirming
            ? html`<button type="button" class="secondary delete" @click=${() => on.askDelete()}>${msg('Delete my history', { id: 'pm-ui-delete' })}</button>`
            : nothing}
        </div>`}
    ${view.confirming
      ? html`<div class="confirm" role="group" aria-labelledby="pm-confirm-text">
          <p id="pm-confirm-text">${msg('Delete every saved map from this browser? This cannot be undone.', { id: 'pm-ui-confirm-delete' })}</p>
          <button type="button" class="danger confirm-yes" @click=${() => on.answerDelete(true)}>${msg('Yes, delete', { id: 'pm-ui-confirm-yes' })}</button>
          <button type="button" class="secondary confirm-cancel" @click=${() => on.answerDelete(false)}>${msg('Cancel', { id: 'pm-ui-confirm-cancel' })}</button>
        </div>`
      : nothing}
  </section>`;
}

function renderChart(entries: readonly HistoryEntry[]): TemplateResult {
  const width = 300;
  const height = 90;
  const pad = 10;
  const points = chartPoints(entries, width, height, pad);
  const first = entries[0]?.date ?? '';
  const last = entries.at(-1)?.date ?? first;
  const line = (key: 'extentY' | 'worstY') => points.map((p) => `${p.x},${p[key]}`).join(' ');
  const chart = (key: 'extentY' | 'worstY', title: string, top: string, bottom: string, cls: string) => html`<figure class="chart-figure">
    <figcaption>${title}</figcaption>
    <svg part="chart" class="chart ${cls}" viewBox="0 0 ${width + 40} ${height + 16}" aria-hidden="true">
      <line class="axis" x1="40" y1=${pad} x2="40" y2=${height - pad}></line>
      <line class="axis" x1="40" y1=${height - pad} x2=${width + 40} y2=${height - pad}></line>
      <text class="tick" x="36" y=${pad} dy="0.35em" text-anchor="end">${top}</text>
      <text class="tick" x="36" y=${height - pad} dy="0.35em" text-anchor="end">${bottom}</text>
      <g transform="translate(40 0)">
        <polyline class="line" points=${line(key)}></polyline>
        ${points.map((p) => svg`<circle class="dot" cx=${p.x} cy=${p[key]} r="3.5"></circle>`)}
      </g>
      <text class="tick" x="40" y=${height + 12} text-anchor="start">${formatDay(first)}</text>
      ${points.length > 1 ? svg`<text class="tick" x=${width + 40} y=${height + 12} text-anchor="end">${formatDay(last)}</text>` : nothing}
    </svg>
  </figure>`;
  return html`<div class="charts">
      ${chart('extentY', msg('How far from your back', { id: 'pm-ui-chart-extent' }), msg('Foot', { id: 'pm-ui-chart-foot' }), msg('Back', { id: 'pm-ui-chart-back' }), 'extent')}
      ${chart('worstY', msg('Worst pain (0 to 10)', { id: 'pm-ui-chart-worst' }), '10', '0', 'worst')}
    </div>
    <table class="history-table">
      <caption>
        ${msg(str`Saved maps (${entries.length})`, { id: 'pm-ui-history-table' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Date', { id: 'pm-ui-col-date' })}</th>
          <th scope="col">${msg('Furthest from your back', { id: 'pm-ui-col-extent' })}</th>
          <th scope="col">${msg('Worst pain', { id: 'pm-ui-col-worst' })}</th>
        </tr>
      </thead>
      <tbody>
        ${[...entries].reverse().map((entry) => {
          const worst = worstIntensity(entry.map);
          return html`<tr>
            <td>${formatDay(entry.date)}</td>
            <td>${extentWords(extent(entry.map))}</td>
            <td>${worst === null ? '–' : msg(str`${formatNumber(worst)} of 10`, { id: 'pm-ui-of-10' })}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
}
