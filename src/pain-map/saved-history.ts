/**
 * The pain map's saved history as the element holds it: the entries loaded from `storage-key`, the
 * notice the history box shows (saved, deleted, quota, unavailable, unreadable) and whether it is
 * asking "delete everything?". It asks the element to render again when any of these change (it needs
 * none of the host's lifecycle, so it is not registered as a controller); history.ts does the reading
 * and writing, and says what happened.
 */
import type { ReactiveControllerHost } from 'lit';
import { describeValue } from '../core/attributes.js';
import type { PainMap } from './centralization.js';
import { deleteHistory, loadHistory, localIsoDate, saveHistory, withEntry, type HistoryEntry } from './history.js';
import type { StorageNotice } from './history-view.js';

export class SavedHistory {
  entries: HistoryEntry[] = [];
  notice: StorageNotice = null;
  confirming = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The element's warn(): one console warning per distinct key. */
    private readonly warn: (key: string, message: string) => void,
  ) {}

  /** Reads the history under `key` (none without one). Returns today's saved map, if there is one. */
  load(key: string | null): PainMap | null {
    this.entries = [];
    this.confirming = false;
    this.notice = null;
    this.host.requestUpdate();
    if (!key) return null;
    const shown = describeValue(key);
    const loaded = loadHistory(key);
    if (loaded.status === 'unavailable') {
      this.notice = 'unavailable';
      this.warn(`storage-unavailable:${key}`, `storage-key=${shown}: localStorage is not available here; the history cannot be kept.`);
      return null;
    }
    if (loaded.status === 'unreadable') {
      this.notice = 'unreadable';
      this.warn(`storage-unreadable:${key}`, `storage-key=${shown}: ${loaded.problems.join('; ')}; ignored. It is left as it is unless the person saves a map, which replaces it.`);
      return null;
    }
    if (loaded.problems.length > 0) {
      this.warn(`storage-problems:${key}`, `storage-key=${shown}: parts of the stored history were dropped: ${loaded.problems.join('; ')}.`);
    }
    this.entries = loaded.entries;
    return loaded.entries.find((entry) => entry.date === localIsoDate(new Date()))?.map ?? null;
  }

  /** Saves `map` as today's entry under `key`. */
  saveToday(key: string, map: PainMap): void {
    const entries = withEntry(this.entries, localIsoDate(new Date()), map);
    const saved = saveHistory(key, entries);
    this.host.requestUpdate();
    if (saved.status !== 'saved') {
      this.notice = saved.status;
      this.warn(`storage-save:${saved.reason}`, `storage-key=${describeValue(key)}: could not save (${saved.reason}).`);
      return;
    }
    this.entries = entries;
    this.notice = 'saved';
  }

  /** The person's answer to "delete everything?": with `yes`, the history under `key` goes. */
  answerDelete(key: string | null, yes: boolean): void {
    this.confirming = false;
    if (yes && key) {
      this.notice = deleteHistory(key);
      if (this.notice === 'deleted') this.entries = [];
    }
    this.host.requestUpdate();
  }

  /** Forgets a "saved" or "deleted" notice once the map changes again. */
  clearDoneNotice(): void {
    if (this.notice === 'saved' || this.notice === 'deleted') {
      this.notice = null;
      this.host.requestUpdate();
    }
  }

  setConfirming(confirming: boolean): void {
    this.confirming = confirming;
    this.host.requestUpdate();
  }
}
