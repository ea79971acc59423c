import { expect } from '@open-wc/testing';
import { svg } from 'lit';
import { parseExerciseJson, validateExercise } from '../../src/content/exercises/validate.js';

const valid = () => ({
  id: 'clinic-wall-sit',
  title: 'Wall sit',
  category: 'activation',
  aim: 'Build strength in the thighs.',
  steps: ['Stand with your back to a wall.', 'Slide down a little.', 'Hold, then slide back up.'],
  dose: { sets: 2, reps: 5, holdSeconds: 10, frequency: 'Once a day' },
  equipment: ['A wall'],
  cautions: { general: ['Only go as low as is comfortable.'], disc: ['Stop if it sends pain down your leg.'] },
  sources: ['Riverside Physio protocol 2026'],
});

describe('validateExercise', () => {
  it('accepts a well-formed host exercise and normalizes it', () => {
    const input = { ...valid(), extra: 'dropped', steps: ['  Stand tall.  '] };
    const check = validateExercise(input);
    expect(check.ok).to.equal(true);
    if (!check.ok) return;
    expect(check.exercise.steps).to.deep.equal(['Stand tall.']);
    expect(check.exercise).not.to.have.property('extra');
    expect(check.exercise.dose).to.deep.equal({ sets: 2, reps: 5, holdSeconds: 10, frequency: 'Once a day' });
  });

  it('fills in empty equipment, cautions and sources for a host', () => {
    const { equipment, cautions, sources, ...bare } = valid();
    const check = validateExercise(bare);
    expect(check.ok).to.equal(true);
    if (check.ok) expect([check.exercise.equipment, check.exercise.cautions, check.exercise.sources]).to.deep.equal([[], { general: [] }, []]);
  });

  const bad: [string, (e: Record<string, unknown>) => unknown][] = [
    ['exercise', () => null],
    ['exercise', () => ['not', 'an', 'object']],
    ['id', (e) => ({ ...e, id: 'Wall Sit' })],
    ['id', (e) => ({ ...e, id: '<script>' })],
    ['title', (e) => ({ ...e, title: '' })],
    ['title', (e) => ({ ...e, title: 42 })],
    ['category', (e) => ({ ...e, category: 'yoga' })],
    ['aim', (e) => ({ ...e, aim: undefined })],
    ['steps', (e) => ({ ...e, steps: [] })],
    ['steps', (e) => ({ ...e, steps: 'one long step' })],
    ['steps[1]', (e) => ({ ...e, steps: ['ok', '   '] })],
    ['steps[0]', (e) => ({ ...e, steps: ['x'.repeat(100_000)] })],
    ['dose', (e) => ({ ...e, dose: 'lots' })],
    ['dose.frequency', (e) => ({ ...e, dose: { reps: 5 } })],
    ['dose.reps', (e) => ({ ...e, dose: { reps: -3, frequency: 'daily' } })],
    ['dose.reps', (e) => ({ ...e, dose: { reps: 2.5, frequency: 'daily' } })],
    ['dose.holdSeconds', (e) => ({ ...e, dose: { holdSeconds: Number.NaN, frequency: 'daily' } })],
    ['dose.sets', (e) => ({ ...e, dose: { sets: '3', frequency: 'daily' } })],
    ['equipment', (e) => ({ ...e, equipment: 'a mat' })],
    ['cautions', (e) => ({ ...e, cautions: 'careful' })],
    ['cautions.stenosis', (e) => ({ ...e, cautions: { general: [], stenosis: 'x' } })],
    ['oneSided', (e) => ({ ...e, oneSided: 'yes' })],
    ['sources', (e) => ({ ...e, sources: [''] })],
    ['illustration', (e) => ({ ...e, illustration: { alt: 'a picture' } })],
  ];
  for (const [field, make] of bad) {
    it(`names the bad field: ${field}`, () => {
      const check = validateExercise(make(valid()));
      expect(check.ok).to.equal(false);
      if (!check.ok) {
        expect(check.field).to.equal(field);
        expect(check.message).to.be.a('string').and.not.equal('');
      }
    });
  }

  it('ignores inherited properties', () => {
    const input = Object.create({ title: 'From the prototype' }) as Record<string, unknown>;
    Object.assign(input, valid());
    delete input.title;
    const check = validateExercise(input);
    expect(check.ok).to.equal(false);
    if (!check.ok) expect(check.field).to.equal('title');
  });

  it('never throws, even when a text function throws', () => {
    const check = validateExercise({
      ...valid(),
      title: () => {
        throw new Error('boom');
      },
    });
    expect(check).to.deep.equal({ ok: false, field: 'title', message: 'title could not be read' });
  });

  it('applies the catalogue rules only when asked', () => {
    expect(validateExercise(valid()).ok).to.equal(true);
    // A catalogue exercise cites published references (publisher, title, year), not words.
    const catalogue = validateExercise(valid(), { catalogue: true });
    expect(catalogue.ok).to.equal(false);
    if (!catalogue.ok) expect(catalogue.field).to.equal('sources');
    const cited = { ...valid(), sources: [{ id: 'x', publisher: 'NHS', title: 'Sciatica', year: 2024 }] };
    const noPicture = validateExercise(cited, { catalogue: true });
    expect(noPicture.ok).to.equal(false);
    if (!noPicture.ok) expect(noPicture.field).to.equal('illustration');
    for (const bad of [{ publisher: 'NHS', title: 'Sciatica' }, { title: 'Sciatica', year: 2024 }, { publisher: 'NHS', title: 'Sciatica', year: 'new' }]) {
      const check = validateExercise({ ...cited, sources: [bad] }, { catalogue: true });
      expect(check.ok, JSON.stringify(bad)).to.equal(false);
    }
    const withPicture = { ...cited, illustration: { alt: () => 'A person', render: () => svg`<circle r="4"></circle>` } };
    expect(validateExercise(withPicture, { catalogue: true }).ok).to.equal(true);
    const twoSteps = { ...withPicture, steps: ['One.', 'Two.'] };
    const check = validateExercise(twoSteps, { catalogue: true });
    expect(check.ok).to.equal(false);
    if (!check.ok) expect(check.message).to.contain('3 to 6');
    const noSources = { ...withPicture, sources: [] };
    const sources = validateExercise(noSources, { catalogue: true });
    expect(sources.ok).to.equal(false);
    if (!sources.ok) expect(sources.field).to.equal('sources');
  });
});

describe('parseExerciseJson', () => {
  it('parses and validates JSON text', () => {
    expect(parseExerciseJson(JSON.stringify(valid())).ok).to.equal(true);
    expect(parseExerciseJson('{ not json')).to.deep.equal({ ok: false, field: 'exercise', message: 'the exercise JSON could not be parsed' });
    const wrong = parseExerciseJson(JSON.stringify({ ...valid(), category: 'magic' }));
    expect(wrong.ok).to.equal(false);
  });
});
