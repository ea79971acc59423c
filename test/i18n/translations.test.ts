/**
 * Every message has a translation in every target language, keeps the source's placeholders, and
 * is not simply the English again (except the few names and true cognates allowed below).
 */
import { expect } from '@open-wc/testing';
import { targetLocales } from '../../src/generated/locale-codes.js';

/** id → the languages in which the English word is also the right word. Keep this short. */
const sameAsEnglish: Record<string, readonly string[]> = {
  'rf-ui-no': ['es'], // "No"
  'ng-pause': ['fr', 'de'], // "Pause"
  'ec-ui-pause': ['fr', 'de'], // "Pause"
  'sw-minutes-one': ['fr'], // "{0} minute"
  'sw-minutes-other': ['fr'], // "{0} minutes"
  'pm-ui-col-date': ['fr'], // "Date"
  'ex-dead-bug-title': ['fr'], // the exercise's name; French has no other
};

interface Unit {
  id: string;
  source: string;
  target: string | null;
  sourcePlaceholders: string[];
  targetPlaceholders: string[];
}

async function readXliff(locale: string): Promise<Unit[]> {
  const response = await fetch(`/xliff/${locale}.xlf`);
  expect(response.ok, `xliff/${locale}.xlf`).to.equal(true);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  expect(doc.querySelector('parsererror'), `xliff/${locale}.xlf is not well-formed`).to.equal(null);
  return [...doc.getElementsByTagName('trans-unit')].map((unit) => {
    const source = unit.getElementsByTagName('source')[0];
    const target = unit.getElementsByTagName('target')[0];
    const placeholders = (node: Element | undefined) =>
      node ? [...node.getElementsByTagName('x')].map((x) => x.getAttribute('equiv-text') ?? '').sort() : [];
    return {
      id: unit.getAttribute('id') ?? '',
      source: source?.textContent?.trim() ?? '',
      target: target ? (target.textContent ?? '').trim() : null,
      sourcePlaceholders: placeholders(source),
      targetPlaceholders: placeholders(target),
    };
  });
}

describe('translations', () => {
  for (const locale of targetLocales) {
    it(`${locale}: every message is translated, keeps its placeholders, and is not left in English`, async () => {
      const units = await readXliff(locale);
      expect(units.length).to.be.greaterThan(100);
      const missing = units.filter((u) => !u.target).map((u) => u.id);
      expect(missing, `${locale}: untranslated`).to.deep.equal([]);
      const broken = units.filter((u) => u.sourcePlaceholders.join() !== u.targetPlaceholders.join()).map((u) => u.id);
      expect(broken, `${locale}: placeholders differ from the source`).to.deep.equal([]);
      const english = units.filter((u) => u.target === u.source && !sameAsEnglish[u.id]?.includes(locale)).map((u) => u.id);
      expect(english, `${locale}: same as the English`).to.deep.equal([]);
    });
  }

  it('the allow-list names only messages that exist', async () => {
    const ids = new Set((await readXliff('es')).map((u) => u.id));
    for (const id of Object.keys(sameAsEnglish)) expect(ids.has(id), id).to.equal(true);
  });
});
