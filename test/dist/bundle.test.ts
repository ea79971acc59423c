/**
 * The built one-file bundle, loaded the way a clinic's page loads it: in a fresh page (an iframe),
 * by a classic or a module script tag, once or twice. Needs `npm run build` first (`npm test` does it).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { VERSION } from '../../src/generated/version.js';

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

type CheckerElement = HTMLElement & { updateComplete: Promise<unknown> };

/** Answers every question no except foot drop (an `urgent` item), and asks for the result. */
async function answerUrgent(el: CheckerElement): Promise<void> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  for (const fieldset of root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-id]')) {
    const answer = fieldset.dataset.id === 'foot-drop' ? 'yes' : 'no';
    fieldset.querySelector<HTMLInputElement>(`input[value="${answer}"]`)!.click();
  }
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('button[type="submit"], .actions button')!.click();
  await el.updateComplete;
}

const localeRequests = (win: Window) =>
  win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/dist/locales/')).map((entry) => new URL(entry.name).pathname);

describe('translations for script-tag pages', () => {
  const disclaimer = (el: Element) => el.shadowRoot!.querySelector('[part="disclaimer"]')!.textContent.trim();

  for (const type of ['', ' type="module"']) {
    it(`an English page fetches no translation; switching <html lang> fetches only that one (script${type})`, async () => {
      const win = await loadPage(`<script${type} src="${BUNDLE}"></script>
        <red-flag-checker mode="list" clinic-name="Clínica Río" clinic-phone="+34 910 000 000"></red-flag-checker>`);
      const el = win.document.querySelector('red-flag-checker') as CheckerElement;
      await el.updateComplete;
      expect(localeRequests(win)).to.deep.equal([]);
      win.document.documentElement.lang = 'es-ES';
      await waitUntil(() => disclaimer(el).startsWith('Solo para información'), 'Spanish did not arrive');
      expect(localeRequests(win)).to.deep.equal(['/dist/locales/es.js']);
      // The translated result still calls the clinic (a Spanish message around the host's name).
      await answerUrgent(el);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="clinic-call"]');
      expect(link?.textContent).to.contain('Clínica Río');
      expect(link?.getAttribute('href')).to.equal('tel:+34910000000');
      expect(win.__probe.errors).to.deep.equal([]);
    });
  }

  it('fetches translations from where data-locales says', async () => {
    const win = await loadPage(`<script src="${BUNDLE}" data-locales="/dist/locales"></script><red-flag-checker></red-flag-checker>`);
    await win.SciaticaWidgets!.setLocale('de');
    expect(localeRequests(win)).to.deep.equal(['/dist/locales/de.js']);
    const el = win.document.querySelector('red-flag-checker') as CheckerElement;
    await el.updateComplete;
    expect(disclaimer(el)).to.match(/^Nur zur Information/);
  });

  it('the all-locales bundle switches language without fetching anything', async () => {
    const win = await loadPage(`<script src="/dist/sciatica-widgets.all-locales.js"></script><red-flag-checker></red-flag-checker>`);
    await win.SciaticaWidgets!.setLocale('fr');
    const el = win.document.querySelector('red-flag-checker') as CheckerElement;
    await el.updateComplete;
    expect(disclaimer(el)).to.match(/^À titre d’information/);
    expect(localeRequests(win)).to.deep.equal([]);
  });
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

describe('dist/esm/ (the split build)', () => {
  const chunkRequests = (win: Window) =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/esm/'))
      .map((path) => path.replace(/-[\w-]{8}\.js$/, ''));

  it("a page with one exercise card fetches that exercise's chunk and no other exercise", async () => {
    const win = await loadPage(`<script type="module" src="/dist/esm/exercise-card.js"></script>
      <exercise-card exercise="mckenzie-press-up"></exercise-card>`);
    const el = win.document.querySelector('exercise-card') as CheckerElement;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="title"]'), 'the card did not render its exercise');
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent.trim()).to.equal('McKenzie press-up');
    const chunks = chunkRequests(win);
    expect(chunks).to.include('/dist/esm/chunks/mckenzie-press-up');
    const exerciseChunks = chunks.filter((path) => /chunks\/(dead-bug|walking|plank|glute-bridge|pigeon-pose|seated-nerve-glide)$/.test(path));
    expect(exerciseChunks, 'other exercises were fetched').to.deep.equal([]);
    // Switching to another exercise fetches just that one, and the card shows it.
    el.setAttribute('exercise', 'dead-bug');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent.trim()).to.equal('Dead bug');
    expect(chunkRequests(win)).to.include('/dist/esm/chunks/dead-bug');
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings).to.deep.equal([]);
  });

  it('the everything entry registers all four elements and lists the catalogue in window.SciaticaWidgets', async () => {
    const win = await loadPage(`<script type="module" src="/dist/esm/sciatica-widgets.js"></script>`);
    await waitUntil(() => win.customElements.get('pain-map'), 'elements were not registered');
    for (const tag of ['red-flag-checker', 'exercise-card', 'nerve-glide-timer', 'pain-map']) {
      expect(win.customElements.get(tag), tag).to.be.a('function');
    }
    expect(win.SciaticaWidgets!.exercises.map((e) => e.id)).to.include.members(['mckenzie-press-up', 'dead-bug', 'walking']);
    expect(win.__probe.errors).to.deep.equal([]);
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
    const exercises = win.SciaticaWidgets!.exercises;
    expect(exercises).to.have.length(22);
    expect(exercises.find((e) => e.id === 'mckenzie-press-up')).to.deep.include({ category: 'directional' });
    for (const e of exercises) expect(Object.keys(e).sort()).to.deep.equal(['category', 'id', 'title']);
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
    const win = await loadPage(`<script src="${BUNDLE}"></script><red-flag-checker mode="list"></red-flag-checker>`);
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
