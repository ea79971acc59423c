// Issue 8: every demo page (whatever demo/*.html holds now) loads in Chromium from the built bundle
// with no console error, no uncaught exception and no failed request; a page with a language
// switcher also switches language cleanly. The pages are served with the Content-Security-Policy
// the README says they load under, so an inline script or style added to a demo fails here too.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT, TAGS, assertClean, openPage, setup, skipReason, waitFor } from './helpers.mjs';

/** README, "Content-Security-Policy": every demo page loads with no violation under this policy. */
const README_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

const pages = readdirSync(join(ROOT, 'demo'))
  .filter((file) => file.endsWith('.html'))
  .sort();

/**
 * Waits until every one of our elements on the page has rendered, after scrolling through the page
 * (a demo may create elements or load content as it comes into view), and the network is quiet.
 */
async function settle(page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    scrollTo(0, 0);
  });
  const count = await waitFor(page, async (tags) => {
    const elements = [...document.querySelectorAll(tags.join(','))];
    if (elements.some((el) => !el.shadowRoot || typeof el.updateComplete?.then !== 'function')) return false;
    await Promise.all(elements.map((el) => el.updateComplete));
    return elements.every((el) => el.shadowRoot.querySelector('[part~="base"]')) && { count: elements.length };
  }, [TAGS]);
  await page.waitForNetworkIdle({ idleTime: 300 });
  return count.count;
}

/**
 * The page's language switcher: a <select> offering our languages, or buttons/links naming one with
 * `lang`, `data-lang`, `data-locale` or `hreflang`. Returns how to choose Spanish with it, or null.
 */
function findSwitcher(page) {
  return page.evaluate(() => {
    const codes = ['en', 'es', 'fr', 'de'];
    const primary = (v) => (v ?? '').trim().toLowerCase().split(/[-_]/)[0];
    for (const select of document.querySelectorAll('select')) {
      const values = [...select.options].map((o) => primary(o.value));
      if (values.filter((v) => codes.includes(v)).length >= 2 && values.includes('es')) {
        select.dataset.e2eSwitcher = '';
        return { kind: 'select', value: [...select.options].find((o) => primary(o.value) === 'es').value };
      }
    }
    const control = [...document.querySelectorAll('button, a, [role="button"], input[type="radio"]')].find((el) =>
      ['lang', 'data-lang', 'data-locale', 'hreflang', 'value'].some((a) => el.hasAttribute(a) && primary(el.getAttribute(a)) === 'es' && (a !== 'value' || el.type === 'radio')),
    );
    if (control) {
      control.dataset.e2eSwitcher = '';
      return { kind: 'click' };
    }
    return null;
  });
}

describe('demo pages', { skip: skipReason }, () => {
  let env;
  before(async () => {
    env = await setup({ headers: (url) => (url.pathname.startsWith('/demo/') ? { 'content-security-policy': README_POLICY } : undefined) });
  });
  after(() => env?.close());

  it('there are demo pages to check', () => {
    assert.ok(pages.includes('index.html'), `demo/ has no index.html (found: ${pages.join(', ')})`);
  });

  for (const file of pages) {
    it(`demo/${file}: loads with no error, no failed request and no CSP violation, every element rendered`, async () => {
      const probe = await openPage(env.browser, env.url(`/demo/${file}`));
      try {
        const count = await settle(probe.page);
        assert.ok(count > 0 || file !== 'index.html', 'the index page shows no element');
        await assertClean(probe);

        const switcher = await findSwitcher(probe.page);
        if (!switcher) {
          assert.notEqual(file, 'index.html', 'the index page has no language switcher');
          return;
        }
        const disclaimers = () =>
          probe.page.evaluate((tags) => [...document.querySelectorAll(tags.join(','))].map((el) => el.shadowRoot.querySelector('[part="disclaimer"]')?.textContent.trim()), TAGS);
        const english = await disclaimers();
        if (switcher.kind === 'select') await probe.page.select('[data-e2e-switcher]', switcher.value);
        else await probe.page.click('[data-e2e-switcher]');
        await waitFor(probe.page, () => window.SciaticaWidgets?.getLocale() === 'es', [], { message: 'the widgets to speak Spanish' });
        await settle(probe.page);
        const spanish = await disclaimers();
        // Every element re-rendered in Spanish (the disclaimer is in every one).
        assert.ok(spanish.every((text, i) => text && text !== english[i]), `not every element switched: ${JSON.stringify(spanish)}`);
        await assertClean(probe);
      } finally {
        await probe.page.close();
      }
    });
  }
});
