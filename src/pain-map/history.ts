/**
 * The pain map's dated history, as kept in `localStorage` when a host opts in with `storage-key`.
 *
 * The format functions are pure (text ↔ entries). `loadHistory`, `saveHistory` and `deleteHistory`
 * go through `core/storage.ts` and say what happened, so the element only shows it and warns.
 *
 * The stored text is JSON of this shape (the `format` marker tells our data from a host's own data
 * that happens to use the same key):
 *
 *     { "format": "sciatica-widgets/pain-map-history", "version": 1,
 *       "entries": [ { "date": "2024-05-01", "map": { "regions": { … } } }, … ] }
 *
 * - `date` is the person's local calendar date in ISO 8601 form (`YYYY-MM-DD`): one entry per day,
 *   and saving again on the same day replaces that day's entry.
 * - Entries are kept in date order, oldest first, at most `maxHistoryEntries` (the oldest go first).
 * - Text that is not JSON, or JSON without the marker ("foreign" data), is reported as unreadable:
 *   the element ignores it (one warning) and leaves it alone until the person saves a map.
 * - Inside readable history, an entry with a bad date is dropped and a map with bad parts keeps its
 *   valid part (`parsePainMap`), each with a problem for the console.
 */
import { isRecord } from '../core/records.js';
import { readStored, removeStored, writeStored } from '../core/storage.js';
import { extent, parsePainMap, serializePainMap, worstIntensity, type PainMap, type SerializedPainMap } from './centralization.js';

export const historyFormat = 'sciatica-widgets/pain-map-history';
export const historyVersion = 1;

/** The most entries kept: about a year of daily maps. */
export const maxHistoryEntries = 400;

/** One saved day. */
export interface HistoryEntry {
  /** Local calendar date, `YYYY-MM-DD`. */
  date: string;
  map: PainMap;
}

/** The result of `parseHistory`. */
export interface ParsedHistory {
  /** The readable entries, oldest first (empty when there were none or the text was unreadable). */
  entries: HistoryEntry[];
  /** `false` when the text was not our history at all (not JSON, or foreign data). */
  readable: boolean;
  /** Short English descriptions of what was wrong, for one console warning. */
  problems: string[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(year, month - 1, day);
  return d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day;
}

/** The local calendar date of `d` as `YYYY-MM-DD`. */
export function localIsoDate(d: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A `YYYY-MM-DD` string as a local `Date` at midnight (for formatting). */
export function dateFromIso(iso: string): Date {
  const m = DATE.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(NaN);
}

/**
 * Reads stored history text. `null` (nothing stored) gives no entries and no problems. Never throws.
 */
export function parseHistory(text: string | null | undefined): ParsedHistory {
  if (text === null || text === undefined || text.trim() === '') return { entries: [], readable: true, problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { entries: [], readable: false, problems: ['the stored history is not valid JSON'] };
  }
  try {
    if (!isRecord(data) || !Object.hasOwn(data, 'format') || data.format !== historyFormat) {
      return { entries: [], readable: false, problems: ['the stored data is not a pain map history (it may belong to something else on this page)'] };
    }
    if (data.version !== historyVersion) {
      return { entries: [], readable: false, problems: [`the stored history has version ${JSON.stringify(data.version)}, but only version ${historyVersion} can be read`] };
    }
    const list = data.entries;
    if (!Array.isArray(list)) {
      return { entries: [], readable: false, problems: ['the stored history has no list of entries'] };
    }
    const problems: string[] = [];
    const byDate = new Map<string, PainMap>();
    list.forEach((item: unknown, index) => {
      if (!isRecord(item) || !isIsoDate(item.date)) {
        problems.push(`entry ${index + 1}: no valid "date" (YYYY-MM-DD); dropped`);
        return;
      }
      const parsed = parsePainMap(item.map);
      for (const problem of parsed.problems) problems.push(`entry ${item.date}: ${problem}`);
      byDate.set(item.date, parsed.map);
    });
    const entries = [...byDate.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(-maxHistoryEntries)
      .map(([date, map]) => ({ date, map }));
    return { entries, readable: true, problems: problems.slice(0, 20) };
  } catch {
    return { entries: [], readable: false, problems: ['the stored history could not be read'] };
  }
}

/** A copy of `entries` with `map` saved under `date`, replacing that day's entry if there is one. */
export function withEntry(entries: readonly HistoryEntry[], date: string, map: PainMap): HistoryEntry[] {
  const others = entries.filter((entry) => entry.date !== date);
  return [...others, { date, map }].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).slice(-maxHistoryEntries);
}

/** The text to store for `entries`. */
export function serializeHistory(entries: readonly HistoryEntry[]): string {
  const stored: { date: string; map: SerializedPainMap }[] = entries.map((entry) => ({ date: entry.date, map: serializePainMap(entry.map) }));
  return JSON.stringify({ format: historyFormat, version: historyVersion, entries: stored });
}

/** The latest entry dated before `today`, or `null`. */
export function latestBefore(entries: readonly HistoryEntry[], today: string): HistoryEntry | null {
  let found: HistoryEntry | null = null;
  for (const entry of entries) if (entry.date < today && (!found || entry.date > found.date)) found = entry;
  return found;
}

/** One point of the history chart. */
export interface ChartPoint {
  date: string;
  x: number;
  /** Extent 0–4 (nothing marked counts as 0) and its y. */
  extent: number;
  extentY: number;
  /** Worst intensity 0–10 (nothing marked counts as 0) and its y. */
  worst: number;
  worstY: number;
}

/**
 * Where each entry goes on a chart `width` × `height` with `pad` units of margin: x evenly spaced in
 * date order (one entry sits in the middle), extent on a 0–4 scale and worst intensity on a 0–10
 * scale, both drawn bottom (0) to top (max).
 */
export function chartPoints(entries: readonly HistoryEntry[], width: number, height: number, pad: number): ChartPoint[] {
  const n = entries.length;
  const inner = height - 2 * pad;
  return entries.map((entry, i) => {
    const e = extent(entry.map) ?? 0;
    const w = worstIntensity(entry.map) ?? 0;
    const x = n === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (n - 1);
    return {
      date: entry.date,
      x: round(x),
      extent: e,
      extentY: round(pad + inner - (e / 4) * inner),
      worst: w,
      worstY: round(pad + inner - (w / 10) * inner),
    };
  });
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

// --- storage ---

/** What `loadHistory` found under a key. */
export type HistoryLoad =
  | { status: 'ok'; entries: HistoryEntry[]; problems: string[] }
  | { status: 'unavailable' }
  | { status: 'unreadable'; problems: string[] };

/** Reads the history stored under `key`: its entries (and what was dropped), or why there are none. */
export function loadHistory(key: string): HistoryLoad {
  const read = readStored(key);
  if (!read.ok) return { status: 'unavailable' };
  const parsed = parseHistory(read.text);
  return parsed.readable ? { status: 'ok', entries: parsed.entries, problems: parsed.problems } : { status: 'unreadable', problems: parsed.problems };
}

/** What `saveHistory` did: `saved`, or `quota` (storage full) / `unavailable`, with the browser's reason. */
export type HistorySave = { status: 'saved' } | { status: 'quota' | 'unavailable'; reason: string };

/** Stores `entries` under `key`, replacing whatever was there. */
export function saveHistory(key: string, entries: readonly HistoryEntry[]): HistorySave {
  const written = writeStored(key, serializeHistory(entries));
  return written.ok ? { status: 'saved' } : { status: written.problem, reason: written.reason };
}

/** Deletes the history under `key`: `deleted`, or `unavailable` when storage refused. */
export function deleteHistory(key: string): 'deleted' | 'unavailable' {
  return removeStored(key).ok ? 'deleted' : 'unavailable';
}
