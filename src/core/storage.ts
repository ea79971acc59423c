/**
 * `localStorage`, only ever touched when a host opts in with `storage-key`, and never able to throw
 * into the page: each call says what happened instead. Storage can be missing (a sandboxed frame),
 * switched off (privacy settings throw on access) or full.
 */

/** What a read found: the stored text (`null` when nothing is stored), or that storage is not available. */
export type StorageRead = { ok: true; text: string | null } | { ok: false; problem: 'unavailable' };

/** What a write or removal did; `reason` is the browser's error name, for a console warning. */
export type StorageWrite = { ok: true } | { ok: false; problem: 'quota' | 'unavailable'; reason: string };

function storage(): Storage | null {
  try {
    // Missing in some sandboxed frames; access itself throws when storage is switched off.
    return (globalThis as { localStorage?: Storage }).localStorage ?? null;
  } catch {
    return null;
  }
}

// QuotaExceededError in Chromium and WebKit; Firefox before 2024 said NS_ERROR_DOM_QUOTA_REACHED; old
// engines give only the legacy DOMException code 22 (QUOTA_EXCEEDED_ERR).
function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the legacy code is all some old engines give
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error instanceof DOMException && error.code === 22);
}

function failure(error: unknown): StorageWrite {
  const reason = error instanceof Error || error instanceof DOMException ? error.name || error.message : String(error);
  return { ok: false, problem: isQuotaError(error) ? 'quota' : 'unavailable', reason };
}

const NO_STORAGE: StorageWrite = { ok: false, problem: 'unavailable', reason: 'no localStorage' };

export function readStored(key: string): StorageRead {
  try {
    const store = storage();
    if (!store) return { ok: false, problem: 'unavailable' };
    return { ok: true, text: store.getItem(key) };
  } catch {
    return { ok: false, problem: 'unavailable' };
  }
}

export function writeStored(key: string, text: string): StorageWrite {
  try {
    const store = storage();
    if (!store) return NO_STORAGE;
    store.setItem(key, text);
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

export function removeStored(key: string): StorageWrite {
  try {
    const store = storage();
    if (!store) return NO_STORAGE;
    store.removeItem(key);
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}
