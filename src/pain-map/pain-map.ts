/**
 * `<pain-map>`: a body diagram on which a person marks where it hurts, how much and how it feels,
 * and sees whether the pain is centralizing (docs/clinical-basis.md).
 *
 * The data and the rules live in `regions.ts` (the catalogue), `centralization.ts` (parsing, extent,
 * trend, summary text) and `history.ts` (the stored history); the drawing in `body.ts`. This element
 * only shows, edits and reports.
 */
import { html, nothing, svg, type PropertyDeclaration, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { formatDate, formatNumber } from '../core/format.js';
import { SciaticaElement, attribute, type ValidatedDeclaration } from '../core/base.js';
import { booleanSpec, describeValue, enumSpec, textSpec } from '../core/attributes.js';
import { getLocale, getLocaleTag } from '../core/locale.js';
import { renderEmergencyBox, renderSafetyNet } from '../core/emergency.js';
import { controlStyles, emergencyStyles } from '../core/styles.js';
import { bodyOutline, regionShapes, sideLabels, viewHeight, viewWidth, type RegionShape } from './body.js';
import { isNavigationKey, nextRegion, orderedShapes } from './navigation.js';
import {
  emptyPainMap,
  extent,
  extentWords,
  intensityText,
  isMarked,
  markOf,
  markedRegionIds,
  parsePainMap,
  redFlags,
  serializePainMap,
  summarize,
  trend,
  trendText,
  withMark,
  worstIntensity,
  type PainMap,
  type PainMapRedFlag,
  type PainTrend,
  type RegionMark,
  type SerializedPainMap,
} from './centralization.js';
import { chartPoints, dateFromIso, deleteHistory, latestBefore, loadHistory, localIsoDate, saveHistory, withEntry, type HistoryEntry } from './history.js';
import { painQualities, qualityName, regionById, type BodyView, type ExtentRank, type Quality, type RegionId } from './regions.js';
import { painMapStyles } from './styles.js';

export const painMapViews = ['back', 'front', 'both'] as const;
export type PainMapView = (typeof painMapViews)[number];

/** Detail of `pain-map-change`. */
export interface PainMapChangeDetail {
  /** The whole map now, in its canonical stored form (only marked regions). */
  value: SerializedPainMap;
  /** How far from the spine the symptoms reach (0 low back … 4 foot), or `null` when nothing is marked. */
  extent: ExtentRank | null;
  /** The trend against the previous map, or `null` when there is none. */
  trend: PainTrend | null;
}

/** Detail of `pain-map-red-flag`. */
export interface PainMapRedFlagDetail {
  /** Every red flag the map shows now (`both-legs`, `saddle`), including the one just raised. */
  flags: PainMapRedFlag[];
}

declare module '../core/events.js' {
  interface SciaticaEventDetails {
    'pain-map-change': PainMapChangeDetail;
    'pain-map-red-flag': PainMapRedFlagDetail;
  }
}

type StorageNotice = 'saved' | 'deleted' | 'quota' | 'unavailable' | 'unreadable' | null;

function qualityWord(q: Quality): string {
  const name = qualityName(q);
  // In German, nouns keep their capital; elsewhere a quality inside a sentence reads in lower case.
  return getLocale() === 'de' ? name : name.toLocaleLowerCase(getLocaleTag());
}

/**
 * A body diagram, back and front, on which a person marks where they feel symptoms, how strong the
 * pain is (0–10) and how it feels, and — compared with an earlier map — whether the symptoms are
 * centralizing (moving up toward the spine: a good sign) or peripheralizing (spreading down the leg:
 * stop what caused it).
 *
 * Using it:
 * - Click or tap a region to choose it; an editor below the drawing sets its pain (0–10) and how it
 *   feels. With a keyboard the drawing is one tab stop: arrow keys move between regions (Left/Right in
 *   reading order, Up/Down along the same leg), Home/End go to the first/last, Enter or Space chooses,
 *   digits 0–9 set the pain of the focused region at once (0 = no pain: with no qualities ticked the
 *   region is then unmarked; 10 is set with the editor's slider), Delete, Backspace or "-" remove the
 *   mark, Escape closes the editor.
 * - A list under the drawing names every marked region with its pain and qualities, as an
 *   alternative to the drawing.
 *
 * `value` and events: the `value` attribute or property (JSON text, or an object from script)
 * replaces the map shown and does NOT fire `pain-map-change`; only the person's own changes (and
 * `clear()` when something was marked) fire it. Reading `value` gives the current map in its
 * canonical form (only marked regions). Each problem in a bad value (unknown region, intensity
 * outside 0–10, text that is not JSON) logs one warning and that part is dropped.
 *
 * The previous map: the `previous` attribute or property when given; otherwise, with `storage-key`,
 * the latest saved map from an earlier day. A `previous` value that cannot be read at all (nothing
 * valid in it) is ignored with a warning rather than compared as an empty map, so it can never
 * produce a false "spreading" warning.
 *
 * Storage (`storage-key`, opt-in; without it `localStorage` is never touched): "Save today's map"
 * keeps one entry per local calendar day (`{ date: "YYYY-MM-DD", map }`; saving again the same day
 * replaces it). When the element starts and no `value` was given, today's saved map is shown. Data
 * under the key that is not a pain map history (garbage, or another script's data) is ignored with one
 * warning and left untouched until the person saves, which then replaces it (the element says so
 * first). A full storage quota or storage that is switched off gives a polite message; nothing throws.
 *
 * @customElement pain-map
 * @attr {'back'|'front'|'both'} [view=both] - Which views of the body to show.
 * @attr {string} value - JSON of a map to show or start from: `{"regions": {"left-calf": {"intensity": 6, "qualities": ["burning"]}}}`.
 * @attr {string} previous - JSON of an earlier map to compare with; shows the trend in words.
 * @attr {boolean} readonly - Display only (a clinician's view): no editor, regions cannot be changed but are still read out.
 * @attr {string} storage-key - Opt in to keeping a dated history in `localStorage` under this key, with a chart of it.
 * Red flags: symptoms marked in both legs (thigh and below on the left and on the right) or in the
 * saddle area show the emergency advice at the top of the element at once (`role="alert"`, with the
 * number from `emergency-number` or the page's region), whoever marked them; when the person's own
 * mark raises a flag that was not showing, `pain-map-red-flag` fires (once per newly raised flag).
 *
 * @fires {CustomEvent<PainMapChangeDetail>} pain-map-change - The person changed a mark (or `clear()` removed marks). Detail: `{ value, extent, trend }`.
 * @fires {CustomEvent<PainMapRedFlagDetail>} pain-map-red-flag - The person's mark newly raised a red flag (symptoms in both legs, or in the saddle area); the emergency advice is already showing. Detail: `{ flags }`, every flag showing now.
 * @csspart emergency - The emergency advice box raised by a red flag.
 * @csspart emergency-call - The link that calls the emergency number.
 * @csspart safety-net - The line naming the emergency signs and the number, under the trend.
 * @csspart body - Each view of the body drawing (an `<svg>`).
 * @csspart region - Each region of the drawing.
 * @csspart editor - The editor of the chosen region.
 * @csspart list - The list of marked regions.
 * @csspart trend - The message comparing with the previous map.
 * @csspart history - The saved-history box (with `storage-key`).
 * @csspart chart - The history chart.
 */
export class PainMapElement extends SciaticaElement {
  static override readonly defaultTag = 'pain-map';

  static override styles = [...SciaticaElement.styles, controlStyles, emergencyStyles, painMapStyles];

  static override properties: Record<string, PropertyDeclaration | ValidatedDeclaration<unknown>> = {
    view: attribute('view', enumSpec(painMapViews, 'both')),
    value: { attribute: 'value', noAccessor: true },
    previous: { attribute: 'previous', noAccessor: true },
    readonly: attribute('readonly', booleanSpec('readonly')),
    storageKey: attribute('storage-key', textSpec),
    current: { state: true, attribute: false },
    previousMap: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    focusId: { state: true, attribute: false },
    entries: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    confirming: { state: true, attribute: false },
  };

  /** Which views of the body are shown. */
  declare view: PainMapView;
  /** Display only. */
  declare readonly: boolean;
  /** The `localStorage` key of the history, or unset (nothing stored). */
  declare storageKey: string | null;

  private declare current: PainMap;
  private declare previousMap: PainMap | null;
  private declare selected: RegionId | null;
  private declare focusId: RegionId | null;
  private declare entries: HistoryEntry[];
  private declare notice: StorageNotice;
  private declare confirming: boolean;
  /** Whether a host gave a `value` (then today's saved map does not replace it). */
  private valueGiven = false;
  /** Whether the person has changed anything. */
  private edited = false;

  constructor() {
    super();
    this.current = emptyPainMap();
    this.previousMap = null;
    this.selected = null;
    this.focusId = null;
    this.entries = [];
    this.notice = null;
    this.confirming = false;
  }

  /** The current map in its canonical form (only marked regions). Set it to an object or JSON text; problems are warned about and dropped. */
  get value(): SerializedPainMap {
    return serializePainMap(this.current);
  }

  set value(input: unknown) {
    this.valueGiven = input !== null && input !== undefined;
    this.current = this.readMap('value', input, false) ?? emptyPainMap();
    if (this.readonly) this.selected = null;
  }

  /** The previous map to compare with (canonical form), or `null`. Set it to an object or JSON text. */
  get previous(): SerializedPainMap | null {
    return this.previousMap ? serializePainMap(this.previousMap) : null;
  }

  set previous(input: unknown) {
    this.previousMap = this.readMap('previous', input, true);
  }

  /** How far from the spine the symptoms reach: 0 (low back) … 4 (foot), or `null` when nothing is marked. */
  get extent(): ExtentRank | null {
    return extent(this.current);
  }

  /** `centralizing`, `peripheralizing` or `unchanged` against the previous map, or `null` without one. */
  get trend(): PainTrend | null {
    const compared = this.comparison();
    return compared ? trend(compared.map, this.current) : null;
  }

  /** Removes every mark. Fires `pain-map-change` when something was marked. */
  clear(): void {
    const had = markedRegionIds(this.current).length > 0;
    const flagsBefore = redFlags(this.current);
    this.current = emptyPainMap();
    this.selected = null;
    if (had) {
      this.edited = true;
      this.changed(flagsBefore);
    }
  }

  /** Parses a map from the host; each problem is one warning. `null` when nothing usable was given. */
  private readMap(name: string, input: unknown, ignoreUnreadable: boolean): PainMap | null {
    // JSON text `null` is "no map" too: a template that serializes a missing map writes previous="null".
    if (input === null || input === undefined || (typeof input === 'string' && (input.trim() === '' || input.trim() === 'null'))) return null;
    const { map, problems, hasRegions } = parsePainMap(input);
    // A previous "map" without `regions` is no earlier map (see ParsedPainMap.hasRegions).
    const unusable = (problems.length > 0 && markedRegionIds(map).length === 0) || (ignoreUnreadable && !hasRegions);
    for (const problem of problems) {
      this.warn(`${name}:${problem}`, `${name}: ${problem}.`);
    }
    if (unusable && ignoreUnreadable) {
      this.warn(`${name}:ignored`, `${name}: nothing in it could be used, so there is no earlier map to compare with.`);
      return null;
    }
    return map;
  }

  /** The map the trend compares with: `previous`, else the latest saved map from an earlier day. */
  private comparedWith(): { map: PainMap; date: string | null } | null {
    if (this.previousMap) return { map: this.previousMap, date: null };
    if (!this.storageKey) return null;
    const entry = latestBefore(this.entries, localIsoDate(new Date()));
    return entry ? { map: entry.map, date: entry.date } : null;
  }

  /**
   * The comparison to show, if any. An empty map only counts as "no symptoms now" once it was
   * recorded: marked and cleared by the person, given by the host as `value`, or shown read-only.
   * A blank map that nobody has touched yet says nothing, so it must not read as "a good sign".
   */
  private comparison(): { map: PainMap; date: string | null } | null {
    const compared = this.comparedWith();
    if (!compared) return null;
    const recorded = markedRegionIds(this.current).length > 0 || this.edited || this.readonly || this.hasAttribute('value');
    return recorded ? compared : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey')) {
      this.loadHistory();
    }
    if (changed.has('readonly') && this.readonly) {
      this.selected = null;
      this.confirming = false;
    }
  }

  // --- changes ---

  private changed(flagsBefore: readonly PainMapRedFlag[]): void {
    this.emit('pain-map-change', { value: this.value, extent: this.extent, trend: this.trend });
    const flags = redFlags(this.current);
    if (flags.some((flag) => !flagsBefore.includes(flag))) this.emit('pain-map-red-flag', { flags });
  }

  private setMark(id: RegionId, mark: RegionMark | null): void {
    if (this.readonly) return;
    const before = JSON.stringify(this.value);
    const flagsBefore = redFlags(this.current);
    this.current = withMark(this.current, id, mark && isMarked(mark) ? mark : null);
    if (JSON.stringify(this.value) === before) return;
    this.edited = true;
    if (this.notice === 'saved' || this.notice === 'deleted') this.notice = null;
    this.changed(flagsBefore);
  }

  private markFor(id: RegionId): RegionMark {
    const mark = markOf(this.current, id);
    return { intensity: mark?.intensity ?? 0, qualities: [...(mark?.qualities ?? [])] };
  }

  private select(id: RegionId | null): void {
    if (this.readonly) return;
    this.selected = id;
    if (id) this.focusId = id;
  }

  private focusRegion(id: RegionId): Promise<void> {
    this.focusId = id;
    return this.focusAfterUpdate(`[data-region="${id}"]`);
  }

  private shownViews(): BodyView[] {
    return this.view === 'both' ? ['back', 'front'] : [this.view];
  }

  private onRegionKey(event: KeyboardEvent, shape: RegionShape): void {
    const { key } = event;
    if (isNavigationKey(key)) {
      event.preventDefault();
      void this.focusRegion(nextRegion(orderedShapes(this.shownViews()), shape, key).id);
      return;
    }
    switch (key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.select(shape.id);
        return;
      case 'Escape':
        if (this.selected) {
          event.preventDefault();
          this.selected = null;
        }
        return;
      case 'Delete':
      case 'Backspace':
      case '-':
        event.preventDefault();
        this.setMark(shape.id, null);
        return;
      default:
        // A digit sets the pain at once; with a modifier it is the browser's shortcut, not ours.
        if (/^[0-9]$/.test(key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
          event.preventDefault();
          this.select(shape.id);
          this.setMark(shape.id, { ...this.markFor(shape.id), intensity: Number(key) });
        }
    }
  }

  private onIntensity(id: RegionId, event: Event): void {
    const intensity = Number((event.target as HTMLInputElement).value);
    if (!Number.isInteger(intensity) || intensity < 0 || intensity > 10) return;
    this.setMark(id, { ...this.markFor(id), intensity });
  }

  private onQuality(id: RegionId, quality: Quality, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const mark = this.markFor(id);
    const qualities = on ? [...mark.qualities, quality] : mark.qualities.filter((q) => q !== quality);
    this.setMark(id, { ...mark, qualities });
  }

  private closeEditor(id: RegionId, remove: boolean): void {
    if (remove) this.setMark(id, null);
    this.selected = null;
    void this.focusRegion(id);
  }

  private editFromList(id: RegionId): Promise<void> {
    this.select(id);
    return this.focusAfterUpdate('#pm-intensity');
  }

  // --- storage (only ever touched when storageKey is set: history.ts) ---

  private loadHistory(): void {
    this.entries = [];
    this.confirming = false;
    this.notice = null;
    const key = this.storageKey;
    if (!key) return;
    const shown = describeValue(key);
    const loaded = loadHistory(key);
    if (loaded.status === 'unavailable') {
      this.notice = 'unavailable';
      this.warn(`storage-unavailable:${key}`, `storage-key=${shown}: localStorage is not available here; the history cannot be kept.`);
      return;
    }
    if (loaded.status === 'unreadable') {
      this.notice = 'unreadable';
      this.warn(`storage-unreadable:${key}`, `storage-key=${shown}: ${loaded.problems.join('; ')}; ignored. It is left as it is unless the person saves a map, which replaces it.`);
      return;
    }
    if (loaded.problems.length > 0) {
      this.warn(`storage-problems:${key}`, `storage-key=${shown}: parts of the stored history were dropped: ${loaded.problems.join('; ')}.`);
    }
    this.entries = loaded.entries;
    const today = loaded.entries.find((entry) => entry.date === localIsoDate(new Date()));
    if (today && !this.valueGiven && !this.edited) this.current = today.map;
  }

  private saveToday(): void {
    const key = this.storageKey;
    if (!key || this.readonly) return;
    const entries = withEntry(this.entries, localIsoDate(new Date()), this.current);
    const saved = saveHistory(key, entries);
    if (saved.status !== 'saved') {
      this.notice = saved.status;
      this.warn(`storage-save:${saved.reason}`, `storage-key=${describeValue(key)}: could not save (${saved.reason}).`);
      return;
    }
    this.entries = entries;
    this.notice = 'saved';
  }

  private askDelete(): Promise<void> {
    this.confirming = true;
    return this.focusAfterUpdate('.confirm-cancel');
  }

  private answerDelete(yes: boolean): Promise<void> {
    this.confirming = false;
    if (yes && this.storageKey) {
      this.notice = deleteHistory(this.storageKey);
      if (this.notice === 'deleted') this.entries = [];
    }
    return this.focusAfterUpdate(yes ? '.save' : '.delete');
  }

  // --- rendering ---

  private regionLabel(id: RegionId): string {
    const name = regionById(id)?.name() ?? id;
    const mark = markOf(this.current, id);
    if (!isMarked(mark) || !mark) return msg(str`${name}, not marked`, { id: 'pm-ui-region-unmarked' });
    const qualities = mark.qualities.map(qualityWord);
    const pain =
      mark.intensity > 0
        ? msg(str`${name}, pain ${formatNumber(mark.intensity)} of 10`, { id: 'pm-ui-region-pain' })
        : msg(str`${name}, no pain`, { id: 'pm-ui-region-no-pain' });
    return [pain, ...qualities].join(', ');
  }

  protected renderContent(): TemplateResult {
    const views = this.shownViews();
    const order = orderedShapes(views);
    const tabStop = order.some((s) => s.id === this.focusId) ? this.focusId : (this.selected ?? order[0]?.id ?? null);
    return html`
      ${this.renderRedFlags()}
      ${this.readonly
        ? nothing
        : html`<p class="help" id="pm-help">
            ${msg('Choose each place where you feel pain, numbness or tingling, then say how strong it is and how it feels.', { id: 'pm-ui-help' })}
            <span class="keys">${msg('With a keyboard: arrow keys move between places, Enter chooses one, and the number keys 0 to 9 set the pain.', { id: 'pm-ui-help-keys' })}</span>
          </p>`}
      <div class="views ${views.length === 2 ? 'two' : 'one'}">${views.map((view) => this.renderView(view, tabStop))}</div>
      ${this.renderScale()} ${this.selected && !this.readonly ? this.renderEditor(this.selected) : nothing} ${this.renderTrend()} ${this.renderList()}
      ${this.storageKey ? this.renderHistory() : nothing}
    `;
  }

  /** The emergency advice for the red flags on the map, first in the element so nothing hides it. */
  private renderRedFlags(): TemplateResult | typeof nothing {
    const flags = redFlags(this.current);
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
    return renderEmergencyBox(this.effectiveEmergencyNumber, { reasons });
  }

  private renderView(view: BodyView, tabStop: RegionId | null): TemplateResult {
    const title =
      view === 'back'
        ? msg('Back of the body, seen from behind: your left is on the left', { id: 'pm-ui-view-back' })
        : msg('Front of the body, facing you: your left is on the right', { id: 'pm-ui-view-front' });
    const caption = view === 'back' ? msg('Back', { id: 'pm-ui-caption-back' }) : msg('Front', { id: 'pm-ui-caption-front' });
    return html`<figure class="view view-${view}">
      <figcaption id="pm-caption-${view}">${caption}</figcaption>
      <svg
        part="body"
        class="body"
        viewBox="0 0 ${viewWidth} ${viewHeight}"
        role="group"
        aria-label=${title}
        aria-describedby=${this.readonly ? nothing : 'pm-help'}
      >
        ${bodyOutline(view)} ${regionShapes(view).map((shape) => this.renderRegion(shape, tabStop))} ${sideLabels(view)}
      </svg>
    </figure>`;
  }

  private renderRegion(shape: RegionShape, tabStop: RegionId | null): SVGTemplateResult {
    const mark = markOf(this.current, shape.id);
    const marked = isMarked(mark);
    const level = marked && mark ? `i${mark.intensity}` : 'unmarked';
    const selected = this.selected === shape.id;
    const label = this.regionLabel(shape.id);
    const number =
      marked && mark
        ? svg`<g class="badge ${level}" aria-hidden="true">
            <circle cx=${shape.x} cy=${shape.y} r="8.5"></circle>
            <text x=${shape.x} y=${shape.y} dy="0.35em" text-anchor="middle">${mark.intensity}</text>
          </g>`
        : nothing;
    if (this.readonly) {
      return svg`<path part="region" class="region ${level}" data-region=${shape.id} d=${shape.d} role="img" aria-label=${label}></path>${number}`;
    }
    return svg`<path
        part="region"
        class="region ${level} ${selected ? 'selected' : ''}"
        data-region=${shape.id}
        d=${shape.d}
        role="button"
        tabindex=${shape.id === tabStop ? '0' : '-1'}
        aria-label=${label}
        aria-pressed=${selected ? 'true' : 'false'}
        @click=${() => this.select(shape.id)}
        @focus=${() => (this.focusId = shape.id)}
        @keydown=${(e: KeyboardEvent) => this.onRegionKey(e, shape)}
      ></path>${number}`;
  }

  private renderScale(): TemplateResult {
    const steps = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    return html`<div class="scale" aria-hidden="true">
      <span class="scale-end">${msg('Mild', { id: 'pm-ui-scale-mild' })}</span>
      <span class="scale-steps">${steps.map((n) => html`<span class="step i${n}">${n}</span>`)}</span>
      <span class="scale-end">${msg('Worst', { id: 'pm-ui-scale-worst' })}</span>
    </div>`;
  }

  private renderEditor(id: RegionId): TemplateResult {
    const mark = this.markFor(id);
    const name = regionById(id)?.name() ?? id;
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
            @input=${(e: Event) => this.onIntensity(id, e)}
            @change=${(e: Event) => this.onIntensity(id, e)}
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
            <input type="checkbox" name="quality" value=${q} .checked=${live(mark.qualities.includes(q))} @change=${(e: Event) => this.onQuality(id, q, e)} />
            <span>${qualityName(q)}</span>
          </label>`,
        )}
      </fieldset>
      <div class="editor-actions">
        <button type="button" class="done" @click=${() => this.closeEditor(id, false)}>${msg('Done', { id: 'pm-ui-done' })}</button>
        <button type="button" class="secondary remove" @click=${() => this.closeEditor(id, true)}>${msg('Remove', { id: 'pm-ui-remove' })}</button>
      </div>
    </section>`;
  }

  private renderList(): TemplateResult {
    const ids = markedRegionIds(this.current);
    return html`<section class="list" part="list" aria-labelledby="pm-list-title">
      <h3 id="pm-list-title">${msg('Where you marked symptoms', { id: 'pm-ui-list-title' })}</h3>
      ${ids.length === 0
        ? html`<p class="empty">${msg('Nothing marked yet.', { id: 'pm-ui-list-empty' })}</p>`
        : html`<ul>
            ${ids.map((id) => {
              const intensity = markOf(this.current, id)?.intensity ?? 0;
              return html`<li data-region=${id}>
                <span class="list-text">${this.regionLabel(id)}</span>
                ${this.readonly
                  ? nothing
                  : html`<button type="button" class="secondary edit" aria-label=${msg(str`Change: ${regionById(id)?.name() ?? id}`, { id: 'pm-ui-change-region' })} @click=${() => this.editFromList(id)}>
                      ${msg('Change', { id: 'pm-ui-change' })}
                    </button>`}
                <span class="badge-inline i${intensity}" aria-hidden="true">${intensity}</span>
              </li>`;
            })}
          </ul>`}
    </section>`;
  }

  private renderTrend(): TemplateResult | typeof nothing {
    const compared = this.comparison();
    if (!compared) return html`<div class="trend-live" aria-live="polite"></div>`;
    const summary = summarize(compared.map, this.current);
    const words = trendText(summary);
    const intensity = intensityText(summary);
    const since = compared.date
      ? msg(str`Compared with your map from ${formatDay(compared.date)}.`, { id: 'pm-ui-compared-date' })
      : msg('Compared with your earlier map.', { id: 'pm-ui-compared-earlier' });
    const kind = summary.trend ?? 'unchanged';
    return html`<div class="trend-live" aria-live="polite">
      <div class="trend trend-${kind}" part="trend" data-trend=${kind}>
        ${kind === 'peripheralizing'
          ? html`<p class="trend-heading"><strong>${msg('Stop the movement that made it spread', { id: 'pm-ui-stop-heading' })}</strong></p>`
          : kind === 'centralizing'
            ? html`<p class="trend-heading"><strong>${msg('A good sign', { id: 'pm-ui-good-heading' })}</strong></p>`
            : nothing}
        <p class="trend-text">${words}</p>
        ${intensity ? html`<p class="intensity-text">${intensity}</p>` : nothing}
        <p class="since">${since}</p>
        ${renderSafetyNet(this.effectiveEmergencyNumber)}
      </div>
    </div>`;
  }

  private noticeText(): string | null {
    switch (this.notice) {
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

  private renderHistory(): TemplateResult {
    const notice = this.noticeText();
    const problem = this.notice === 'quota' || this.notice === 'unavailable' || this.notice === 'unreadable';
    return html`<section class="history" part="history" aria-labelledby="pm-history-title">
      <h3 id="pm-history-title">${msg('Your history', { id: 'pm-ui-history-title' })}</h3>
      <div class="notice-live" role="status">${notice ? html`<p class="notice ${problem ? 'problem' : 'ok'}">${notice}</p>` : nothing}</div>
      ${this.entries.length > 0 ? this.renderChart() : html`<p class="empty">${msg('No maps saved yet.', { id: 'pm-ui-history-empty' })}</p>`}
      ${this.readonly
        ? nothing
        : html`<div class="history-actions">
            <button type="button" class="save" @click=${() => this.saveToday()}>${msg("Save today's map", { id: 'pm-ui-save' })}</button>
            ${this.entries.length > 0 && !this.confirming
              ? html`<button type="button" class="secondary delete" @click=${() => this.askDelete()}>${msg('Delete my history', { id: 'pm-ui-delete' })}</button>`
              : nothing}
          </div>`}
      ${this.confirming
        ? html`<div class="confirm" role="group" aria-labelledby="pm-confirm-text">
            <p id="pm-confirm-text">${msg('Delete every saved map from this browser? This cannot be undone.', { id: 'pm-ui-confirm-delete' })}</p>
            <button type="button" class="danger confirm-yes" @click=${() => this.answerDelete(true)}>${msg('Yes, delete', { id: 'pm-ui-confirm-yes' })}</button>
            <button type="button" class="secondary confirm-cancel" @click=${() => this.answerDelete(false)}>${msg('Cancel', { id: 'pm-ui-confirm-cancel' })}</button>
          </div>`
        : nothing}
    </section>`;
  }

  private renderChart(): TemplateResult {
    const width = 300;
    const height = 90;
    const pad = 10;
    const points = chartPoints(this.entries, width, height, pad);
    const first = this.entries[0]?.date ?? '';
    const last = this.entries.at(-1)?.date ?? first;
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
          ${msg(str`Saved maps (${this.entries.length})`, { id: 'pm-ui-history-table' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Date', { id: 'pm-ui-col-date' })}</th>
            <th scope="col">${msg('Furthest from your back', { id: 'pm-ui-col-extent' })}</th>
            <th scope="col">${msg('Worst pain', { id: 'pm-ui-col-worst' })}</th>
          </tr>
        </thead>
        <tbody>
          ${[...this.entries].reverse().map((entry) => {
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
}

/** A saved map's day (`YYYY-MM-DD`) as the page's language writes it. */
function formatDay(iso: string): string {
  return formatDate(dateFromIso(iso), { day: 'numeric', month: 'short', year: 'numeric' });
}
