// npm run test:wordpress: the plugin in a real WordPress (issue 17).
//
// 1. Installs from Debian's packages what is missing: WordPress 6.1 (and its default theme),
//    MariaDB, Apache with PHP. No systemd: the servers are started by hand, on 127.0.0.1 only.
// 2. Makes a fresh site each run in /var/tmp/sw-wordpress (a copy of Debian's WordPress, its own
//    database, Apache with opcache off so a reinstalled plugin is never served stale), runs wp_install()
//    from a PHP script, installs dist/wordpress/sciatica-widgets.zip with WordPress's own upgrader and
//    creates an Author and a Contributor.
// 3. As the admin, in Chromium: saves the clinic settings on Settings › Sciatica widgets.
// 4. As the Author and as the Contributor (cookie login + REST nonce, so kses really runs for them):
//    saves a post with the raw tags in a Custom HTML block, the shortcodes, a block, and a <script>
//    that kses must strip; the Contributor's post is published by the admin afterwards.
// 5. In Chromium: the public pages have working elements (upgraded, shadow root, a click answered
//    by the element), the settings filled in where an element leaves them out, no <script> from the
//    post, no storage-key from the Author; a page without an element does not load our script.
// Prints the time of each step; stops its servers at the end, also when a check fails.
// Prints "N passed, N failed" at the end. Run `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { chromiumFlags } from './chromium-flags.mjs';
import { freePort } from './serve.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const ZIP = join(ROOT, 'dist/wordpress/sciatica-widgets.zip');
const STATE = process.env.SW_WORDPRESS_DIR ?? '/var/tmp/sw-wordpress';
const SHOTS = process.env.SW_WORDPRESS_SCREENSHOTS ?? join(STATE, 'screenshots');
const CHROMIUM = [process.env.SW_CHROMIUM, process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'apache2', 'libapache2-mod-php', 'php-mysql'];
const PASSWORDS = { admin: 'admin-Pass-1', author: 'author-Pass-1', contributor: 'contributor-Pass-1' };
const MANIFEST_ATTRIBUTES = Object.fromEntries(
  JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'))
    .modules.flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => [d.tagName, (d.attributes ?? []).map((a) => a.name)]),
);
// docs/wordpress.md: WordPress and its themes print inline scripts and styles; our part needs only 'self'.
const WORDPRESS_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
const SETTINGS = { 'clinic-name': 'Riverside Physio & Co', 'clinic-phone': '020 7946 0000', 'emergency-number': '999' };

const started = Date.now();
const seconds = (from) => ((Date.now() - from) / 1000).toFixed(1);
const results = { passed: 0, failed: 0 };
const failures = [];

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (r.status !== 0 && !options.allowFail) {
    throw new Error(`${command} ${args.join(' ')} exited with ${r.status}:\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  }
  return r;
}

async function step(name, fn) {
  const t = Date.now();
  process.stdout.write(`- ${name} … `);
  const value = await fn();
  console.log(`${seconds(t)} s`);
  return value;
}

/** One check: counted, and a failure is reported without stopping the other checks. */
async function check(name, fn) {
  try {
    await fn();
    results.passed += 1;
    console.log(`  ✔ ${name}`);
  } catch (error) {
    results.failed += 1;
    failures.push(name);
    console.log(`  ✖ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
  }
}


async function waitUntil(what, test, timeout = 30000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await test()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// --- 1. packages -------------------------------------------------------------------------------

function missingPackages() {
  return PACKAGES.filter((name) => {
    const r = run('dpkg-query', ['-W', '-f=${Status}', name], { allowFail: true });
    return !/install ok installed/.test(r.stdout ?? '');
  });
}

// --- 2. servers --------------------------------------------------------------------------------

const paths = {
  www: join(STATE, 'www'),
  data: join(STATE, 'mysql'),
  socket: join(STATE, 'run/mysqld.sock'),
  mysqlPid: join(STATE, 'run/mysqld.pid'),
  apacheConf: join(STATE, 'apache.conf'),
  apachePid: join(STATE, 'run/apache.pid'),
  setup: join(STATE, 'setup.php'),
};

let mariadb = null;
let apacheStarted = false;

/** Stops what an earlier run may have left (a crash before its clean-up), by its own pid files. */
function stopLeftovers() {
  if (existsSync(paths.apachePid)) run('apache2ctl', ['-f', paths.apacheConf, '-k', 'stop'], { allowFail: true, env: apacheEnv() });
  if (existsSync(paths.mysqlPid)) {
    const pid = Number(readFileSync(paths.mysqlPid, 'utf8'));
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // not running
    }
  }
}

function apacheEnv() {
  return { ...process.env, APACHE_RUN_DIR: join(STATE, 'run'), APACHE_PID_FILE: paths.apachePid, APACHE_LOCK_DIR: join(STATE, 'run'), APACHE_LOG_DIR: STATE };
}

async function startMariadb() {
  rmSync(paths.data, { recursive: true, force: true });
  mkdirSync(join(STATE, 'run'), { recursive: true, mode: 0o755 });
  run('mariadb-install-db', ['--no-defaults', `--datadir=${paths.data}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db']);
  mariadb = spawn(
    'mariadbd',
    ['--no-defaults', `--datadir=${paths.data}`, `--socket=${paths.socket}`, `--pid-file=${paths.mysqlPid}`, '--skip-networking', '--user=root', `--log-error=${join(STATE, 'mariadb.log')}`],
    { stdio: 'ignore' },
  );
  await waitUntil('MariaDB', () => run('mariadb-admin', [`--socket=${paths.socket}`, 'ping'], { allowFail: true }).status === 0);
  run('mariadb', [`--socket=${paths.socket}`, '-e', "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"]);
}

function phpModule() {
  const r = run('sh', ['-c', 'ls /etc/apache2/mods-available/php*.load'], { allowFail: true });
  const file = r.stdout.trim().split('\n')[0];
  if (!file) throw new Error('no PHP module for Apache (libapache2-mod-php)');
  return file;
}

async function startApache(port) {
  const mods = ['mpm_prefork', 'authz_core', 'authz_host', 'dir', 'mime', 'rewrite', 'alias', 'env', 'setenvif', 'headers'];
  const conf = [
    'ServerRoot /etc/apache2',
    `PidFile ${paths.apachePid}`,
    `Mutex file:${join(STATE, 'run')} default`,
    `ErrorLog ${join(STATE, 'apache-error.log')}`,
    'LogLevel warn',
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    // No keep-alive: Node's fetch would send a POST on a connection Apache has just closed.
    'KeepAlive Off',
    'User www-data',
    'Group www-data',
    ...mods.filter((m) => existsSync(`/etc/apache2/mods-available/${m}.load`)).map((m) => `Include /etc/apache2/mods-available/${m}.load`),
    'Include /etc/apache2/mods-available/mime.conf',
    `Include ${phpModule()}`,
    'TypesConfig /etc/mime.types',
    '<FilesMatch "\\.php$">',
    '  SetHandler application/x-httpd-php',
    '</FilesMatch>',
    // A reinstalled plugin must never be served from a stale opcode cache.
    'php_admin_flag opcache.enable Off',
    // The policy docs/wordpress.md suggests for a WordPress site's public pages, on ?csp=wordpress.
    '<If "%{QUERY_STRING} =~ /csp=wordpress/">',
    `  Header always set Content-Security-Policy "${WORDPRESS_CSP}"`,
    '</If>',
    `DocumentRoot ${paths.www}`,
    'DirectoryIndex index.php index.html',
    `<Directory ${paths.www}>`,
    '  AllowOverride All',
    '  Require all granted',
    '</Directory>',
    '',
  ].join('\n');
  writeFileSync(paths.apacheConf, conf);
  run('apache2ctl', ['-f', paths.apacheConf, '-k', 'start'], { env: apacheEnv() });
  apacheStarted = true;
  await waitUntil('Apache', async () => {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
      return true;
    } catch {
      return false;
    }
  });
}

function stopServers() {
  if (apacheStarted) run('apache2ctl', ['-f', paths.apacheConf, '-k', 'stop'], { allowFail: true, env: apacheEnv() });
  if (mariadb) run('mariadb-admin', [`--socket=${paths.socket}`, 'shutdown'], { allowFail: true });
}

// --- 3. WordPress ------------------------------------------------------------------------------

function writeSite(origin) {
  rmSync(paths.www, { recursive: true, force: true });
  cpSync('/usr/share/wordpress', paths.www, { recursive: true, verbatimSymlinks: true });
  // Debian's wp-config.php reads /etc/wordpress/config-<host>.php; this site has its own.
  writeFileSync(
    join(paths.www, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', 'localhost:${paths.socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
define( 'WP_CONTENT_DIR', '${paths.www}/wp-content' );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${STATE}/debug.log' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((k) => [`define( '${k}_KEY', '${k.toLowerCase()}-key-for-tests' );`, `define( '${k}_SALT', '${k.toLowerCase()}-salt-for-tests' );`]).join('\n')}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  rmSync(join(STATE, 'debug.log'), { force: true });
}

/** wp_install(), the users, the plugin from the zip with WordPress's own upgrader, and a page without an element. */
function installSite(origin) {
  writeFileSync(
    paths.setup,
    `<?php
$_SERVER['HTTP_HOST'] = '${new URL(origin).host}';
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require '${paths.www}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
$install = wp_install( 'Riverside Physio blog', 'admin', 'admin@example.test', false, '', '${PASSWORDS.admin}' );
wp_set_current_user( $install['user_id'] );
foreach ( array( 'author' => 'author', 'contributor' => 'contributor' ) as $login => $role ) {
	$id = wp_insert_user( array( 'user_login' => $login, 'user_pass' => '${PASSWORDS.author}', 'user_email' => $login . '@example.test', 'role' => $role ) );
	if ( is_wp_error( $id ) ) { fwrite( STDERR, $id->get_error_message() ); exit( 1 ); }
	if ( 'contributor' === $login ) wp_set_password( '${PASSWORDS.contributor}', $id );
}
WP_Filesystem();
$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$installed = $upgrader->install( '${ZIP}' );
if ( true !== $installed ) { fwrite( STDERR, 'plugin install failed: ' . print_r( $installed, true ) . print_r( $upgrader->skin->get_upgrade_messages(), true ) ); exit( 1 ); }
$activated = activate_plugin( 'sciatica-widgets/sciatica-widgets.php' );
if ( is_wp_error( $activated ) ) { fwrite( STDERR, $activated->get_error_message() ); exit( 1 ); }
$plain = wp_insert_post( array( 'post_type' => 'post', 'post_status' => 'publish', 'post_title' => 'Opening hours', 'post_content' => '<!-- wp:paragraph --><p>We are open Monday to Friday.</p><!-- /wp:paragraph -->', 'post_author' => $install['user_id'] ) );
echo json_encode( array( 'plain' => get_permalink( $plain ), 'plugin' => get_plugin_data( WP_PLUGIN_DIR . '/sciatica-widgets/sciatica-widgets.php' ) ) );
`,
  );
  const r = run('php', [paths.setup]);
  run('chown', ['-R', 'www-data:www-data', paths.www]);
  return JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
}

// --- 4. posting as a user, over HTTP --------------------------------------------------------------

/** Logs in with the form and returns a client that sends the cookies and the REST nonce. */
async function login(origin, user, password) {
  const jar = new Map();
  const remember = (response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair.split('=');
      jar.set(name.trim(), value.join('='));
    }
  };
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  jar.set('wordpress_test_cookie', 'WP%20Cookie%20check');
  const response = await fetch(`${origin}/wp-login.php`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader() },
    body: new URLSearchParams({ log: user, pwd: password, 'wp-submit': 'Log In', testcookie: '1', redirect_to: `${origin}/wp-admin/` }),
  });
  remember(response);
  assert.equal(response.status, 302, `login of ${user} failed (${response.status})`);
  const nonceResponse = await fetch(`${origin}/wp-admin/admin-ajax.php?action=rest-nonce`, { headers: { cookie: cookieHeader() } });
  const nonce = (await nonceResponse.text()).trim();
  assert.match(nonce, /^[0-9a-f]{10}$/, `no REST nonce for ${user}`);
  return {
    cookies: () => [...jar].map(([name, value]) => ({ name, value: decodeURIComponent(value), url: origin })),
    async rest(method, route, body, query = '') {
      const r = await fetch(`${origin}/?rest_route=${encodeURIComponent(route)}${query}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce, cookie: cookieHeader() },
        body: body ? JSON.stringify(body) : undefined,
      });
      const json = await r.json();
      if (!r.ok) throw new Error(`${method} ${route} as ${user}: ${r.status} ${JSON.stringify(json)}`);
      return json;
    },
  };
}

/** A post with everything a blogger might paste: raw tags (Custom HTML), shortcodes, a block, and a <script>. */
function postContent(who) {
  return [
    '<!-- wp:paragraph --><p>Three things to try this week.</p><!-- /wp:paragraph -->',
    '<!-- wp:html -->',
    `<exercise-card id="raw-card" exercise="mckenzie-press-up" sets="2" reps="8" compact></exercise-card>`,
    `<red-flag-checker id="raw-checker" mode="list"></red-flag-checker>`,
    `<red-flag-checker id="own-clinic" clinic-name="${who} own clinic" mode="stepper"></red-flag-checker>`,
    `<pain-map id="raw-map" view="back" storage-key="${who}-history"></pain-map>`,
    `<nerve-glide-timer id="raw-glide" reps="3"><span slot="extension-cue">Straighten the knee slowly.</span></nerve-glide-timer>`,
    `<script>window.__injected = "${who}";</script>`,
    '<!-- /wp:html -->',
    '<!-- wp:shortcode -->',
    '[exercise_card exercise="glute-bridge" reps="5" no_feedback]',
    '<!-- /wp:shortcode -->',
    '<!-- wp:shortcode -->',
    '[direction_finder clinic_name="Riverside Physio" clinic_phone="020 7946 0000" heading_level="3"]',
    '<!-- /wp:shortcode -->',
    '<!-- wp:paragraph --><p>[pain_map view="front" storage_key="sneaky"]</p><!-- /wp:paragraph -->',
    '<!-- wp:sciatica-widgets/exercise-card {"exercise":"seated-nerve-glide","compact":true} /-->',
  ].join('\n');
}

// --- 5. checks in Chromium ----------------------------------------------------------------------

async function openPublic(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const log = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e.message ?? e)));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, log, close: () => context.close() };
}

/** Waits until each element is defined, upgraded and rendered. */
async function rendered(page, selectors) {
  await page.waitForFunction(
    (list) =>
      list.every((s) => {
        const el = document.querySelector(s);
        return el && customElements.get(el.localName) && el.shadowRoot?.querySelector('[part~="base"]');
      }),
    { timeout: 20000 },
    selectors,
  );
}

async function checkPublicPost(browser, url, who) {
  const { page, log, close } = await openPublic(browser, url);
  try {
    await check(`${who}: the post's elements are upgraded and rendered (raw tags, shortcodes, block)`, async () => {
      await rendered(page, ['#raw-card', '#raw-checker', '#own-clinic', '#raw-map', '#raw-glide']);
      const tags = await page.evaluate(() => [...document.querySelectorAll('exercise-card, pain-map, red-flag-checker, nerve-glide-timer, direction-finder')].map((e) => e.localName));
      // 5 raw tags + the card, the direction finder and the map from shortcodes + the card from the block.
      assert.equal(tags.length, 9, tags.join(', '));
      // The direction finder from its shortcode, with its attributes: its safety questions and stages.
      await rendered(page, ['direction-finder']);
      const finder = await page.evaluate(() => {
        const el = document.querySelector('direction-finder');
        return { clinic: el.getAttribute('clinic-name'), level: el.getAttribute('heading-level'), questions: el.shadowRoot.querySelectorAll('fieldset[part="question"]').length, heading: el.shadowRoot.querySelector('h3.step-title')?.textContent.trim() };
      });
      assert.deepEqual(finder, { clinic: 'Riverside Physio', level: '3', questions: 9, heading: 'First, check it is safe to test' });
      await page.waitForFunction(() => [...document.querySelectorAll('exercise-card')].every((e) => e.shadowRoot?.querySelector('[part~="title"]')), { timeout: 20000 });
      const titles = await page.evaluate(() => [...document.querySelectorAll('exercise-card')].map((e) => e.shadowRoot.querySelector('[part~="title"]').textContent.trim()));
      assert.deepEqual(titles, ['McKenzie press-up', 'Glute bridge', 'Seated nerve glide']);
    });
    await check(`${who}: a click works (the red-flag checker answers, the card's symptom question fires its event)`, async () => {
      await page.evaluate(() => {
        window.__events = [];
        for (const type of ['red-flag-change', 'exercise-feedback']) document.addEventListener(type, (e) => window.__events.push([type, e.detail]));
      });
      const yes = await page.$('#raw-checker >>> fieldset[data-id] input[value="yes"]');
      await yes.click();
      const feedback = await page.$('#raw-card >>> .symptom-choices button[data-response="centralized"]');
      if (feedback) await feedback.click();
      else {
        // A compact card shows the question behind "Show steps".
        await (await page.$('#raw-card >>> button.toggle')).click();
        await (await page.waitForSelector('#raw-card >>> .symptom-choices button[data-response="centralized"]')).click();
      }
      await page.waitForFunction(() => window.__events.some(([t]) => t === 'red-flag-change') && window.__events.some(([t]) => t === 'exercise-feedback'), { timeout: 10000 });
    });
    await check(`${who}: the settings fill clinic-name, clinic-phone and emergency-number where an element leaves them out`, async () => {
      const attrs = await page.evaluate(() =>
        Object.fromEntries(['raw-checker', 'own-clinic', 'raw-map'].map((id) => [id, Object.fromEntries([...document.getElementById(id).attributes].map((a) => [a.name, a.value]))])),
      );
      // What each element takes comes from custom-elements.json, as in the plugin.
      const expected = (id, tag, own = {}) =>
        Object.fromEntries(Object.entries(SETTINGS).map(([name, value]) => [name, own[name] ?? (MANIFEST_ATTRIBUTES[tag]?.includes(name) ? value : undefined)]));
      const pick = (id) => Object.fromEntries(Object.keys(SETTINGS).map((name) => [name, attrs[id][name]]));
      assert.deepEqual(pick('raw-checker'), expected('raw-checker', 'red-flag-checker'));
      assert.deepEqual(pick('own-clinic'), expected('own-clinic', 'red-flag-checker', { 'clinic-name': `${who} own clinic` }));
      assert.deepEqual(pick('raw-map'), expected('raw-map', 'pain-map'));
      assert.equal(attrs['raw-checker']['clinic-name'], 'Riverside Physio & Co');
    });
    await check(`${who}: the <script> in the post is gone, and storage-key too (${who} may not post unfiltered HTML)`, async () => {
      const state = await page.evaluate(() => ({
        injected: 'window.__injected' in window || typeof window.__injected !== 'undefined',
        scriptText: [...document.scripts].some((s) => s.textContent.includes('__injected')),
        storageKeys: [...document.querySelectorAll('[storage-key]')].map((e) => e.id || e.localName),
      }));
      assert.deepEqual(state, { injected: false, scriptText: false, storageKeys: [] });
    });
    await check(`${who}: our script is loaded once, deferred, from the plugin`, async () => {
      const scripts = await page.evaluate(() => [...document.querySelectorAll('script[src*="sciatica-widgets"]')].map((s) => ({ src: s.getAttribute('src'), defer: s.defer })));
      assert.equal(scripts.length, 1, JSON.stringify(scripts));
      assert.match(scripts[0].src, /\/wp-content\/plugins\/sciatica-widgets\/assets\/autoloader\.js\?ver=/);
      assert.equal(scripts[0].defer, true);
      assert.deepEqual(log.errors, []);
    });
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `post-${who}.png`) });
    for (const id of ['raw-card', 'raw-checker', 'raw-map']) {
      const element = await page.$(`#${id}`);
      await element.screenshot({ path: join(SHOTS, `post-${who}-${id}.png`) });
      await element.dispose();
    }
  } finally {
    await close();
  }
}

// --- main ------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run npm run build first.`);
  if (!CHROMIUM) throw new Error('Chromium not found (apt-get install chromium, or set CHROME_PATH).');
  if (process.getuid?.() !== 0) throw new Error('run as root: it installs packages and starts MariaDB and Apache.');
  console.log(`WordPress test in ${STATE}`);

  await step('packages (Debian)', () => {
    const missing = missingPackages();
    if (!missing.length) return;
    console.log(`installing ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env, stdio: 'inherit' });
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  });
  const version = run('dpkg-query', ['-W', '-f=${Version}', 'wordpress']).stdout;

  mkdirSync(STATE, { recursive: true });
  stopLeftovers();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  try {
    await step('MariaDB', startMariadb);
    await step('WordPress files', () => writeSite(origin));
    await step('Apache with PHP', () => startApache(port));
    const site = await step('wp_install(), users, plugin from the zip', () => installSite(origin));
    console.log(`  WordPress ${version}, plugin ${site.plugin.Name} ${site.plugin.Version} (requires WordPress ${site.plugin.RequiresWP}, PHP ${site.plugin.RequiresPHP}), ${origin}`);

    const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: chromiumFlags });
    try {
      const admin = await login(origin, 'admin', PASSWORDS.admin);
      await step('settings page, as the admin in Chromium', async () => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport({ width: 1100, height: 800 });
        await page.setCookie(...admin.cookies());
        await page.goto(`${origin}/wp-admin/options-general.php?page=sciatica-widgets`, { waitUntil: 'load' });
        for (const [name, value] of Object.entries(SETTINGS)) await page.type(`#sciatica-widgets-${name}`, value);
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: join(SHOTS, 'settings.png') });
        await check('settings saved through Settings › Sciatica widgets', async () => {
          for (const [name, value] of Object.entries(SETTINGS)) assert.equal(await page.$eval(`#sciatica-widgets-${name}`, (e) => e.value), value);
        });
        await context.close();
      });

      const posts = {};
      await step('posts as the Author and the Contributor (REST, kses on)', async () => {
        for (const who of ['author', 'contributor']) {
          const client = await login(origin, who, PASSWORDS[who]);
          const saved = await client.rest('POST', '/wp/v2/posts', {
            title: `Easing sciatica, by the ${who}`,
            content: postContent(who),
            status: who === 'author' ? 'publish' : 'pending',
          });
          const stored = await client.rest('GET', `/wp/v2/posts/${saved.id}`, undefined, '&context=edit');
          posts[who] = { id: saved.id, raw: stored.content.raw };
          await check(`${who}: kses kept the tags and their attributes, dropped <script> and storage-key`, () => {
            const raw = stored.content.raw;
            for (const fragment of ['<exercise-card id="raw-card" exercise="mckenzie-press-up" sets="2" reps="8" compact>', '<red-flag-checker id="own-clinic" clinic-name=', '<pain-map id="raw-map" view="back">', '<span slot="extension-cue">', '[exercise_card exercise="glute-bridge"']) {
              assert.ok(raw.includes(fragment), `missing after save: ${fragment}\n${raw}`);
            }
            assert.ok(!raw.includes('<script'), 'a <script> survived the save');
            assert.ok(!raw.includes('storage-key="'), 'storage-key survived the save');
          });
        }
        // The admin publishes the Contributor's post (the admin's save does not touch its content).
        const published = await admin.rest('POST', `/wp/v2/posts/${posts.contributor.id}`, { status: 'publish' });
        assert.equal(published.status, 'publish');
        for (const who of Object.keys(posts)) posts[who].link = (await admin.rest('GET', `/wp/v2/posts/${posts[who].id}`)).link;
      });

      await step('public pages in Chromium', async () => {
        for (const who of ['author', 'contributor']) await checkPublicPost(browser, posts[who].link, who);
        await check('a page without an element does not load our script', async () => {
          const { page, log, close } = await openPublic(browser, site.plain);
          try {
            assert.ok((await page.content()).includes('We are open Monday to Friday.'));
            assert.deepEqual(log.requests.filter((u) => u.includes('sciatica-widgets')), []);
            await page.screenshot({ path: join(SHOTS, 'plain.png') });
          } finally {
            await close();
          }
        });
        await check("under docs/wordpress.md's Content-Security-Policy the Author's post works with no violation", async () => {
          const context = await browser.createBrowserContext();
          const page = await context.newPage();
          try {
            await page.evaluateOnNewDocument(() => {
              window.__violations = [];
              document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}`));
            });
            const url = new URL(posts.author.link);
            url.searchParams.set('csp', 'wordpress');
            const response = await page.goto(url.href, { waitUntil: 'networkidle0' });
            assert.equal(response.headers()['content-security-policy'], WORDPRESS_CSP, `no policy on ${response.url()} (${response.status()})`);
            await rendered(page, ['#raw-card', '#raw-checker', '#raw-map', '#raw-glide']);
            const yes = await page.$('#raw-checker >>> fieldset[data-id] input[value="yes"]');
            await yes.click();
            assert.deepEqual(await page.evaluate(() => window.__violations), []);
          } finally {
            await context.close();
          }
        });
        await check('the shortcode drops storage-key for a post by an Author', async () => {
          const { page, close } = await openPublic(browser, posts.author.link);
          try {
            assert.equal(await page.evaluate(() => document.querySelectorAll('pain-map[storage-key]').length), 0);
            assert.equal(await page.evaluate(() => document.querySelectorAll('pain-map[view="front"]').length), 1);
          } finally {
            await close();
          }
        });
      });
    } finally {
      await browser.close();
    }
    await check('PHP logged no error, warning or notice from the plugin', () => {
      // WordPress 6.1's own code logs deprecations under PHP 8.2; only the plugin's lines count, and any fatal error.
      const log = existsSync(join(STATE, 'debug.log')) ? readFileSync(join(STATE, 'debug.log'), 'utf8') : '';
      assert.equal(log.split('\n').filter((l) => /plugins\/sciatica-widgets|PHP Fatal/.test(l)).join('\n'), '');
    });
  } finally {
    await step('stopping Apache and MariaDB', stopServers);
  }
}

try {
  await main();
} catch (error) {
  results.failed += 1;
  console.error(`\n${error?.stack ?? error}`);
}
console.log(`\nScreenshots in ${SHOTS}`);
console.log(`npm run test:wordpress took ${seconds(started)} s`);
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`wordpress: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 && results.passed > 0 ? 0 : 1);
