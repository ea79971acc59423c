/**
 * Which language the widgets speak.
 *
 * By default they follow the page: `<html lang>`, region-aware (`es-MX` → Spanish) and live (a
 * language switcher that changes `lang` re-renders every widget). A host can pin a language with
 * `setLocale('fr')` and return to following the page with `setLocale(null)`. English is the source
 * and the fallback for any language without a translation.
 *
 * @lit/localize keeps one active locale per page, and can be configured only once per copy of it;
 * configuration happens lazily on first use so that importing a class has no side effects.
 */
import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { loadTranslation, type TargetLocale } from './locale-loaders.js';
import { warnOnce } from './warn.js';

export type LocaleCode = (typeof allLocales)[number];

/** The languages the library has text for (English is the source). */
export const supportedLocales: readonly LocaleCode[] = allLocales;

/**
 * Maps any BCP 47 tag to a language the library has: an exact match first (case and `_`
 * ignored), then the primary language (`de-AT` → `de`), else English. Pure.
 */
export function resolveLocale(tag: string | null | undefined): LocaleCode {
  const wanted = normalizeTag(tag);
  if (!wanted) return sourceLocale;
  const exact = allLocales.find((code) => code.toLowerCase() === wanted.toLowerCase());
  if (exact) return exact;
  const primary = (wanted.split('-')[0] ?? '').toLowerCase();
  return allLocales.find((code) => code.toLowerCase() === primary) ?? sourceLocale;
}

/** The region subtag of a BCP 47 tag in upper case (`en-gb` → `GB`, `es-419` → `419`), or `null`. Pure. */
export function regionOf(tag: string | null | undefined): string | null {
  const parts = normalizeTag(tag).split('-');
  // The region is the first 2-letter or 3-digit subtag after the language (a script such as Latn may come between).
  for (const part of parts.slice(1)) {
    if (/^[a-z]{2}$/i.test(part) || /^\d{3}$/.test(part)) return part.toUpperCase();
  }
  return null;
}

function normalizeTag(tag: string | null | undefined): string {
  return typeof tag === 'string' ? tag.trim().replace(/_/g, '-') : '';
}

let runtime: { getLocale(): string; setLocale(locale: string): Promise<void> } | null = null;
let started = false;
/** A tag the host chose with setLocale(); `null` while following `<html lang>`. */
let pinnedTag: string | null = null;

function pageTag(): string {
  return typeof document === 'undefined' ? '' : document.documentElement.lang;
}

/** Sets up localization the first time any widget connects (or the host calls setLocale). */
export function ensureLocalization(): void {
  if (started || typeof document === 'undefined') return;
  started = true;
  try {
    runtime = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loadTranslation(locale as TargetLocale),
    });
  } catch {
    // Another part of the page bundles the same @lit/localize and configured it first: our text then
    // follows that page-wide locale, in English where its translations do not include ours.
    warnOnce('locale', 'configured-elsewhere', 'localization was already configured by other code on this page; the widgets follow its language.');
    return;
  }
  new MutationObserver(() => {
    if (pinnedTag === null) void apply(pageTag());
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  void apply(pageTag());
}

async function apply(tag: string): Promise<void> {
  if (!runtime) return;
  const locale = resolveLocale(tag);
  const primary = (normalizeTag(tag).split('-')[0] ?? '').toLowerCase();
  if (primary && locale === sourceLocale && primary !== sourceLocale) {
    warnOnce('locale', `unsupported:${primary}`, `no translation for "${tag}"; using English. Available: ${allLocales.join(', ')}.`);
  }
  if (locale === runtime.getLocale()) return;
  try {
    await runtime.setLocale(locale);
  } catch (error) {
    warnOnce('locale', `load-failed:${locale}`, `could not load the "${locale}" translation (${String(error)}); using English.`);
  }
}

/**
 * Chooses the widgets' language explicitly, e.g. `setLocale('es-MX')`; `setLocale(null)` goes back
 * to following `<html lang>`. Resolves once the language's text has loaded.
 */
export function setLocale(tag: string | null): Promise<void> {
  ensureLocalization();
  pinnedTag = typeof tag === 'string' && tag.trim() !== '' ? tag : null;
  return apply(pinnedTag ?? pageTag());
}

/** The language the widgets are showing now (`en`, `es`, `fr` or `de`). */
export function getLocale(): LocaleCode {
  return resolveLocale(runtime?.getLocale() ?? sourceLocale);
}

/**
 * The full tag in effect (`es-MX`), for `Intl` formatting and region-dependent facts such as the
 * emergency number. Falls back to `en`.
 */
export function getLocaleTag(): string {
  const tag = normalizeTag(pinnedTag ?? pageTag());
  try {
    return tag ? (Intl.getCanonicalLocales(tag)[0] ?? sourceLocale) : sourceLocale;
  } catch {
    return sourceLocale;
  }
}

/**
 * Whether the page's English is North American, where the profession is called "physical therapist"
 * (en-US, en-CA); everywhere else it is "physiotherapist". Texts that name the profession come in
 * both wordings and pick one with this, so one page never mixes them.
 */
export function saysPhysicalTherapist(): boolean {
  const region = regionOf(getLocaleTag());
  return getLocale() === 'en' && (region === 'US' || region === 'CA');
}
