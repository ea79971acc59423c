import { expect } from '@open-wc/testing';
import { citation, references, type Reference } from '../../src/content/references.js';
import { redFlagItems, selfCareTipSources } from '../../src/content/red-flags.js';
import type { Exercise, Source } from '../../src/content/exercises/types.js';
import { loadCatalogue } from '../helpers.js';

// What a reader must never see as a source: an internal file, the seed articles' working names, or
// the design notes (docs/clinical-basis.md, "Sources").
const INTERNAL = /seed|clinical\.md|design\/|\.md\b|\.ts\b|\.txt\b|\b[0-9a-f]{12,}\b/i;

function expectPublished(source: Source, where: string): void {
  expect(typeof source, `${where}: a published reference, not a line of text`).to.equal('object');
  const ref = source as Reference;
  expect(ref.publisher.trim(), `${where}: publisher`).to.not.equal('');
  expect(ref.title.trim(), `${where}: title`).to.not.equal('');
  expect(Number.isInteger(ref.year), `${where}: year`).to.equal(true);
  expect(ref.year, `${where}: year`).to.be.within(1950, 2026);
  const line = citation(ref);
  expect(line, where).to.not.match(INTERNAL);
  expect(line, where).to.contain(String(ref.year)).and.contain(ref.publisher);
  if (ref.url) expect(ref.url, `${where}: url`).to.match(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
}

describe('references', () => {
  it('every reference has a publisher, a title and a year, and names no internal file', () => {
    for (const ref of references) expectPublished(ref, ref.id);
    expect(new Set(references.map((ref) => ref.id)).size).to.equal(references.length);
  });

  it('cites every red-flag item with published references only', () => {
    for (const item of redFlagItems) {
      expect(item.sources.length, item.id).to.be.greaterThan(0);
      for (const source of item.sources) expectPublished(source, item.id);
    }
    for (const source of selfCareTipSources) expectPublished(source, 'self-care tips');
  });

  it('cites every catalogue exercise with published references only', async () => {
    const catalogue: Exercise[] = await loadCatalogue();
    expect(catalogue).to.have.length(22);
    for (const exercise of catalogue) {
      expect(exercise.sources.length, exercise.id).to.be.greaterThan(0);
      for (const source of exercise.sources) expectPublished(source, exercise.id);
    }
  });

  it('fails a source that names a file, a seed or the design notes', () => {
    for (const bad of ['Clinic seed article (001_dd46da4bf03463f4)', 'design/CLINICAL.md', 'CLINICAL.md: exercise catalogue', 'notes.txt']) {
      expect(bad).to.match(INTERNAL);
    }
    expect(() => expectPublished('NHS: Sciatica', 'a line of text')).to.throw();
    expect(() => expectPublished({ id: 'x', publisher: '', title: 'Sciatica', year: 2024 }, 'no publisher')).to.throw();
  });
});

describe('docs/clinical-basis.md', () => {
  it('names every red-flag item, every exercise and every reference the library cites', async () => {
    const response = await fetch('/docs/clinical-basis.md');
    expect(response.ok).to.equal(true);
    const doc = await response.text();
    for (const item of redFlagItems) expect(doc, item.id).to.contain(`\`${item.id}\``);
    for (const exercise of await loadCatalogue()) expect(doc, exercise.id).to.contain(`\`${exercise.id}\``);
    for (const ref of references) expect(doc, ref.id).to.contain(`[${ref.id}]`);
  });
});
