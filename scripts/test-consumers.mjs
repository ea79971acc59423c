// Installs the package as users do, into real host projects, and checks each in Chromium
// (`npm run test:consumers`). Each folder in test/consumers/ is a small project with its own
// package.json and lockfile that depends on `sciatica-widgets` as `file:../sciatica-widgets.tgz`:
//
// 1. `npm pack` of this repository (build first: `npm run build`), copied with every consumer into a
//    scratch folder, so the projects get exactly what npm would publish;
// 2. per consumer: `npm ci` from its lockfile, `npm run check` (its type checker, including the wrong
//    uses it must reject), `npm run build` (its own ordinary build), then its page in headless Chromium
//    (puppeteer-core, scripts/chromium-flags.mjs): the exercise card renders, a click on the symptom
//    question reaches the page's own handler (it writes the answer into #log), and the console stays
//    clean (no warning or error, no widget-error, no uncaught exception);
// 3. one line per consumer with its times, and a closing "N passed, N failed".
//
// Before the consumers, the tarball itself goes through publint (package.json's exports, files and
// types as npm and bundlers read them) and @arethetypeswrong/cli (every entry's types resolve under
// Node 16 ESM and bundler resolution; the package is ESM only, so its `esm-only` profile): each counts
// as one more check that passes or fails.
//
// Options: names of consumers to run (default: all); `--update-locks` runs `npm install` instead of
// `npm ci` and writes the lockfiles back (after a dependency of this package or of a consumer changed).
// SW_KEEP_CONSUMERS=1 keeps the scratch folder for a look; SW_CONSUMER_SCREENSHOTS=<folder> saves a
// PNG of each page after the answer, to look at.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumFlags } from './chromium-flags.mjs';
import { freePort, startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CONSUMERS = join(ROOT, 'test', 'consumers');
const CHROMIUM = [process.env.SW_CHROMIUM, process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));

/**
 * How each consumer is served once built: `dist` (its static build, from a folder) or `next`
 * (`next start` on a free port). `page` is the path of the page that shows the card.
 */
const hosts = {
  'vite-ts': { serve: 'dist', page: '/index.html' },
  react18: { serve: 'dist', page: '/index.html' },
  react19: { serve: 'dist', page: '/index.html' },
  nextjs: { serve: 'next', page: '/' },
  vue: { serve: 'dist', page: '/index.html' },
  svelte: { serve: 'dist', page: '/index.html' },
};

const args = process.argv.slice(2);
const updateLocks = args.includes('--update-locks');
const wanted = args.filter((a) => !a.startsWith('--'));
const present = readdirSync(CONSUMERS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(CONSUMERS, d.name, 'package.json')))
  .map((d) => d.name)
  .sort();
const unknown = [...present.filter((n) => !hosts[n]), ...wanted.filter((n) => !present.includes(n))];
if (unknown.length) {
  console.error(`test-consumers: no such consumer, or not in the table in scripts/test-consumers.mjs: ${unknown.join(', ')}`);
  process.exit(1);
}
const names = wanted.length ? wanted : present;
if (!existsSync(join(ROOT, 'lib', 'index.js')) || !existsSync(join(ROOT, 'dist', 'sciatica-widgets.js'))) {
  console.error('test-consumers: lib/ or dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
if (!CHROMIUM) {
  console.error('test-consumers: Chromium not found (apt-get install chromium, or set CHROME_PATH).');
  process.exit(1);
}

/** Runs a command; resolves with its output, rejects with the output's tail when it fails. */
function run(command, commandArgs, cwd, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${commandArgs.join(' ')} exited with ${code}:\n${output.split('\n').slice(-40).join('\n')}`));
    });
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function timed(times, label, work) {
  const start = performance.now();
  try {
    return await work();
  } finally {
    times.push(`${label} ${seconds(performance.now() - start)}`);
  }
}


/** `next start` on a free port; resolves once it answers, with a way to stop it. */
async function startNext(cwd) {
  const port = await freePort();
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM'); // npx and next: the whole group we started
    } catch {
      // already gone
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(origin);
      if (response.ok) return { origin, close: async () => stop() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`next start did not answer on ${origin}:\n${output}`);
}

/** The page in Chromium: renders, an answer reaches the page's handler, nothing complains. */
async function checkInBrowser(browser, origin, path, name) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (['warn', 'warning', 'error', 'assert'].includes(message.type())) problems.push(`console.${message.type()}: ${message.text()}${message.location()?.url ? ` (${message.location().url})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  await page.evaluateOnNewDocument(() => {
    window.__widgetErrors = [];
    addEventListener('widget-error', (e) => window.__widgetErrors.push(e.detail), true);
  });
  try {
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('exercise-card')?.shadowRoot?.querySelector('[part="title"]'), { timeout: 20000 });
    const title = await page.evaluate(() => document.querySelector('exercise-card').shadowRoot.querySelector('[part="title"]').textContent.trim());
    // Let a late error show itself: the grace period for missing configuration is a task or two.
    await new Promise((r) => setTimeout(r, 500));
    const button = await page.evaluateHandle(() =>
      document.querySelector('exercise-card').shadowRoot.querySelector('.symptom-choices button[data-response="centralized"]'),
    );
    await button.asElement().click();
    await page.waitForFunction(() => document.querySelector('#log')?.textContent.includes('centralized'), { timeout: 10000 });
    const log = await page.evaluate(() => document.querySelector('#log').textContent.trim());
    if (process.env.SW_CONSUMER_SCREENSHOTS) {
      mkdirSync(process.env.SW_CONSUMER_SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(process.env.SW_CONSUMER_SCREENSHOTS, `${name}.png`), fullPage: true });
    }
    const widgetErrors = await page.evaluate(() => window.__widgetErrors);
    for (const detail of widgetErrors) problems.push(`widget-error: ${JSON.stringify(detail)}`);
    if (problems.length) throw new Error(`the page was not clean:\n  ${problems.join('\n  ')}`);
    return `"${title}", page heard "${log}"`;
  } catch (error) {
    if (problems.length && !String(error.message).includes('not clean')) error.message += `\n  also: ${problems.join('\n  ')}`;
    throw error;
  } finally {
    await page.close();
  }
}

/** The lockfile without the tarball's hash: the tarball is this build's, not the one the lock was made with. */
function forgetTarballIntegrity(lockPath) {
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  const entry = lock.packages?.['node_modules/sciatica-widgets'];
  if (entry) delete entry.integrity;
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
}

async function runConsumer(name, work, browser) {
  const source = join(CONSUMERS, name);
  const dir = join(work, name);
  cpSync(source, dir, { recursive: true, filter: (path) => !/[/\\](node_modules|dist|\.next|\.svelte-kit)$/.test(path) });
  const times = [];
  const lock = join(dir, 'package-lock.json');
  if (!updateLocks) {
    if (!existsSync(lock)) throw new Error(`test/consumers/${name} has no package-lock.json: run npm run test:consumers -- --update-locks ${name}`);
    forgetTarballIntegrity(lock);
  }
  await timed(times, updateLocks ? 'npm install' : 'npm ci', () =>
    run('npm', [updateLocks ? 'install' : 'ci', '--no-audit', '--no-fund'], dir, { NEXT_TELEMETRY_DISABLED: '1' }),
  );
  if (updateLocks) {
    forgetTarballIntegrity(lock);
    cpSync(lock, join(source, 'package-lock.json'));
  }
  await timed(times, 'check', () => run('npm', ['run', 'check'], dir));
  await timed(times, 'build', () => run('npm', ['run', 'build'], dir, { NEXT_TELEMETRY_DISABLED: '1' }));
  const host = hosts[name];
  const seen = await timed(times, 'browser', async () => {
    const server = host.serve === 'next' ? await startNext(dir) : await startServer({ root: join(dir, 'dist'), host: '127.0.0.1' });
    try {
      return await checkInBrowser(browser, server.origin.replace('localhost', '127.0.0.1'), host.page, name);
    } finally {
      await server.close();
    }
  });
  return { times, seen };
}

const work = mkdtempSync(join(tmpdir(), 'sw-consumers-'));
const started = performance.now();
let passed = 0;
let failed = 0;
let browser;
try {
  const packed = (await run('npm', ['pack', '--pack-destination', work], ROOT)).trim().split('\n').at(-1).trim();
  const tarball = join(work, 'sciatica-widgets.tgz');
  renameSync(join(work, packed), tarball);
  const packageChecks = {
    publint: ['publint', '--strict', tarball],
    'arethetypeswrong (esm-only)': ['attw', tarball, '--profile', 'esm-only', '--format', 'ascii'],
  };
  for (const [name, command] of Object.entries(packageChecks)) {
    const start = performance.now();
    try {
      await run('npx', ['--no-install', ...command], ROOT);
      passed++;
      console.log(`ok   ${name} on the packed tarball in ${seconds(performance.now() - start)}`);
    } catch (error) {
      failed++;
      console.log(`FAIL ${name} on the packed tarball: ${error.message}`);
    }
  }
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: chromiumFlags });
  for (const name of names) {
    const start = performance.now();
    try {
      const { times, seen } = await runConsumer(name, work, browser);
      passed++;
      console.log(`ok   ${name} in ${seconds(performance.now() - start)} (${times.join(', ')}): ${seen}`);
    } catch (error) {
      failed++;
      console.log(`FAIL ${name} after ${seconds(performance.now() - start)}: ${error.message}`);
    }
  }
} finally {
  await browser?.close();
  if (process.env.SW_KEEP_CONSUMERS === '1') console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`consumers: ${names.length} in ${seconds(performance.now() - started)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
