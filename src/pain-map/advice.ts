/**
 * What `<pain-map>` advises around the drawing: the emergency advice for a red flag on the map (first
 * in the element, so nothing hides it) and the trend against an earlier map with its safety net. Pure
 * templates; the words of the trend are in centralization.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderEmergencyBox, renderSafetyNet } from '../core/emergency.js';
import { intensityText, trendText, type PainMapRedFlag, type PainMapSummary } from './centralization.js';
import { formatDay } from './history-view.js';

/** The emergency advice for the map's red flags, or nothing when there are none. */
export function renderRedFlagAdvice(flags: readonly PainMapRedFlag[], emergencyNumber: string | null, level: number): TemplateResult | typeof nothing {
  if (flags.length === 0) return nothing;
  const reasons = flags.map((flag) =>
    flag === 'both-legs'
      ? msg('You marked symptoms in both legs. Sciatica in both legs can be a sign of pressure on the nerves at the base of the spine.', {
          id: 'pm-flag-both-legs',
        })
      : msg('You marked symptoms in the saddle area. Numbness or tingling there can be a sign of pressure on the nerves at the base of the spine.', {
          id: 'pm-flag-saddle',
        }),
  );
  return renderEmergencyBox(emergencyNumber, { reasons, level });
}

/**
 * The trend against the earlier map (`date`: the day it was saved, or `null` for a host's `previous`),
 * in a polite live region that is always there, so a change is announced when it appears.
 */
export function renderTrend(compared: { summary: PainMapSummary; date: string | null } | null, emergencyNumber: string | null): TemplateResult {
  if (!compared) return html`<div class="trend-live" aria-live="polite"></div>`;
  const { summary, date } = compared;
  const since = date
    ? msg(str`Compared with your map from ${formatDay(date)}.`, { id: 'pm-ui-compared-date' })
    : msg('Compared with your earlier map.', { id: 'pm-ui-compared-earlier' });
  const intensity = intensityText(summary);
  const kind = summary.trend ?? 'unchanged';
  return html`<div class="trend-live" aria-live="polite">
    <div class="trend trend-${kind}" part="trend" data-trend=${kind}>
      ${kind === 'peripheralizing'
        ? html`<p class="trend-heading"><strong>${msg('Stop the movement that made it spread', { id: 'pm-ui-stop-heading' })}</strong></p>`
        : kind === 'centralizing'
          ? html`<p class="trend-heading"><strong>${msg('A good sign', { id: 'pm-ui-good-heading' })}</strong></p>`
          : nothing}
      <p class="trend-text">${trendText(summary)}</p>
      ${intensity ? html`<p class="intensity-text">${intensity}</p>` : nothing}
      <p class="since">${since}</p>
      ${renderSafetyNet(emergencyNumber)}
    </div>
  </div>`;
}
