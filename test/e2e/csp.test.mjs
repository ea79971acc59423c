// Issue 9: a strict Content-Security-Policy with Trusted Types, sent as an HTTP header (and as a
// <meta> element). The elements are used fully, the language is switched (the translation is fetched
// with import()), and any CSP violation, reported by the page's securitypolicyviolation events or by
// the console, fails the test. docs/security.md gives the same policies.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, click, frameRecords, openPage, setup, shadow, skipReason, useEveryElement, useMore, waitFor, waitForRender } from './helpers.mjs';

const PAGES = '/test/e2e/pages';

/** A typical strict clinic-site policy (the starting point of issue 9). */
const SITE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html;";
/** The least the elements need: their scripts from the site, and Lit's one Trusted Types policy. */
const MINIMAL_POLICY = "default-src 'none'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
/** More than one of our bundles (or another Lit) on the page: each creates its own "lit-html" policy. */
const MULTI_BUNDLE_POLICY = `${MINIMAL_POLICY} 'allow-duplicates'`;

const policies = {
  site: SITE_POLICY,
  minimal: MINIMAL_POLICY,
  multi: MULTI_BUNDLE_POLICY,
  // Controls: policies the elements must break under, to show that the checks can fail.
  'no-lit-policy': "default-src 'none'; script-src 'self'; require-trusted-types-for 'script'; trusted-types other-policy",
};

const IDS = ['#rf', '#ec', '#ng', '#pm', '#ec-compact', '#rf-stepper', '#df'];

/** Everything a person does, then a switch to German, which imports dist/locales/de.js under the policy. */
async function useFullyAndSwitchLanguage(probe) {
  const { frame } = probe;
  await useEveryElement(frame);
  await useMore(frame);
  // The pain map's storage (storage-key) under the policy too.
  await click(frame, '#pm', 'button.save');
  await shadow(frame, '#pm', '.notice.ok');
  const english = await frame.evaluate(() => document.getElementById('pm').shadowRoot.querySelector('[part="disclaimer"]').textContent);
  await frame.evaluate(() => {
    document.documentElement.lang = 'de';
  });
  await waitFor(frame, () => window.SciaticaWidgets.getLocale() === 'de', [], { message: 'German' });
  await waitForRender(frame, IDS);
  const german = await frame.evaluate(() => document.getElementById('pm').shadowRoot.querySelector('[part="disclaimer"]').textContent);
  assert.notEqual(german, english);
  assert.ok(probe.log.requests.some((r) => new URL(r.url).pathname === '/dist/locales/de.js'), 'the German translation was not fetched');
  // And the elements still work in German, under the policy.
  await useEveryElement(frame, undefined, { region: 'right-calf' });
}

describe('strict Content-Security-Policy with Trusted Types', { skip: skipReason }, () => {
  let env;
  before(async () => {
    env = await setup({
      headers: (url) => {
        const policy = policies[url.searchParams.get('policy')];
        return url.pathname.startsWith(`${PAGES}/csp`) && policy ? { 'content-security-policy': policy } : undefined;
      },
      // The browser asks for /favicon.ico by itself; answer it, so no 404 reaches the console.
      routes: { '/favicon.ico': { body: Buffer.alloc(0), type: 'image/x-icon' } },
    });
  });
  after(() => env?.close());

  for (const [name, label] of [
    ['site', 'a typical strict site policy'],
    ['minimal', 'the minimal policy'],
  ]) {
    it(`header, ${label}: every element works and the language switches, with no violation`, async () => {
      const probe = await openPage(env.browser, env.url(`${PAGES}/csp.html?policy=${name}`));
      try {
        assert.equal(probe.response.headers()['content-security-policy'], policies[name]);
        await useFullyAndSwitchLanguage(probe);
        await assertClean(probe);
      } finally {
        await probe.close();
      }
    });
  }

  it('meta element, the minimal policy: every element works and the language switches, with no violation', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/csp-meta.html`));
    try {
      await useFullyAndSwitchLanguage(probe);
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });

  it("several of our bundles on one page need 'allow-duplicates' (each has its own Lit and its own policy)", async () => {
    const strict = await openPage(env.browser, env.url(`${PAGES}/csp-two-bundles.html?policy=minimal`));
    try {
      // Every other bundle after the first is refused its policy and does not start; the first works.
      // The same file a second time stops before it starts (rollup.config.mjs, onceOnly), so it
      // asks for no policy and is not in the list.
      const records = await frameRecords(strict.page);
      assert.deepEqual(
        records.violations.map((v) => [v.directive, v.sample, new URL(v.source.replace(/:\d+$/, '')).pathname]),
        [
          ['trusted-types', 'lit-html', '/dist/pain-map.js'],
          ['trusted-types', 'lit-html', '/dist/sciatica-widgets.js'],
        ],
      );
      await waitForRender(strict.frame, ['#rf']);
      assert.deepEqual(await strict.page.evaluate(() => ['red-flag-checker', 'pain-map', 'exercise-card'].map((t) => !!customElements.get(t))), [true, false, false]);
    } finally {
      await strict.close();
    }
    const allowed = await openPage(env.browser, env.url(`${PAGES}/csp-two-bundles.html?policy=multi`));
    try {
      await useEveryElement(allowed.frame);
      await assertClean(allowed);
    } finally {
      await allowed.close();
    }
  });

  it('control: a policy without "lit-html", HTML from a string and an inline style are all reported', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/csp.html?policy=no-lit-policy`));
    try {
      const records = await frameRecords(probe.page);
      assert.ok(records.violations.some((v) => v.directive === 'trusted-types' && v.sample === 'lit-html'), JSON.stringify(records.violations));
      assert.ok(probe.log.pageErrors.length > 0, 'the bundle should have failed to start');
    } finally {
      await probe.close();
    }
    // Under the minimal policy, HTML from a string and a style attribute (what the elements must
    // never use) are violations.
    const minimal = await openPage(env.browser, env.url(`${PAGES}/csp.html?policy=minimal`));
    try {
      await waitForRender(minimal.frame, IDS);
      const blocked = await minimal.page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return false;
        } catch (error) {
          return error instanceof TypeError;
        }
      });
      assert.equal(blocked, true, 'Trusted Types are not enforced');
      await minimal.page.evaluate(() => document.getElementById('pm').shadowRoot.querySelector('.root').setAttribute('style', 'color: red'));
      await waitFor(minimal.frame, () => window.__sw.violations.length > 1, [], { message: 'a style-src violation' });
      const records = await frameRecords(minimal.page);
      assert.deepEqual(
        records.violations.map((v) => v.directive),
        ['require-trusted-types-for', 'style-src-attr'],
      );
    } finally {
      await minimal.close();
    }
  });
});
