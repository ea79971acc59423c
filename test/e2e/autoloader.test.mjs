// Issue 17: dist/autoloader.js. A page fetches only the entries of the tags it has (checked against
// rollup's chunk graph, dist/esm-graph.json), an element added later upgrades, a page without one
// fetches nothing more, the language still switches, and it behaves beside the one-file bundle,
// as a module script and under a strict Content-Security-Policy with Trusted Types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT, assertClean, click, completeExercise, events, markRegion, openPage, setup, shadow, skipReason, waitFor, waitForEvents, waitForRender } from './helpers.mjs';

const PAGES = '/test/e2e/pages';
const graph = JSON.parse(readFileSync(join(ROOT, 'dist/esm-graph.json'), 'utf8'));
const MANIFEST_TAGS = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'))
  .modules.flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => d.tagName)
  .sort();

/** The chunk and every chunk it imports statically, as /dist/esm/… paths. */
function closure(fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of graph.chunks[fileName].imports) closure(imported, seen);
  return seen;
}
const paths = (set) => [...set].map((f) => `/dist/esm/${f}`).sort();
const exerciseChunk = (id) => Object.keys(graph.chunks).find((f) => graph.chunks[f].facadeModule === `lib/content/exercises/${id}.js`);
const localeChunk = (lang) => Object.keys(graph.chunks).find((f) => graph.chunks[f].facadeModule === `lib/generated/locales/${lang}.js`);

/** Paths of the scripts the page asked for (JavaScript only: the page itself and its icon are not counted). */
const scripts = (log) => log.requests.filter((r) => r.type === 'script').map((r) => new URL(r.url).pathname);

/**
 * Counts the MutationObservers connected to the whole document (the autoloader's kind; the elements'
 * own observers watch their host or <html lang>), before the page's scripts run.
 */
function watchObservers() {
  const live = new Set();
  const observe = MutationObserver.prototype.observe;
  const disconnect = MutationObserver.prototype.disconnect;
  window.__observers = {
    get connected() {
      return live.size;
    },
  };
  MutationObserver.prototype.observe = function (target, options) {
    if (target === document) live.add(this);
    return observe.call(this, target, options);
  };
  MutationObserver.prototype.disconnect = function () {
    live.delete(this);
    return disconnect.call(this);
  };
}

describe('dist/autoloader.js', { skip: skipReason }, () => {
  let env;
  before(async () => {
    env = await setup({
      headers: (url) =>
        url.searchParams.get('csp') === 'strict'
          ? { 'content-security-policy': "default-src 'none'; script-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html" }
          : undefined,
    });
  });
  after(() => env?.close());

  it('a page with one exercise card loads only the card and its chunks, and the card works', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/autoloader-card.html`));
    try {
      await waitForRender(probe.frame, ['#ec']);
      await probe.page.waitForNetworkIdle({ idleTime: 300 });
      const expected = [
        '/dist/autoloader.js',
        ...paths(new Set([...closure('exercise-card.js'), ...closure(exerciseChunk('mckenzie-press-up'))])),
      ].sort();
      assert.deepEqual(scripts(probe.log).sort(), expected);
      // The script's own ?ver= is carried to the entry, so a new release is not served from a cache.
      assert.ok(probe.log.requests.some((r) => r.url.endsWith('/dist/esm/exercise-card.js?ver=test')));
      // A real click: the symptom question answers with its event and the card's advice.
      await click(probe.frame, '#ec', '.symptom-choices button[data-response="centralized"]');
      const [feedback] = await waitForEvents(probe.frame, 'exercise-feedback', { id: 'ec' });
      assert.deepEqual(feedback.detail, { exerciseId: 'mckenzie-press-up', response: 'centralized' });
      // Nothing added to the page: no global of ours.
      assert.equal(await probe.page.evaluate(() => 'SciaticaWidgets' in window), false);
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });

  it('a page without elements fetches nothing but the autoloader; an element added later upgrades and loads only its own chunks', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/autoloader-empty.html`));
    try {
      await probe.page.waitForNetworkIdle({ idleTime: 300 });
      // A tag inside a <template> is not on the page: nothing is fetched for it.
      assert.deepEqual(scripts(probe.log), ['/dist/autoloader.js']);
      assert.deepEqual(await probe.page.evaluate((tags) => tags.filter((t) => customElements.get(t)), MANIFEST_TAGS), []);
      // The single-page app renders a pain map, nested in new markup, after the autoloader ran.
      await probe.page.evaluate(() => {
        const section = document.createElement('section');
        const map = document.createElement('pain-map');
        map.id = 'pm';
        map.setAttribute('view', 'back');
        section.append(map);
        document.getElementById('app').append(section);
      });
      await waitForRender(probe.frame, ['#pm']);
      const change = await markRegion(probe.frame, '#pm', 'left-calf');
      assert.equal(change.detail.value.regions['left-calf'].intensity, 3);
      await probe.page.waitForNetworkIdle({ idleTime: 300 });
      assert.deepEqual(scripts(probe.log).sort(), ['/dist/autoloader.js', ...paths(closure('pain-map.js'))].sort());
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });

  it('stops watching the page once every tag is defined', async () => {
    const context = await env.browser.createBrowserContext();
    const page = await context.newPage();
    try {
      await page.evaluateOnNewDocument(watchObservers);
      await page.goto(env.url(`${PAGES}/autoloader-empty.html`), { waitUntil: 'load' });
      assert.equal(await page.evaluate(() => window.__observers.connected), 1);
      await page.evaluate((tags) => {
        for (const tag of tags) document.body.append(document.createElement(tag));
      }, MANIFEST_TAGS);
      await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), {}, MANIFEST_TAGS);
      await page.waitForFunction(() => window.__observers.connected === 0);
      // Another element added now fetches nothing.
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.evaluate(() => document.body.append(document.createElement('exercise-card')));
      await page.waitForNetworkIdle({ idleTime: 300 });
      assert.deepEqual(requests, []);
    } finally {
      await context.close();
    }
  });

  it('the language switches through the autoloader: the translation chunk is fetched and the card re-renders', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/autoloader-card.html`));
    try {
      await waitForRender(probe.frame, ['#ec']);
      const text = () => probe.page.evaluate(() => document.getElementById('ec').shadowRoot.querySelector('[part="disclaimer"]').textContent.trim());
      const english = await text();
      await probe.page.evaluate(() => {
        document.documentElement.lang = 'de';
      });
      await waitFor(probe.frame, (en) => document.getElementById('ec').shadowRoot.querySelector('[part="disclaimer"]').textContent.trim() !== en, [english], {
        message: 'German text',
      });
      assert.match(await text(), /Information|Diagnose/);
      assert.ok(scripts(probe.log).includes(`/dist/esm/${localeChunk('de')}`), 'the German chunk was not fetched');
      assert.ok(!scripts(probe.log).some((p) => p.includes('/dist/locales/')), 'the one-file bundle\'s translations were fetched');
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });

  it('as a module script it finds its own folder and loads the element', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/autoloader-module.html`));
    try {
      await waitForRender(probe.frame, ['#rf']);
      await probe.page.waitForNetworkIdle({ idleTime: 300 });
      assert.deepEqual(scripts(probe.log).sort(), ['/dist/autoloader.js', ...paths(closure('red-flag-checker.js'))].sort());
      await click(probe.frame, '#rf', 'fieldset[data-id] input[value="yes"]');
      await waitForEvents(probe.frame, 'red-flag-change', { id: 'rf' });
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });

  it('beside the one-file bundle and a second copy of itself: one registration per tag, no warning, the elements work', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/autoloader-with-bundle.html`));
    try {
      await waitForRender(probe.frame, ['#ec', '#pm']);
      await completeExercise(probe.frame, '#ec');
      await markRegion(probe.frame, '#pm', 'right-calf');
      // The second autoloader tag stopped at once: each entry was asked for once at most.
      const entries = scripts(probe.log).filter((p) => /^\/dist\/esm\/[^/]+\.js$/.test(p));
      assert.equal(new Set(entries).size, entries.length, `an entry was fetched twice: ${entries.join(', ')}`);
      assert.equal((await events(probe.frame, 'widget-error')).length, 0);
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });

  it('under a strict CSP with Trusted Types (script-src self, policy lit-html): the card renders and works with no violation', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/autoloader-card.html?csp=strict`));
    try {
      assert.ok(probe.response.headers()['content-security-policy']);
      await waitForRender(probe.frame, ['#ec']);
      await click(probe.frame, '#ec', '.symptom-choices button[data-response="peripheralized"]');
      await shadow(probe.frame, '#ec', '.symptom-advice');
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });
});
