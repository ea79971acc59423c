/**
 * Numbers and dates in the page's language (`getLocaleTag()`, e.g. `de-DE` writes 2,5 and 23. Nov. 2026).
 * `Intl` can throw for a malformed tag, so each falls back to a plain rendering instead of breaking a render.
 */
import { getLocaleTag } from './locale.js';

/** A number such as a dose or a countdown, at most one decimal by default. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 }): string {
  try {
    return new Intl.NumberFormat(getLocaleTag(), options).format(value);
  } catch {
    return String(value);
  }
}

/** A date (and time, if the options ask for it). */
export function formatDate(date: Date, options: Intl.DateTimeFormatOptions): string {
  try {
    return new Intl.DateTimeFormat(getLocaleTag(), options).format(date);
  } catch {
    return date.toISOString();
  }
}
