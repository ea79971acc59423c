import { expect, fixture, html } from '@open-wc/testing';
import { SciaticaElement } from '../../src/core/base.js';
import { VERSION } from '../../src/generated/version.js';
import { TestWidget } from '../fixtures/test-widget.js';
import { captureWarnings, nextEvent } from '../helpers.js';

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  warnings = captureWarnings();
});
afterEach(() => {
  warnings.restore();
});

const stateText = (el: TestWidget) => el.shadowRoot!.querySelector('.state')?.textContent?.trim();

describe('SciaticaElement.define', () => {
  it('registers under the default tag, and again is silent', () => {
    expect(customElements.get('test-widget')).to.equal(TestWidget);
    expect(TestWidget.define()).to.equal(true);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('registers under a custom tag and the element works there', async () => {
    expect(TestWidget.define('clinic-test-widget')).to.equal(true);
    expect(TestWidget.define('clinic-test-widget')).to.equal(true);
    const el = await fixture<TestWidget>(html`<clinic-test-widget mode="busy"></clinic-test-widget>`);
    expect(el).to.be.instanceOf(TestWidget);
    expect(stateText(el)).to.equal('busy 5 - loud');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('is silent when another copy of the same version already registered the tag', () => {
    // What a second <script> of the same bundle does: a distinct class, same version and tag.
    class SecondCopy extends TestWidget {}
    expect(SecondCopy.define()).to.equal(false);
    expect(customElements.get('test-widget')).to.equal(TestWidget);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns once when another version owns the tag, and the first keeps working', async () => {
    // Another copy of the library: its own classes, not subclasses of this copy's.
    class OlderCopy extends SciaticaElement {
      static override readonly defaultTag = 'test-widget';
      static override readonly libraryVersion = '0.0.1-older';
      protected renderContent() {
        return html`<p>older</p>`;
      }
    }
    expect(OlderCopy.define('versioned-widget')).to.equal(true);
    expect(OlderCopy.define('versioned-widget-2')).to.equal(true);
    expect(TestWidget.define('versioned-widget')).to.equal(false);
    expect(TestWidget.define('versioned-widget')).to.equal(false);
    // A second tag of the same other version: still the one page-level warning, not one per tag.
    expect(TestWidget.define('versioned-widget-2')).to.equal(false);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('0.0.1-older').and.contain(VERSION);
    const el = await fixture(html`<versioned-widget></versioned-widget>`);
    expect(el).to.be.instanceOf(OlderCopy);
    expect(el.shadowRoot!.textContent).to.contain('older');
  });

  it('warns once when an unrelated element owns the tag', () => {
    customElements.define('taken-widget', class extends HTMLElement {});
    expect(TestWidget.define('taken-widget')).to.equal(false);
    expect(TestWidget.define('taken-widget')).to.equal(false);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('another element').and.contain("define('another-name')");
  });

  it('never throws on an invalid tag name', () => {
    expect(() => TestWidget.define('Not A Tag')).not.to.throw();
    expect(TestWidget.define('Not A Tag')).to.equal(false);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('could not define <Not A Tag>');
  });
});

describe('validated attributes', () => {
  it('uses the documented defaults when attributes are missing, without warning', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect([el.mode, el.count, el.ratio, el.quiet, el.theme]).to.deep.equal(['calm', 5, undefined, false, 'auto']);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('parses valid enum, number and boolean attributes', async () => {
    const el = await fixture<TestWidget>(html`<test-widget mode=" BUSY " count="12" ratio="0.25" quiet></test-widget>`);
    expect([el.mode, el.count, el.ratio, el.quiet]).to.deep.equal(['busy', 12, 0.25, true]);
    expect(stateText(el)).to.equal('busy 12 0.25 quiet');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('falls back and warns naming element, attribute, bad value and fallback', async () => {
    const el = await fixture<TestWidget>(html`<test-widget mode="grid" count="-3" ratio="abc" quiet="false"></test-widget>`);
    expect([el.mode, el.count, el.ratio, el.quiet]).to.deep.equal(['calm', 5, undefined, false]);
    expect(warnings.messages).to.have.length(4);
    expect(warnings.messages[0]).to.equal(
      '[sciatica-widgets] <test-widget>: mode="grid" is not valid (expected calm, busy); using "calm".',
    );
    expect(warnings.messages[1]).to.contain('count="-3"').and.contain('a whole number from 1 to 20').and.contain('using 5');
    expect(warnings.messages[2]).to.contain('ratio="abc"').and.contain('using the default');
    expect(warnings.messages[3]).to.contain('quiet="false"').and.contain('using off');
  });

  it('warns once per element and value, not per render or per set', async () => {
    const el = await fixture<TestWidget>(html`<test-widget count="0"></test-widget>`);
    for (let i = 0; i < 5; i += 1) {
      el.setAttribute('count', '0');
      el.requestUpdate();
      await el.updateComplete;
    }
    expect(el.renders).to.be.greaterThan(1);
    expect(warnings.messages).to.have.length(1);
    el.setAttribute('count', '21');
    await el.updateComplete;
    expect(warnings.messages).to.have.length(2);
    const other = await fixture<TestWidget>(html`<test-widget count="0"></test-widget>`);
    expect(other.count).to.equal(5);
    expect(warnings.messages).to.have.length(3);
  });

  it('validates values set from script too, and accepts real types', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    el.count = 7;
    el.quiet = true;
    await el.updateComplete;
    expect(stateText(el)).to.equal('calm 7 - quiet');
    (el as unknown as { count: unknown }).count = Number.NaN;
    (el as unknown as { mode: unknown }).mode = { evil: true };
    await el.updateComplete;
    expect([el.mode, el.count]).to.deep.equal(['calm', 5]);
    expect(warnings.messages).to.have.length(2);
  });

  it('goes back to the default quietly when an attribute is removed', async () => {
    const el = await fixture<TestWidget>(html`<test-widget mode="busy" quiet></test-widget>`);
    el.removeAttribute('mode');
    el.removeAttribute('quiet');
    await el.updateComplete;
    expect([el.mode, el.quiet]).to.deep.equal(['calm', false]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('shortens a huge bad value in the warning', async () => {
    const huge = 'x'.repeat(100_000);
    const el = await fixture<TestWidget>(html`<test-widget mode=${huge}></test-widget>`);
    expect(el.mode).to.equal('calm');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]!.length).to.be.lessThan(200);
  });

  it('keeps a value set before the element was defined', async () => {
    const el = document.createElement('late-test-widget') as TestWidget;
    (el as unknown as { count: number }).count = 9;
    document.body.append(el);
    TestWidget.define('late-test-widget');
    await el.updateComplete;
    expect(el.count).to.equal(9);
    el.remove();
  });
});

describe('events', () => {
  it('emits typed, bubbling, composed events that reach the document from a shadow root', async () => {
    // A plain host made by hand: fixture() would wait for an animation frame, which a test page
    // that the browser keeps in the background may never get.
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('test-widget') as TestWidget;
      el.count = 3;
      root.append(el);
      await el.updateComplete;
      const heard = nextEvent<CustomEvent<{ count: number }>>(document, 'test-ping');
      el.shadowRoot!.querySelector('button')!.click();
      const event = await heard;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ count: 3 });
      expect(event.target).to.equal(host);
    } finally {
      host.remove();
    }
  });
});

describe('error state', () => {
  it('renders a polite error instead of the content and fires widget-error once', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    const events: CustomEvent[] = [];
    document.addEventListener('widget-error', (e) => events.push(e));
    el.breakWith('bad-data', 'The data was not usable.');
    el.breakWith('bad-data', 'The data was not usable.');
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ element: 'test-widget', code: 'bad-data', message: 'The data was not usable.' });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('status');
    expect(box.textContent).to.contain('could not be shown').and.contain('The data was not usable.');
    expect(el.shadowRoot!.querySelector('.state')).to.equal(null);
    expect(warnings.messages).to.deep.equal(['[sciatica-widgets] <test-widget>: The data was not usable.']);
    await expect(el).to.be.accessible();
    el.mend();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(stateText(el)).to.equal('calm 5 - loud');
  });

  it('turns an exception in render into the error state without throwing into the page', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    const heard = nextEvent<CustomEvent>(el, 'widget-error');
    el.explode = true;
    await el.updateComplete;
    const event = await heard;
    expect(event.detail).to.deep.include({ element: 'test-widget', code: 'render-failed', message: 'boom' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).not.to.equal(null);
  });
});

describe('host styles', () => {
  it('keeps its own font size, box model and colours on a hostile page', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5%; } * { box-sizing: content-box; line-height: 3; color: magenta; }';
    document.head.append(style);
    try {
      const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      const root = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
      expect(root.fontSize).to.equal('16px');
      expect(root.boxSizing).to.equal('border-box');
      expect(root.lineHeight).to.equal('24px');
      const text = getComputedStyle(el.shadowRoot!.querySelector('.state')!);
      expect(text.color).not.to.equal('rgb(255, 0, 255)');
      expect(text.fontSize).to.equal('16px');
    } finally {
      style.remove();
    }
  });

  it('honours [hidden] and the theme attribute', async () => {
    const el = await fixture<TestWidget>(html`<test-widget theme="light"></test-widget>`);
    const root = el.shadowRoot!.querySelector('.root')!;
    const light = getComputedStyle(root).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(root).backgroundColor).not.to.equal(light);
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('uses no rem units', () => {
    const cssText = (TestWidget.elementStyles as { cssText?: string }[]).map((s) => s.cssText ?? '').join('\n');
    expect(cssText.length).to.be.greaterThan(100);
    expect(cssText).not.to.match(/\d\s*rem\b/);
  });

  it('shows the disclaimer and is accessible', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect(el.shadowRoot!.querySelector('[part="disclaimer"]')!.textContent).to.contain('does not diagnose');
    await expect(el).to.be.accessible();
  });
});

describe('SciaticaElement', () => {
  it('carries the library version', () => {
    expect(SciaticaElement.libraryVersion).to.equal(VERSION);
    expect(VERSION).to.match(/^\d+\.\d+\.\d+/);
  });
});
