/**
 * Counts in words: "1 glide", "5 glides", "1,5 seconde" — each language's own plural rules, never
 * "1 glides".
 *
 * lit-localize has no plural syntax of its own (a message is one string with placeholders), so a
 * count is one `msg()` per plural form, each with its own id (`…-one`, `…-other`), and `plural()`
 * picks the form with `Intl.PluralRules` for the language the text is shown in. en, es, fr and de
 * only need `one` and `other`: French `one` covers 0, 1 and 1,5; Spanish and French `many` is for
 * millions ("1 000 000 de …"), which no count here reaches, so it falls back to `other`.
 *
 * The rules are those of the *active translation* (`getLocale()`), not of the page's tag: a page in
 * Portuguese shows English text, and English text needs English plurals ("0 glides", where Portuguese
 * rules would say `one`). The region never changes plural rules in these four languages.
 */
import { msg, str } from '@lit/localize';
import { formatNumber } from './format.js';
import { getLocale } from './locale.js';

/** How numbers in counts are written: at most one decimal, as `formatNumber` does by default. */
const DIGITS = { maximumFractionDigits: 1 } as const;

const rulesByLocale = new Map<string, Intl.PluralRules | null>();

/**
 * The plural category of `count` in the active language, as the number is written (1.04 is written
 * "1", so it is `one` in English). `other` when `Intl.PluralRules` is missing or refuses.
 */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  const locale = getLocale();
  let rules = rulesByLocale.get(locale);
  if (rules === undefined) {
    try {
      rules = new Intl.PluralRules(locale, DIGITS);
    } catch {
      rules = null;
    }
    rulesByLocale.set(locale, rules);
  }
  return rules?.select(count) ?? 'other';
}

/**
 * The form of a message for `count`: `forms[category]`, else `forms.other`. Each form is its own
 * `msg()` call (the extractor needs them literally), e.g.
 * `plural(n, { one: msg(str`${c} glide`, { id: 'x-one' }), other: msg(str`${c} glides`, { id: 'x-other' }) })`.
 */
export function plural<T>(count: number, forms: Partial<Record<Intl.LDMLPluralRule, T>> & { other: T }): T {
  return forms[pluralCategory(count)] ?? forms.other;
}

/** Writes the number of a count; by default in the page's language, at most one decimal. */
export type CountFormatter = (value: number) => string;

const formatCount: CountFormatter = (value) => formatNumber(value, DIGITS);

/** "1 second", "2.5 seconds" (numbers in the page's language, or as `format` writes them). */
export function secondsText(seconds: number, format: CountFormatter = formatCount): string {
  const n = format(seconds);
  return plural(seconds, {
    one: msg(str`${n} second`, { id: 'sw-seconds-one', desc: 'A duration; plural form "one" (1 in English and German; 0 to 1.9 in French).' }),
    other: msg(str`${n} seconds`, { id: 'sw-seconds-other', desc: 'A duration; plural form "other".' }),
  });
}

/** "1 minute", "10 minutes". */
export function minutesText(minutes: number, format: CountFormatter = formatCount): string {
  const n = format(minutes);
  return plural(minutes, {
    one: msg(str`${n} minute`, { id: 'sw-minutes-one', desc: 'A duration; plural form "one".' }),
    other: msg(str`${n} minutes`, { id: 'sw-minutes-other', desc: 'A duration; plural form "other".' }),
  });
}
