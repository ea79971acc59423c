/**
 * `window.SciaticaWidgets`: the handle that pages without a bundler use (docs/elements.md), set by the
 * one-file script-tag bundle. The first copy of the library on a page owns it; a later copy of the
 * same version leaves it quietly, a different version leaves it with one warning.
 */
import { getLocale, setLocale } from './locale.js';
import { VERSION } from '../generated/version.js';
import { warnOtherVersion } from './warn.js';

export interface SciaticaWidgetsGlobal {
  /** The library version that owns the widgets on this page. */
  readonly version: string;
  /** Choose the widgets' language (`'es-MX'`, `'de'`…); `null` follows `<html lang>` again. */
  readonly setLocale: typeof setLocale;
  /** The language the widgets show now. */
  readonly getLocale: typeof getLocale;
  /** The built-in exercise catalogue, `[{ id, title, category }]`, titles in the current language. */
  readonly exercises: readonly { id: string; title: string; category: string }[];
}

export interface GlobalContents {
  /** Lists the exercise catalogue; called on each read so titles follow the current language. */
  exercises: () => readonly { id: string; title: string; category: string }[];
}

declare global {
  interface Window {
    SciaticaWidgets?: SciaticaWidgetsGlobal;
  }
}

/** Sets `window.SciaticaWidgets` unless an earlier copy of the library already did. */
export function installGlobal(contents: GlobalContents): void {
  if (typeof window === 'undefined') return;
  const existing = window.SciaticaWidgets;
  if (existing) {
    if (existing.version !== VERSION) {
      // Another copy's global may hold anything: read it as text.
      warnOtherVersion(String((existing as { version?: unknown }).version), VERSION);
    }
    return;
  }
  window.SciaticaWidgets = Object.freeze({
    version: VERSION,
    setLocale,
    getLocale,
    get exercises() {
      return contents.exercises();
    },
  });
}
