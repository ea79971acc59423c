/**
 * The built one-file bundle, loaded the way a clinic's page loads it: in a fresh page (an iframe),
 * by a classic or a module script tag, once or twice. Needs `npm run build` first (`npm test` does it).
 */
import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/core/version.js';

const BUNDLE = '/dist/sciatica-widgets.js';

interface Probe {
  errors: string[];
  warnings: string[];
}
type ProbeWindow = Window & { __probe: Probe };

/** Loads `body` into a new iframe whose console warnings and errors are recorded from the start. */
async function loadPage(body: string, before = ''): Promise<ProbeWindow> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="en"><head><script>
      window.__probe = { errors: [], warnings: [] };
      addEventListener('error', (e) => __probe.errors.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => __probe.errors.push(String(e.reason)));
      const warn = console.warn;
      console.warn = (...args) => { __probe.warnings.push(args.join(' ')); warn.apply(console, args); };
    </script>${before}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  // Module scripts have run by the load event; give their microtasks a moment too.
  await new Promise((r) => setTimeout(r, 50));
  return iframe.contentWindow as ProbeWindow;
}

afterEach(() => {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
});

describe('dist/<element>.js', () => {
  it('registers only its own element, from a classic or a module script', async () => {
    for (const type of ['', ' type="module"']) {
      const win = await loadPage(`<script${type} src="/dist/red-flag-checker.js"></script>`);
      expect(win.__probe.errors).to.deep.equal([]);
      expect(win.customElements.get('red-flag-checker')).to.be.a('function');
      expect(win.customElements.get('pain-map')).to.equal(undefined);
      expect(win.SciaticaWidgets).to.equal(undefined);
    }
  });
});

describe('dist/sciatica-widgets.js', () => {
  before(async () => {
    const response = await fetch(BUNDLE, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${BUNDLE} is missing: run \`npm run build\` before these tests.`);
  });

  it('works from a classic <script src> and sets window.SciaticaWidgets', async () => {
    const win = await loadPage(`<script src="${BUNDLE}"></script>`);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.SciaticaWidgets?.version).to.equal(VERSION);
    expect(win.SciaticaWidgets?.getLocale()).to.equal('en');
    expect(Object.isFrozen(win.SciaticaWidgets)).to.equal(true);
  });

  it('works from <script type="module" src>', async () => {
    const win = await loadPage(`<script type="module" src="${BUNDLE}"></script>`);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.SciaticaWidgets?.version).to.equal(VERSION);
  });

  it('lets a script-tag page set the language', async () => {
    const win = await loadPage(`<script src="${BUNDLE}"></script>`);
    await win.SciaticaWidgets!.setLocale('de-CH');
    expect(win.SciaticaWidgets!.getLocale()).to.equal('de');
    await win.SciaticaWidgets!.setLocale(null);
    expect(win.SciaticaWidgets!.getLocale()).to.equal('en');
  });

  it('loaded twice: no error, no warning, the first copy stays', async () => {
    const win = await loadPage(`<script src="${BUNDLE}"></script><script src="${BUNDLE}?copy=2"></script>
      <script type="module" src="${BUNDLE}?copy=3"></script>`);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings).to.deep.equal([]);
    expect(win.SciaticaWidgets?.version).to.equal(VERSION);
  });

  it('registers the elements, and an element works from the bundle', async () => {
    const win = await loadPage(`<script src="${BUNDLE}"></script><red-flag-checker></red-flag-checker>`);
    expect(win.__probe.errors).to.deep.equal([]);
    const el = win.document.querySelector('red-flag-checker') as HTMLElement & { updateComplete: Promise<unknown> };
    expect(win.customElements.get('red-flag-checker')).to.be.a('function');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelectorAll('fieldset').length).to.be.greaterThan(10);
  });

  it('a different element already under one of our tags: one warning, and it keeps the tag', async () => {
    const taken = `<script>customElements.define('red-flag-checker', class extends HTMLElement {});</script>`;
    const win = await loadPage(`<script src="${BUNDLE}"></script><script src="${BUNDLE}?copy=2"></script>`, taken);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings).to.have.length(1);
    expect(win.__probe.warnings[0]).to.contain('<red-flag-checker> is already defined by another element');
    expect(win.SciaticaWidgets?.version).to.equal(VERSION);
  });

  it('loaded after another version: one warning, and the earlier copy keeps its global', async () => {
    const other = `<script>window.SciaticaWidgets = Object.freeze({ version: '0.0.1-other', setLocale() {}, getLocale() { return 'en'; } });</script>`;
    const win = await loadPage(`<script src="${BUNDLE}"></script><script src="${BUNDLE}?copy=2"></script>`, other);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings).to.have.length(1);
    expect(win.__probe.warnings[0]).to.contain('0.0.1-other').and.contain(VERSION);
    expect(win.SciaticaWidgets?.version).to.equal('0.0.1-other');
  });
});
