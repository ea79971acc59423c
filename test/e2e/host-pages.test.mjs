// Issue 9: hostile host pages. Each page leaves the elements usable (a real interaction per element,
// with its event and visible change) and the console free of errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ROOT,
  TAGS,
  assertClean,
  clickRegion,
  frameRecords,
  openPage,
  setup,
  shadow,
  skipReason,
  useEveryElement,
  waitFor,
  waitForRender,
} from './helpers.mjs';

const PAGES = '/test/e2e/pages';
const IDS = ['#rf', '#ec', '#ng', '#pm'];

// A copy of this build that says it is another version: a page that has an older plugin's copy of
// the library and then adds ours (or the other way round).
const VERSION = /VERSION = '([^']+)'/.exec(readFileSync(join(ROOT, 'src/generated/version.ts'), 'utf8'))[1];
const OTHER_VERSION = `${VERSION}-other`;
const bundle = readFileSync(join(ROOT, 'dist/sciatica-widgets.js'), 'utf8');
// The version appears as a string, and in the key that stops the same file from running twice
// ("sciatica-widgets.js@0.1.0", see rollup.config.mjs): another build differs in both.
const otherBundle = bundle
  .split(JSON.stringify(VERSION))
  .join(JSON.stringify(OTHER_VERSION))
  .split(`@${VERSION}"`)
  .join(`@${OTHER_VERSION}"`);
if (!otherBundle.includes(`@${OTHER_VERSION}"`)) throw new Error('the once-only key was not found in dist/sciatica-widgets.js');

/** Sizes and inherited text styles inside each element, and the hosts' boxes, for the hostile-CSS checks. */
function measure(ids) {
  return ids.map((id) => {
    const host = document.querySelector(id);
    const root = host.shadowRoot;
    const style = (el) => getComputedStyle(el);
    const box = (el) => el.getBoundingClientRect();
    const base = style(root.querySelector('.root'));
    return {
      id,
      width: box(host).width,
      height: box(host).height,
      right: box(host).right,
      text: {
        fontSize: base.fontSize,
        lineHeight: base.lineHeight,
        letterSpacing: base.letterSpacing,
        wordSpacing: base.wordSpacing,
        textTransform: base.textTransform,
        textAlign: base.textAlign,
        whiteSpace: base.whiteSpace,
        fontStyle: base.fontStyle,
        fontWeight: base.fontWeight,
      },
      buttons: [...root.querySelectorAll('button')].map((b) => ({
        text: b.textContent.trim(),
        fontSize: parseFloat(style(b).fontSize),
        height: box(b).height,
        width: box(b).width,
        background: style(b).backgroundColor,
      })),
      svgs: [...root.querySelectorAll('svg')].map((s) => ({ width: box(s).width, height: box(s).height, fill: style(s).fill })),
      texts: [...root.querySelectorAll('p, li, legend, label, h2, h3')].map((el) => parseFloat(style(el).fontSize)),
    };
  });
}

describe('hostile host pages', { skip: skipReason }, () => {
  let env;
  before(async () => {
    env = await setup({ routes: { '/e2e/other-version/sciatica-widgets.js': { body: otherBundle } } });
  });
  after(() => env?.close());

  it('aggressive global CSS: the elements keep their own sizes and text styles, and work', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/hostile.html`));
    const { page } = probe;
    try {
      await waitForRender(page, IDS);
      // The hostile rules do apply on this page (else this test would prove nothing).
      const pageStyles = await page.evaluate(() => ({
        root: getComputedStyle(document.documentElement).fontSize,
        button: getComputedStyle(document.getElementById('page-button')).fontSize,
        bodyLineHeight: getComputedStyle(document.body).lineHeight,
      }));
      assert.deepEqual(pageStyles, { root: '10px', button: '40px', bodyLineHeight: '150px' });

      const hostile = await page.evaluate(measure, IDS);
      const viewport = await page.evaluate(() => innerWidth);
      for (const el of hostile) {
        assert.deepEqual(
          el.text,
          {
            fontSize: '16px',
            lineHeight: '24px',
            letterSpacing: 'normal',
            wordSpacing: '0px',
            textTransform: 'none',
            textAlign: 'start',
            whiteSpace: 'normal',
            fontStyle: 'normal',
            fontWeight: '400',
          },
          `${el.id}: text styles leaked in from the page`,
        );
        assert.ok(el.right <= viewport, `${el.id} overflows the page (right edge ${el.right} > ${viewport})`);
        for (const b of el.buttons) {
          assert.ok(b.fontSize >= 12 && b.fontSize <= 24, `${el.id} button "${b.text}" has font size ${b.fontSize}px`);
          assert.ok(b.height >= 24 && b.height <= 80, `${el.id} button "${b.text}" is ${b.height}px high`);
          assert.ok(b.width < el.width * 0.9, `${el.id} button "${b.text}" is stretched to ${b.width}px of ${el.width}px`);
          assert.notEqual(b.background, 'rgb(255, 0, 0)', `${el.id} button "${b.text}" took the page's red background`);
        }
        for (const s of el.svgs) {
          assert.notEqual(s.fill, 'rgb(255, 105, 180)', `${el.id}: an svg took the page's hotpink fill`);
          assert.ok(s.height > 10 && s.height < 1000, `${el.id}: an svg is ${s.height}px high`);
        }
        for (const size of el.texts) assert.ok(size >= 12 && size <= 32, `${el.id}: text of ${size}px`);
      }
      assert.ok(hostile.find((m) => m.id === '#pm').svgs.length >= 2, 'the pain map drew no body');

      // Against the same page without the hostile style sheet: the same height, give or take wrapping.
      await page.evaluate(() => {
        document.getElementById('hostile').disabled = true;
      });
      const calm = await page.evaluate(measure, IDS);
      await page.evaluate(() => {
        document.getElementById('hostile').disabled = false;
      });
      for (const [i, el] of hostile.entries()) {
        assert.deepEqual(el.text, calm[i].text, `${el.id}: text styles depend on the page`);
        const ratio = el.height / calm[i].height;
        assert.ok(ratio > 0.9 && ratio < 1.1, `${el.id} is ${el.height}px high on the hostile page, ${calm[i].height}px without it`);
      }

      await useEveryElement(probe.frame);
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });

  it('the bundle loaded three times and a one-element bundle beside it: silent, and everything works', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/twice.html`));
    try {
      await useEveryElement(probe.frame);
      assert.equal(await probe.page.evaluate(() => window.SciaticaWidgets.version), VERSION);
      // No warning at all: a second copy of the same version is silent (API.md).
      await assertClean(probe);
      const scripts = probe.log.requests.filter((r) => r.type === 'script').map((r) => new URL(r.url).pathname + new URL(r.url).search);
      assert.deepEqual(scripts.sort(), ['/dist/pain-map.js', '/dist/sciatica-widgets.js', '/dist/sciatica-widgets.js?copy=2', '/dist/sciatica-widgets.js?copy=3']);
    } finally {
      await probe.close();
    }
  });

  it('two different builds on one page: the first keeps working, and the second says so once', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/two-versions.html`));
    try {
      await useEveryElement(probe.frame);
      assert.equal(await probe.page.evaluate(() => window.SciaticaWidgets.version), VERSION);
      const ours = probe.log.warnings.filter((w) => w.startsWith('[sciatica-widgets]'));
      // README: "a second version says so once in the console".
      assert.equal(ours.length, 1, `expected one warning about the second version, got ${ours.length}:\n${ours.join('\n')}`);
      assert.ok(ours[0].includes(VERSION) && ours[0].includes(OTHER_VERSION), ours[0]);
      await assertClean(probe, { allowWarnings: [/^\[sciatica-widgets\]/] });
    } finally {
      await probe.close();
    }
  });

  it('inside a <form>: pressing every button, and Enter in every input, never submits it', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/form.html`));
    const { page, frame } = probe;
    let navigations = 0;
    page.on('framenavigated', () => (navigations += 1));
    try {
      const start = page.url();
      await frame.evaluate(() => {
        window.__submits = [];
        // Capture on the document: sees the form's submit before anything could cancel it.
        document.addEventListener('submit', (event) => window.__submits.push(event.target.id || event.target.localName), true);
        // A page that stays put: the print dialog would wait for a person.
        window.print = () => undefined;
      });
      await useEveryElement(frame);
      // Open the pain map's editor so that its inputs and buttons are there to press too.
      await clickRegion(frame, '#pm', 'right-thigh-back');

      // Then every kind of button and input inside the elements, as they appear: each control once
      // (by element, kind, name, value and text: pressing Reset brings back a new Start button, and
      // that one counts as pressed already).
      const pressed = [];
      for (let i = 0; i < 300; i += 1) {
        const handle = await frame.evaluateHandle((tags) => {
          const done = (window.__pressed ??= new Set());
          const key = (host, c) => [host.id, c.localName, c.type, c.name, c.value, c.className, c.dataset.response, c.textContent.trim()].join('|');
          for (const host of document.querySelectorAll(tags.join(','))) {
            for (const c of host.shadowRoot.querySelectorAll('button, input')) {
              if (c.disabled || c.getClientRects().length === 0 || done.has(key(host, c))) continue;
              done.add(key(host, c));
              return c;
            }
          }
          return null;
        }, TAGS);
        const control = handle.asElement();
        if (!control) break;
        const what = await control.evaluate((c) => `${c.getRootNode().host.id} ${c.localName === 'button' ? `button "${c.textContent.trim()}"` : `${c.type} ${c.name}=${c.value}`}`);
        if (what.includes(' button ')) await control.click();
        else {
          await control.focus();
          await control.press('Enter');
        }
        pressed.push(what);
        await control.dispose();
      }
      // Every element's controls were reached, including the result and completion screens' buttons.
      for (const expected of ['rf button', 'rf radio', 'ec button', 'ng button', 'pm button', 'pm radio', 'pm checkbox', 'df button', 'df radio']) {
        assert.ok(pressed.some((p) => p.startsWith(expected)), `nothing like "${expected}" was pressed: ${pressed.join(', ')}`);
      }
      assert.ok(pressed.length < 300, 'new controls kept appearing');

      const state = await frame.evaluate(() => ({ submits: window.__submits, marker: typeof window.__sw }));
      assert.deepEqual(state, { submits: [], marker: 'object' }, 'the form was submitted or the page navigated');
      assert.equal(navigations, 0);
      assert.equal(page.url(), start);
      await assertClean(probe);

      // The check itself works: the page's own button does submit the form.
      // (Waiting first: the navigation can finish before a wait started after the click.)
      await Promise.all([page.waitForNavigation(), page.click('#send')]);
      assert.match(page.url(), /submitted\.html\?name=/);
    } finally {
      await probe.close();
    }
  });

  it('inside iframes (a page and a srcdoc block): the elements work', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/iframe.html`));
    const { page } = probe;
    try {
      for (const id of ['page-frame', 'srcdoc-frame']) {
        const element = await page.$(`#${id}`);
        const frame = await element.contentFrame();
        await element.dispose();
        await waitFor(frame, () => document.readyState === 'complete');
        await page.evaluate((frameId) => document.getElementById(frameId).scrollIntoView(), id);
        await useEveryElement(frame);
        const events = (await frameRecords(page)).events.filter((e) => e.frame === frame.url());
        assert.ok(events.some((e) => e.type === 'red-flag-result'), `${id}: no red-flag-result`);
      }
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });

  it('control: the probe sees an element fall into its error state (widget-error)', async () => {
    // The probe sees the library's error path (so the "no widget-error" checks elsewhere are real).
    const probe = await openPage(env.browser, env.url(`${PAGES}/all.html`));
    try {
      await waitForRender(probe.page, IDS);
      await probe.page.evaluate(() => document.getElementById('ec').setAttribute('exercise', 'no-such-exercise'));
      await shadow(probe.page, '#ec', '[part="error"]');
      const records = await frameRecords(probe.page);
      assert.deepEqual(
        records.events.filter((e) => e.type === 'widget-error').map((e) => [e.id, e.detail.code]),
        [['ec', 'unknown-exercise']],
      );
    } finally {
      await probe.close();
    }
  });
});
