/**
 * What the direction finder shows about its kept result (with `storage-key` only): the note above
 * the safety questions ("Your direction last time: …, 3 days ago") and the storage line with "Forget
 * this result". Pure templates; kept-result.ts holds the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDaysAgo } from '../core/format.js';
import { directionPlan } from '../content/direction-plan.js';
import { localIsoDate } from '../pain-map/history.js';
import type { StorageNotice } from './kept-result.js';
import { daysBetween, type StoredResult } from './last-result.js';
import { directionName } from './text.js';

export interface KeptResultView {
  stored: StoredResult | null;
  notice: StorageNotice;
}

/** The note about last time's result, above the safety questions. */
export function renderLastTime(view: KeptResultView, forget: () => void): TemplateResult | typeof nothing {
  const { stored } = view;
  if (!stored && view.notice !== 'forgotten') return nothing;
  if (!stored) return html`<div class="last-time" part="last-time">${renderStorageStatus(view, forget)}</div>`;
  const when = formatDaysAgo(daysBetween(stored.date, localIsoDate(new Date())));
  const { direction } = stored.result;
  const howOften = directionPlan(stored.result).sections.find((section) => section.id === 'how-often')?.lines[0];
  let said: string;
  if (direction === 'none') said = msg(str`Last time (${when}), the test found no clear direction.`, { id: 'df-ui-last-none' });
  else {
    const name = directionName(direction);
    said = msg(str`Your direction last time: ${name}, ${when}.`, { id: 'df-ui-last-direction' });
  }
  return html`<div class="last-time" part="last-time">
    <p class="last-direction">
      <strong>
        ${said}
      </strong>
      ${howOften ? howOften() : nothing}
    </p>
    <p>${msg('To check it still fits, take the test again below. It starts with the safety questions.', { id: 'df-ui-last-retest' })}</p>
    ${renderStorageStatus(view, forget)}
  </div>`;
}

/** What is kept in this browser, with "Forget this result"; and what went wrong with storage. */
export function renderStorageStatus({ stored, notice }: KeptResultView, forget: () => void): TemplateResult | typeof nothing {
  let line: string | null = null;
  switch (notice) {
    case 'saved':
      line = msg('This result is kept in this browser, so you can see it next time.', { id: 'df-ui-stored-saved' });
      break;
    case 'forgotten':
      line = msg('Forgotten: nothing from this test is kept in this browser now.', { id: 'df-ui-stored-forgotten' });
      break;
    case 'quota':
    case 'unavailable':
      line = msg('This browser could not keep the result. Print it or write it down if you want to keep it.', { id: 'df-ui-stored-failed' });
      break;
    default:
      break;
  }
  if (!line && !stored) return nothing;
  return html`<p class="storage-status" tabindex="-1">
    ${line ?? nothing}
    ${stored ? html`<button type="button" class="secondary forget" @click=${forget}>${msg('Forget this result', { id: 'df-ui-forget' })}</button>` : nothing}
  </p>`;
}
