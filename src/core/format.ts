/**
 * Numbers, dates and "3 days ago" in the page's language (`getLocaleTag()`, e.g. `de-DE` writes 2,5,
 * 23. Nov. 2026 and „vor 3 Tagen“).
 * `Intl` can throw for a malformed tag, so each falls back to a plain rendering instead of breaking a render.
 *
 * Formatters are cached by locale and options: making an `Intl` formatter is slow (the first one on a
 * page measured 15–34 ms in `npm run bench`), and countdowns format a number on every frame.
 */
import { getLocaleTag } from './locale.js';

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat;

const cache = new Map<string, Formatter | null>();

/** The cached formatter for this locale and options; null when Intl refuses them. */
function formatter<F extends Formatter>(kind: 'n' | 'd' | 'r', options: object, make: (tag: string) => F): F | null {
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

/**
 * How long ago a day was, in whole calendar days: "today", "yesterday", "3 days ago" (`numeric: auto`,
 * so 0 and 1 read as words). A negative count (a clock set back) reads as today: nothing here is in the
 * future.
 */
export function formatDaysAgo(days: number): string {
  const whole = Number.isFinite(days) ? Math.max(0, Math.round(days)) : 0;
  const options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
  try {
    return formatter('r', options, (tag) => new Intl.RelativeTimeFormat(tag, options))?.format(-whole, 'day') ?? `-${whole} d`;
  } catch {
    return `-${whole} d`;
  }
}
