import { expect } from '@open-wc/testing';
import {
  categoryName,
  exerciseIds,
  isExerciseId,
  loadExercise,
  loadedExercise as exerciseById,
} from '../../src/content/exercises/index.js';
import { exerciseSummaries } from '../../src/content/exercises/titles.js';
import { loadCatalogue } from '../helpers.js';
import { exerciseCategories, text, type Exercise, type LocalText } from '../../src/content/exercises/types.js';
import { validateExercise } from '../../src/content/exercises/validate.js';

/** The catalogue CLINICAL.md asks for, in category order and the seeds' order within a category. */
const expectedIds = [
  'stick-roller-quads',
  'foam-roller-glutes',
  'lacrosse-ball-glutes',
  'peanut-ball-glutes',
  'dead-bug',
  'glute-bridge',
  'clamshell',
  'plank',
  'side-plank',
  'bird-dog',
  'pigeon-pose',
  'hip-external-rotation',
  'hip-internal-rotation',
  'door-frame-decompression',
  'hip-flexor-stretch',
  'seated-nerve-glide',
  'mckenzie-press-up',
  'knee-to-chest',
  'ninety-ninety-rest',
  'side-lying-pillow',
  'back-lying-pillow',
  'walking',
];

const expectedCategories: Record<string, string> = {
  'stick-roller-quads': 'release',
  'foam-roller-glutes': 'release',
  'lacrosse-ball-glutes': 'release',
  'peanut-ball-glutes': 'release',
  'dead-bug': 'activation',
  'glute-bridge': 'activation',
  clamshell: 'activation',
  plank: 'activation',
  'side-plank': 'activation',
  'bird-dog': 'activation',
  'pigeon-pose': 'stretch',
  'hip-external-rotation': 'stretch',
  'hip-internal-rotation': 'stretch',
  'door-frame-decompression': 'stretch',
  'hip-flexor-stretch': 'stretch',
  'seated-nerve-glide': 'nerve-glide',
  'mckenzie-press-up': 'directional',
  'knee-to-chest': 'directional',
  'ninety-ninety-rest': 'position',
  'side-lying-pillow': 'position',
  'back-lying-pillow': 'position',
  walking: 'activity',
};

function get(id: string): Exercise {
  const exercise = exerciseById(id);
  if (!exercise) throw new Error(`no catalogue exercise ${id}`);
  return exercise;
}

/** Every person-facing text of an exercise, labelled by field, resolved in the current locale. */
function texts(e: Exercise): [string, string][] {
  const out: [string, string][] = [];
  const add = (field: string, value: LocalText | undefined) => {
    if (value !== undefined) out.push([`${e.id}.${field}`, text(value)]);
  };
  add('title', e.title);
  add('aim', e.aim);
  e.steps.forEach((s, i) => add(`steps[${i}]`, s));
  add('dose.frequency', e.dose.frequency);
  e.equipment.forEach((s, i) => add(`equipment[${i}]`, s));
  for (const key of ['general', 'disc', 'stenosis', 'piriformis'] as const) {
    (e.cautions[key] ?? []).forEach((s, i) => add(`cautions.${key}[${i}]`, s));
  }
  add('stopRule', e.stopRule);
  add('easier', e.easier);
  add('harder', e.harder);
  add('illustration.alt', e.illustration?.alt);
  return out;
}

// Every exercise module is loaded once up front; the tests then read them synchronously.
let exerciseCatalogue: readonly Exercise[] = [];
before(async () => {
  exerciseCatalogue = await loadCatalogue();
});

describe('exercise catalogue', () => {
  it('loads each exercise once: repeated and concurrent loads give the same frozen object; unknown ids give undefined', async () => {
    const [a, b] = await Promise.all([loadExercise('walking'), loadExercise('walking')]);
    expect(a).to.not.equal(undefined);
    expect(a).to.equal(b);
    expect(await loadExercise('walking')).to.equal(a);
    expect(exerciseById('walking')).to.equal(a);
    expect(Object.isFrozen(a)).to.equal(true);
    expect(a!.id).to.equal('walking');
    expect(a!.category).to.equal('activity');
    expect(await loadExercise('no-such-exercise')).to.equal(undefined);
  });

  it('has exactly the 22 exercises CLINICAL.md names, unique and kebab-case', () => {
    expect([...exerciseIds].sort()).to.deep.equal([...expectedIds].sort());
    expect(new Set(exerciseIds).size).to.equal(exerciseIds.length);
    for (const id of exerciseIds) expect(id, id).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(exerciseCatalogue.map((e) => e.id)).to.deep.equal([...exerciseIds]);
  });

  it('includes the ids API.md promises', () => {
    for (const id of ['mckenzie-press-up', 'seated-nerve-glide', 'glute-bridge']) {
      expect(exerciseById(id), id).to.not.equal(undefined);
      expect(exerciseIds).to.include(id);
    }
    expect(isExerciseId('no-such-exercise')).to.equal(false);
    expect(exerciseById('no-such-exercise')).to.equal(undefined);
  });

  it('is in category order, and in the seeds order within a category', () => {
    expect(exerciseIds).to.deep.equal(expectedIds);
    for (const e of exerciseCatalogue) expect(e.category, e.id).to.equal(expectedCategories[e.id]);
    const ranks = exerciseCatalogue.map((e) => exerciseCategories.indexOf(e.category));
    ranks.forEach((rank, i) => {
      expect(rank, exerciseCatalogue[i]!.id).to.be.at.least(0);
      if (i > 0) expect(rank, exerciseCatalogue[i]!.id).to.be.at.least(ranks[i - 1]!);
    });
    expect(new Set(exerciseCatalogue.map((e) => e.category)).size).to.equal(exerciseCategories.length);
  });

  it('passes the catalogue validator, entry by entry', () => {
    for (const e of exerciseCatalogue) {
      const check = validateExercise(e, { catalogue: true });
      expect(check.ok, `${e.id}: ${check.ok ? '' : `${check.field}: ${check.message}`}`).to.equal(true);
    }
  });

  it('gives every text, resolved, as non-empty and at most 600 characters', () => {
    for (const e of exerciseCatalogue) {
      for (const [field, value] of texts(e)) {
        expect(value.trim(), field).to.not.equal('');
        expect(value.length, field).to.be.at.most(600);
      }
      expect(e.sources.length, e.id).to.be.at.least(1);
    }
  });

  it('uses careful wording: no diagnosis, no promise of a cure, never "you are fine"', () => {
    const banned = [/you are fine/i, /you're fine/i, /\bcur(e|es|ed|ing)\b/i, /diagnos/i];
    for (const e of exerciseCatalogue) {
      for (const [field, value] of texts(e)) {
        for (const pattern of banned) expect(value, `${field} matches ${pattern}`).to.not.match(pattern);
      }
    }
  });

  it('marks as one-sided the exercises done one side at a time', () => {
    const oneSided = exerciseCatalogue.filter((e) => e.oneSided).map((e) => e.id);
    for (const id of ['seated-nerve-glide', 'clamshell', 'side-plank', 'pigeon-pose', 'hip-flexor-stretch', 'hip-external-rotation', 'hip-internal-rotation']) {
      expect(oneSided, id).to.include(id);
    }
    for (const id of ['mckenzie-press-up', 'knee-to-chest', 'walking', 'plank', 'glute-bridge']) expect(oneSided, id).to.not.include(id);
  });
});

describe('exercise catalogue: condition cautions (CLINICAL.md)', () => {
  it('warns disc cases on flexion and forward-bending exercises', () => {
    for (const id of ['knee-to-chest', 'pigeon-pose', 'seated-nerve-glide']) {
      const disc = get(id).cautions.disc ?? [];
      expect(disc.length, id).to.be.at.least(1);
    }
    const kneeToChest = (get('knee-to-chest').cautions.disc ?? []).map(text).join(' ');
    expect(kneeToChest).to.match(/down your leg/i);
    const pigeon = (get('pigeon-pose').cautions.disc ?? []).map(text).join(' ');
    expect(pigeon).to.match(/forward/i);
  });

  it('warns stenosis cases on the extension exercises', () => {
    for (const id of ['mckenzie-press-up', 'hip-flexor-stretch']) {
      const stenosis = (get(id).cautions.stenosis ?? []).map(text).join(' ');
      expect(stenosis, id).to.match(/stenosis/i);
      expect(stenosis, id).to.match(/stop/i);
    }
  });

  it('points piriformis cases at the compression and hip stretches', () => {
    for (const id of ['foam-roller-glutes', 'lacrosse-ball-glutes', 'peanut-ball-glutes', 'pigeon-pose', 'hip-internal-rotation']) {
      const piriformis = (get(id).cautions.piriformis ?? []).map(text).join(' ');
      expect(piriformis, id).to.match(/piriformis/i);
    }
  });

  it('does not aim FABER (a groin and hip opener) at the piriformis, and rests the heel on the inner side of the knee', () => {
    const faber = get('hip-external-rotation');
    expect(faber.cautions.piriformis ?? []).to.have.length(0);
    expect(faber.steps.map(text).join(' ')).to.contain('inner side of your other knee');
  });

  it('gives condition cautions only for the three known conditions', () => {
    for (const e of exerciseCatalogue) {
      expect(Object.keys(e.cautions).filter((k) => !['general', 'disc', 'stenosis', 'piriformis'].includes(k)), e.id).to.deep.equal([]);
    }
  });
});

describe('exercise catalogue: specific content', () => {
  it('has the nerve glide as a slider: look up with the knee straight, look down with it bent', () => {
    const steps = get('seated-nerve-glide').steps.map(text);
    const straighten = steps.find((s) => /straighten/i.test(s));
    const bend = steps.find((s) => /bend the knee/i.test(s));
    expect(straighten, 'a step straightens the knee').to.be.a('string');
    expect(straighten).to.match(/look up/i);
    expect(straighten).to.match(/toes up/i);
    expect(straighten).to.not.match(/look down/i);
    expect(bend, 'a step bends the knee').to.be.a('string');
    expect(bend).to.match(/look down/i);
    expect(bend).to.match(/toes away/i);
    expect(bend).to.not.match(/look up/i);
    const dose = get('seated-nerve-glide').dose;
    expect(dose.reps).to.equal(10);
    expect(steps.join(' ')).to.match(/5 seconds/);
  });

  it('doses walking as three 10-minute walks a day', () => {
    const dose = get('walking').dose;
    expect(dose.minutes).to.equal(10);
    expect(text(dose.frequency)).to.match(/\b3\b|three/i);
    expect(text(get('walking').cautions.general[0]!)).to.match(/running/i);
    expect(text(get('walking').easier!)).to.match(/shorter steps/i);
  });

  it('progresses the McKenzie press-up from elbows to hands, about 10 every two hours', () => {
    const pressUp = get('mckenzie-press-up');
    const harder = text(pressUp.harder!);
    expect(harder).to.match(/elbows/i);
    expect(harder).to.match(/hands/i);
    expect(pressUp.dose.reps).to.equal(10);
    expect(text(pressUp.dose.frequency)).to.match(/2 hours/);
    expect(text(pressUp.stopRule!)).to.match(/knee to chest/i);
    expect(pressUp.steps.map(text).join(' ')).to.match(/hips on the floor/i);
  });

  it('progresses the hip flexor stretch to the back foot up the wall', () => {
    expect(text(get('hip-flexor-stretch').harder!)).to.match(/wall/i);
  });
});

describe('exercise catalogue: summaries and category names', () => {
  it('summarizes every exercise with its title resolved now', () => {
    const summaries = exerciseSummaries();
    expect(summaries.map((s) => s.id)).to.deep.equal([...exerciseIds]);
    summaries.forEach((s, i) => {
      expect(s.title, s.id).to.equal(text(exerciseCatalogue[i]!.title));
      expect(s.title, s.id).to.not.equal('');
      expect(s.category, s.id).to.equal(exerciseCatalogue[i]!.category);
      expect(Object.keys(s).sort()).to.deep.equal(['category', 'id', 'title']);
    });
  });

  it('names every category, each differently', () => {
    const names = exerciseCategories.map((c) => categoryName(c));
    for (const name of names) expect(name.trim()).to.not.equal('');
    expect(new Set(names).size).to.equal(names.length);
  });
});
