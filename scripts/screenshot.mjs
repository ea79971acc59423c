// Renders elements in headless Chromium and saves PNG screenshots, so a change can be looked at the
// way a person sees it: a phone or a desktop width, light, dark or forced colours (Windows contrast
// themes), any language. Uses the built bundle (npm run build first).
//
//   node scripts/screenshot.mjs shots.json
//
// shots.json is a list of shots:
//   [{ "name": "checker-self-care-375", "html": "<red-flag-checker></red-flag-checker>", "width": 375,
//      "scheme": "light" | "dark", "forced": false, "lang": "en-GB", "script": "async (page) code run in the page",
//      "selector": "red-flag-checker" }]
// or, instead of `html`, a page of the repository: { "name": "contact-sheet", "url": "/demo/catalogue.html" }.
// `script` is the body of an async function run in the page after the elements upgrade (it may
// click, type and await); `selector` crops the shot to one element (`pierce/.x` reaches into shadow
// roots), `viewport` takes just what is in view (default: the whole page).
// PNGs go to $SHOTS_DIR (default /tmp/shots).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from './serve.mjs';
import { chromiumFlags } from './chromium-flags.mjs';

const shots = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const outDir = process.env.SHOTS_DIR ?? '/tmp/shots';
mkdirSync(outDir, { recursive: true });

const page = (shot) => `<!doctype html>
<html lang="${shot.lang ?? 'en-GB'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;padding:12px;font-family:system-ui;background:${shot.scheme === 'dark' ? '#111' : '#fff'}}</style>
<script src="/dist/sciatica-widgets.all-locales.js"></script></head><body>${shot.html}</body></html>`;

const server = await startServer({
  routes: Object.fromEntries(shots.map((shot) => [`/__shot/${shot.name}.html`, { body: page(shot) }])),
});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', ...chromiumFlags],
});
try {
  for (const shot of shots) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: shot.width ?? 375, height: shot.height ?? 800, deviceScaleFactor: 1 });
    const client = await tab.createCDPSession();
    const features = [{ name: 'prefers-color-scheme', value: shot.scheme ?? 'light' }];
    // puppeteer refuses forced-colors in emulateMediaFeatures; the DevTools protocol takes it.
    if (shot.forced) features.push({ name: 'forced-colors', value: 'active' });
    if (shot.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: 'reduce' });
    await client.send('Emulation.setEmulatedMedia', { features });
    tab.on('pageerror', (error) => console.error(`${shot.name}: page error: ${error.message}`));
    await tab.goto(`${server.origin}${shot.url ?? `/__shot/${shot.name}.html`}`, { waitUntil: 'networkidle0' });
    await tab.evaluate(async () => {
      await Promise.all([...document.querySelectorAll('*')].filter((el) => 'updateComplete' in el).map((el) => el.updateComplete));
    });
    if (shot.script) {
      await tab.evaluate(`(async () => { ${shot.script} })()`);
      await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    }
    const file = join(outDir, `${shot.name}.png`);
    if (shot.selector) {
      const handle = await tab.$(shot.selector);
      await handle.screenshot({ path: file });
    } else if (shot.viewport) {
      await tab.screenshot({ path: file });
    } else {
      await tab.screenshot({ path: file, fullPage: true });
    }
    console.log(file);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
