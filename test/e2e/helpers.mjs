/**
 * Shared pieces of the end-to-end tests: a server for the project folder (scripts/serve.mjs), headless
 * Chromium through puppeteer-core, a probe that records everything a page does wrong (console errors,
 * uncaught exceptions, failed requests, CSP violations) and what our elements report (their events),
 * and drivers that use each element the way a person would (real mouse clicks and key presses).
 *
 * The tests run against the built files in dist/, so `npm run build` must have run first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../scripts/serve.mjs';
import { chromiumFlags } from '../../scripts/chromium-flags.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Chromium: the one scripts/test.mjs found, else where Debian puts it. */
export const CHROMIUM = [process.env.SW_CHROMIUM, process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);

/**
 * Why these tests cannot run here, or `false`. Without Chromium they are skipped, unless
 * SW_REQUIRE_ALL_BROWSERS=1 (CI), where a missing browser must fail rather than pass quietly.
 */
export const skipReason =
  !CHROMIUM && process.env.SW_REQUIRE_ALL_BROWSERS !== '1' ? 'Chromium not found (set CHROME_PATH, or apt-get install chromium)' : false;

/** Every event the elements fire, as the manifest lists them (so a new event is watched too). */
export const EVENT_TYPES = [
  ...new Set(
    JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'))
      .modules.flatMap((m) => m.declarations ?? [])
      .flatMap((d) => d.events ?? [])
      .map((e) => e.name),
  ),
].sort();

export const TAGS = ['red-flag-checker', 'exercise-card', 'nerve-glide-timer', 'pain-map', 'direction-finder'];

/**
 * Starts the server on a free port and Chromium. `headers` and `routes` go to startServer().
 * Fails at once, with the fix, when dist/ has not been built.
 */
export async function setup({ headers, routes } = {}) {
  if (!existsSync(new URL('../../dist/sciatica-widgets.js', import.meta.url))) {
    throw new Error('dist/sciatica-widgets.js is missing: run `npm run build` before the end-to-end tests.');
  }
  assert.ok(CHROMIUM, 'Chromium is required (SW_REQUIRE_ALL_BROWSERS=1) but was not found');
  const server = await startServer({ root: ROOT, host: '127.0.0.1', headers, routes });
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: chromiumFlags });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    browser,
    server,
    origin: server.origin,
    url: (path) => new URL(path, server.origin).href,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Runs in every frame before the page's own scripts (evaluateOnNewDocument): records our events,
 * CSP violations and uncaught errors per frame in `window.__sw`. With `privacy`, it also records
 * every call that could store or send something (`writes`), and reads of Web Storage (`reads`);
 * each wrapper calls through, so the page behaves as it would without the probe.
 */
function probeScript(eventTypes, privacy) {
  const sw = { events: [], violations: [], errors: [], writes: [], reads: [] };
  Object.defineProperty(window, '__sw', { value: sw });
  const plain = (value) => {
    try {
      return JSON.parse(JSON.stringify(value ?? null));
    } catch {
      return String(value);
    }
  };
  for (const type of eventTypes) {
    // Capture on window: sees every composed event of this document, even when a listener stops it.
    window.addEventListener(
      type,
      (event) => {
        const origin = event.composedPath()[0];
        sw.events.push({ type, tag: origin?.localName ?? null, id: origin?.id || null, detail: plain(event.detail) });
      },
      true,
    );
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    sw.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` });
  });
  window.addEventListener('error', (e) => sw.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => sw.errors.push(String(e.reason)));
  if (!privacy) return;

  const record = (api, ...args) => sw.writes.push({ api, args: args.map((a) => (typeof a === 'string' ? a : plain(a))) });
  const wrap = (owner, name, api = name) => {
    const original = owner?.[name];
    if (typeof original !== 'function') return;
    owner[name] = function (...args) {
      record(api, ...args.map((a) => (a instanceof URL ? a.href : typeof a === 'object' && a && 'url' in a ? a.url : a)));
      return original.apply(this, args);
    };
  };
  const storageName = (storage) => (storage === window.localStorage ? 'localStorage' : storage === window.sessionStorage ? 'sessionStorage' : 'Storage');
  for (const method of ['setItem', 'removeItem', 'clear', 'getItem', 'key']) {
    const original = Storage.prototype[method];
    const reading = method === 'getItem' || method === 'key';
    Storage.prototype[method] = function (...args) {
      if (reading) sw.reads.push({ api: `${storageName(this)}.${method}`, args });
      else record(`${storageName(this)}.${method}`, ...args);
      return original.apply(this, args);
    };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      record('document.cookie', value);
      cookie.set.call(this, value);
    },
  });
  wrap(window.IDBFactory?.prototype, 'open', 'indexedDB.open');
  wrap(window.IDBFactory?.prototype, 'deleteDatabase', 'indexedDB.deleteDatabase');
  wrap(window.CacheStorage?.prototype, 'open', 'caches.open');
  wrap(Navigator.prototype, 'sendBeacon', 'navigator.sendBeacon');
  wrap(window, 'fetch', 'fetch');
  wrap(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  wrap(window.ServiceWorkerContainer?.prototype, 'register', 'navigator.serviceWorker.register');
  for (const name of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker', 'BroadcastChannel', 'RTCPeerConnection']) {
    const Original = window[name];
    if (typeof Original !== 'function') continue;
    window[name] = new Proxy(Original, {
      construct(target, args, newTarget) {
        record(name, ...args.map(String));
        return Reflect.construct(target, args, newTarget);
      },
    });
  }
}

/**
 * Opens `url` in a new tab with the probe installed, and records what goes wrong from the first
 * byte: console errors and warnings, uncaught exceptions, failed requests and responses ≥ 400, and
 * every request made. Resolves after the load event. Each page gets its own browser context, so
 * nothing one test stores (a pain map's history) is seen by the next; `close()` ends it.
 */
export async function openPage(browser, url, { privacy = false, viewport = { width: 1000, height: 900 } } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const log = { errors: [], warnings: [], pageErrors: [], failedRequests: [], badResponses: [], requests: [] };
  page.on('console', (message) => {
    const where = message.location()?.url ? ` (${message.location().url}:${message.location().lineNumber})` : '';
    if (message.type() === 'error') log.errors.push(message.text() + where);
    if (message.type() === 'warn') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message ?? String(error)));
  page.on('request', (request) => log.requests.push({ url: request.url(), type: request.resourceType(), frame: request.frame()?.url() ?? null }));
  page.on('requestfailed', (request) => log.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.badResponses.push(`${response.status()} ${response.url()}`);
  });
  await page.evaluateOnNewDocument(probeScript, EVENT_TYPES, privacy);
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, log, response, frame: page.mainFrame(), close: () => context.close() };
}

/** Every `window.__sw` record of every frame of the page. */
export async function frameRecords(page) {
  const all = { events: [], violations: [], errors: [], writes: [], reads: [] };
  for (const frame of page.frames()) {
    const records = await frame.evaluate(() => window.__sw ?? null).catch(() => null);
    if (!records) continue;
    for (const key of Object.keys(all)) all[key].push(...records[key].map((r) => ({ ...r, frame: frame.url() })));
  }
  return all;
}

/**
 * Asserts the page has been clean so far: no console error, no uncaught exception, no failed request
 * or error response, no CSP violation and no element in its error state (widget-error) in any
 * frame. Warnings are allowed only when they match `allowWarnings`.
 */
export async function assertClean({ page, log }, { allowWarnings = [] } = {}) {
  const records = await frameRecords(page);
  const unexpectedWarnings = log.warnings.filter((w) => !allowWarnings.some((pattern) => pattern.test(w)));
  assert.deepEqual(
    {
      consoleErrors: log.errors,
      pageErrors: log.pageErrors,
      uncaught: records.errors,
      failedRequests: log.failedRequests,
      badResponses: log.badResponses,
      cspViolations: records.violations,
      widgetErrors: records.events.filter((e) => e.type === 'widget-error'),
      unexpectedWarnings,
    },
    { consoleErrors: [], pageErrors: [], uncaught: [], failedRequests: [], badResponses: [], cspViolations: [], widgetErrors: [], unexpectedWarnings: [] },
  );
}

/**
 * Waits until `fn` (run in the frame) returns something truthy, and returns it. It polls with
 * `frame.evaluate` rather than `waitForFunction`, which builds its predicate with `new Function` in
 * the page: a strict CSP (no 'unsafe-eval', Trusted Types) rightly refuses that.
 */
export async function waitFor(frame, fn, args = [], { timeout = 10000, message } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await frame.evaluate(fn, ...args);
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`Timed out waiting: ${message ?? fn.toString()}\nlast value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

/** The events recorded in this frame so far, optionally only those of `type` from the element with `id`. */
export function events(frame, type, id) {
  return frame.evaluate(
    (t, i) => window.__sw.events.filter((e) => (!t || e.type === t) && (!i || e.id === i)),
    type ?? null,
    id ?? null,
  );
}

/** Waits for at least `count` events of `type` (from the element with `id`, if given) and returns them. */
export function waitForEvents(frame, type, { id, count = 1, timeout } = {}) {
  return waitFor(
    frame,
    (t, i, n) => {
      const found = window.__sw.events.filter((e) => e.type === t && (!i || e.id === i));
      return found.length >= n ? found : null;
    },
    [type, id ?? null, count],
    { timeout, message: `${count} × ${type}${id ? ` from #${id}` : ''}` },
  );
}

/** An element inside `host`'s shadow root (`#id >>> selector`), waiting for it to render. */
export async function shadow(frame, host, selector, { timeout = 10000 } = {}) {
  const query = `${host} >>> ${selector}`;
  const handle = await waitFor(
    frame,
    (h, s) => {
      const el = document.querySelector(h)?.shadowRoot?.querySelector(s);
      return !!el;
    },
    [host, selector],
    { timeout, message: query },
  ).then(() => frame.$(query));
  assert.ok(handle, `${query} not found`);
  return handle;
}

/** Clicks an element in `host`'s shadow root with the mouse, as a person would. */
export async function click(frame, host, selector) {
  const handle = await shadow(frame, host, selector);
  await handle.click();
  await handle.dispose();
}

/** Waits until every element in the frame has rendered (the exercise card loads its exercise first). */
export function waitForRender(frame, hosts) {
  return waitFor(
    frame,
    async (list) => {
      const elements = list.map((h) => document.querySelector(h));
      if (elements.some((el) => !el || !el.shadowRoot || !el.updateComplete)) return false;
      await Promise.all(elements.map((el) => el.updateComplete));
      return elements.every((el) => el.shadowRoot.querySelector('[part~="base"]'));
    },
    [hosts],
    { message: `rendered: ${hosts.join(', ')}` },
  );
}

// --- using each element ------------------------------------------------------------------------

/**
 * Answers the red-flag checker in list mode with the mouse: "no" everywhere except `yes` (ids),
 * then presses "See my result". Returns the `red-flag-result` event.
 */
export async function answerRedFlags(frame, host, { yes = [] } = {}) {
  const before = (await events(frame, 'red-flag-result')).length;
  const ids = await frame.$$eval(`${host} >>> fieldset[data-id]`, (sets) => sets.map((s) => s.dataset.id));
  assert.ok(ids.length >= 10, `only ${ids.length} questions in ${host}`);
  for (const id of ids) await click(frame, host, `fieldset[data-id="${id}"] input[value="${yes.includes(id) ? 'yes' : 'no'}"]`);
  await click(frame, host, 'button[type="submit"]');
  const results = await waitForEvents(frame, 'red-flag-result', { count: before + 1 });
  await shadow(frame, host, '[part="result"]');
  return results.at(-1);
}

/**
 * A short glide session to the end and its symptom question; the timer must have small
 * `reps`/`phase-seconds`. Returns the events of the session.
 */
export async function completeGlide(frame, host, { response = 'centralized' } = {}) {
  const id = await frame.$eval(host, (el) => el.id);
  const before = (await events(frame, 'glide-complete', id)).length;
  await click(frame, host, 'button.start');
  const [complete] = (await waitForEvents(frame, 'glide-complete', { id, count: before + 1, timeout: 30000 })).slice(before);
  await click(frame, host, `.symptom-choices button[data-response="${response}"]`);
  const [feedback] = await waitForEvents(frame, 'glide-feedback', { id });
  return { complete, feedback };
}

/**
 * Uses an exercise card whose exercise has a short hold: Start, wait out the countdown, Mark done,
 * then answer the symptom question. Returns the events.
 */
export async function completeExercise(frame, host, { response = 'unchanged' } = {}) {
  const id = await frame.$eval(host, (el) => el.id);
  await click(frame, host, '.timer button.start');
  const [start] = await waitForEvents(frame, 'exercise-start', { id });
  await waitFor(frame, (h) => document.querySelector(h).holdState === 'complete', [host], { timeout: 30000, message: `${host} hold countdown done` });
  await click(frame, host, '.timer button.mark-done');
  const [complete] = await waitForEvents(frame, 'exercise-complete', { id });
  await click(frame, host, `.symptom-choices button[data-response="${response}"]`);
  const [feedback] = await waitForEvents(frame, 'exercise-feedback', { id });
  return { start, complete, feedback };
}

/**
 * Marks `region` on a pain map as a person does: tap it, choose the strength (`steps`) from its chip,
 * tick a quality, press Done. Returns the last `pain-map-change`.
 */
export async function markRegion(frame, host, region, { steps = 3, quality = 'burning' } = {}) {
  const id = await frame.$eval(host, (el) => el.id);
  const before = (await events(frame, 'pain-map-change', id)).length;
  await clickRegion(frame, host, region);
  // The strength is chosen from its chip (one change), then the quality (another).
  await click(frame, host, `.editor input[name="pm-strength"][value="${steps}"]`);
  await click(frame, host, `.qualities input[value="${quality}"]`);
  await click(frame, host, '.editor button.done');
  const changes = await waitForEvents(frame, 'pain-map-change', { id, count: before + 2 });
  return changes.at(-1);
}

/**
 * Clicks a region of the body drawing where the region itself is (a point inside its shape, not
 * the centre of its box, which for a curved region can lie on a neighbour), and checks it is chosen.
 */
export async function clickRegion(frame, host, region) {
  const point = await frame.evaluate(
    (h, r) => {
      const path = document.querySelector(h).shadowRoot.querySelector(`[data-region="${r}"]`);
      path.scrollIntoView({ block: 'center' });
      const svg = path.ownerSVGElement;
      const box = path.getBBox();
      const matrix = path.getScreenCTM();
      // Scan the region's box for a point inside its fill that is topmost on the screen.
      for (let fy = 0.5, i = 0; i < 9; i += 1, fy = 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.1) {
        for (let fx = 0.5, j = 0; j < 9; j += 1, fx = 0.5 + (j % 2 ? 1 : -1) * Math.ceil(j / 2) * 0.1) {
          const p = svg.createSVGPoint();
          p.x = box.x + box.width * fx;
          p.y = box.y + box.height * fy;
          if (!path.isPointInFill(p)) continue;
          const screen = p.matrixTransform(matrix);
          const hit = path.getRootNode().elementFromPoint(screen.x, screen.y);
          if (hit === path) return { x: screen.x, y: screen.y };
        }
      }
      return null;
    },
    host,
    region,
  );
  assert.ok(point, `no visible point inside ${region} in ${host}`);
  // The frame's own offset in the page, for a region inside an iframe.
  const offset = frame === frame.page().mainFrame() ? { x: 0, y: 0 } : await frameOffset(frame);
  await frame.page().mouse.click(point.x + offset.x, point.y + offset.y);
  await waitFor(
    frame,
    (h, r) => document.querySelector(h).shadowRoot.querySelector(`[data-region="${r}"]`)?.getAttribute('aria-pressed') === 'true',
    [host, region],
    { message: `${region} chosen in ${host}` },
  );
}

async function frameOffset(frame) {
  const element = await frame.frameElement();
  const box = await element.boundingBox();
  const border = await element.evaluate((el) => {
    const style = getComputedStyle(el);
    return { x: parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft), y: parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) };
  });
  await element.dispose();
  return { x: box.x + border.x, y: box.y + border.y };
}

/**
 * Drives one real interaction with each element on the page (ids rf, ec, ng, pm unless given) and
 * checks its event and its visible change. The exercise card and glide timer need short doses. An
 * element left on its result or completion screen by an earlier round is first taken back to the
 * start with its own button; `region` is the pain-map region to mark (unmarked so far).
 */
export async function useEveryElement(frame, ids = { rf: '#rf', ec: '#ec', ng: '#ng', pm: '#pm' }, { region = 'left-calf' } = {}) {
  await waitForRender(frame, Object.values(ids));
  const hasButton = (host, selector) => frame.evaluate((h, s) => !!document.querySelector(h).shadowRoot.querySelector(s), host, selector);
  if (await hasButton(ids.rf, 'button.start-again')) await click(frame, ids.rf, 'button.start-again');
  const result = await answerRedFlags(frame, ids.rf, { yes: ['foot-drop'] });
  assert.equal(result.detail.level, 'urgent');
  if (await hasButton(ids.ng, 'button.done')) await click(frame, ids.ng, 'button.done');
  const glide = await completeGlide(frame, ids.ng);
  assert.equal(glide.feedback.detail.response, 'centralized');
  await shadow(frame, ids.ng, '.symptom-advice.good');
  if (await hasButton(ids.ec, 'button.again')) await click(frame, ids.ec, 'button.again');
  // After "moved down my leg" the card offers no "Do it again" (its stop advice says not to): the page
  // starts the next session with reset(), as a host would.
  else if (await hasButton(ids.ec, '[part~="stop-advice"]')) await frame.evaluate((h) => document.querySelector(h).reset(), ids.ec);
  const exercise = await completeExercise(frame, ids.ec);
  assert.equal(exercise.feedback.detail.response, 'unchanged');
  const change = await markRegion(frame, ids.pm, region);
  assert.deepEqual(change.detail.value.regions[region], { intensity: 3, qualities: ['burning'] });
  await shadow(frame, ids.pm, `.list li[data-region="${region}"]`);
}

/**
 * The direction finder from start to a result, as a person clicks it: every safety question no, where
 * it reaches (thigh, 6 of 10), one round of press-ups with two taps on Count one, the leg symptoms now
 * only in the buttock (centralized), the plan. Then "Start again" and a yes to an urgent sign (the
 * stop, with the clinic's call line). Returns the `direction-result` event.
 */
export async function useDirectionFinder(frame, host = '#df') {
  await waitForRender(frame, [host]);
  const id = await frame.$eval(host, (el) => el.id);
  const before = (await events(frame, 'direction-result', id)).length;
  if (await frame.evaluate((h) => document.querySelector(h).step !== 'safety', host)) {
    await frame.evaluate((h) => document.querySelector(h).reset(), host);
  }
  const ids = await frame.$$eval(`${host} >>> fieldset[part="question"] input[value="no"]`, (inputs) => inputs.map((i) => i.name));
  assert.equal(ids.length, 9, `the safety questions in ${host}`);
  for (const name of ids) await click(frame, host, `input[name="${name}"][value="no"]`);
  await click(frame, host, 'button.next');
  const reading = async (extent, strength) => {
    await click(frame, host, `input[name="df-extent"][value="${extent}"]`);
    await click(frame, host, `input[name="df-intensity"][value="${strength}"]`);
    await click(frame, host, 'form.reading button.next');
  };
  await reading(2, 6);
  await shadow(frame, host, '[part="stop-bar"] button.spreading');
  await click(frame, host, 'button.count-one');
  await click(frame, host, 'button.count-one');
  await click(frame, host, 'button.round-done');
  await reading(1, 4);
  const [result] = (await waitForEvents(frame, 'direction-result', { id, count: before + 1 })).slice(before);
  assert.equal(result.detail.direction, 'extension');
  await shadow(frame, host, '[part~="result"]');
  await click(frame, host, 'button.start-again');
  await click(frame, host, 'input[name="foot-drop"][value="yes"]');
  await waitForEvents(frame, 'direction-emergency', { id });
  await shadow(frame, host, '[part="stop"]');
  return result;
}

/**
 * The rest of what a person can do, on a page that also has `#ec-compact` (a compact exercise card)
 * and `#rf-stepper` (a checker in stepper mode) beside `#pm`: open the compact card's steps and its
 * sources, step forward and back through the checker, and mark the pain map with the keyboard; and,
 * when the page has a `#df`, take the direction finder to its result and to a stop (useDirectionFinder).
 */
export async function useMore(frame) {
  await waitForRender(frame, ['#ec-compact', '#rf-stepper', '#pm']);
  await click(frame, '#ec-compact', 'button.toggle');
  await waitFor(frame, () => !document.getElementById('ec-compact').shadowRoot.querySelector('.details').hidden, [], { message: 'compact card steps shown' });
  await click(frame, '#ec-compact', 'details.sources summary');
  await waitFor(frame, () => document.getElementById('ec-compact').shadowRoot.querySelector('details.sources').open, [], { message: 'sources open' });

  const question = () => frame.evaluate(() => document.getElementById('rf-stepper').shadowRoot.querySelector('fieldset[data-id]').dataset.id);
  const first = await question();
  await click(frame, '#rf-stepper', 'input[value="no"]');
  await click(frame, '#rf-stepper', 'button.next');
  await waitFor(frame, (q) => document.getElementById('rf-stepper').shadowRoot.querySelector('fieldset[data-id]').dataset.id !== q, [first], { message: 'next question' });
  await click(frame, '#rf-stepper', 'input[value="yes"]');
  await click(frame, '#rf-stepper', 'button.back');
  await waitFor(frame, (q) => document.getElementById('rf-stepper').shadowRoot.querySelector('fieldset[data-id]').dataset.id === q, [first], { message: 'back to the first question' });

  const before = (await events(frame, 'pain-map-change', 'pm')).length;
  const region = await shadow(frame, '#pm', '[data-region="left-thigh-back"]');
  // An SVG path: puppeteer's focus() and press() accept HTML elements only.
  await region.evaluate((el) => el.focus());
  await region.dispose();
  const { keyboard } = frame.page();
  await keyboard.press('7');
  await keyboard.press('Delete');
  await keyboard.press('ArrowDown');
  const changes = await waitForEvents(frame, 'pain-map-change', { id: 'pm', count: before + 2 });
  assert.deepEqual(changes.at(-2).detail.value.regions['left-thigh-back'], { intensity: 7, qualities: [] });
  assert.equal(changes.at(-1).detail.value.regions['left-thigh-back'], undefined);

  if (await frame.$('#df')) await useDirectionFinder(frame, '#df');
}
