// Windows contrast themes (forced colours), for real: in Chromium with forced colours emulated, every
// button, link and labelled choice (an answer tile, a strength chip) of every element, in each of its main states (test/fixtures/states.mjs), must have its
// text painted. A computed style can look right while the label is a blank bar (the browser keeps an
// author background and repaints the text in the same colour), so this reads the pixels: inside each
// control's box, away from its border, some pixels must differ from the box's own background.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { setup, skipReason } from './helpers.mjs';
import { states } from '../fixtures/states.mjs';

/**
 * Whether text is drawn inside a control: in its inner area (4 px in from each edge of a button, away
 * from its border; 2 px for a link or a label in a line of text), the second commonest colour must be glyphs — scattered strokes that fill well under 85% of
 * the box around them. A blank bar has no second colour at all, or only the solid rectangle of a
 * "backplate" the browser lays behind text drawn in that same colour.
 */
function textDrawn(png) {
  const { width, height, data } = png;
  // Away from a button's border; a link in a line of text has no border, and little room to spare.
  const inset = height < 30 ? 2 : 4;
  const colourAt = (x, y) => {
    const i = (y * width + x) * 4;
    return `${data[i]},${data[i + 1]},${data[i + 2]}`;
  };
  const counts = new Map();
  for (let y = inset; y < height - inset; y += 1) for (let x = inset; x < width - inset; x += 1) counts.set(colourAt(x, y), (counts.get(colourAt(x, y)) ?? 0) + 1);
  const second = [...counts.entries()].sort((a, b) => b[1] - a[1])[1];
  if (!second || second[1] < 6) return false;
  let [minX, minY, maxX, maxY] = [width, height, 0, 0];
  for (let y = inset; y < height - inset; y += 1) {
    for (let x = inset; x < width - inset; x += 1) {
      if (colourAt(x, y) !== second[0]) continue;
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
  }
  return second[1] / ((maxX - minX + 1) * (maxY - minY + 1)) < 0.85;
}

const page = (html) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script src="/dist/sciatica-widgets.all-locales.js"></script></head><body style="margin:8px">${html}</body></html>`;

describe('forced colours: every button and link has its text painted', { skip: skipReason }, () => {
  let env;
  before(async () => {
    env = await setup({ routes: Object.fromEntries(states.map((state, i) => [`/__forced/${i}.html`, { body: page(state.html) }])) });
  });
  after(async () => env?.close());

  for (const [i, state] of states.entries()) {
    it(`<${state.tag}>, ${state.name}`, async () => {
      const tab = await env.browser.newPage();
      try {
        await tab.setViewport({ width: 375, height: 800 });
        // puppeteer's emulateMediaFeatures refuses forced-colors; the DevTools protocol takes it.
        const cdp = await tab.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
        await tab.goto(env.url(`/__forced/${i}.html`), { waitUntil: 'networkidle0' });
        assert.equal(await tab.evaluate(() => matchMedia('(forced-colors: active)').matches), true, 'forced colours are on');
        await tab.evaluate(
          async (drive, data) => {
            const el = document.body.firstElementChild;
            await customElements.whenDefined(el.localName);
            await el.updateComplete;
            await new Promise((resolve) => setTimeout(resolve, 50));
            await new Function(`return (${drive})`)()(el, data);
            await el.updateComplete;
          },
          String(state.drive),
          { yes: state.yes ?? [], path: state.path ?? [] },
        );
        const controls = await tab.evaluate(() => {
          const root = document.body.firstElementChild.shadowRoot;
          // A labelled choice is checked where its words are (its span), apart from the radio's own ring.
          return [...root.querySelectorAll('button, a[href], summary, label > span')]
            .map((node, index) => {
              node.setAttribute('data-forced-check', String(index));
              const box = node.getBoundingClientRect();
              return { index, label: (node.textContent ?? '').trim().slice(0, 40), width: box.width, height: box.height, visible: node.checkVisibility({ contentVisibilityAuto: true }) };
            })
            // Not drawn at all (inside a closed <details>, whose content keeps its boxes): nothing to read.
            .filter((c) => c.width > 0 && c.height > 0 && c.label !== '' && c.visible);
        });
        assert.ok(controls.length > 0, 'the state has controls to check');
        const blank = [];
        for (const control of controls) {
          const handle = await tab.$(`pierce/[data-forced-check="${control.index}"]`);
          await handle.scrollIntoView();
          const png = PNG.sync.read(Buffer.from(await handle.screenshot({ type: 'png' })));
          await handle.dispose();
          if (!textDrawn(png)) {
            blank.push(control.label);
            // SW_FORCED_SHOTS=<dir> keeps the failing controls' pictures, to look at.
            if (process.env.SW_FORCED_SHOTS) writeFileSync(`${process.env.SW_FORCED_SHOTS}/${i}-${control.index}.png`, PNG.sync.write(png));
          }
        }
        assert.deepEqual(blank, [], 'controls whose text is not painted');
      } finally {
        await tab.close();
      }
    });
  }
});
