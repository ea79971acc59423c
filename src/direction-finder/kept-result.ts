/**
 * The direction finder's kept result as the element holds it: the last result read from
 * `storage-key`, and the notice shown about storage (saved, forgotten, quota, unavailable). It asks
 * the element to render again when either changes (like the pain map's saved-history.ts);
 * last-result.ts does the reading and writing, and says what happened.
 */
import type { ReactiveControllerHost } from 'lit';
import { describeValue } from '../core/attributes.js';
import { localIsoDate } from '../pain-map/history.js';
import { forgetLastResult, loadLastResult, saveLastResult, type StoredResult } from './last-result.js';
import type { DirectionResult } from './protocol.js';

/** What the element last did with storage, shown to the person. */
export type StorageNotice = 'saved' | 'forgotten' | 'unavailable' | 'quota' | null;

export class KeptResult {
  stored: StoredResult | null = null;
  notice: StorageNotice = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The element's warn(): one console warning per distinct key. */
    private readonly warn: (key: string, message: string) => void,
  ) {}

  /** Reads the result kept under `key` (nothing without a key). */
  load(key: string | null): void {
    this.stored = null;
    this.notice = null;
    this.host.requestUpdate();
    if (!key) return;
    const loaded = loadLastResult(key);
    if (loaded.status === 'unavailable') {
      this.notice = 'unavailable';
      this.warn(`storage-unavailable:${key}`, `storage-key=${describeValue(key)}: localStorage is not available here; the result cannot be kept.`);
      return;
    }
    if (loaded.status === 'unreadable') {
      this.warn(`storage-unreadable:${key}`, `storage-key=${describeValue(key)}: ${loaded.problem}; ignored. It is left as it is until a new result replaces it.`);
      return;
    }
    this.stored = loaded.stored;
  }

  /** Keeps `result`, found on `date`, under `key` (the last one only). */
  save(key: string, result: DirectionResult, date: Date): void {
    const stored: StoredResult = { date: localIsoDate(date), result };
    const saved = saveLastResult(key, stored);
    this.host.requestUpdate();
    if (saved.status !== 'saved') {
      this.notice = saved.status;
      this.warn(`storage-save:${saved.reason}`, `storage-key=${describeValue(key)}: could not keep the result (${saved.reason}).`);
      return;
    }
    this.stored = stored;
    this.notice = 'saved';
  }

  /** The person asked to forget the kept result. */
  forget(key: string): void {
    this.notice = forgetLastResult(key);
    if (this.notice === 'forgotten') this.stored = null;
    this.host.requestUpdate();
  }

  /** A new test starts: a "saved" or "forgotten" line no longer applies ("unavailable" still does). */
  clearNotice(): void {
    if (this.notice !== 'unavailable') this.notice = null;
    this.host.requestUpdate();
  }
}
