/**
 * Every element in each of its main states (test/fixtures/states.mjs), as a phone shows it (375 px):
 * every control a person taps is at least 24 × 24 CSS px (WCAG 2.2, 2.5.8), and axe finds nothing
 * against the WCAG 2.0–2.2 A and AA rules — at 375 px and on a desktop width.
 */
import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import { states, type ElementState as State } from '../fixtures/states.mjs';

const WCAG_AA = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
const MIN = 24;

async function render(state: State, width: number): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const wrapper = await fixture<HTMLDivElement>(staticHtml`<div style="width: ${unsafeStatic(String(width))}px">${unsafeStatic(state.html)}</div>`);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  // The element's width controller applies a new layout a task after it measures.
  await new Promise((resolve) => setTimeout(resolve, 30));
  await el.updateComplete;
  await state.drive(el, state);
  await el.updateComplete;
  return el;
}

/** A link inside a sentence is exempt from the target size (WCAG 2.5.8, "Inline"). */
function isInline(link: Element): boolean {
  const parent = link.parentElement;
  return !!parent && (parent.textContent ?? '').trim().length > (link.textContent ?? '').trim().length + 10;
}

/** The targets a person taps: controls (a label with its input counts as one), and the drawing's places. */
function targets(el: HTMLElement): { what: string; box: DOMRect; node: Element }[] {
  const root = el.shadowRoot!;
  const found: { what: string; box: DOMRect; node: Element }[] = [];
  for (const node of root.querySelectorAll('button, a[href], summary, input, select, textarea, [role="button"]:not(path), [tabindex="0"]:not(path)')) {
    if (node.closest('[hidden]') || getComputedStyle(node).visibility === 'hidden') continue;
    if (node.localName === 'a' && isInline(node)) continue;
    const target = node.localName === 'input' ? (node.closest('label') ?? node) : node;
    const box = target.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const label = (target.textContent ?? '').trim().slice(0, 30) || node.getAttribute('aria-label') || node.localName;
    found.push({ what: `${node.localName} "${label}"`, box, node: target });
  }
  return found;
}

/** Whether a 24 × 24 CSS px square, centred on the place's middle, lies inside its shape. */
function fitsSquare(path: SVGPathElement): boolean {
  const svg = path.ownerSVGElement!;
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const half = MIN / 2 / scale;
  const box = path.getBBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const point = new DOMPoint();
  return [
    [0, 0], [-half, -half], [half, -half], [-half, half], [half, half], [0, -half], [0, half], [-half, 0], [half, 0],
  ].every(([dx, dy]) => {
    point.x = cx + dx!;
    point.y = cy + dy!;
    return path.isPointInFill(point);
  });
}

for (const state of states) {
  describe(`<${state.tag}>, ${state.name}`, () => {
    it('every control is at least 24 × 24 CSS px at 375 px', async () => {
      const el = await render(state, 375);
      const small = targets(el)
        .filter(({ box }) => box.width < MIN - 0.5 || box.height < MIN - 0.5)
        .map(({ what, box }) => `${what}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
      expect(small, 'controls under 24 × 24').to.deep.equal([]);
      const places = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path[data-region]')];
      const tight = places.filter((p) => !fitsSquare(p)).map((p) => p.getAttribute('data-region'));
      expect(tight, 'places on the drawing a 24 px square does not fit in').to.deep.equal([]);
    });

    it('axe finds nothing against WCAG 2.2 A and AA, at 375 px and at 1000 px', async () => {
      for (const width of [375, 1000]) {
        const el = await render(state, width);
        await expect(el).to.be.accessible(WCAG_AA);
      }
    });
  });
}
