import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getLocale, getLocaleTag, regionOf, resolveLocale, setLocale, supportedLocales } from '../../src/core/locale.js';
// Imported for its side effect too: it registers <test-widget>.
import '../fixtures/test-widget.js';
import type { TestWidget } from '../fixtures/test-widget.js';
import { captureWarnings } from '../helpers.js';

describe('resolveLocale', () => {
  it('maps tags to a language the library has, region-aware', () => {
    expect(resolveLocale('es-MX')).to.equal('es');
    expect(resolveLocale('de_AT')).to.equal('de');
    expect(resolveLocale('FR')).to.equal('fr');
    expect(resolveLocale('fr-CA')).to.equal('fr');
    expect(resolveLocale('en-GB')).to.equal('en');
  });
  it('falls back to English', () => {
    for (const tag of ['it', 'pt-BR', '', '   ', null, undefined, '@@']) expect(resolveLocale(tag), String(tag)).to.equal('en');
  });
  it('lists the supported languages', () => {
    expect([...supportedLocales].sort()).to.deep.equal(['de', 'en', 'es', 'fr']);
  });
});

describe('regionOf', () => {
  it('finds the region subtag', () => {
    expect(regionOf('en-GB')).to.equal('GB');
    expect(regionOf('es-419')).to.equal('419');
    expect(regionOf('zh-Hant-TW')).to.equal('TW');
    expect(regionOf('de_at')).to.equal('AT');
    expect(regionOf('en')).to.equal(null);
    expect(regionOf('')).to.equal(null);
    expect(regionOf(null)).to.equal(null);
  });
});

describe('live locale switching', () => {
  const disclaimer = (el: TestWidget) => el.shadowRoot!.querySelector('[part="disclaimer"]')!.textContent.trim();
  const html_ = document.documentElement;
  let warnings: ReturnType<typeof captureWarnings>;

  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings.restore();
    html_.lang = 'en';
    await setLocale(null);
  });

  it('follows <html lang> live, region-aware, with English fallback', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect(disclaimer(el)).to.contain('For information only');

    html_.lang = 'es-MX';
    await waitUntil(() => disclaimer(el).startsWith('Solo para información'), 'Spanish did not arrive');
    expect(getLocale()).to.equal('es');
    expect(getLocaleTag()).to.equal('es-MX');

    html_.lang = 'de';
    await waitUntil(() => disclaimer(el).startsWith('Nur zur Information'), 'German did not arrive');

    html_.lang = 'fr-CA';
    await waitUntil(() => disclaimer(el).startsWith('À titre d’information'), 'French did not arrive');

    html_.lang = 'it';
    await waitUntil(() => disclaimer(el).startsWith('For information only'), 'English fallback did not arrive');
    expect(warnings.messages.filter((m) => m.includes('no translation for "it"'))).to.have.length(1);
  });

  it('can be pinned with setLocale, and unpinned with setLocale(null)', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    await setLocale('de-AT');
    await el.updateComplete;
    expect(disclaimer(el)).to.match(/^Nur zur Information/);
    expect(getLocaleTag()).to.equal('de-AT');

    html_.lang = 'es';
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(disclaimer(el)).to.match(/^Nur zur Information/);

    await setLocale(null);
    await waitUntil(() => disclaimer(el).startsWith('Solo para información'), 'did not go back to following the page');
  });

  it('translates the error state too', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    await setLocale('fr');
    el.breakWith('x', 'detail');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Désolé');
  });

  it('gives a canonical tag, and English for nonsense', async () => {
    html_.lang = 'en-gb';
    expect(getLocaleTag()).to.equal('en-GB');
    html_.lang = 'not a tag!';
    expect(getLocaleTag()).to.equal('en');
  });
});
