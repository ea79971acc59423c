/**
 * `<pain-map>`: a body diagram on which a person marks where it hurts, how much and how it feels,
 * and sees whether the pain is centralizing (docs/clinical-basis.md).
 *
 * The data and the rules live in `regions.ts` (the catalogue), `centralization.ts` (parsing, extent,
 * trend, summary text) and `history.ts` (the stored history); the drawing in `body.ts`. This element
 * only shows, edits and reports.
 */
import { html, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { SciaticaElement, attribute, type ValidatedDeclaration } from '../core/base.js';
import { booleanSpec, enumSpec, textSpec } from '../core/attributes.js';
import { ElementWidthController } from '../core/element-width.js';
import { controlStyles, emergencyStyles } from '../core/styles.js';
import { renderRedFlagAdvice, renderTrend } from './advice.js';
import type { RegionShape } from './body.js';
import { renderBodyView, renderScale, renderViewSwitch } from './drawing.js';
import {
  emptyPainMap,
  extent,
  isMarked,
  markOf,
  markedRegionIds,
  parsePainMap,
  redFlags,
  serializePainMap,
  summarize,
  trend,
  withMark,
  type PainMap,
  type PainMapRedFlag,
  type PainMapSummary,
  type PainTrend,
  type RegionMark,
  type SerializedPainMap,
} from './centralization.js';
import { renderEditor, type Draft, type EditorProblem } from './editor.js';
import { latestBefore, localIsoDate } from './history.js';
import { SavedHistory } from './saved-history.js';
import { renderHistory } from './history-view.js';
import { renderMarkedList } from './marked-list.js';
import { isNavigationKey, nextRegion, orderedShapes } from './navigation.js';
import { regionById, type BodyView, type ExtentRank, type RegionId } from './regions.js';
import { painMapStyles } from './styles.js';

export const painMapViews = ['back', 'front', 'both'] as const;
export type PainMapView = (typeof painMapViews)[number];

export type { PainMapChangeDetail, PainMapRedFlagDetail } from './events.js';

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
    draft: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    oneView: { state: true, attribute: false },
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
  /** The open editor's choices for the selected region (its strength stays `null` until chosen). */
  private declare draft: Draft | null;
  /** Why Done did not close the editor, if it did not. */
  private declare problem: EditorProblem;
  /** On a narrow element with view="both": the one view shown (the person switches between them). */
  private declare oneView: BodyView;

  /** The element's width: one view at a time below 600 px, the editor beside the figure from 900 px. */
  private readonly width = new ElementWidthController(this, [600, 900]);
  /** The saved history (only ever touched when storageKey is set). */
  private readonly history = new SavedHistory(this, (key, message) => this.warn(key, message));
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
    this.draft = null;
    this.problem = null;
    this.oneView = 'back';
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
    const entry = latestBefore(this.history.entries, localIsoDate(new Date()));
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
      const today = this.history.load(this.storageKey);
      if (today && !this.valueGiven && !this.edited) this.current = today;
    }
    if (changed.has('readonly') && this.readonly) {
      this.selected = null;
      this.history.setConfirming(false);
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
    this.history.clearDoneNotice();
    this.changed(flagsBefore);
  }

  /** Opens the editor of a region (a tap, Enter, or Change in the list), focus in it unless `stay`. */
  private select(id: RegionId | null, { stay = false }: { stay?: boolean } = {}): void {
    if (this.readonly) return;
    this.selected = id;
    this.problem = null;
    if (!id) {
      this.draft = null;
      return;
    }
    this.focusId = id;
    const mark = markOf(this.current, id);
    // A marked region starts from its mark; a new one has no strength until the person chooses one.
    this.draft = mark && isMarked(mark) ? { intensity: mark.intensity, qualities: [...mark.qualities] } : { intensity: null, qualities: [] };
    const region = regionById(id);
    if (region && this.view === 'both') this.oneView = region.view;
    if (!stay) void this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLInputElement>('.editor input:checked') ?? this.renderRoot.querySelector<HTMLInputElement>('.editor input'));
    void this.revealAboveSheet(id);
  }

  /**
   * On a narrow element the editor is a sheet over the bottom of the view: scroll just enough for
   * the place the person chose to show above it, so they see its mark appear.
   */
  private async revealAboveSheet(id: RegionId): Promise<void> {
    await this.updateComplete;
    const sheet = this.renderRoot.querySelector('.editor.sheet');
    const region = this.renderRoot.querySelector(`[data-region="${id}"]`);
    if (!sheet || !region) return;
    const overlap = region.getBoundingClientRect().bottom - sheet.getBoundingClientRect().top + 12;
    if (overlap > 0) window.scrollBy({ top: overlap });
  }

  /** The draft changed: once a strength is chosen, the region is marked at once (fill and number). */
  private updateDraft(id: RegionId, draft: Draft): void {
    this.draft = draft;
    this.problem = null;
    if (draft.intensity !== null) this.setMark(id, { intensity: draft.intensity, qualities: draft.qualities });
  }

  /** Done: closes the editor once the region says something; otherwise asks for what is missing. */
  private done(id: RegionId): void {
    const draft = this.draft;
    if (!draft || draft.intensity === null) this.problem = 'strength';
    else if (draft.intensity === 0 && draft.qualities.length === 0) this.problem = 'feeling';
    else {
      this.closeEditor(id, false);
      return;
    }
    void this.focusAfterUpdate('.editor input');
  }

  private focusRegion(id: RegionId): Promise<void> {
    this.focusId = id;
    return this.focusAfterUpdate(`[data-region="${id}"]`);
  }

  /** Whether the element is too narrow for two views side by side (then it shows one, with a switch). */
  private get narrow(): boolean {
    return this.width.below(600);
  }

  private shownViews(): BodyView[] {
    if (this.view !== 'both') return [this.view];
    return this.narrow ? [this.oneView] : ['back', 'front'];
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
          this.select(null);
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
          this.select(shape.id, { stay: true });
          this.updateDraft(shape.id, { intensity: Number(key), qualities: this.draft?.qualities ?? [] });
        }
    }
  }

  private closeEditor(id: RegionId, remove: boolean): void {
    if (remove) this.setMark(id, null);
    this.select(null);
    void this.focusRegion(id);
  }

  // --- rendering ---

  /** The comparison to show under the map, with the day of the earlier map when it was saved. */
  private trendSummary(): { summary: PainMapSummary; date: string | null } | null {
    const compared = this.comparison();
    return compared ? { summary: summarize(compared.map, this.current), date: compared.date } : null;
  }

  private renderEditor(id: RegionId): TemplateResult {
    const draft = this.draft ?? { intensity: null, qualities: [] };
    return renderEditor(
      {
        name: regionById(id)?.name() ?? id,
        draft,
        marked: isMarked(markOf(this.current, id)),
        problem: this.problem,
        placement: this.width.below(900) ? 'sheet' : 'side',
        headingLevel: this.headingLevel,
      },
      {
        intensity: (value) => this.updateDraft(id, { ...draft, intensity: value }),
        quality: (quality, on) =>
          this.updateDraft(id, { ...draft, qualities: on ? [...draft.qualities, quality] : draft.qualities.filter((q) => q !== quality) }),
        done: () => this.done(id),
        remove: () => this.closeEditor(id, true),
        close: () => this.closeEditor(id, false),
      },
    );
  }

  protected renderContent(): TemplateResult {
    const views = this.shownViews();
    const order = orderedShapes(views);
    const tabStop = order.some((s) => s.id === this.focusId) ? this.focusId : (this.selected ?? order[0]?.id ?? null);
    const drawing = { map: this.current, selected: this.selected, tabStop, readonly: this.readonly, switched: this.view === 'both' && this.narrow };
    const handlers = {
      select: (id: RegionId) => this.select(id),
      focus: (id: RegionId) => (this.focusId = id),
      key: (event: KeyboardEvent, shape: RegionShape) => this.onRegionKey(event, shape),
    };
    return html`
      ${renderRedFlagAdvice(redFlags(this.current), this.effectiveEmergencyNumber, this.headingLevel)}
      ${this.readonly
        ? nothing
        : html`<p class="help" id="pm-help">
            ${msg('Choose each place where you feel pain, numbness or tingling, then say how strong it is and how it feels.', { id: 'pm-ui-help' })}
            <span class="keys">${msg('With a keyboard: arrow keys move between places, Enter chooses one, and the number keys 0 to 9 set the pain.', { id: 'pm-ui-help-keys' })}</span>
          </p>`}
      <div class="workspace ${this.width.below(900) ? 'stacked' : 'beside'}">
        <div class="drawing">
          ${this.view === 'both' && this.narrow ? renderViewSwitch(this.oneView, (view) => (this.oneView = view)) : nothing}
          <div class="views ${views.length === 2 ? 'two' : 'one'}">${views.map((view) => renderBodyView(view, drawing, handlers))}</div>
          ${renderScale()}
        </div>
        ${this.selected && !this.readonly ? this.renderEditor(this.selected) : nothing}
      </div>
      ${renderTrend(this.trendSummary(), this.effectiveEmergencyNumber)}
      ${renderMarkedList({ map: this.current, readonly: this.readonly, headingLevel: this.headingLevel }, (id) => this.select(id))}
      ${this.storageKey
        ? renderHistory(
            { entries: this.history.entries, notice: this.history.notice, confirming: this.history.confirming, readonly: this.readonly, headingLevel: this.headingLevel },
            {
              save: () => {
                if (this.storageKey && !this.readonly) this.history.saveToday(this.storageKey, this.current);
              },
              askDelete: () => {
                this.history.setConfirming(true);
                void this.focusAfterUpdate('.confirm-cancel');
              },
              answerDelete: (yes) => {
                this.history.answerDelete(this.storageKey, yes);
                void this.focusAfterUpdate(yes ? '.save' : '.delete');
              },
            },
          )
        : nothing}
    `;
  }
}
