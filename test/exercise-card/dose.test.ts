import { expect } from '@open-wc/testing';
import { loadExercise } from '../../src/content/exercises/index.js';
import type { Exercise } from '../../src/content/exercises/types.js';
import { doseLine, effectiveDose, holdCount, orderCautions } from '../../src/exercise-card/dose.js';

const base: Exercise = {
  id: 'test-move',
  title: 'Test move',
  category: 'activation',
  aim: 'Aim.',
  steps: ['One.'],
  dose: { sets: 2, reps: 10, holdSeconds: 5, frequency: '3 times a day' },
  oneSided: true,
  equipment: [],
  cautions: { general: ['G1', 'G2'], disc: ['D1'], stenosis: ['S1'] },
  sources: ['x'],
};

describe('exercise-card dose helpers', () => {
  it('builds the dose line from the catalogue dose', () => {
    expect(doseLine(effectiveDose(base))).to.equal('2 sets of 10 · hold 5 seconds · each side · 3 times a day');
  });

  it('applies every override, and the side only to one-sided exercises', () => {
    const dose = effectiveDose(base, { sets: 3, reps: 8, holdSeconds: 12, frequency: ' twice a day ', side: 'left' });
    expect(dose).to.deep.equal({ sets: 3, reps: 8, holdSeconds: 12, minutes: null, frequency: 'twice a day', side: 'left' });
    expect(doseLine(dose)).to.equal('3 sets of 8 · hold 12 seconds · left side only · twice a day');
    expect(doseLine(effectiveDose(base, { side: 'right' }))).to.contain('right side only');
    const twoSided = effectiveDose({ ...base, oneSided: undefined }, { side: 'left' });
    expect(twoSided.side).to.equal(null);
    expect(doseLine(twoSided)).to.equal('2 sets of 10 · hold 5 seconds · 3 times a day');
    // An empty frequency is no override.
    expect(effectiveDose(base, { frequency: '  ' }).frequency).to.equal('3 times a day');
  });

  it('words single values, sets without reps, and minutes', () => {
    const dose = (d: Partial<Exercise['dose']>) => doseLine(effectiveDose({ ...base, oneSided: undefined, dose: { frequency: 'daily', ...d } }));
    expect(dose({ reps: 1 })).to.equal('Once · daily');
    expect(dose({ sets: 1, reps: 10 })).to.equal('10 times · daily');
    expect(dose({ sets: 3, holdSeconds: 20 })).to.equal('3 times · hold 20 seconds · daily');
    expect(dose({ holdSeconds: 1 })).to.equal('hold 1 second · daily');
    expect(dose({ minutes: 10 })).to.equal('10 minutes · daily');
    expect(dose({ minutes: 1 })).to.equal('1 minute · daily');
    expect(doseLine(effectiveDose(base), (n) => `<${n}>`)).to.equal('<2> sets of <10> · hold <5> seconds · each side · 3 times a day');
  });

  it('counts the holds: reps, else sets, else one; none without a hold', async () => {
    const exerciseById = (id: string) => loadExercise(id);
    expect(holdCount(effectiveDose(base))).to.equal(10);
    expect(holdCount(effectiveDose((await exerciseById('plank'))!))).to.equal(3);
    expect(holdCount(effectiveDose({ ...base, dose: { holdSeconds: 5, frequency: 'x' } }))).to.equal(1);
    expect(holdCount(effectiveDose((await exerciseById('glute-bridge'))!))).to.equal(0);
    expect(holdCount(effectiveDose((await exerciseById('glute-bridge'))!, { holdSeconds: 3 }))).to.equal(10);
  });

  it('orders the cautions: the chosen condition first, then everyone\'s, then the others; none dropped', () => {
    const order = (c?: Parameters<typeof orderCautions>[1]) => orderCautions(base.cautions, c).map((g) => `${g.condition ?? 'general'}:${g.items.join(',')}`);
    expect(order()).to.deep.equal(['general:G1,G2', 'disc:D1', 'stenosis:S1']);
    expect(order('none')).to.deep.equal(['general:G1,G2', 'disc:D1', 'stenosis:S1']);
    expect(order('stenosis')).to.deep.equal(['stenosis:S1', 'general:G1,G2', 'disc:D1']);
    // A condition the exercise has no cautions for changes nothing.
    expect(order('piriformis')).to.deep.equal(['general:G1,G2', 'disc:D1', 'stenosis:S1']);
    expect(orderCautions({ general: [] })).to.deep.equal([]);
  });
});
