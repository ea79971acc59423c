// Benchmark (not a test): how long the built script-tag bundle (dist/sciatica-widgets.js) takes to
// render in headless Chromium, as a ratio to a plain Lit baseline (bench/baseline-elements.js)
// rendering comparable DOM in the same run.
//
//   npm run build && node bench/render.mjs [rounds]      (default 7 rounds, after one warm-up round)
//
// Two scenarios, each on both sides:
// - 100 <exercise-card>s, cycling through the catalogue's ids (window.SciaticaWidgets.exercises),
//   against 100 <baseline-card>s given the same ids and titles;
// - the four elements once each, against the four baseline elements.
// A sample runs from creating and appending the elements until every element's updateComplete has
// resolved, its content is there, and the frame after that has been painted. It is measured two
// ways: the wall time in the page (what a visitor waits), and the CPU time the page's main thread
// spent meanwhile (script, style, layout, paint), from the DevTools Performance domain's ThreadTime.
// On these shared 2-core machines the wall time is mostly time spent waiting for a core (its ratios
// ranged 1.0–2.5× where the CPU ratios ranged 1.5–1.6×), so the CPU ratio is the one to compare.
// "first render" is the first one on a fresh page in a fresh browser context (what a visitor gets:
// templates, styles and any lazily loaded content are prepared then); "repeat render" is the median
// of 3 more renders on that page (replacing the elements), which is the per-instance cost alone.
//
// Only ratios measured in the same round mean much: each round renders each scenario once per side,
// in alternating order, and the report gives the median ratio and its min–max over the rounds,
// with the absolute milliseconds for context.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumFlags } from '../scripts/chromium-flags.mjs';

const ROUNDS = Number(process.argv[2] ?? 7);
const CARDS = 100;
const REPEATS = 3;
const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist/sciatica-widgets.js');
if (!existsSync(bundle)) {
  console.error('render benchmark: dist/sciatica-widgets.js is missing; run `npm run build` first.');
  process.exit(1);
}
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error(`render benchmark: rounds must be a whole number of at least 1, not ${process.argv[2]}`);
  process.exit(1);
}

// The baseline, bundled the way the library's dist/ is: one self-contained, minified IIFE with Lit
// inside (Lit's production build, as in dist/).
const baselineJs = (
  await build({
    entryPoints: [join(root, 'bench/baseline-elements.js')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2021',
    write: false,
    logLevel: 'error',
  })
).outputFiles[0].text;

// The page, the same for both sides but for the bundle it loads: a little ordinary content first
// (text in the elements' font, a button, an SVG), so the page's own first paint and font setup are
// done before anything is timed, as on a clinic's page. UTF-8 declared, like a real page (the
// bundles contain non-ASCII text).
const html = (scripts) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>render benchmark</title>
    <link rel="icon" href="data:," />
    <style>body { font-family: system-ui, sans-serif; font-size: 16px; line-height: 1.5; }</style>
    ${scripts.map((src) => `<script src="${src}"></script>`).join('\n    ')}
  </head>
  <body>
    <header>
      <h1>Riverside Physio · exercises</h1>
      <p>Your physiotherapist chose these for you. <strong>Stop</strong> if pain spreads down your leg.</p>
      <button type="button">Print</button>
      <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><circle cx="10" cy="10" r="8" /></svg>
    </header>
    <main id="stage"></main>
  </body>
</html>`;
const routes = {
  '/library.html': ['text/html; charset=utf-8', html(['/dist/sciatica-widgets.js'])],
  '/baseline.html': ['text/html; charset=utf-8', html(['/baseline.js'])],
  '/baseline.js': ['text/javascript; charset=utf-8', baselineJs],
};
const types = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };

// A small static server of its own (the project folder, for dist/ and anything the bundle loads
// lazily from beside itself), so the benchmark depends on no other script.
const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const route = routes[pathname];
  if (route) {
    res.writeHead(200, { 'content-type': route[0] });
    res.end(route[1]);
    return;
  }
  const path = normalize(join(root, decodeURIComponent(pathname)));
  try {
    if (!path.startsWith(join(root, 'dist') + sep)) throw new Error('only dist/ is served');
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  defaultViewport: { width: 1280, height: 800 },
  args: chromiumFlags,
});

// What shows that an element has rendered its content (not only its first, empty update).
const READY = {
  'exercise-card': '[part="title"]',
  'red-flag-checker': '[part="question"]',
  'nerve-glide-timer': '[part="start"]',
  'pain-map': '[part="region"]',
  'baseline-card': '[part="title"]',
  'baseline-checker': '[part="question"]',
  'baseline-timer': '[part="start"]',
  'baseline-map': '[part="region"]',
};

/**
 * Runs in the page: empties #stage and waits until that is painted, so the timed frame that
 * follows holds only the new elements' work.
 */
async function clearInPage() {
  document.getElementById('stage').replaceChildren();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** Runs in the page: renders `specs` ({ tag, attrs }) into the empty #stage and returns the wall time taken. */
async function renderInPage(specs, ready) {
  // The task after a requestAnimationFrame callback runs once that frame's style, layout and paint
  // are done on the main thread.
  const nextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      }),
    );
  const stage = document.getElementById('stage');
  const errors = [];
  const onError = (event) => errors.push(event.detail);
  document.addEventListener('widget-error', onError);
  const start = performance.now();
  const elements = specs.map(({ tag, attrs }) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    return el;
  });
  stage.append(...elements);
  await Promise.all(elements.map((el) => el.updateComplete));
  // updateComplete should cover content that arrives later (a lazily imported exercise); if it does
  // not, wait for it anyway so the time is honest, and say how many elements needed that.
  let late = 0;
  for (const el of elements) {
    if (el.shadowRoot?.querySelector(ready[el.localName])) continue;
    late += 1;
    const giveUp = performance.now() + 10_000;
    while (!el.shadowRoot?.querySelector(ready[el.localName]) && errors.length === 0) {
      if (performance.now() > giveUp) throw new Error(`<${el.localName}> did not render its content within 10 s`);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
    }
  }
  await nextPaint();
  const ms = performance.now() - start;
  document.removeEventListener('widget-error', onError);
  if (errors.length > 0) throw new Error(`widget-error while rendering: ${JSON.stringify(errors[0])}`);
  return { ms, late };
}

/**
 * Renders once and measures it two ways: the wall time in the page (what a visitor waits, but on a
 * busy machine mostly time spent waiting for a core), and the CPU time the page's main thread spent
 * meanwhile (script, style, layout and paint), from the DevTools Performance domain's ThreadTime
 * metric, which other processes' load hardly moves.
 */
async function timedRender(tab, cdp, specs) {
  await tab.evaluate(clearInPage);
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
  const before = await threadTime();
  const { ms, late } = await tab.evaluate(renderInPage, specs, READY);
  const cpu = ((await threadTime()) - before) * 1000;
  return { wall: ms, cpu, late };
}

/** Runs in the page: nodes (elements and text, not Lit's comment markers) and CSS rules per element. */
function measureDomInPage() {
  const byTag = {};
  for (const el of document.getElementById('stage').children) {
    let nodes = 0;
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.ELEMENT_NODE || child.nodeType === Node.TEXT_NODE) nodes += 1;
        walk(child);
        if (child.shadowRoot) walk(child.shadowRoot);
      }
    };
    walk(el.shadowRoot);
    const rules = el.shadowRoot.adoptedStyleSheets.reduce((sum, sheet) => sum + sheet.cssRules.length, 0) + el.shadowRoot.querySelectorAll('style').length;
    const entry = (byTag[el.localName] ??= { count: 0, nodes: 0, rules });
    entry.count += 1;
    entry.nodes += nodes;
  }
  return Object.fromEntries(Object.entries(byTag).map(([tag, { count, nodes, rules }]) => [tag, { nodes: Math.round(nodes / count), rules }]));
}

const consoleErrors = [];

/** Opens a fresh page in a fresh browser context and waits until it is quiet. */
async function openPage(context, file, tags) {
  const tab = await context.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  tab.on('pageerror', (error) => consoleErrors.push(error.message));
  await tab.goto(`${origin}/${file}`, { waitUntil: 'load' });
  // Start from a quiet page: definitions done, a frame painted, the main thread idle.
  await tab.evaluate(async (names) => {
    await Promise.all(names.map((tag) => customElements.whenDefined(tag)));
    await new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(resolve, { timeout: 500 })));
  }, tags);
  return tab;
}

/**
 * Each side on a fresh page in a fresh browser context, as a visitor gets it: a first render (when
 * templates, styles and any lazily loaded content get prepared), then REPEATS repeat renders on the
 * same page (replacing the elements: the per-instance cost alone).
 */
async function sample(side, specs) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await openPage(context, `${side}.html`, [...new Set(specs.map((s) => s.tag))]);
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    const first = await timedRender(tab, cdp, specs);
    const dom = await tab.evaluate(measureDomInPage);
    const repeats = [];
    for (let i = 0; i < REPEATS; i += 1) repeats.push(await timedRender(tab, cdp, specs));
    if (consoleErrors.length > 0) throw new Error(`errors in the page: ${consoleErrors.join('; ')}`);
    return {
      first: { wall: first.wall, cpu: first.cpu },
      repeat: { wall: median(repeats.map((r) => r.wall)), cpu: median(repeats.map((r) => r.cpu)) },
      late: first.late,
      dom,
    };
  } finally {
    await context.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const spread = (values, digits, unit = '') =>
  `${median(values).toFixed(digits)}${unit} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

try {
  // The catalogue, in the page's language, from the bundle itself.
  const probe = await browser.newPage();
  await probe.goto(`${origin}/library.html`, { waitUntil: 'load' });
  const { exercises, version } = await probe.evaluate(() => ({ exercises: window.SciaticaWidgets.exercises, version: window.SciaticaWidgets.version ?? '' }));
  const chromeVersion = await browser.version();
  await probe.close();
  if (!Array.isArray(exercises) || exercises.length === 0) throw new Error('window.SciaticaWidgets.exercises is empty');

  const cards = Array.from({ length: CARDS }, (_, i) => exercises[i % exercises.length]);
  const scenarios = [
    {
      name: `${CARDS} <exercise-card>s (${exercises.length} different exercises)`,
      library: cards.map(({ id }) => ({ tag: 'exercise-card', attrs: { exercise: id } })),
      baseline: cards.map(({ id, title }) => ({ tag: 'baseline-card', attrs: { exercise: id, label: title } })),
    },
    {
      name: 'the four elements once each',
      library: [
        { tag: 'red-flag-checker', attrs: {} },
        { tag: 'exercise-card', attrs: { exercise: 'mckenzie-press-up' } },
        { tag: 'nerve-glide-timer', attrs: {} },
        { tag: 'pain-map', attrs: {} },
      ],
      baseline: [
        { tag: 'baseline-checker', attrs: {} },
        { tag: 'baseline-card', attrs: { exercise: 'mckenzie-press-up', label: 'McKenzie press-up' } },
        { tag: 'baseline-timer', attrs: {} },
        { tag: 'baseline-map', attrs: {} },
      ],
    },
  ];

  console.log(`render benchmark: dist/sciatica-widgets.js ${version} vs plain Lit (bench/baseline-elements.js), ${chromeVersion} headless`);
  const results = scenarios.map(() => ({ library: [], baseline: [], dom: {}, late: 0 }));
  // Round 0 warms up the browser, the server and the disk cache; it is not reported.
  for (let round = 0; round <= ROUNDS; round += 1) {
    for (const [i, scenario] of scenarios.entries()) {
      const order = round % 2 === 0 ? ['library', 'baseline'] : ['baseline', 'library'];
      for (const side of order) {
        const s = await sample(side, scenario[side]);
        if (round === 0) continue;
        results[i][side].push(s);
        results[i].late += s.late;
        Object.assign(results[i].dom, s.dom);
      }
    }
    process.stdout.write(round === 0 ? '  (warm-up round done)\n' : `  round ${round}/${ROUNDS} done\n`);
  }

  console.log(`  ${ROUNDS} rounds after a warm-up round, each side on a fresh page, sides alternating which goes first`);
  console.log(`  ratio = library ÷ baseline in the same round, as median (min–max) over the rounds; above 1 means the library is slower`);
  console.log(`  cpu = the page's main-thread CPU time (steady under load); wall = the wall time a visitor waits (noisy here)`);
  for (const [i, scenario] of scenarios.entries()) {
    const { library, baseline, dom, late } = results[i];
    console.log(`\n  ${scenario.name}`);
    const sizes = Object.entries(dom).map(([tag, { nodes, rules }]) => `<${tag}> ${nodes} nodes, ${rules} CSS rules`);
    console.log(`    DOM per element: ${sizes.join('; ')}`);
    for (const phase of ['first', 'repeat']) {
      console.log(`    ${phase === 'first' ? 'first render on a fresh page' : `repeat render on that page (median of ${REPEATS})`}`);
      for (const measure of ['cpu', 'wall']) {
        const ratios = library.map((l, r) => l[phase][measure] / baseline[r][phase][measure]);
        const lib = library.map((s) => s[phase][measure]);
        const base = baseline.map((s) => s[phase][measure]);
        console.log(`      ${measure.padEnd(4)}  ratio ${spread(ratios, 2, '×')}   library ${spread(lib, 1, ' ms')}   baseline ${spread(base, 1, ' ms')}`);
      }
    }
    if (late > 0) console.log(`    note: ${late} library element(s) had their content only after updateComplete resolved; the time includes waiting for it`);
  }
} finally {
  await browser.close();
  server.close();
}
