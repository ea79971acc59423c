/**
 * Numbers and dates in the page's language (`getLocaleTag()`, e.g. `de-DE` writes 2,5 and 23. Nov. 2026).
 * `Intl` can throw for a malformed tag, so each falls back to a plain rendering instead of breaking a render.
 *
 * Formatters are cached by locale and options: making an `Intl` formatter is slow (the first one on a
 * page measured 15–34 ms in `npm run bench`), and countdowns format a number on every frame.
 */
import { getLocaleTag } from './locale.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | null>();

/** The cached formatter for this locale and options; null when Intl refuses them. */
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: 'n' | 'd', options: object, make: (tag: string) => F): F | null {
  const tag = getLocaleTag();
  const key = `${kind}|${tag}|${JSON.stringify(options)}`;
  let found = cache.get(key) as F | null | undefined;
  if (found === undefined) {
    try {
      found = make(tag);
    } catch {
      found = null;
    }
    cache.set(key, found);
  }
  return found;
}

/** A number such as a dose or a countdown, at most one decimal by default. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 }): string {
  return formatter('n', options, (tag) => new Intl.NumberFormat(tag, options))?.format(value) ?? String(value);
}

/** A date (and time, if the options ask for it). */
export function formatDate(date: Date, options: Intl.DateTimeFormatOptions): string {
  try {
    return formatter('d', options, (tag) => new Intl.DateTimeFormat(tag, options))?.format(date) ?? date.toISOString();
  } catch {
    // An invalid Date makes both format() and toISOString() throw a RangeError.
    return String(date);
  }
}
