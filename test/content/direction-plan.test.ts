import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { directionPlan } from '../../src/content/direction-plan.js';
import type { DirectionPlan } from '../../src/content/direction-plan.js';
import { isExerciseId } from '../../src/content/exercises/index.js';
import { answer, safetyItemIds, startProtocol } from '../../src/direction-finder/protocol.js';
import type { DirectionResult, ProtocolAnswer, ProtocolState } from '../../src/direction-finder/protocol.js';
import type { ExtentRank } from '../../src/pain-map/regions.js';

/**
 * Runs the protocol with a start reading and the after readings of each round ([extent, intensity]),
 * and returns its result, so every plan here comes from a path the protocol really takes.
 */
function resultOf(before: [number, number], ...afters: [number, number][]): DirectionResult {
  const go = (state: ProtocolState, input: ProtocolAnswer): ProtocolState => {
    const update = answer(state, input);
    if (!update.ok) throw new Error(update.problem);
    return update.state;
  };
  const r = ([extent, intensity]: [number, number]) => ({ extent: extent as ExtentRank, intensity });
  let s = go(startProtocol(), { step: 'safety', answers: Object.fromEntries(safetyItemIds.map((id) => [id, false])) });
  s = go(s, { step: 'before', reading: r(before) });
  for (const after of afters) {
    s = go(s, { step: s.step as 'extension' | 'flexion' });
    s = go(s, { step: s.step as 'after-extension' | 'after-flexion', reading: r(after) });
  }
  if (!s.result) throw new Error(`no result yet, at ${s.step}`);
  return s.result;
}

const results = {
  extensionCentralized: () => resultOf([3, 6], [2, 6]),
  extensionEased: () => resultOf([3, 6], [3, 3]),
  flexionAfterNoChange: () => resultOf([3, 5], [3, 5], [3, 5], [3, 5], [2, 5]),
  stenosis: () => resultOf([2, 5], [3, 6], [2, 4]),
  noneNoChange: () => resultOf([3, 5], [3, 5], [3, 5], [3, 5], [3, 5], [3, 5], [3, 5]),
  noneBothWorse: () => resultOf([2, 4], [3, 5], [4, 6]),
  noneExtensionWorse: () => resultOf([2, 4], [3, 5], [3, 5], [3, 5], [3, 5]),
  noneFlexionWorse: () => resultOf([2, 4], [2, 4], [2, 4], [2, 4], [3, 4]),
  noneBackOnly: () => resultOf([0, 5], [0, 5], [0, 5], [0, 5], [0, 5], [0, 5], [0, 5]),
};

function allText(plan: DirectionPlan): string {
  return [plan.title(), ...plan.summary.map((line) => line()), ...plan.sections.flatMap((s) => [s.heading(), ...s.lines.map((line) => line())])].join('\n');
}

function sectionIds(plan: DirectionPlan): string[] {
  return plan.sections.map((s) => s.id);
}

function safetyNetText(plan: DirectionPlan, number: string | null): { text: string; hrefs: string[] } {
  const host = document.createElement('div');
  render(plan.safetyNet(number), host);
  return { text: host.textContent?.replace(/\s+/g, ' ').trim() ?? '', hrefs: [...host.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '') };
}

async function withLang<T>(lang: string, run: () => T): Promise<T> {
  const before = document.documentElement.lang;
  document.documentElement.lang = lang;
  await new Promise((resolve) => setTimeout(resolve));
  try {
    return run();
  } finally {
    document.documentElement.lang = before;
  }
}

describe('direction-finder plan', () => {
  it('for extension: about 10 press-ups every 2 hours, elbows to hands, re-test if it spreads, two weeks', () => {
    const plan = directionPlan(results.extensionCentralized());
    expect(plan.direction).to.equal('extension');
    expect(sectionIds(plan)).to.deep.equal(['how-often', 'progress', 'watch', 'see-clinician']);
    const text = allText(plan);
    expect(text).to.contain('10 press-ups every 2 hours');
    expect(text).to.match(/elbows[^]*hands/);
    expect(text).to.contain('take this test again');
    expect(text).to.contain('two weeks');
    expect(text).to.contain('sooner');
    expect(text).to.contain('not a diagnosis');
    expect(plan.exerciseIds).to.deep.equal(['mckenzie-press-up']);
  });

  it('says "moved up" for a centralizing round and "eased" for easing at the same point', () => {
    expect(directionPlan(results.extensionCentralized()).summary[0]?.()).to.contain('moved up toward your back');
    expect(directionPlan(results.extensionEased()).summary[0]?.()).to.contain('leg symptoms eased');
  });

  it('for flexion: knees to chest about 10 times every 2 hours; no stenosis pattern when extension only did nothing', () => {
    const plan = directionPlan(results.flexionAfterNoChange());
    expect(plan.direction).to.equal('flexion');
    expect(sectionIds(plan)).to.deep.equal(['how-often', 'progress', 'watch', 'see-clinician']);
    expect(allText(plan)).to.contain('knees to your chest about 10 times every 2 hours');
    expect(allText(plan)).to.not.contain('press-ups');
    expect(plan.exerciseIds).to.deep.equal(['knee-to-chest']);
  });

  it('mentions the stenosis pattern, as a pattern and never a diagnosis, only when extension was worse and flexion helped', () => {
    const plan = directionPlan(results.stenosis());
    expect(sectionIds(plan)).to.deep.equal(['how-often', 'progress', 'watch', 'see-clinician', 'pattern']);
    const pattern = plan.sections.find((s) => s.id === 'pattern')?.lines.map((l) => l()).join(' ') ?? '';
    expect(pattern).to.contain('fits');
    expect(pattern).to.contain('stenosis');
    expect(pattern).to.contain('cannot tell what is causing');
    expect(pattern).to.not.match(/you have|diagnos/i);
    // The movement that made it worse is not suggested again.
    expect(allText(plan)).to.contain('Leave out the press-ups');
    for (const key of ['extensionCentralized', 'flexionAfterNoChange', 'noneBothWorse', 'noneNoChange'] as const) {
      expect(sectionIds(directionPlan(results[key]())), key).to.not.include('pattern');
    }
  });

  it('for none: see a physiotherapist (McKenzie-trained suits), the 90-90 rest position and short walks meanwhile', () => {
    const plan = directionPlan(results.noneNoChange());
    expect(plan.direction).to.equal('none');
    expect(sectionIds(plan)).to.deep.equal(['see-clinician', 'meanwhile']);
    const text = allText(plan);
    expect(text).to.contain('physiotherapist');
    expect(text).to.contain('McKenzie method');
    expect(text).to.contain('90-90');
    expect(text).to.contain('short walks');
    expect(text).to.contain('Neither movement changed your symptoms');
    expect(text).to.contain('not a diagnosis');
    expect(plan.exerciseIds).to.deep.equal(['ninety-ninety-rest', 'walking']);
  });

  it('for none: says which movement made it worse, not to repeat it, and to book within days', () => {
    const both = allText(directionPlan(results.noneBothWorse()));
    expect(both).to.contain('Both movements made your leg symptoms worse');
    expect(both).to.contain('within the next few days');
    expect(allText(directionPlan(results.noneExtensionWorse()))).to.contain('Do not repeat the press-ups');
    expect(allText(directionPlan(results.noneFlexionWorse()))).to.contain('Do not repeat bringing your knees to your chest');
    expect(allText(directionPlan(results.noneNoChange()))).to.contain('If your symptoms get worse or spread');
  });

  it('for none with back-only symptoms: says the test could not show a direction', () => {
    expect(allText(directionPlan(results.noneBackOnly()))).to.contain('in your back only');
    expect(allText(directionPlan(results.noneNoChange()))).to.not.contain('in your back only');
  });

  it('every plan carries the concrete safety net with the number, or "your local emergency number"', () => {
    for (const [key, make] of Object.entries(results)) {
      const plan = directionPlan(make());
      const withNumber = safetyNetText(plan, '999');
      expect(withNumber.text, key).to.contain('numbness between your legs');
      expect(withNumber.text, key).to.contain('bladder or bowels');
      expect(withNumber.text, key).to.contain('both legs');
      expect(withNumber.text, key).to.contain('call 999');
      expect(withNumber.hrefs, key).to.deep.equal(['tel:999']);
      expect(safetyNetText(plan, null).text, key).to.contain('your local emergency number');
    }
  });

  it('names only catalogue exercises and real references, and never diagnoses or says the person is fine', () => {
    for (const [key, make] of Object.entries(results)) {
      const plan = directionPlan(make());
      for (const id of plan.exerciseIds) expect(isExerciseId(id), `${key}: ${id}`).to.equal(true);
      expect(plan.sources.length, key).to.be.greaterThan(0);
      for (const source of plan.sources) expect(source.title.trim(), key).to.not.equal('');
      const text = allText(plan);
      expect(text, key).to.not.match(/you have (a|an|spinal|sciatica|stenosis|a disc)|you are fine|nothing (is )?wrong|seed|CLINICAL/i);
      for (const line of text.split('\n')) expect(line.trim(), key).to.not.equal('');
    }
  });

  it('says "physical therapist" on an en-US or en-CA page and "physiotherapist" elsewhere, never both', async () => {
    for (const [lang, term, other] of [
      ['en-US', 'physical therapist', 'physiotherapist'],
      ['en-CA', 'physical therapist', 'physiotherapist'],
      ['en-GB', 'physiotherapist', 'physical therapist'],
      ['en-AU', 'physiotherapist', 'physical therapist'],
      ['en', 'physiotherapist', 'physical therapist'],
    ] as [string, string, string][]) {
      const texts = await withLang(lang, () => Object.values(results).map((make) => allText(directionPlan(make()))));
      for (const text of texts) {
        expect(text, lang).to.contain(term);
        expect(text, lang).to.not.contain(other);
      }
    }
  });
});
