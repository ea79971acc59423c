/**
 * Loads one language's translations. For bundler users (lib/) each language is a dynamic import, so a
 * bundler splits it into its own chunk and an English page never downloads the others.
 *
 * The script-tag bundles in dist/ swap this module for one that loads `locales/<lang>.js` from beside
 * the bundle (see rollup.config.mjs), except `sciatica-widgets.all-locales.js`, which keeps them inside.
 * Adding a language means adding it to lit-localize.json and here.
 */
import type { LocaleModule } from '@lit/localize';
import type { targetLocales } from '../generated/locale-codes.js';

export type TargetLocale = (typeof targetLocales)[number];

export function loadTranslation(locale: TargetLocale): Promise<LocaleModule> {
  switch (locale) {
    case 'es':
      return import('../generated/locales/es.js');
    case 'fr':
      return import('../generated/locales/fr.js');
    case 'de':
      return import('../generated/locales/de.js');
  }
}
