/**
 * The pain map as data: validating a stored map, how far from the spine the symptoms reach
 * ("extent"), and whether they are centralizing or peripheralizing between two maps.
 *
 * Pure: no DOM, no storage, no network. The clinical rules are in docs/clinical-basis.md
 * ("Centralization and peripheralization"):
 * - the extent of a map is the highest rank marked on either leg (low back 0 … foot 4);
 * - between two maps, extent down = centralizing (a good sign), up = peripheralizing (stop what
 *   caused it; see a clinician if it keeps happening), same = unchanged;
 * - intensity is reported beside the trend but never overrules it: a back that hurts more while the
 *   leg pain retreats is still centralizing.
 *
 * Evidence (for docs and reviewers): May & Aina 2012 (21 of 23 studies supported centralization's
 * prognostic value; seen in 74% of acute cases); Donelson 1990; May, Runge & Aina 2018 (a positive
 * prognostic factor, though agreement between assessors is only fair).
 *
 * Decisions documented here, because hosts and the element rely on them:
 * - **Marked**: a region counts as marked when its intensity is above 0 **or** it has any quality.
 *   Numbness or tingling with no pain (intensity 0) is still a symptom, and often the one that
 *   shows how far down the leg the nerve is irritated. A region with intensity 0 and no qualities
 *   is "no symptoms there": it is kept by `parsePainMap` but ignored by everything else, and
 *   `serializePainMap` leaves it out.
 * - **Empty maps and the trend**: the trend is about how far symptoms reach *from the spine*, so a
 *   map with nothing marked compares like a map with symptoms only in the lower back (rank 0):
 *   neither has symptoms in the buttock or leg. Hence: leg symptoms last time, nothing today →
 *   `centralizing` (symptoms that retreat until they are gone is how centralization ends); nothing
 *   last time, leg symptoms today → `peripheralizing` (they reach further than before, and the stop
 *   rule is the safe advice); nothing ↔ back only, or nothing both times → `unchanged` (no leg
 *   symptoms either time; new or eased back pain is an intensity change, reported beside it, and
 *   must not trigger the stop rule, because back pain that rises while the leg settles is expected).
 *   `null` only when there is no previous map at all.
 * - **Intensity validation**: only a JSON number that is a whole number from 0 to 10 is accepted.
 *   Anything else (11, -1, 3.5, "7", NaN, missing) drops the whole region with a problem: rounding
 *   or reading a string would invent a value the person never gave, and keeping the region with a
 *   made-up intensity of 0 would misreport it.
 */
import { msg, str } from '@lit/localize';
import { formatNumber } from '../core/format.js';
import { isRecord, own } from '../core/records.js';
import { getLocale, getLocaleTag, saysPhysicalTherapist } from '../core/locale.js';
import { isQuality, isRegionId, painQualities, qualityName, regionById, regionIds } from './regions.js';
import type { ExtentRank, Quality, RegionId } from './regions.js';

/** What the person marked on one region. */
export interface RegionMark {
  /** Pain intensity, a whole number from 0 (no pain) to 10 (worst imaginable). */
  intensity: number;
  /** How it feels, each at most once, in catalogue order (see `painQualities`). */
  qualities: Quality[];
}

/**
 * A pain map, as in docs/elements.md: region id → mark. A region that is not in `regions` has
 * nothing marked.
 */
export interface PainMap {
  regions: Partial<Record<RegionId, RegionMark>>;
}

/** The direction of change between two maps (docs/clinical-basis.md). */
export type PainTrend = 'centralizing' | 'peripheralizing' | 'unchanged';

/** The result of `parsePainMap`: always a usable map, and what was wrong with the input. */
export interface ParsedPainMap {
  /** The valid part of the input; empty when nothing could be used. */
  map: PainMap;
  /** Short English descriptions of what was dropped or ignored, for a console warning. Empty when all was well. */
  problems: string[];
  /**
   * Whether the input was a map at all: an object with a `regions` object. `{}` or an event detail
   * passed by mistake parse to an empty map too, but must not be taken for "an earlier map with
   * nothing marked" (comparing with it would call any leg symptom spreading).
   */
  hasRegions: boolean;
}

/** A comparison of two maps, for the trend message and for hosts. */
export interface PainMapSummary {
  /** The direction of change, or `null` when there is no previous map. */
  trend: PainTrend | null;
  /** Extent of the previous map (0–4), or `null` when it had nothing marked or there is none. */
  extentBefore: ExtentRank | null;
  /** Extent of the current map (0–4), or `null` when nothing is marked. */
  extentAfter: ExtentRank | null;
  /** Highest intensity in the previous map, or `null` when it had nothing marked or there is none. */
  worstBefore: number | null;
  /** Highest intensity in the current map, or `null` when nothing is marked. */
  worstAfter: number | null;
}

/** The canonical stored form of a map, as `serializePainMap` returns it (ready for `JSON.stringify`). */
export interface SerializedPainMap {
  regions: Record<string, { intensity: number; qualities: Quality[] }>;
}

/** The lowest and highest intensity (docs/elements.md: 0–10). */
export const minIntensity = 0;
export const maxIntensity = 10;

/**
 * Whether `x` is an intensity the person could have given: a whole number from 0 to 10 (a JSON
 * number, not text). Anything else (11, -1, 3.5, "7", NaN) is refused rather than rounded or read,
 * which would invent a value the person never gave. Accepts anything; never throws.
 */
export function isIntensity(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= minIntensity && x <= maxIntensity;
}

// Limits that keep a hostile or broken value from costing much: a real map is a few kilobytes, and
// one console warning with hundreds of lines helps nobody.
const MAX_TEXT_LENGTH = 1_000_000;
const MAX_PROBLEMS = 20;
const MAX_SHOWN_CHARS = 40;

/** A new map with nothing marked. */
export function emptyPainMap(): PainMap {
  return { regions: {} };
}

/** Whether a mark counts as a symptom: intensity above 0, or any quality (numbness with no pain counts). */
export function isMarked(mark: RegionMark | undefined): boolean {
  if (!mark) return false;
  return mark.intensity > 0 || mark.qualities.length > 0;
}

/**
 * The mark of one region, looked up only among the map's own properties, so a prototype (polluted or
 * not) can never make a region look marked.
 */
export function markOf(map: PainMap, id: RegionId): RegionMark | undefined {
  return Object.hasOwn(map.regions, id) ? map.regions[id] : undefined;
}

/** Ids of the marked regions, in catalogue order. Ids that are not in the catalogue are ignored. */
export function markedRegionIds(map: PainMap): RegionId[] {
  return regionIds.filter((id) => isMarked(markOf(map, id)));
}

/**
 * How far from the spine the symptoms reach: the highest rank among marked regions on either side
 * (0 low back … 4 foot), or `null` when nothing is marked.
 */
export function extent(map: PainMap): ExtentRank | null {
  let highest: ExtentRank | null = null;
  for (const id of markedRegionIds(map)) {
    // The saddle area has no rank: it raises the emergency advice (redFlags) but is not on the
    // spine-to-foot scale, so it never changes the extent or the trend.
    const rank = regionById(id)?.rank;
    if (rank !== undefined && rank !== null && (highest === null || rank > highest)) highest = rank;
  }
  return highest;
}

/** A sign on the map that is a red flag in itself (cauda equina): it raises the emergency advice. */
export type PainMapRedFlag = 'both-legs' | 'saddle';

/**
 * The red flags a map shows (docs/clinical-basis.md, "The pain map's red flags"), in this order:
 * - `both-legs`: symptoms in both legs, i.e. a marked region of rank 2 or more (thigh and below) on
 *   the left and another on the right (a buttock or hip on each side is not yet "both legs");
 * - `saddle`: symptoms marked in the saddle area.
 */
export function redFlags(map: PainMap): PainMapRedFlag[] {
  const legSides = new Set<string>();
  let saddle = false;
  for (const id of markedRegionIds(map)) {
    const region = regionById(id);
    if (!region) continue;
    if (region.id === 'saddle') saddle = true;
    else if (region.side && region.rank !== null && region.rank >= 2) legSides.add(region.side);
  }
  const flags: PainMapRedFlag[] = [];
  if (legSides.size === 2) flags.push('both-legs');
  if (saddle) flags.push('saddle');
  return flags;
}

/**
 * The highest intensity among marked regions, or `null` when nothing is marked. May be 0 when the
 * only symptoms are qualities such as numbness.
 */
export function worstIntensity(map: PainMap): number | null {
  let worst: number | null = null;
  for (const id of markedRegionIds(map)) {
    const intensity = markOf(map, id)?.intensity;
    if (typeof intensity === 'number' && Number.isFinite(intensity) && (worst === null || intensity > worst)) {
      worst = intensity;
    }
  }
  return worst;
}

// For the direction only: nothing marked compares like back-only, since neither reaches the leg
// (see the module comment).
function reach(map: PainMap): ExtentRank {
  return extent(map) ?? 0;
}

/**
 * The direction of change from `previous` to `current` (docs/clinical-basis.md): extent down →
 * `centralizing`, up → `peripheralizing`, same → `unchanged`; intensity never changes the answer.
 * `null` when there is no previous map. A map with nothing marked counts as reaching no further
 * than the lower back (see the module comment for why).
 */
export function trend(previous: PainMap | null | undefined, current: PainMap): PainTrend | null {
  if (!previous) return null;
  const before = reach(previous);
  const after = reach(current);
  if (after < before) return 'centralizing';
  if (after > before) return 'peripheralizing';
  return 'unchanged';
}

/** Extent, worst intensity and trend of two maps together; `previous` may be missing. */
export function summarize(previous: PainMap | null | undefined, current: PainMap): PainMapSummary {
  return {
    trend: trend(previous, current),
    extentBefore: previous ? extent(previous) : null,
    extentAfter: extent(current),
    worstBefore: previous ? worstIntensity(previous) : null,
    worstAfter: worstIntensity(current),
  };
}

/**
 * What to tell the person about the trend, in the current locale, or `null` when there is no
 * trend (no previous map). Never a diagnosis and never "you are fine": a good sign is called a good
 * sign, and spreading always comes with the stop rule and when to see a clinician.
 */
export function trendText(summary: PainMapSummary): string | null {
  switch (summary.trend) {
    case null:
      return null;
    case 'centralizing':
      if (summary.extentAfter === null) {
        return msg(
          'You have not marked any symptoms this time. Last time they reached into your buttock or leg. Symptoms moving back toward your spine and going away is a good sign. If they come back or spread down your leg, stop the movement that brought them on.',
          { id: 'pm-trend-centralizing-gone' },
        );
      }
      return msg(
        'Your symptoms have moved up toward your back since last time. This is a good sign, even if your back hurts more for a while.',
        { id: 'pm-trend-centralizing' },
      );
    case 'peripheralizing':
      return saysPhysicalTherapist()
        ? msg(
            'Your symptoms have spread further away from your back since last time. If a movement or exercise made them spread, stop doing it. If this keeps happening, see a doctor or physical therapist.',
            { id: 'pm-trend-peripheralizing' },
          )
        : msg(
            'Your symptoms have spread further away from your back since last time. If a movement or exercise made them spread, stop doing it. If this keeps happening, see a doctor or physiotherapist.',
            { id: 'pm-trend-peripheralizing-physio' },
          );
    case 'unchanged':
      if ((summary.extentBefore ?? 0) === 0 && (summary.extentAfter ?? 0) === 0) {
        return msg('You have not marked symptoms in your buttock or leg, this time or last time.', {
          id: 'pm-trend-unchanged-no-leg',
        });
      }
      return msg('Your symptoms reach as far from your back as they did last time.', { id: 'pm-trend-unchanged' });
  }
}

/** A quality as a word inside a sentence: lower case, except in German, where nouns keep their capital. */
function qualityWord(q: Quality): string {
  const name = qualityName(q);
  return getLocale() === 'de' ? name : name.toLocaleLowerCase(getLocaleTag());
}

/** What a region says to a screen reader and in the list: its name, its pain and how it feels. */
export function markLabel(map: PainMap, id: RegionId): string {
  const name = regionById(id)?.name() ?? id;
  const mark = markOf(map, id);
  if (!mark || !isMarked(mark)) return msg(str`${name}, not marked`, { id: 'pm-ui-region-unmarked' });
  const pain =
    mark.intensity > 0
      ? msg(str`${name}, pain ${formatNumber(mark.intensity)} of 10`, { id: 'pm-ui-region-pain' })
      : msg(str`${name}, no pain`, { id: 'pm-ui-region-no-pain' });
  return [pain, ...mark.qualities.map(qualityWord)].join(', ');
}

/** How far from the back the symptoms reach, in words, for the history table. */
export function extentWords(rank: ExtentRank | null): string {
  switch (rank) {
    case null:
      return msg('Nothing marked', { id: 'pm-ui-extent-none' });
    case 0:
      return msg('Lower back', { id: 'pm-ui-extent-0' });
    case 1:
      return msg('Buttock, hip or groin', { id: 'pm-ui-extent-1' });
    case 2:
      return msg('Thigh', { id: 'pm-ui-extent-2' });
    case 3:
      return msg('Knee or lower leg', { id: 'pm-ui-extent-3' });
    case 4:
      return msg('Foot', { id: 'pm-ui-extent-4' });
  }
}

/**
 * The worst intensity now (and last time, when there was a previous map), to show beside the trend
 * in the current locale; `null` when there is nothing to say.
 */
export function intensityText(summary: PainMapSummary): string | null {
  const { worstBefore, worstAfter } = summary;
  const hasPrevious = summary.trend !== null;
  if (worstAfter === null) {
    if (hasPrevious && worstBefore !== null) {
      return msg(str`No symptoms marked this time. Last time, your worst pain was ${formatNumber(worstBefore)} out of 10.`, {
        id: 'pm-intensity-none-now',
      });
    }
    return null;
  }
  if (hasPrevious && worstBefore !== null) {
    return msg(str`Your worst pain is ${formatNumber(worstAfter)} out of 10. Last time it was ${formatNumber(worstBefore)} out of 10.`, {
      id: 'pm-intensity-compare',
    });
  }
  return msg(str`Your worst pain is ${formatNumber(worstAfter)} out of 10.`, { id: 'pm-intensity-now' });
}

/**
 * A copy of `map` with one region's mark replaced, or removed when `mark` is `null`. The mark's
 * qualities are de-duplicated and put in catalogue order. Does not change `map`.
 */
export function withMark(map: PainMap, id: RegionId, mark: RegionMark | null): PainMap {
  const regions: Partial<Record<RegionId, RegionMark>> = {};
  for (const other of regionIds) {
    const existing = markOf(map, other);
    if (other !== id && existing) regions[other] = { intensity: existing.intensity, qualities: [...existing.qualities] };
  }
  if (mark) regions[id] = { intensity: mark.intensity, qualities: canonicalQualities(mark.qualities) };
  return { regions };
}

function canonicalQualities(list: readonly Quality[]): Quality[] {
  return painQualities.filter((quality) => list.includes(quality));
}

/**
 * The canonical stored form of a map: only marked regions, ids sorted, qualities de-duplicated and
 * in catalogue order, and only catalogue ids. Two maps that mean the same serialize to the same
 * JSON. Returns new objects; `map` is not changed.
 */
export function serializePainMap(map: PainMap): SerializedPainMap {
  const regions: Record<string, { intensity: number; qualities: Quality[] }> = {};
  for (const id of markedRegionIds(map).sort()) {
    const mark = markOf(map, id);
    if (mark) regions[id] = { intensity: mark.intensity, qualities: canonicalQualities(mark.qualities) };
  }
  return { regions };
}

// --- parsing ---

/** Collects problems, keeping the list short. */
class Problems {
  readonly list: string[] = [];
  private extra = 0;

  add(problem: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push(problem);
    else this.extra++;
  }

  done(): string[] {
    if (this.extra > 0) this.list.push(`…and ${this.extra} more problem${this.extra === 1 ? '' : 's'}`);
    return this.list;
  }
}

/** A short, safe description of any value for a problem message (never throws). */
function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value);
    case 'number':
      // String(), not JSON.stringify(): JSON would show NaN and Infinity as "null".
      return String(value);
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}

function parseQualities(value: unknown, where: string, problems: Problems): Quality[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.add(`${where}: "qualities" should be a list, got ${show(value)}; ignored`);
    return [];
  }
  const found = new Set<Quality>();
  let duplicates = 0;
  for (const item of value) {
    if (!isQuality(item)) {
      problems.add(`${where}: unknown quality ${show(item)} dropped`);
    } else if (found.has(item)) {
      duplicates++;
    } else {
      found.add(item);
    }
  }
  if (duplicates > 0) problems.add(`${where}: ${duplicates} repeated qualit${duplicates === 1 ? 'y' : 'ies'} removed`);
  return painQualities.filter((quality) => found.has(quality));
}

function parseMark(value: unknown, where: string, problems: Problems): RegionMark | null {
  if (!isRecord(value)) {
    problems.add(`${where}: expected {"intensity": 0–10, "qualities": […]}, got ${show(value)}; region dropped`);
    return null;
  }
  const intensity = own(value, 'intensity');
  if (!isIntensity(intensity)) {
    problems.add(`${where}: intensity ${show(intensity)} is not a whole number from 0 to 10; region dropped`);
    return null;
  }
  // `+ 0` turns -0 into 0, so it serializes as plain 0.
  return { intensity: intensity + 0, qualities: parseQualities(own(value, 'qualities'), where, problems) };
}

function parseObject(input: unknown, problems: Problems): PainMap {
  if (input === null || input === undefined) return emptyPainMap();
  if (!isRecord(input)) {
    problems.add(`expected a map like {"regions": {…}}, got ${show(input)}; using an empty map`);
    return emptyPainMap();
  }
  const regions = own(input, 'regions');
  // A map with no "regions" simply has nothing marked. Other top-level keys (a host's own date, say)
  // are left alone without a warning, so hosts can store extra fields beside the map.
  if (regions === undefined) return emptyPainMap();
  if (!isRecord(regions)) {
    problems.add(`"regions" should be an object of region id → mark, got ${show(regions)}; using an empty map`);
    return emptyPainMap();
  }
  const marks = new Map<RegionId, RegionMark>();
  for (const key of Object.keys(regions)) {
    const where = `region ${show(key)}`;
    if (!isRegionId(key)) {
      problems.add(`${where} is not a known region id; dropped`);
      continue;
    }
    const mark = parseMark(regions[key], where, problems);
    if (mark) marks.set(key, mark);
  }
  // Built from the catalogue, in its order, so only catalogue ids can ever become keys.
  const result: Partial<Record<RegionId, RegionMark>> = {};
  for (const id of regionIds) {
    const mark = marks.get(id);
    if (mark) result[id] = mark;
  }
  return { regions: result };
}

/**
 * Validates a map from JSON text (an attribute, storage) or from an object (a property), keeping
 * every valid part and describing the rest. Never throws, whatever the input.
 *
 * - `null`, `undefined`, an empty or blank string, or an object without `regions` → an empty map,
 *   no problems (nothing was given).
 * - Text that is not JSON, or is over 1,000,000 characters → an empty map and a problem.
 * - Not an object (a number, an array, …), or `regions` not an object → an empty map and a problem.
 * - Unknown region ids (including `__proto__` and the like) → dropped with a problem.
 * - An intensity that is not a whole number from 0 to 10 (11, -1, 3.5, "7", NaN, missing) → that
 *   region dropped with a problem (not rounded: see the module comment).
 * - `qualities` missing → none; not a list → none, with a problem; unknown qualities dropped and
 *   repeats removed, with a problem; the rest put in catalogue order.
 *
 * Each problem is a short English string naming the bad part (meant for a developer's console,
 * so it is not translated); after 20 problems the rest are counted in one last line.
 */
export function parsePainMap(input: unknown): ParsedPainMap {
  const problems = new Problems();
  try {
    let value = input;
    if (typeof input === 'string') {
      if (input.trim() === '') return { map: emptyPainMap(), problems: [], hasRegions: false };
      if (input.length > MAX_TEXT_LENGTH) {
        problems.add(`map text is ${input.length} characters long, more than ${MAX_TEXT_LENGTH}; using an empty map`);
        return { map: emptyPainMap(), problems: problems.done(), hasRegions: false };
      }
      try {
        value = JSON.parse(input);
      } catch {
        problems.add(`map text ${show(input)} is not valid JSON; using an empty map`);
        return { map: emptyPainMap(), problems: problems.done(), hasRegions: false };
      }
    }
    const map = parseObject(value, problems);
    return { map, problems: problems.done(), hasRegions: isRecord(value) && isRecord(own(value, 'regions')) };
  } catch {
    // Only a hostile object gets here (a getter or proxy that throws): nothing it says can be trusted.
    return {
      map: emptyPainMap(),
      problems: ['the map could not be read (reading it threw an error); using an empty map'],
      hasRegions: false,
    };
  }
}
