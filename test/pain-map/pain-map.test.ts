import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/pain-map.js';
import { PainMapElement } from '../../src/pain-map/pain-map.js';
import type { PainMapChangeDetail } from '../../src/pain-map/pain-map.js';
import { historyFormat, localIsoDate, serializeHistory } from '../../src/pain-map/history.js';
import { regionsInView } from '../../src/pain-map/regions.js';
import { captureWarnings, expectSafetyNet } from '../helpers.js';

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  warnings = captureWarnings();
});
afterEach(() => {
  warnings.restore();
});

const root = (el: PainMapElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: PainMapElement, selector: string) => root(el).querySelector<T>(selector);
const region = (el: PainMapElement, id: string) => $<SVGPathElement>(el, `path[data-region="${id}"]`)!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const key = async (el: PainMapElement, target: Element, k: string) => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
};
const click = async (el: PainMapElement, target: Element) => {
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await el.updateComplete;
};
/** Chooses a strength in the open editor, as a tap on its chip does. */
const setRange = async (el: PainMapElement, value: number) => {
  $<HTMLInputElement>(el, `input[name="pm-strength"][value="${value}"]`)!.click();
  await el.updateComplete;
};
const uniqueKey = () => `pm-test-${Math.random().toString(36).slice(2)}`;
const today = () => localIsoDate(new Date());

describe('<pain-map> drawing and marking', () => {
  it('is registered and draws both views with one region per catalogue entry', async () => {
    expect(customElements.get('pain-map')).to.equal(PainMapElement);
    const el = await fixture<PainMapElement>(html`<pain-map></pain-map>`);
    expect(el.view).to.equal('both');
    expect(root(el).querySelectorAll('svg.body').length).to.equal(2);
    expect(root(el).querySelectorAll('path[data-region]').length).to.equal(27);
    expect(el.value).to.deep.equal({ regions: {} });
    expect(el.extent).to.equal(null);
    expect(el.trend).to.equal(null);
    expect(text($(el, '.list'))).to.contain('Nothing marked yet');
    expect(region(el, 'left-buttock').getAttribute('aria-label')).to.equal('Left buttock, not marked');
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('labels left and right from the person\'s own point of view', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map></pain-map>`);
    const labels = (view: string) => [...root(el).querySelectorAll(`.view-${view} .side-labels text`)].slice(0, 2).map(text);
    expect(labels('back')).to.deep.equal(['Left', 'Right']);
    expect(labels('front')).to.deep.equal(['Right', 'Left']);
    // The person's left buttock (back view) is on the viewer's left; the left shin (front view) on the viewer's right.
    const box = (id: string) => region(el, id).getBBox();
    expect(box('left-buttock').x).to.be.lessThan(box('right-buttock').x);
    expect(box('left-shin').x).to.be.greaterThan(box('right-shin').x);
  });

  it('marks a region by click and the editor: intensity, qualities and the event detail', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map></pain-map>`);
    await click(el, region(el, 'left-buttock'));
    expect($(el, '.editor')).to.not.equal(null);
    expect(text($(el, '#pm-editor-title'))).to.equal('Left buttock');
    expect(region(el, 'left-buttock').getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();

    const changed = oneEvent(el, 'pain-map-change');
    await setRange(el, 6);
    const event = (await changed) as CustomEvent<PainMapChangeDetail>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ value: { regions: { 'left-buttock': { intensity: 6, qualities: [] } } }, extent: 1, trend: null });

    const burning = [...root(el).querySelectorAll<HTMLInputElement>('input[name="quality"]')].find((c) => c.value === 'burning')!;
    const changed2 = oneEvent(el, 'pain-map-change');
    burning.click();
    const event2 = (await changed2) as CustomEvent<PainMapChangeDetail>;
    expect(event2.detail.value.regions['left-buttock']).to.deep.equal({ intensity: 6, qualities: ['burning'] });
    await el.updateComplete;
    expect(region(el, 'left-buttock').getAttribute('aria-label')).to.equal('Left buttock, pain 6 of 10, burning');
    expect(region(el, 'left-buttock').classList.contains('i6')).to.equal(true);
    // Never colour alone: the number is drawn on the region.
    expect(text($(el, '.badge text'))).to.equal('6');
    expect(text($(el, '.list li'))).to.contain('Left buttock, pain 6 of 10, burning');
    expect(el.extent).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('marks by keyboard: roving focus, Enter, digits, Delete and Escape', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map></pain-map>`);
    const tabbable = root(el).querySelectorAll('path[data-region][tabindex="0"]');
    expect(tabbable.length).to.equal(1);
    const first = tabbable[0] as SVGPathElement;
    first.focus();
    await key(el, first, 'ArrowRight');
    const second = root(el).activeElement as SVGPathElement;
    expect(second).to.not.equal(first);
    expect(second.getAttribute('tabindex')).to.equal('0');
    expect(first.getAttribute('tabindex')).to.equal('-1');

    const calf = region(el, 'left-calf');
    calf.focus();
    await key(el, calf, 'Enter');
    expect(text($(el, '#pm-editor-title'))).to.equal('Left calf');
    const events: PainMapChangeDetail[] = [];
    el.addEventListener('pain-map-change', (e) => events.push(e.detail));
    await key(el, calf, '7');
    expect(el.value.regions['left-calf']).to.deep.equal({ intensity: 7, qualities: [] });
    expect(el.extent).to.equal(3);
    expect($<HTMLInputElement>(el, 'input[name="pm-strength"]:checked')!.value).to.equal('7');
    await key(el, calf, 'ArrowUp');
    expect((root(el).activeElement as Element).getAttribute('data-region')).to.equal('left-knee-back');
    await key(el, calf, 'Delete');
    expect(el.value).to.deep.equal({ regions: {} });
    await key(el, calf, 'Escape');
    expect($(el, '.editor')).to.equal(null);
    expect(events.map((d) => d.extent)).to.deep.equal([3, null]);
  });

  it('closes the editor with Remove, removing the mark', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map value='{"regions":{"right-sole":{"intensity":4}}}'></pain-map>`);
    await click(el, region(el, 'right-sole'));
    $<HTMLButtonElement>(el, 'button.remove')!.click();
    await el.updateComplete;
    expect(el.value).to.deep.equal({ regions: {} });
    expect($(el, '.editor')).to.equal(null);
  });

  it('shows only the chosen view, and falls back to both with one warning', async () => {
    const back = await fixture<PainMapElement>(html`<pain-map view="back"></pain-map>`);
    expect(root(back).querySelectorAll('path[data-region]').length).to.equal(regionsInView('back').length);
    expect(region(back, 'left-calf')).to.not.equal(null);
    expect($(back, 'path[data-region="left-shin"]')).to.equal(null);
    const front = await fixture<PainMapElement>(html`<pain-map view="front"></pain-map>`);
    expect(root(front).querySelectorAll('path[data-region]').length).to.equal(regionsInView('front').length);
    expect($(front, 'path[data-region="left-hip"]')).to.not.equal(null);
    expect(warnings.messages).to.deep.equal([]);
    const bad = await fixture<PainMapElement>(html`<pain-map view="side"></pain-map>`);
    expect(bad.view).to.equal('both');
    expect(root(bad).querySelectorAll('svg.body').length).to.equal(2);
    expect(warnings.messages.length).to.equal(1);
    expect(warnings.messages[0]).to.contain('<pain-map>').and.contain('view').and.contain('side');
  });

  it('clear() removes every mark and fires once', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map value='{"regions":{"left-calf":{"intensity":4}}}'></pain-map>`);
    let count = 0;
    el.addEventListener('pain-map-change', () => count++);
    el.clear();
    el.clear();
    expect(el.value).to.deep.equal({ regions: {} });
    expect(count).to.equal(1);
  });
});

describe('<pain-map> value', () => {
  it('reads a value attribute and property without firing the event', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map value='{"regions":{"left-calf":{"intensity":5,"qualities":["tingling"]}}}'></pain-map>`);
    let fired = false;
    el.addEventListener('pain-map-change', () => (fired = true));
    expect(el.value).to.deep.equal({ regions: { 'left-calf': { intensity: 5, qualities: ['tingling'] } } });
    el.value = { regions: { 'right-sole': { intensity: 2 } } };
    await el.updateComplete;
    expect(el.extent).to.equal(4);
    expect(region(el, 'right-sole').classList.contains('i2')).to.equal(true);
    el.setAttribute('value', '{"regions":{}}');
    await el.updateComplete;
    expect(el.extent).to.equal(null);
    expect(fired).to.equal(false);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('drops unknown regions and out-of-range intensities with one warning each', async () => {
    const el = await fixture<PainMapElement>(
      html`<pain-map value='{"regions":{"left-elbow":{"intensity":3},"left-calf":{"intensity":11},"right-calf":{"intensity":4}}}'></pain-map>`,
    );
    expect(el.value).to.deep.equal({ regions: { 'right-calf': { intensity: 4, qualities: [] } } });
    expect(warnings.messages.length).to.equal(2);
    expect(warnings.messages.some((m) => m.includes('left-elbow'))).to.equal(true);
    expect(warnings.messages.some((m) => m.includes('11'))).to.equal(true);
    expect(warnings.messages.every((m) => m.includes('<pain-map>'))).to.equal(true);
  });

  it('shows an empty map with one warning for unparseable JSON', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map value="{oops"></pain-map>`);
    expect(el.value).to.deep.equal({ regions: {} });
    expect(warnings.messages.length).to.equal(1);
    expect(warnings.messages[0]).to.contain('not valid JSON');
    await expect(el).to.be.accessible();
  });
});

describe('<pain-map> red flags: both legs and the saddle area', () => {
  const flagEvents = (el: PainMapElement) => {
    const log: string[][] = [];
    el.addEventListener('pain-map-red-flag', (e) => log.push([...(e as CustomEvent<{ flags: string[] }>).detail.flags]));
    return log;
  };

  it('marking thigh-and-below on both sides shows the emergency advice at once and fires the event once', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map emergency-number="999"></pain-map>`);
    const log = flagEvents(el);
    // A buttock on each side is not yet "both legs" (rank 1).
    region(el, 'left-buttock').focus();
    await key(el, region(el, 'left-buttock'), '3');
    await key(el, region(el, 'right-buttock'), '3');
    expect($(el, '[part="emergency"]')).to.equal(null);
    await key(el, region(el, 'left-calf'), '5');
    expect($(el, '[part="emergency"]')).to.equal(null);
    expect(log).to.deep.equal([]);
    await key(el, region(el, 'right-thigh-back'), '2');
    const alert = $(el, '[part="emergency"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.contain('both legs').and.contain('Call 999');
    expect(alert.querySelector('a[href="tel:999"]')).to.not.equal(null);
    expect(log).to.deep.equal([['both-legs']]);
    // Another mark that keeps the same flag raises nothing new.
    await key(el, region(el, 'right-sole'), '4');
    expect(log).to.have.length(1);
    // Removing it and marking again raises it anew, once.
    await key(el, region(el, 'right-sole'), 'Delete');
    await key(el, region(el, 'right-thigh-back'), 'Delete');
    expect($(el, '[part="emergency"]')).to.equal(null);
    await key(el, region(el, 'right-calf'), '6');
    expect(log).to.deep.equal([['both-legs'], ['both-legs']]);
    await expect(el).to.be.accessible();
  });

  it('the saddle area is a region of its own that raises the advice, with the page region\'s number, and never moves the trend', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'en-US';
    try {
      const el = await fixture<PainMapElement>(html`<pain-map previous='{"regions":{"left-calf":{"intensity":5}}}'></pain-map>`);
      const log = flagEvents(el);
      const saddle = region(el, 'saddle');
      expect(saddle.getAttribute('aria-label')).to.contain('Saddle area');
      saddle.focus();
      await key(el, saddle, '2');
      expect(el.value.regions.saddle).to.deep.equal({ intensity: 2, qualities: [] });
      expect(el.extent).to.equal(null);
      expect(log).to.deep.equal([['saddle']]);
      const alert = $(el, '[part="emergency"]')!;
      expect(text(alert)).to.contain('saddle area').and.contain('Call 911');
      await key(el, region(el, 'left-calf'), '5');
      expect(el.trend).to.equal('unchanged');
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('a map given by the host shows the advice for its red flags without firing the event', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map readonly value='{"regions":{"saddle":{"intensity":0,"qualities":["numbness"]},"left-calf":{"intensity":3},"right-shin":{"intensity":3}}}'></pain-map>`);
    const words = text($(el, '[part="emergency"]'));
    expect(words).to.contain('both legs').and.contain('saddle area');
    const log = flagEvents(el);
    el.value = { regions: { saddle: { intensity: 4 } } };
    await el.updateComplete;
    expect(log).to.deep.equal([]);
  });
});

describe('<pain-map> previous and trend', () => {
  it('says centralizing is a good sign, even when the back hurts more', async () => {
    const el = await fixture<PainMapElement>(
      html`<pain-map previous='{"regions":{"left-calf":{"intensity":5}}}' value='{"regions":{"left-low-back":{"intensity":8}}}'></pain-map>`,
    );
    expect(el.trend).to.equal('centralizing');
    const box = $(el, '[part="trend"]')!;
    expect(box.classList.contains('trend-centralizing')).to.equal(true);
    expect(text(box)).to.contain('moved up toward your back').and.contain('good sign');
    expect(text(box)).to.contain('8 out of 10').and.contain('5 out of 10');
    expectSafetyNet(box, null, 'centralizing');
    await expect(el).to.be.accessible();
  });

  it('warns with the stop rule when symptoms spread, and updates as the person marks', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map previous='{"regions":{"left-buttock":{"intensity":5}}}'></pain-map>`);
    // Nothing marked yet is not "no symptoms": no trend until the person records something.
    expect(el.trend).to.equal(null);
    expect($(el, '[part="trend"]')).to.equal(null);
    const sole = region(el, 'left-sole');
    sole.focus();
    const changed = oneEvent(el, 'pain-map-change');
    await key(el, sole, '4');
    expect(((await changed) as CustomEvent<PainMapChangeDetail>).detail.trend).to.equal('peripheralizing');
    const box = $(el, '[part="trend"]')!;
    expect(box.classList.contains('trend-peripheralizing')).to.equal(true);
    expect(text(box)).to.contain('Stop').and.contain('stop doing it').and.contain('doctor or physiotherapist');
    expectSafetyNet(box, null, 'spreading down the leg');
    await expect(el).to.be.accessible();
  });

  it('says unchanged when the extent is the same', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map previous='{"regions":{"right-calf":{"intensity":5}}}' value='{"regions":{"left-shin":{"intensity":2}}}'></pain-map>`);
    expect(el.trend).to.equal('unchanged');
    expect(text($(el, '[part="trend"]'))).to.contain('as far from your back as they did last time');
  });

  it('ignores a previous map with nothing usable in it, with a warning, rather than warn of spreading', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map previous="garbage" value='{"regions":{"left-sole":{"intensity":5}}}'></pain-map>`);
    expect(el.trend).to.equal(null);
    expect($(el, '[part="trend"]')).to.equal(null);
    expect(warnings.messages.length).to.equal(2);
  });
});

describe('<pain-map> readonly', () => {
  it('shows the map without an editor; clicks and keys do nothing and fire nothing', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map readonly value='{"regions":{"left-calf":{"intensity":6,"qualities":["burning"]}}}'></pain-map>`);
    let fired = false;
    el.addEventListener('pain-map-change', () => (fired = true));
    const calf = region(el, 'left-calf');
    expect(calf.getAttribute('role')).to.equal('img');
    expect(calf.hasAttribute('tabindex')).to.equal(false);
    expect(calf.getAttribute('aria-label')).to.equal('Left calf, pain 6 of 10, burning');
    await click(el, calf);
    await key(el, calf, '3');
    expect($(el, '.editor')).to.equal(null);
    expect(root(el).querySelectorAll('button').length).to.equal(0);
    expect(fired).to.equal(false);
    expect(el.value.regions['left-calf']?.intensity).to.equal(6);
    expect(text($(el, '.list'))).to.contain('Left calf, pain 6 of 10, burning');
    await expect(el).to.be.accessible();
  });
});

describe('<pain-map> storage', () => {
  let setItemCalls: string[];
  let getItemCalls: string[];
  let originalSet: typeof Storage.prototype.setItem;
  let originalGet: typeof Storage.prototype.getItem;
  const keys: string[] = [];
  beforeEach(() => {
    setItemCalls = [];
    getItemCalls = [];
    originalSet = Storage.prototype.setItem;
    originalGet = Storage.prototype.getItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      setItemCalls.push(k);
      originalSet.call(this, k, v);
    };
    Storage.prototype.getItem = function (k: string) {
      getItemCalls.push(k);
      return originalGet.call(this, k);
    };
  });
  afterEach(() => {
    Storage.prototype.setItem = originalSet;
    Storage.prototype.getItem = originalGet;
    for (const k of keys.splice(0)) localStorage.removeItem(k);
  });
  const newKey = () => {
    const k = uniqueKey();
    keys.push(k);
    return k;
  };

  it('never touches storage without storage-key', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map></pain-map>`);
    const calf = region(el, 'left-calf');
    calf.focus();
    await key(el, calf, '5');
    el.clear();
    await el.updateComplete;
    expect(setItemCalls).to.deep.equal([]);
    expect(getItemCalls).to.deep.equal([]);
    expect($(el, '[part="history"]')).to.equal(null);
  });

  it('saves today\'s map (replacing the same day), shows the chart, and deletes after a confirm step', async () => {
    const k = newKey();
    const el = await fixture<PainMapElement>(html`<pain-map storage-key=${k}></pain-map>`);
    expect(text($(el, '[part="history"]'))).to.contain('No maps saved yet');
    await expect(el).to.be.accessible();
    const calf = region(el, 'left-calf');
    calf.focus();
    await key(el, calf, '5');
    $<HTMLButtonElement>(el, 'button.save')!.click();
    await el.updateComplete;
    expect(setItemCalls).to.deep.equal([k]);
    let stored = JSON.parse(localStorage.getItem(k)!);
    expect(stored.format).to.equal(historyFormat);
    expect(stored.entries).to.deep.equal([{ date: today(), map: { regions: { 'left-calf': { intensity: 5, qualities: [] } } } }]);
    expect(text($(el, '.notice'))).to.contain('saved');
    expect($(el, 'svg.chart')).to.not.equal(null);
    expect(root(el).querySelectorAll('.history-table tbody tr').length).to.equal(1);

    await key(el, calf, '8');
    $<HTMLButtonElement>(el, 'button.save')!.click();
    await el.updateComplete;
    stored = JSON.parse(localStorage.getItem(k)!);
    expect(stored.entries.length).to.equal(1);
    expect(stored.entries[0]!.map.regions['left-calf']!.intensity).to.equal(8);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, 'button.delete')!.click();
    await el.updateComplete;
    expect($(el, '.confirm')).to.not.equal(null);
    expect(localStorage.getItem(k)).to.not.equal(null);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'button.confirm-cancel')!.click();
    await el.updateComplete;
    expect(localStorage.getItem(k)).to.not.equal(null);
    $<HTMLButtonElement>(el, 'button.delete')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.confirm-yes')!.click();
    await el.updateComplete;
    expect(localStorage.getItem(k)).to.equal(null);
    expect($(el, 'svg.chart')).to.equal(null);
    expect(text($(el, '.notice'))).to.contain('deleted');
  });

  it('loads saved history: today\'s map, a chart, and the trend against an earlier day', async () => {
    const k = newKey();
    localStorage.setItem(
      k,
      serializeHistory([
        { date: '2020-01-01', map: { regions: { 'left-sole': { intensity: 6, qualities: [] } } } },
        { date: today(), map: { regions: { 'left-buttock': { intensity: 3, qualities: ['aching'] } } } },
      ]),
    );
    const el = await fixture<PainMapElement>(html`<pain-map storage-key=${k}></pain-map>`);
    expect(el.value).to.deep.equal({ regions: { 'left-buttock': { intensity: 3, qualities: ['aching'] } } });
    expect(el.trend).to.equal('centralizing');
    expect(text($(el, '[part="trend"]'))).to.contain('2020');
    expect(root(el).querySelectorAll('svg.chart circle.dot').length).to.equal(4);
    expect(root(el).querySelectorAll('.history-table tbody tr').length).to.equal(2);
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('does not call an untouched empty map "a good sign" against saved history', async () => {
    const k = newKey();
    localStorage.setItem(k, serializeHistory([{ date: '2020-01-01', map: { regions: { 'left-calf': { intensity: 6, qualities: [] } } } }]));
    const el = await fixture<PainMapElement>(html`<pain-map storage-key=${k}></pain-map>`);
    expect(el.trend).to.equal(null);
    expect($(el, '[part="trend"]')).to.equal(null);
    const buttock = region(el, 'left-buttock');
    buttock.focus();
    await key(el, buttock, '3');
    expect(el.trend).to.equal('centralizing');
    expect(text($(el, '[part="trend"]'))).to.contain('good sign');
  });

  for (const [name, data] of [
    ['garbage JSON', '{{{nope'],
    ['foreign data', '{"theme":"dark"}'],
    ['a wrong shape', `{"format":"${historyFormat}","version":1,"entries":"lots"}`],
  ] as const) {
    it(`ignores ${name} in the key with one warning, and keeps it until the person saves`, async () => {
      const k = newKey();
      localStorage.setItem(k, data);
      setItemCalls.length = 0;
      const el = await fixture<PainMapElement>(html`<pain-map storage-key=${k}></pain-map>`);
      expect(warnings.messages.length).to.equal(1);
      expect(warnings.messages[0]).to.contain(k);
      expect(text($(el, '.notice'))).to.contain('could not be read');
      expect(localStorage.getItem(k)).to.equal(data);
      expect(setItemCalls).to.deep.equal([]);
      $<HTMLButtonElement>(el, 'button.save')!.click();
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem(k)!).format).to.equal(historyFormat);
    });
  }

  it('reports a full quota politely without throwing', async () => {
    const k = newKey();
    const el = await fixture<PainMapElement>(html`<pain-map storage-key=${k}></pain-map>`);
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    $<HTMLButtonElement>(el, 'button.save')!.click();
    await el.updateComplete;
    expect(text($(el, '.notice'))).to.contain('storage is full');
    expect(localStorage.getItem(k)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reports storage that throws on access politely', async () => {
    const k = newKey();
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const el = await fixture<PainMapElement>(html`<pain-map storage-key=${k}></pain-map>`);
    expect(text($(el, '.notice'))).to.contain('does not allow saving');
    expect(warnings.messages.length).to.equal(1);
  });
});

describe('<pain-map> a tap marks what you tap (issue 15)', () => {
  it('tap, choose a strength: the region is marked at once (fill and number); Done closes and keeps the mark', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map></pain-map>`);
    await click(el, region(el, 'left-calf'));
    const editor = $(el, '.editor')!;
    // Focus moves into the editor, and no strength is assumed.
    await waitUntil(() => editor.contains(root(el).activeElement), 'focus in the editor');
    expect(root(el).querySelector('input[name="pm-strength"]:checked')).to.equal(null);
    expect(el.value).to.deep.equal({ regions: {} });
    await setRange(el, 5);
    expect(region(el, 'left-calf').classList.contains('i5'), 'filled at once').to.equal(true);
    expect(text($(el, '.badge text'))).to.equal('5');
    $<HTMLButtonElement>(el, 'button.done')!.click();
    await el.updateComplete;
    expect($(el, '.editor')).to.equal(null);
    expect(el.value).to.deep.equal({ regions: { 'left-calf': { intensity: 5, qualities: [] } } });
    await expect(el).to.be.accessible();
  });

  it('Done without a strength never closes silently: it asks, and nothing is marked', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map></pain-map>`);
    await click(el, region(el, 'right-thigh-back'));
    $<HTMLButtonElement>(el, 'button.done')!.click();
    await el.updateComplete;
    expect($(el, '.editor'), 'still open').to.not.equal(null);
    expect(text($(el, '.editor-problem'))).to.contain('Choose how strong it is');
    expect($(el, '.editor-problem')!.getAttribute('role')).to.equal('alert');
    expect(el.value).to.deep.equal({ regions: {} });
    // "No pain" alone is not a symptom either: it asks how it feels.
    await setRange(el, 0);
    $<HTMLButtonElement>(el, 'button.done')!.click();
    await el.updateComplete;
    expect(text($(el, '.editor-problem'))).to.contain('Tick how it feels');
    [...root(el).querySelectorAll<HTMLInputElement>('input[name="quality"]')].find((c) => c.value === 'numbness')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.done')!.click();
    await el.updateComplete;
    expect($(el, '.editor')).to.equal(null);
    expect(el.value).to.deep.equal({ regions: { 'right-thigh-back': { intensity: 0, qualities: ['numbness'] } } });
  });

  it('Escape closes the editor from any control inside it and returns focus to the place', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map></pain-map>`);
    for (const selector of ['input[name="pm-strength"]', 'input[name="quality"]', 'button.done']) {
      await click(el, region(el, 'left-sole'));
      const control = $(el, `.editor ${selector}`)!;
      control.focus();
      await key(el, control, 'Escape');
      expect($(el, '.editor'), selector).to.equal(null);
      await waitUntil(() => root(el).activeElement?.getAttribute('data-region') === 'left-sole', `focus back on the place (${selector})`);
    }
  });

  it('on a narrow element it shows one view at a time with a Back/Front switch, and the editor as a sheet', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 375px"><pain-map></pain-map></div>`);
    const el = wrapper.querySelector('pain-map') as PainMapElement;
    await el.updateComplete;
    expect(root(el).querySelectorAll('svg.body').length).to.equal(1);
    expect(root(el).querySelectorAll('.view-front').length).to.equal(0);
    const options = root(el).querySelectorAll<HTMLButtonElement>('.view-switch button');
    expect(options.length).to.equal(2);
    expect(options[0]!.getAttribute('aria-pressed')).to.equal('true');
    options[1]!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.view-front').length).to.equal(1);
    // The figure takes the full width.
    const svg = $(el, 'svg.body')!;
    expect(svg.getBoundingClientRect().width).to.be.at.least(300);
    await click(el, region(el, 'left-shin'));
    const editor = $(el, '.editor')!;
    expect(editor.classList.contains('sheet')).to.equal(true);
    expect(getComputedStyle(editor).position).to.equal('sticky');
    // Left and Right are named once per view.
    expect(root(el).querySelectorAll('.side-labels text').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('heading-level sets the level of its headings', async () => {
    const el = await fixture<PainMapElement>(html`<pain-map heading-level="4" storage-key=${uniqueKey()} value='{"regions":{"saddle":{"intensity":2}}}'></pain-map>`);
    expect($(el, '#pm-list-title')!.localName).to.equal('h4');
    expect($(el, '#pm-history-title')!.localName).to.equal('h4');
    expect($(el, '#emergency-title')!.localName).to.equal('h4');
    await click(el, region(el, 'left-calf'));
    expect($(el, '#pm-editor-title')!.localName).to.equal('h4');
  });
});
