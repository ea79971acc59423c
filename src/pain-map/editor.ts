/**
 * The editor of one region of `<pain-map>`: how strong the pain is (0–10) and how it feels. A pure
 * template; the element owns the mark and applies each change as it happens.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { RegionMark } from './centralization.js';
import { painQualities, qualityName, type Quality } from './regions.js';

export interface EditorView {
  /** The region's name, e.g. "Left calf". */
  name: string;
  mark: RegionMark;
}

export interface EditorHandlers {
  intensity(event: Event): void;
  quality(quality: Quality, event: Event): void;
  done(): void;
  remove(): void;
}

export function renderEditor({ name, mark }: EditorView, on: EditorHandlers): TemplateResult {
  return html`<section class="editor" part="editor" aria-labelledby="pm-editor-title">
    <h3 id="pm-editor-title">${name}</h3>
    <div class="intensity">
      <label for="pm-intensity">${msg('How strong is the pain? (0 to 10)', { id: 'pm-ui-intensity-label' })}</label>
      <div class="range-row">
        <input
          id="pm-intensity"
          type="range"
          min="0"
          max="10"
          step="1"
          .value=${live(String(mark.intensity))}
          aria-describedby="pm-ends"
          @input=${on.intensity}
          @change=${on.intensity}
        />
        <output class="intensity-value" for="pm-intensity" aria-hidden="true">${mark.intensity}</output>
      </div>
      <div class="ends" id="pm-ends">
        <span>${msg('0: No pain', { id: 'pm-ui-end-none' })}</span>
        <span>${msg('10: Worst pain imaginable', { id: 'pm-ui-end-worst' })}</span>
      </div>
    </div>
    <fieldset class="qualities">
      <legend>${msg('How does it feel? Tick all that fit.', { id: 'pm-ui-qualities' })}</legend>
      ${painQualities.map(
        (q) => html`<label class="quality">
          <input type="checkbox" name="quality" value=${q} .checked=${live(mark.qualities.includes(q))} @change=${(e: Event) => on.quality(q, e)} />
          <span>${qualityName(q)}</span>
        </label>`,
      )}
    </fieldset>
    <div class="editor-actions">
      <button type="button" class="done" @click=${on.done}>${msg('Done', { id: 'pm-ui-done' })}</button>
      <button type="button" class="secondary remove" @click=${on.remove}>${msg('Remove', { id: 'pm-ui-remove' })}</button>
    </div>
  </section>`;
}
