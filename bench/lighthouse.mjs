// Benchmark (not a test): Lighthouse's performance, accessibility and best-practices audits of the
// demo page (demo/index.html, which loads dist/sciatica-widgets.js the way a clinic's page would),
// served locally, in Debian's Chromium driven by puppeteer-core, with Lighthouse's mobile and
// desktop presets. Prints the scores and every audit that did not pass, and writes the full
// reports (JSON and HTML) outside the repository.
//
//   npm run build && node bench/lighthouse.mjs [mobile|desktop ...]   (default: both)
//
// Environment: CHROME_PATH (default /usr/bin/chromium); LIGHTHOUSE_OUT, the folder for the reports
// (default $TMPDIR/sciatica-widgets-lighthouse); LIGHTHOUSE_GZIP=0 serves uncompressed.
//
// The server compresses text with gzip, as any production host does, so the transfer sizes
// Lighthouse simulates its throttled load with are realistic; it sends `cache-control: no-cache`
// like `npm start`, so the cache-policy audit reports on this server, not on the library.
// Mobile scores use Lighthouse's simulated slow 4G and 4× CPU slowdown, so they move less with this
// machine's load than desktop's, but both vary from run to run by a few points.
import { createServer } from 'node:http';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { chromiumFlags } from '../scripts/chromium-flags.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const PRESETS = { mobile: undefined, desktop: desktopConfig }; // undefined: Lighthouse's default (mobile) config
const presets = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(PRESETS);
for (const preset of presets) {
  if (!(preset in PRESETS)) {
    console.error(`lighthouse benchmark: unknown preset "${preset}"; use ${Object.keys(PRESETS).join(' or ')}`);
    process.exit(1);
  }
}
if (!existsSync(join(root, 'dist/sciatica-widgets.js'))) {
  console.error('lighthouse benchmark: dist/sciatica-widgets.js is missing; run `npm run build` first.');
  process.exit(1);
}
const outDir = process.env.LIGHTHOUSE_OUT ?? join(tmpdir(), 'sciatica-widgets-lighthouse');
const gzip = process.env.LIGHTHOUSE_GZIP !== '0';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

// A small static server of its own over the project folder (the demo refers to ../dist/), so this
// script depends on no other one.
const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    let body = await readFile(path);
    const type = types[extname(path)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    if (gzip && /text|json|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch (error) {
    const missing = error?.code === 'ENOENT' || error?.code === 'ENOTDIR';
    res.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(missing ? 'Not found' : 'Server error');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
// "localhost", not 127.0.0.1: Chromium treats it as a secure context, as a real HTTPS site would be.
const url = `http://localhost:${server.address().port}/demo/index.html`;
await mkdir(outDir, { recursive: true });

/** One line for an audit's item: which file or element, and what it would save. */
function describeItem(item) {
  const where = item.url ? item.url.replace(/^https?:\/\/[^/]+/, '') : item.node ? `${item.node.selector ?? ''} ${item.node.snippet ?? ''}`.trim() : (item.source?.url ?? item.description ?? JSON.stringify(item).slice(0, 120));
  const savings = [item.wastedMs ? `${Math.round(item.wastedMs)} ms` : '', item.wastedBytes ? `${Math.round(item.wastedBytes / 1024)} KiB of ${Math.round((item.totalBytes ?? 0) / 1024)} KiB` : ''].filter(Boolean).join(', ');
  return `${where}${savings ? ` (${savings})` : ''}`;
}

const score = (value) => (value === null || value === undefined ? '–' : String(Math.round(value * 100)));

try {
  for (const preset of presets) {
    // A fresh browser per preset, so nothing cached by one run helps the next.
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      defaultViewport: null, // Lighthouse sets the viewport of its preset
      args: chromiumFlags,
    });
    let result;
    try {
      const page = await browser.newPage();
      result = await lighthouse(url, { logLevel: 'error', output: ['json', 'html'], onlyCategories: CATEGORIES }, PRESETS[preset], page);
    } finally {
      await browser.close();
    }
    if (!result) throw new Error(`Lighthouse returned no result for ${preset}`);
    const { lhr, report } = result;
    const [json, htmlReport] = report;
    const base = join(outDir, `demo-${preset}`);
    await writeFile(`${base}.report.json`, json);
    await writeFile(`${base}.report.html`, htmlReport);

    console.log(`\nLighthouse ${lhr.lighthouseVersion}, ${preset} preset, ${lhr.finalDisplayedUrl} (${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? ''})`);
    if (lhr.runtimeError) console.log(`  runtime error: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    for (const warning of lhr.runWarnings) console.log(`  warning: ${warning}`);
    console.log(`  scores: ${CATEGORIES.map((id) => `${lhr.categories[id].title} ${score(lhr.categories[id].score)}`).join(', ')}`);
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
    console.log(`  metrics: ${metrics.map((id) => `${lhr.audits[id].title} ${lhr.audits[id].displayValue ?? '–'}`).join(', ')}`);
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      // Lighthouse's own "passed" line is a score of 0.9; informative, manual and not-applicable
      // audits have no score. Metrics are listed above, so performance lists the other audits;
      // audits in the "hidden" group (12.x's insight audits, which repeat the classic ones) are left
      // out, as the HTML report leaves them out.
      const failing = category.auditRefs
        .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
        .filter(({ ref, audit }) => audit.score !== null && audit.score < 0.9 && ref.group !== 'hidden' && !(id === 'performance' && ref.group === 'metrics'));
      console.log(`  ${category.title}: ${failing.length === 0 ? 'no failing audits' : `${failing.length} failing`}`);
      for (const { ref, audit } of failing) {
        const extra = [audit.displayValue, ref.weight ? `weight ${ref.weight}` : 'not scored'].filter(Boolean).join(', ');
        console.log(`    - ${audit.title} [${audit.id}, score ${score(audit.score)}; ${extra}]`);
        for (const item of (audit.details?.items ?? []).slice(0, 5)) console.log(`        ${describeItem(item)}`);
        if ((audit.details?.items?.length ?? 0) > 5) console.log(`        … and ${audit.details.items.length - 5} more`);
      }
    }
    console.log(`  report: ${base}.report.json (and .html)`);
  }
} finally {
  server.close();
}
