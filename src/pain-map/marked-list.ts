/**
 * The list under the pain map of every place the person marked, with its words ("Left calf: 6 of 10,
 * burning") and a Change button that reopens that place's editor. A pure template; the element owns
 * the map.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { headingTag } from '../core/headings.js';
import { markLabel, markOf, markedRegionIds, type PainMap } from './centralization.js';
import { regionById, type RegionId } from './regions.js';

export interface MarkedListView {
  map: PainMap;
  readonly: boolean;
  headingLevel: number;
}

export function renderMarkedList({ map, readonly, headingLevel }: MarkedListView, change: (id: RegionId) => void): TemplateResult {
  const ids = markedRegionIds(map);
  const heading = headingTag(headingLevel);
  return html`<section class="list" part="list" aria-labelledby="pm-list-title">
    ${staticHtml`<${heading} id="pm-list-title">${msg('Where you marked symptoms', { id: 'pm-ui-list-title' })}</${heading}>`}
    ${ids.length === 0
      ? html`<p class="empty">${msg('Nothing marked yet.', { id: 'pm-ui-list-empty' })}</p>`
      : html`<ul>
          ${ids.map((id) => {
            const intensity = markOf(map, id)?.intensity ?? 0;
            return html`<li data-region=${id}>
              <span class="list-text">${markLabel(map, id)}</span>
              ${readonly
                ? nothing
                : html`<button type="button" class="secondary edit" aria-label=${msg(str`Change: ${regionById(id)?.name() ?? id}`, { id: 'pm-ui-change-region' })} @click=${() => change(id)}>
                    ${msg('Change', { id: 'pm-ui-change' })}
                  </button>`}
              <span class="badge-inline i${intensity}" aria-hidden="true">${intensity}</span>
            </li>`;
          })}
        </ul>`}
  </section>`;
}
