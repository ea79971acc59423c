/**
 * The script-tag bundles' version of locale-loaders.ts (rollup.config.mjs swaps it in): a bundle in
 * dist/ cannot split into chunks, so each language is a separate file, `locales/<lang>.js`, fetched
 * only when a page switches to that language. They are looked for beside the bundle, or where the
 * script tag's `data-locales` attribute says:
 *
 *     <script src="/js/sciatica-widgets.js" data-locales="/js/sciatica-locales/"></script>
 */
import type { LocaleModule } from '@lit/localize';
import type { TargetLocale } from './locale-loaders.js';

export type { TargetLocale };

// Our bundles' file names, to find our own <script> when document.currentScript is not set
// (a <script type="module"> never sets it).
const BUNDLE_NAME = /\/(?:sciatica-widgets|red-flag-checker|exercise-card|nerve-glide-timer|pain-map)\.js$/;

function localesBase(): string {
  if (typeof document === 'undefined') return './locales/';
  let script: HTMLScriptElement | null | undefined = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  if (!script?.src) {
    script = [...document.querySelectorAll<HTMLScriptElement>('script[src]')]
      .reverse()
      .find((s) => BUNDLE_NAME.test(new URL(s.src, document.baseURI).pathname));
  }
  const configured = script?.dataset.locales;
  if (configured) return new URL(configured.endsWith('/') ? configured : `${configured}/`, document.baseURI).href;
  return new URL('locales/', script?.src || document.baseURI).href;
}

// Read while the bundle's own script runs, the only moment document.currentScript points at it.
const base = localesBase();

export function loadTranslation(locale: TargetLocale): Promise<LocaleModule> {
  return import(/* @vite-ignore */ new URL(`${locale}.js`, base).href) as Promise<LocaleModule>;
}
