/**
 * Everything on an exercise card below its stop rule — what it is for, what is needed, the steps, the
 * cautions (the chosen condition's first), the easier and harder versions and the sources — as a pure
 * template, so the element only decides whether it shows (`compact` hides it behind a button).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import { headingTag } from '../core/headings.js';
import { text, type Exercise, type LocalText } from '../content/exercises/types.js';
import { citation } from '../content/references.js';
import { conditionHeading, orderCautions, type CardCondition } from './dose.js';

/** The details of `exercise`, its headings at `level`, with `condition`'s cautions first. */
export function renderDetails(exercise: Exercise, level: number, condition: CardCondition): TemplateResult {
  const h = headingTag(level);
  const sub = headingTag(level + 1);
  const list = (items: readonly LocalText[]) => items.map((item) => html`<li>${text(item)}</li>`);
  const groups = orderCautions(exercise.cautions, condition);
  return html`
    <p class="aim">${text(exercise.aim)}</p>
    ${staticHtml`<${h}>${msg('What you need', { id: 'ec-ui-equipment' })}</${h}>`}
    ${exercise.equipment.length > 0
      ? html`<ul class="equipment">${list(exercise.equipment)}</ul>`
      : html`<p class="equipment">${msg('Nothing: no equipment needed.', { id: 'ec-ui-no-equipment' })}</p>`}
    ${staticHtml`<${h}>${msg('How to do it', { id: 'ec-ui-steps' })}</${h}>`}
    <ol class="steps" part="steps">
      ${list(exercise.steps)}
    </ol>
    ${groups.length > 0
      ? html`<div class="cautions" part="cautions">
          ${staticHtml`<${h}>${msg('Take care', { id: 'ec-ui-cautions' })}</${h}>`}
          ${groups.map((group) =>
            group.condition === null
              ? html`<ul class="caution-group" data-condition="general">${list(group.items)}</ul>`
              : html`<div class="caution-group condition ${group.condition === condition ? 'chosen' : ''}" data-condition=${group.condition}>
                  ${staticHtml`<${sub}>${conditionHeading(group.condition)}</${sub}>`}
                  <ul>${list(group.items)}</ul>
                </div>`,
          )}
        </div>`
      : nothing}
    ${exercise.easier
      ? html`<div class="variant easier">${staticHtml`<${h}>${msg('Easier version', { id: 'ec-ui-easier' })}</${h}>`}
          <p>${text(exercise.easier)}</p></div>`
      : nothing}
    ${exercise.harder
      ? html`<div class="variant harder">${staticHtml`<${h}>${msg('When it gets easy', { id: 'ec-ui-harder' })}</${h}>`}
          <p>${text(exercise.harder)}</p></div>`
      : nothing}
    ${exercise.sources.length > 0
      ? html`<details class="sources" part="sources">
          <summary><span class="summary-text">${msg('Where this comes from', { id: 'ec-ui-sources' })}</span></summary>
          <ul>
            ${exercise.sources.map((source) =>
              typeof source === 'string'
                ? html`<li>${source}</li>`
                : html`<li>${citation(source)} ${source.url ? html`<a href=${source.url}>${source.url}</a>` : nothing}</li>`,
            )}
          </ul>
        </details>`
      : nothing}
  `;
}
