/**
 * Each element re-renders in the page's language the moment `<html lang>` changes, and shows the
 * translation that xliff/ holds for it (read from the generated locale modules, so this test follows
 * the translations rather than repeating them).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/red-flag-checker.js';
import '../../src/nerve-glide-timer.js';
import '../../src/pain-map.js';
import '../../src/exercise-card.js';
import { setLocale } from '../../src/core/locale.js';
import { templates as de } from '../../src/generated/locales/de.js';
import { templates as es } from '../../src/generated/locales/es.js';
import { templates as fr } from '../../src/generated/locales/fr.js';

const translations = { es, fr, de } as Record<string, Record<string, unknown>>;
const page = document.documentElement;

/** The text of `id` in `lang`, which must exist and differ from the English. */
function translated(lang: string, id: string, english: string): string {
  const text = translations[lang]?.[id];
  expect(text, `${lang} ${id}`).to.be.a('string');
  expect(text, `${lang} ${id} is still English`).not.to.equal(english);
  return text as string;
}

const shadowText = (el: Element, selector: string) => (el.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

const cases = [
  { tag: 'red-flag-checker', markup: html`<red-flag-checker></red-flag-checker>`, selector: 'button.see-result', id: 'rf-ui-see-result', english: 'See my result' },
  { tag: 'nerve-glide-timer', markup: html`<nerve-glide-timer></nerve-glide-timer>`, selector: 'button.start', id: 'ng-start', english: 'Start' },
  { tag: 'pain-map', markup: html`<pain-map></pain-map>`, selector: '.help .keys', id: 'pm-ui-help-keys', english: 'With a keyboard: arrow keys move between places, Enter chooses one, and the number keys 0 to 9 set the pain.' },
  { tag: 'exercise-card', markup: html`<exercise-card exercise="glute-bridge"></exercise-card>`, selector: '[part="title"]', id: 'ex-glute-bridge-title', english: 'Glute bridge' },
];

describe('live language switching', () => {
  afterEach(async () => {
    page.lang = 'en';
    await setLocale(null);
  });

  for (const c of cases) {
    it(`<${c.tag}> re-renders when <html lang> changes`, async () => {
      const el = await fixture(c.markup);
      expect(shadowText(el, c.selector)).to.equal(c.english);
      for (const [lang, tag] of [['es', 'es-MX'], ['fr', 'fr-FR'], ['de', 'de-DE']] as const) {
        const expected = translated(lang, c.id, c.english).replace(/\s+/g, ' ').trim();
        page.lang = tag;
        await waitUntil(() => shadowText(el, c.selector) === expected, `<${c.tag}> did not switch to ${tag}`);
      }
      page.lang = 'en-US';
      await waitUntil(() => shadowText(el, c.selector) === c.english, `<${c.tag}> did not switch back to English`);
    });
  }
});
