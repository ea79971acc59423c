// Issue 9, the privacy gate: a full use of all five elements sends nothing and stores nothing. The
// only requests are the page's own files (the HTML and the bundle, and a translation when the page
// changes language); no storage or sending API is called. With <pain-map storage-key="x"> (or
// <direction-finder storage-key="x">), the only
// storage used is localStorage["x"], and there is still no request. docs/security.md says the same.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertClean,
  click,
  clickRegion,
  completeExercise,
  completeGlide,
  frameRecords,
  markRegion,
  openPage,
  setup,
  shadow,
  skipReason,
  useEveryElement,
  useDirectionFinder,
  useMore,
  waitFor,
  waitForEvents,
  waitForRender,
} from './helpers.mjs';

const PAGES = '/test/e2e/pages';

/** Path (and query) of every request the page made. */
const requested = (probe) => probe.log.requests.map((r) => (r.url.startsWith('data:') ? r.url : new URL(r.url).pathname + new URL(r.url).search));

/** What the page holds in every kind of browser storage, whoever wrote it and however. */
function storageSnapshot(page) {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

const EMPTY = { localStorage: [], sessionStorage: [], cookie: '', indexedDB: [], caches: [], serviceWorkers: 0 };

describe('privacy', { skip: skipReason }, () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.close());

  it('control: the probe records every storing or sending API it watches', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/all.html`), { privacy: true });
    try {
      await probe.page.evaluate(async () => {
        localStorage.setItem('k', 'v');
        localStorage.getItem('k');
        localStorage.removeItem('k');
        sessionStorage.clear();
        document.cookie = 'a=b';
        indexedDB.open('probe-db').onsuccess = (e) => e.target.result.close();
        await caches.open('probe-cache');
        navigator.sendBeacon('/beacon', 'x');
        await fetch('/dist/locales/es.js').catch(() => undefined);
        new XMLHttpRequest().open('GET', '/x');
        try {
          new WebSocket('ws://127.0.0.1:9/').close();
        } catch {
          // Only the call matters.
        }
        new EventSource('/events').close();
        await navigator.serviceWorker.register('/sw.js').catch(() => undefined);
      });
      const { writes, reads } = await frameRecords(probe.page);
      assert.deepEqual(
        writes.map((w) => w.api),
        [
          'localStorage.setItem',
          'localStorage.removeItem',
          'sessionStorage.clear',
          'document.cookie',
          'indexedDB.open',
          'caches.open',
          'navigator.sendBeacon',
          'fetch',
          'XMLHttpRequest.open',
          'WebSocket',
          'EventSource',
          'navigator.serviceWorker.register',
        ],
      );
      assert.deepEqual(reads.map((r) => r.api), ['localStorage.getItem']);
      // The snapshot sees what the calls left behind.
      const snapshot = await storageSnapshot(probe.page);
      assert.equal(snapshot.cookie, 'a=b');
      assert.deepEqual(snapshot.caches, ['probe-cache']);
      assert.ok(requested(probe).includes('/beacon'), 'the request log missed the beacon');
    } finally {
      await probe.close();
    }
  });

  it('a full use of all five elements requests only the page and the bundle, and stores nothing', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/all.html`), { privacy: true });
    const { page, frame } = probe;
    try {
      await waitForRender(frame, ['#rf', '#ec', '#ng', '#pm', '#ec-compact', '#rf-stepper']);
      await useEveryElement(frame);
      await useMore(frame);

      // The checker: change the answers, start again, and answer yes to an emergency sign.
      await click(frame, '#rf', 'button.change');
      await click(frame, '#rf', 'button[type="submit"]');
      await shadow(frame, '#rf', '[part="result"]');
      await click(frame, '#rf', 'button.start-again');
      await click(frame, '#rf', 'fieldset[data-id="saddle-numbness"] input[value="yes"]');
      await waitForEvents(frame, 'red-flag-emergency');
      await shadow(frame, '#rf', '[part="emergency"]');

      // The glide timer: again, with a pause and a resume, to the end and its question. Two glides
      // this time (a new dose applies to the next session), so there is time to press Pause.
      await frame.evaluate(() => document.getElementById('ng').setAttribute('reps', '2'));
      await click(frame, '#ng', 'button.again');
      await click(frame, '#ng', 'button.pause');
      await waitForEvents(frame, 'glide-pause', { id: 'ng' });
      await click(frame, '#ng', 'button.resume');
      await waitForEvents(frame, 'glide-complete', { id: 'ng', count: 2, timeout: 30000 });
      await click(frame, '#ng', '.symptom-choices button[data-response="peripheralized"]');
      await shadow(frame, '#ng', '[part~="stop-advice"]');
      await click(frame, '#ng', 'button.done');
      await frame.evaluate(() => document.getElementById('ng').setAttribute('reps', '1'));
      await completeGlide(frame, '#ng');

      // The exercise card: again, answering that the symptoms moved down the leg (the stop advice).
      await click(frame, '#ec', 'button.again');
      await completeExercise(frame, '#ec', { response: 'peripheralized' });
      await shadow(frame, '#ec', '[part~="stop-advice"]');

      // The pain map: mark another region, edit one from the list, remove one.
      await markRegion(frame, '#pm', 'right-buttock', { quality: 'aching' });
      await click(frame, '#pm', '.list li[data-region="left-calf"] button.edit');
      await click(frame, '#pm', '.editor input[name="pm-strength"][value="2"]');
      await click(frame, '#pm', '.editor button.done');
      await clickRegion(frame, '#pm', 'right-buttock');
      await click(frame, '#pm', '.editor button.remove');
      await waitFor(frame, () => Object.keys(document.getElementById('pm').value.regions).join() === 'left-calf', [], { message: 'one region left' });

      await assertClean(probe);
      const records = await frameRecords(page);
      assert.deepEqual(records.writes, [], 'something was stored or sent');
      assert.deepEqual(records.reads, [], 'Web Storage was read without storage-key');
      assert.deepEqual(await storageSnapshot(page), EMPTY);
      assert.deepEqual(requested(probe), [`${PAGES}/all.html`, '/dist/sciatica-widgets.js']);

      // A change of language fetches that one translation, from beside the bundle, and nothing else.
      await page.evaluate(() => {
        document.documentElement.lang = 'fr-FR';
      });
      await waitFor(frame, () => window.SciaticaWidgets.getLocale() === 'fr', [], { message: 'French' });
      await useEveryElement(frame, undefined, { region: 'right-calf' });
      assert.deepEqual(requested(probe), [`${PAGES}/all.html`, '/dist/sciatica-widgets.js', '/dist/locales/fr.js']);
      assert.deepEqual((await frameRecords(page)).writes, []);
      assert.deepEqual(await storageSnapshot(page), EMPTY);
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });

  it('<pain-map storage-key="x">: only localStorage["x"] is used, and nothing is sent', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/privacy-storage.html`), { privacy: true });
    const { page, frame } = probe;
    const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('x')));
    try {
      await waitForRender(frame, ['#pm']);
      await markRegion(frame, '#pm', 'left-calf');
      assert.deepEqual((await frameRecords(page)).writes, [], 'stored before the person asked');

      // "Save today's map": one entry for today, in the documented format.
      await click(frame, '#pm', 'button.save');
      await shadow(frame, '#pm', '.notice.ok');
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      assert.deepEqual(await stored(), {
        format: 'sciatica-widgets/pain-map-history',
        version: 1,
        entries: [{ date: today, map: { regions: { 'left-calf': { intensity: 3, qualities: ['burning'] } } } }],
      });

      // Saving again the same day replaces that day's entry.
      await markRegion(frame, '#pm', 'right-buttock', { quality: 'aching' });
      await click(frame, '#pm', 'button.save');
      assert.deepEqual(Object.keys((await stored()).entries[0].map.regions).sort(), ['left-calf', 'right-buttock']);
      assert.equal((await stored()).entries.length, 1);

      // A reload shows today's saved map again: it lives in this browser only.
      await page.reload({ waitUntil: 'load' });
      await waitForRender(frame, ['#pm']);
      await shadow(frame, '#pm', '.list li[data-region="right-buttock"]');
      await shadow(frame, '#pm', '.history-table');

      // "Delete my history" removes the key.
      await click(frame, '#pm', 'button.delete');
      await click(frame, '#pm', 'button.confirm-yes');
      await waitFor(frame, () => localStorage.getItem('x') === null, [], { message: 'the history deleted' });

      await assertClean(probe);
      // The reload started a new document, so its records cover the time since: the removal.
      const records = await frameRecords(page);
      assert.deepEqual(records.writes.map((w) => [w.api, w.args[0]]), [['localStorage.removeItem', 'x']]);
      assert.ok(records.reads.every((r) => r.api === 'localStorage.getItem' && r.args[0] === 'x'), JSON.stringify(records.reads));
      assert.deepEqual(await storageSnapshot(page), EMPTY);
      assert.deepEqual(requested(probe), [`${PAGES}/privacy-storage.html`, '/dist/sciatica-widgets.js', `${PAGES}/privacy-storage.html`, '/dist/sciatica-widgets.js']);
    } finally {
      await probe.close();
    }
  });

  it('<direction-finder storage-key="x">: only localStorage["x"] is used, for the result and its day, and nothing is sent', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/privacy-direction.html`), { privacy: true });
    const { page, frame } = probe;
    try {
      await waitForRender(frame, ['#df']);
      await useDirectionFinder(frame, '#df');
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('x')));
      assert.equal(stored.date, today);
      assert.equal(stored.result.direction, 'extension');
      let records = await frameRecords(page);
      assert.deepEqual(records.writes.map((w) => [w.api, w.args[0]]), [['localStorage.setItem', 'x']]);
      assert.ok(records.reads.every((r) => r.api === 'localStorage.getItem' && r.args[0] === 'x'), JSON.stringify(records.reads));

      // Next visit: last time's result is offered above the safety questions; "Forget" removes the key.
      await page.reload({ waitUntil: 'load' });
      await waitForRender(frame, ['#df']);
      await shadow(frame, '#df', '[part="last-time"] button.forget');
      await click(frame, '#df', '[part="last-time"] button.forget');
      await waitFor(frame, () => localStorage.getItem('x') === null, [], { message: 'the result forgotten' });
      records = await frameRecords(page);
      assert.deepEqual(records.writes.map((w) => [w.api, w.args[0]]), [['localStorage.removeItem', 'x']]);
      assert.deepEqual(await storageSnapshot(page), EMPTY);
      assert.deepEqual(requested(probe), [`${PAGES}/privacy-direction.html`, '/dist/sciatica-widgets.js', `${PAGES}/privacy-direction.html`, '/dist/sciatica-widgets.js']);
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });

  it('<pain-map storage-key="x">: saving, deleting and saving again touch only localStorage["x"]', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/privacy-storage.html`), { privacy: true });
    const { page, frame } = probe;
    try {
      await waitForRender(frame, ['#pm']);
      await markRegion(frame, '#pm', 'left-calf');
      await click(frame, '#pm', 'button.save');
      await markRegion(frame, '#pm', 'right-calf');
      await click(frame, '#pm', 'button.save');
      await click(frame, '#pm', 'button.delete');
      await click(frame, '#pm', 'button.confirm-yes');
      await click(frame, '#pm', 'button.save');
      await shadow(frame, '#pm', '.notice.ok');
      const records = await frameRecords(page);
      assert.deepEqual(
        records.writes.map((w) => [w.api, w.args[0]]),
        [
          ['localStorage.setItem', 'x'],
          ['localStorage.setItem', 'x'],
          ['localStorage.removeItem', 'x'],
          ['localStorage.setItem', 'x'],
        ],
      );
      assert.deepEqual((await storageSnapshot(page)).localStorage, ['x']);
      assert.deepEqual(requested(probe), [`${PAGES}/privacy-storage.html`, '/dist/sciatica-widgets.js']);
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });
});
