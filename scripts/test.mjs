// Runs the browser tests in Chromium, Firefox and WebKit.
//
// It looks for each browser where Debian/Ubuntu put it. A missing one is installed with apt-get when
// this is Debian/Ubuntu and we are root (as `playwright install --with-deps` would); otherwise it
// says what to install and runs the browsers it has. With SW_REQUIRE_ALL_BROWSERS=1 (CI) a missing
// browser is an error. Extra arguments go to web-test-runner (e.g. a file glob).
//
// Then the end-to-end tests of the built files (test/e2e/: node --test driving Chromium with
// puppeteer-core), when Chromium is there; without it they are skipped with a message, or fail the
// run under SW_REQUIRE_ALL_BROWSERS=1.
//
// Output ends with one line per browser, one for the end-to-end tests, and a total "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './serve.mjs';

const extraArgs = process.argv.slice(2);
const requireAll = process.env.SW_REQUIRE_ALL_BROWSERS === '1';

const which = (cmd) => {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
};
const firstExisting = (paths) => paths.find((p) => p && existsSync(p)) ?? null;

function findBrowsers() {
  const arch = process.arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';
  return {
    chromium: firstExisting([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', which('chromium'), which('google-chrome')]),
    firefox: firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', which('firefox-esr'), which('firefox')]),
    webkit: (() => {
      const driver = which('WebKitWebDriver');
      const mini = firstExisting([`/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`, `/usr/lib/${arch}/webkit2gtk-4.0/MiniBrowser`]);
      const display = process.env.DISPLAY || which('xvfb-run');
      return driver && mini && display ? { driver, mini } : null;
    })(),
  };
}

// What to install for each browser, on Debian/Ubuntu: the one list, shared with .ci/run.
const aptPackages = JSON.parse(readFileSync(new URL('./browser-packages.json', import.meta.url), 'utf8'));

function isDebianLike() {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

let browsers = findBrowsers();
let missing = Object.keys(aptPackages).filter((b) => !browsers[b]);

if (missing.length && isDebianLike() && process.getuid?.() === 0) {
  const packages = missing.flatMap((b) => aptPackages[b]);
  console.log(`Installing missing browsers (${missing.join(', ')}) with apt-get: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  if (install.status !== 0) console.error('apt-get install failed; continuing with the browsers that are present.');
  browsers = findBrowsers();
  missing = Object.keys(aptPackages).filter((b) => !browsers[b]);
}

if (missing.length) {
  console.error(
    `Not found: ${missing.join(', ')}. Install on Debian/Ubuntu with:\n  sudo apt-get install ${missing.flatMap((b) => aptPackages[b]).join(' ')}`,
  );
  if (requireAll) {
    console.error('SW_REQUIRE_ALL_BROWSERS=1: every browser is required.');
    process.exit(1);
  }
}
const present = Object.keys(aptPackages).filter((b) => browsers[b]);
if (!present.length) {
  console.error('No browser to test in.');
  process.exit(1);
}
console.log(`Testing in: ${present.join(', ')}${missing.length ? ` (not in: ${missing.join(', ')})` : ''}`);

const resultsDir = mkdtempSync(join(tmpdir(), 'sw-results-'));
const wtr = join(process.cwd(), 'node_modules', '.bin', 'wtr');
const baseEnv = {
  ...process.env,
  SW_CHROMIUM: browsers.chromium ?? '',
  SW_FIREFOX: browsers.firefox ?? '',
  SW_MINIBROWSER: browsers.webkit?.mini ?? '',
};

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}


/** Waits until something listens on the port (the WebDriver server), for at most 20 s. */
async function waitForPort(port) {
  for (let i = 0; i < 100; i += 1) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

const runs = [];
const desktop = present.filter((b) => b !== 'webkit');
if (desktop.length) {
  const file = join(resultsDir, 'desktop.json');
  const code = await run(wtr, ['--config', 'web-test-runner.config.mjs', ...extraArgs], {
    ...baseEnv,
    SW_BROWSERS: desktop.join(','),
    SW_RESULTS_FILE: file,
  });
  runs.push({ browsers: desktop, code, file });
}

if (browsers.webkit) {
  const port = await freePort();
  // MiniBrowser is a GTK window started by the driver, so the driver needs a display: a virtual one
  // from Xvfb unless there is a real one. Its own process group, so it can be stopped as a whole.
  const driverCommand = process.env.DISPLAY
    ? [browsers.webkit.driver, [`--port=${port}`]]
    : ['xvfb-run', ['-a', browsers.webkit.driver, `--port=${port}`]];
  const driver = spawn(driverCommand[0], driverCommand[1], { stdio: 'ignore', detached: true });
  await waitForPort(port);
  const file = join(resultsDir, 'webkit.json');
  const env = { ...baseEnv, SW_BROWSERS: 'webkit', SW_RESULTS_FILE: file, SW_WEBDRIVER_PORT: String(port) };
  const code = await run(wtr, ['--config', 'web-test-runner.config.mjs', ...extraArgs], env);
  try {
    process.kill(-driver.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  runs.push({ browsers: ['webkit'], code, file });
}

// The end-to-end tests: the spec reporter for people, TAP in a file for the counts. Their files
// mostly wait for short timers to run out, so several at once (each its own Chromium) take a third
// of the time; Node before 20.10 has no --test-concurrency and runs them one by one.
// A run narrowed with --files is someone iterating on some browser tests: it skips them unless
// SW_E2E=1 asks for them.
let e2e = null;
const narrowed = extraArgs.some((arg) => arg === '--files' || arg.startsWith('--files='));
if (narrowed && process.env.SW_E2E !== '1') {
  console.log('\nEnd-to-end tests (test/e2e/) skipped: --files narrows the run (SW_E2E=1 runs them too).');
} else if (browsers.chromium) {
  const file = join(resultsDir, 'e2e.tap');
  const [major, minor] = process.versions.node.split('.').map(Number);
  const concurrency = major > 20 || (major === 20 && minor >= 10) ? ['--test-concurrency=4'] : [];
  console.log('\nEnd-to-end tests (test/e2e/, Chromium):');
  const code = await run(
    process.execPath,
    ['--test', ...concurrency, '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${file}`, 'test/e2e/'],
    baseEnv,
  );
  e2e = { code, file };
} else {
  console.log('\nEnd-to-end tests (test/e2e/) skipped: they need Chromium.');
}

/** The totals at the end of node --test's TAP output (`# pass 3` …), or null when there are none. */
function tapCounts(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const total = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  const counts = { pass: total('pass'), fail: total('fail'), cancelled: total('cancelled'), skipped: total('skipped'), todo: total('todo') };
  return Object.values(counts).some(Number.isNaN) ? null : counts;
}

let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;
console.log('\nTest results per browser:');
for (const r of runs) {
  let counts = {};
  try {
    counts = JSON.parse(readFileSync(r.file, 'utf8'));
  } catch {
    console.log(`  ${r.browsers.join(', ')}: no results (the runner exited with ${r.code})`);
    ok = false;
    continue;
  }
  for (const [name, c] of Object.entries(counts)) {
    const browser = { Chrome: 'chromium', Firefox: 'firefox', MiniBrowser: 'webkit (MiniBrowser)' }[name] ?? name;
    console.log(`  ${browser}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped in ${c.files} files${c.fileErrors ? ` (${c.fileErrors} files with errors)` : ''}`);
    passed += c.passed;
    failed += c.failed + c.fileErrors;
    skipped += c.skipped;
  }
  if (r.code !== 0) ok = false;
}
if (e2e) {
  const c = tapCounts(e2e.file);
  if (!c) {
    console.log(`  end-to-end (chromium): no results (node --test exited with ${e2e.code})`);
    ok = false;
  } else {
    // A cancelled test (its file crashed or timed out) counts as failed.
    console.log(`  end-to-end (chromium): ${c.pass} passed, ${c.fail + c.cancelled} failed, ${c.skipped + c.todo} skipped`);
    passed += c.pass;
    failed += c.fail + c.cancelled;
    skipped += c.skipped + c.todo;
    if (e2e.code !== 0) ok = false;
  }
} else {
  console.log(`  end-to-end: not run (${narrowed && process.env.SW_E2E !== '1' ? '--files' : 'no Chromium'})`);
}
rmSync(resultsDir, { recursive: true, force: true });
if (missing.length) console.log(`  not run in: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
