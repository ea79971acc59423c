/**
 * `dist/autoloader.js`: registers each element only when its tag is on the page, now or later.
 *
 * The page loads one small script; for every tag found in the document it imports that element's
 * entry from the split build (`esm/<tag>.js` beside the script), which brings only the chunks that
 * element needs. A MutationObserver sees tags that arrive later (a single-page app, a late widget)
 * and stops once every tag is defined, by us or by another copy of the library. Nothing is added
 * to the page (no global, no element), and nothing is fetched but our own chunks.
 *
 * rollup.config.mjs builds it as a classic script (IIFE) that also runs as `type="module"`, with the
 * tag list taken from custom-elements.json, so a new element joins without an edit here.
 */
import { warnOnce } from '../core/warn.js';

/** Our own script's URL: where `esm/` is, and the query (`?ver=…`) to carry over to the entries. */
export function ownScriptUrl(scriptName = 'autoloader.js'): URL | null {
  if (typeof document === 'undefined') return null;
  const current = document.currentScript;
  // A classic script knows itself while it runs; a module never does (currentScript is null), so
  // then the last <script src> whose file is ours stands for it.
  let src = current instanceof HTMLScriptElement && current.src ? current.src : '';
  if (!src) {
    const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].reverse();
    src = scripts.find((s) => new URL(s.src, document.baseURI).pathname.endsWith(`/${scriptName}`))?.src ?? '';
  }
  return src ? new URL(src, document.baseURI) : null;
}

export interface AutoloaderOptions {
  /** The folder of the split build's entries, e.g. `https://clinic.example/js/esm/`. */
  base: URL;
  /** Appended to each entry's URL (the script's own `?ver=…`, so a new release is not served from cache). */
  search?: string;
  /** Imports a module; a test can watch or replace it. */
  importModule?: (url: string) => Promise<unknown>;
}

export interface Autoloader {
  /** Tags whose entry has been asked for, in the order they were. */
  readonly requested: readonly string[];
  /** Tags still watched for (neither defined nor requested). */
  readonly pending: readonly string[];
  /** Stops watching the page. */
  stop(): void;
}

/**
 * Starts watching `root` (the document) for `tags`. Each tag found is imported once from
 * `<base><tag>.js`; tags that some other code defines first are never fetched.
 */
export function autoload(tags: readonly string[], options: AutoloaderOptions, root: Document = document): Autoloader {
  const importModule = options.importModule ?? ((url: string) => import(/* @vite-ignore */ url));
  // Optional: a page without custom elements support gets nothing, and nothing throws.
  const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
  const pending = new Set(tags.filter((tag) => !registry?.get(tag)));
  const requested: string[] = [];
  let observer: MutationObserver | null = null;

  const stop = (): void => {
    observer?.disconnect();
    observer = null;
  };

  const request = (tag: string): void => {
    if (!pending.delete(tag)) return;
    requested.push(tag);
    if (!pending.size) stop();
    const url = new URL(`${tag}.js${options.search ?? ''}`, options.base).href;
    importModule(url).catch((error: unknown) => {
      warnOnce(tag, 'autoload-failed', `<${tag}>: could not load ${url} (${error instanceof Error ? error.message : String(error)}). Serve the folder esm/ beside autoloader.js.`);
    });
  };

  /** Requests every pending tag found in `node` or below it. */
  const scan = (node: ParentNode): void => {
    for (const tag of [...pending]) {
      if ((node instanceof Element && node.localName === tag) || node.querySelector(tag)) request(tag);
    }
  };

  for (const tag of pending) {
    // Defined by someone else (the one-file bundle, another copy): nothing to fetch or watch for.
    registry
      ?.whenDefined(tag)
      .then(() => {
        if (pending.delete(tag) && !pending.size) stop();
      })
      .catch(() => undefined);
  }

  if (pending.size) scan(root);
  if (pending.size && typeof MutationObserver === 'function') {
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element) scan(node);
          if (!observer) return;
        }
      }
    });
    observer.observe(root, { childList: true, subtree: true });
  }

  return {
    get requested() {
      return [...requested];
    },
    get pending() {
      return [...pending];
    },
    stop,
  };
}

/**
 * What `dist/autoloader.js` runs: finds its own URL and autoloads `tags` from `esm/` beside it.
 * Must run while the script itself is running (document.currentScript is set only then).
 */
export function startAutoloader(tags: readonly string[]): Autoloader | null {
  const own = ownScriptUrl();
  if (!own) {
    warnOnce('autoloader', 'no-script', 'autoloader.js could not find its own <script src>; load it with a src attribute.');
    return null;
  }
  return autoload(tags, { base: new URL('esm/', own), search: own.search });
}
