/**
 * The direction finder's last result, as kept in `localStorage` when a host opts in with
 * `storage-key`: the result and the day it was found, so a person coming back sees "Your direction
 * last time: bending backward (extension), 3 days ago" and can take the test again.
 *
 * The format functions are pure (text ↔ record). `loadLastResult`, `saveLastResult` and
 * `forgetLastResult` go through `core/storage.ts` and say what happened, so the element only shows it
 * and warns. Without `storage-key` none of them is ever called.
 *
 * The stored text is JSON of this shape (the `format` marker tells our data from a host's own data
 * under the same key):
 *
 *     { "format": "sciatica-widgets/direction-finder-result", "version": 1, "date": "2026-05-01",
 *       "result": { "direction": "extension", "stenosisPattern": false,
 *                   "rounds": [ { "movement": "extension", "before": { "extent": 2, "intensity": 6 },
 *                                 "after": { "extent": 1, "intensity": 7 }, "response": "centralized",
 *                                 "spreading": false } ] } }
 *
 * `date` is the person's local calendar day (`YYYY-MM-DD`), the same convention as the pain map's
 * history. Only the last result is kept: a new one replaces it. Text that is not this (not JSON, no
 * marker, another version, a result that does not hold together) is "unreadable": the element ignores
 * it with one warning and leaves it alone until a new result replaces it.
 */
import { isRecord, own } from '../core/records.js';
import { readStored, removeStored, writeStored } from '../core/storage.js';
import { isIsoDate } from '../pain-map/history.js';
import { isSymptomReading, type Direction, type DirectionResult, type DirectionRound, type RoundResponse, type SymptomReading } from './protocol.js';

export const lastResultFormat = 'sciatica-widgets/direction-finder-result';
export const lastResultVersion = 1;

/** A result and the local calendar day it was found. */
export interface StoredResult {
  /** `YYYY-MM-DD`, local time. */
  readonly date: string;
  readonly result: DirectionResult;
}

const directions: readonly Direction[] = ['extension', 'flexion', 'none'];
const responses: readonly RoundResponse[] = ['centralized', 'eased', 'unchanged', 'worsened', 'peripheralized'];

function reading(value: SymptomReading): SymptomReading {
  // `+ 0` turns a stored -0 into 0.
  return Object.freeze({ extent: (value.extent + 0) as SymptomReading['extent'], intensity: value.intensity + 0 });
}

function parseRound(value: unknown): DirectionRound | null {
  if (!isRecord(value)) return null;
  const movement = own(value, 'movement');
  const before = own(value, 'before');
  const after = own(value, 'after');
  const response = own(value, 'response');
  const spreading = own(value, 'spreading');
  if (movement !== 'extension' && movement !== 'flexion') return null;
  if (!isSymptomReading(before) || !isSymptomReading(after)) return null;
  if (!responses.includes(response as RoundResponse) || typeof spreading !== 'boolean') return null;
  return Object.freeze({ movement, before: reading(before), after: reading(after), response: response as RoundResponse, spreading });
}

/**
 * A result from stored (or any) data, or `null` when it does not hold together: a known direction, at
 * least one round and every round readable, the stenosis flag a boolean, and a direction found only
 * by its own movement's last round (the plan's words describe that round).
 */
export function parseResult(value: unknown): DirectionResult | null {
  try {
    if (!isRecord(value)) return null;
    const direction = own(value, 'direction');
    const list = own(value, 'rounds');
    const stenosisPattern = own(value, 'stenosisPattern');
    if (!directions.includes(direction as Direction) || !Array.isArray(list) || list.length === 0 || list.length > 6) return null;
    if (typeof stenosisPattern !== 'boolean') return null;
    const rounds: DirectionRound[] = [];
    for (const item of list) {
      const round = parseRound(item);
      if (!round) return null;
      rounds.push(round);
    }
    if (direction !== 'none' && rounds[rounds.length - 1]?.movement !== direction) return null;
    return Object.freeze({ direction: direction as Direction, rounds: Object.freeze(rounds), stenosisPattern });
  } catch {
    // A hostile getter or proxy: not a result.
    return null;
  }
}

/** What `parseStoredResult` found: a record, nothing stored, or why the text is not ours. */
export type ParsedStoredResult = { status: 'ok'; stored: StoredResult | null } | { status: 'unreadable'; problem: string };

/** Reads stored text; `null` or blank is "nothing stored". Never throws. */
export function parseStoredResult(text: string | null | undefined): ParsedStoredResult {
  if (text === null || text === undefined || text.trim() === '') return { status: 'ok', stored: null };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { status: 'unreadable', problem: 'the stored text is not valid JSON' };
  }
  if (!isRecord(data) || own(data, 'format') !== lastResultFormat) {
    return { status: 'unreadable', problem: 'the stored data is not a direction-finder result (it may belong to something else on this page)' };
  }
  const version = own(data, 'version');
  if (version !== lastResultVersion) {
    return { status: 'unreadable', problem: `the stored result has version ${version === undefined ? 'none' : JSON.stringify(version)}, but only version ${lastResultVersion} can be read` };
  }
  const date = own(data, 'date');
  if (!isIsoDate(date)) return { status: 'unreadable', problem: 'the stored result has no valid "date" (YYYY-MM-DD)' };
  const result = parseResult(own(data, 'result'));
  if (!result) return { status: 'unreadable', problem: 'the stored result does not hold together (direction, rounds and readings)' };
  return { status: 'ok', stored: Object.freeze({ date, result }) };
}

/** The text to store for a result found on `date`. */
export function serializeStoredResult(stored: StoredResult): string {
  const { direction, rounds, stenosisPattern } = stored.result;
  return JSON.stringify({
    format: lastResultFormat,
    version: lastResultVersion,
    date: stored.date,
    result: {
      direction,
      stenosisPattern,
      rounds: rounds.map(({ movement, before, after, response, spreading }) => ({
        movement,
        before: { extent: before.extent, intensity: before.intensity },
        after: { extent: after.extent, intensity: after.intensity },
        response,
        spreading,
      })),
    },
  });
}

/** Whole calendar days from `date` (`YYYY-MM-DD`) to `today` (the same), counted in local days. */
export function daysBetween(date: string, today: string): number {
  // Date.UTC counts whole days exactly: no daylight-saving hour can shift the difference.
  const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((utc(today) - utc(date)) / 86_400_000);
}

// --- storage ---

/** What `loadLastResult` found under a key. */
export type LastResultLoad = { status: 'ok'; stored: StoredResult | null } | { status: 'unavailable' } | { status: 'unreadable'; problem: string };

export function loadLastResult(key: string): LastResultLoad {
  const read = readStored(key);
  if (!read.ok) return { status: 'unavailable' };
  return parseStoredResult(read.text);
}

/** What `saveLastResult` did: `saved`, or `quota` / `unavailable` with the browser's reason. */
export type LastResultSave = { status: 'saved' } | { status: 'quota' | 'unavailable'; reason: string };

/** Stores the result under `key`, replacing whatever was there. */
export function saveLastResult(key: string, stored: StoredResult): LastResultSave {
  const written = writeStored(key, serializeStoredResult(stored));
  return written.ok ? { status: 'saved' } : { status: written.problem, reason: written.reason };
}

/** Removes the stored result: `forgotten`, or `unavailable` when storage refused. */
export function forgetLastResult(key: string): 'forgotten' | 'unavailable' {
  return removeStored(key).ok ? 'forgotten' : 'unavailable';
}
