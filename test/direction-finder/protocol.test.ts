import { expect } from '@open-wc/testing';
import { redFlagItems } from '../../src/content/red-flags.js';
import {
  answer,
  isSymptomReading,
  legRank,
  maxRoundsPerMovement,
  meaningfulIntensityChange,
  readRound,
  safetyItemIds,
  safetyItems,
  startProtocol,
} from '../../src/direction-finder/protocol.js';
import type { DirectionStep, ProtocolAnswer, ProtocolState, SymptomReading } from '../../src/direction-finder/protocol.js';
import type { ExtentRank } from '../../src/pain-map/regions.js';

// --- helpers ---

function reading(extent: number, intensity: number): SymptomReading {
  return { extent: extent as ExtentRank, intensity };
}

/** Applies an answer that must be accepted, and returns the new state. */
function step(state: ProtocolState, input: ProtocolAnswer): ProtocolState {
  const update = answer(state, input);
  if (!update.ok) throw new Error(`refused at ${state.step}: ${update.problem}`);
  return update.state;
}

/** Applies an answer that must be refused; checks the state is returned unchanged. */
function refused(state: ProtocolState, input: unknown): string {
  const update = answer(state, input as ProtocolAnswer);
  // No JSON.stringify of the input here: some of it throws when read, which is the point.
  expect(update.ok, 'a bad answer was accepted').to.equal(false);
  expect(update.state).to.equal(state);
  return update.ok ? '' : update.problem;
}

function allNo(): Record<string, boolean> {
  return Object.fromEntries(safetyItemIds.map((id) => [id, false]));
}

/** A test past the safety step, at `before`. */
function atBefore(): ProtocolState {
  return step(startProtocol(), { step: 'safety', answers: allNo() });
}

/** One round: the movement step, then the after reading. Records the steps passed through. */
function round(state: ProtocolState, after: SymptomReading, steps: DirectionStep[] = [], spreading = false): ProtocolState {
  const movement = state.step;
  expect(movement === 'extension' || movement === 'flexion', `at a movement step, not ${movement}`).to.equal(true);
  let next = step(state, { step: movement as 'extension' | 'flexion', spreading });
  steps.push(next.step);
  next = step(next, { step: next.step as 'after-extension' | 'after-flexion', reading: after });
  steps.push(next.step);
  return next;
}

describe('direction-finder protocol: the safety step', () => {
  it('asks the items of the red-flag bank chosen by id, and every one of them is in the bank', () => {
    const bankIds = redFlagItems.map((item) => item.id);
    for (const id of safetyItemIds) expect(bankIds, `"${id}" missing from the red-flag item bank`).to.include(id);
    expect(safetyItems.map((item) => item.id)).to.have.members([...safetyItemIds]);
    expect(safetyItems).to.have.length(safetyItemIds.length);
  });

  it('asks exactly the bladder, bowel, saddle, both-legs, weakness and foot-drop signs, emergency ones first', () => {
    expect([...safetyItemIds]).to.deep.equal([
      'bladder-control',
      'bladder-retention',
      'bladder-sensation',
      'bowel-control',
      'saddle-numbness',
      'both-legs-pain',
      'both-legs-weakness',
      'foot-drop',
      'one-leg-weakness',
    ]);
    const levels = safetyItems.map((item) => item.level);
    expect(levels.slice(0, 7).every((level) => level === 'emergency')).to.equal(true);
    expect(levels.slice(7)).to.deep.equal(['urgent', 'urgent']);
    // Every safety item can only stop the test as an emergency or urgent sign.
    for (const item of safetyItems) expect(['emergency', 'urgent'], item.id).to.include(item.level);
  });

  it('starts at the safety step with nothing answered', () => {
    const s = startProtocol();
    expect(s.step).to.equal('safety');
    expect(s.stop).to.equal(null);
    expect(s.result).to.equal(null);
    expect(s.rounds).to.deep.equal([]);
    expect(s.current).to.equal(null);
    expect(Object.isFrozen(s)).to.equal(true);
  });

  it('stays on the safety step while questions are open, and moves on once all are answered no', () => {
    let s = startProtocol();
    const ids = [...safetyItemIds];
    for (const id of ids.slice(0, -1)) {
      s = step(s, { step: 'safety', answers: { [id]: false } });
      expect(s.step, id).to.equal('safety');
    }
    s = step(s, { step: 'safety', answers: { [ids.at(-1) ?? '']: false } });
    expect(s.step).to.equal('before');
    expect(s.stop).to.equal(null);
  });

  for (const id of safetyItemIds) {
    it(`stops at once on a yes to ${id}, with its level, before the other questions are answered`, () => {
      const s = step(startProtocol(), { step: 'safety', answers: { [id]: true } });
      const level = redFlagItems.find((item) => item.id === id)?.level;
      expect(s.step).to.equal('safety');
      expect(s.stop).to.deep.equal({ flags: [id], level });
      expect(s.result).to.equal(null);
    });
  }

  it('an emergency sign stops it as an emergency; an urgent one alone as urgent; both as an emergency', () => {
    const emergency = step(startProtocol(), { step: 'safety', answers: { ...allNo(), 'saddle-numbness': true } });
    expect(emergency.stop).to.deep.equal({ flags: ['saddle-numbness'], level: 'emergency' });
    const urgent = step(startProtocol(), { step: 'safety', answers: { ...allNo(), 'foot-drop': true } });
    expect(urgent.stop).to.deep.equal({ flags: ['foot-drop'], level: 'urgent' });
    const both = step(startProtocol(), { step: 'safety', answers: { 'one-leg-weakness': true, 'bladder-sensation': true } });
    expect(both.stop).to.deep.equal({ flags: ['bladder-sensation', 'one-leg-weakness'], level: 'emergency' });
  });

  it('once stopped, refuses every other step; more safety answers can add flags and raise the level, never take a yes back', () => {
    let s = step(startProtocol(), { step: 'safety', answers: { 'foot-drop': true } });
    expect(s.stop?.level).to.equal('urgent');
    refused(s, { step: 'before', reading: reading(2, 5) });
    refused(s, { step: 'extension' });
    s = step(s, { step: 'safety', answers: { 'foot-drop': false } });
    expect(s.stop).to.deep.equal({ flags: ['foot-drop'], level: 'urgent' });
    s = step(s, { step: 'safety', answers: { 'bowel-control': true } });
    expect(s.stop).to.deep.equal({ flags: ['bowel-control', 'foot-drop'], level: 'emergency' });
    s = step(s, { step: 'safety', answers: allNo() });
    expect(s.stop).to.deep.equal({ flags: ['bowel-control', 'foot-drop'], level: 'emergency' });
    expect(s.step).to.equal('safety');
  });

  it('refuses safety answers that are not true/false or not safety questions, and answers that are not an object', () => {
    const s = startProtocol();
    expect(refused(s, { step: 'safety', answers: { 'foot-drop': 'yes' } })).to.contain('true or false');
    refused(s, { step: 'safety', answers: { 'foot-drop': 1 } });
    refused(s, { step: 'safety', answers: { 'foot-drop': null } });
    expect(refused(s, { step: 'safety', answers: { fever: true } })).to.contain('not one of the safety questions');
    refused(s, { step: 'safety', answers: null });
    refused(s, { step: 'safety', answers: [true] });
    refused(s, { step: 'safety' });
  });

  it('does not read answers from a polluted prototype', () => {
    const answers = Object.create({ 'saddle-numbness': true }) as Record<string, boolean>;
    const s = step(startProtocol(), { step: 'safety', answers });
    expect(s.stop).to.equal(null);
    expect(s.step).to.equal('safety');
  });
});

describe('direction-finder protocol: reading a round', () => {
  it('extent down is centralizing, even when the intensity rose', () => {
    expect(readRound(reading(3, 4), reading(2, 4))).to.equal('centralized');
    expect(readRound(reading(3, 4), reading(1, 9))).to.equal('centralized');
    expect(readRound(reading(1, 3), reading(0, 8))).to.equal('centralized');
  });

  it('extent up is peripheralizing, even when the intensity fell', () => {
    expect(readRound(reading(2, 6), reading(3, 6))).to.equal('peripheralized');
    expect(readRound(reading(2, 8), reading(4, 1))).to.equal('peripheralized');
    expect(readRound(reading(0, 3), reading(1, 3))).to.equal('peripheralized');
  });

  it('stopping because it spread is peripheralizing whatever the reading after', () => {
    expect(readRound(reading(2, 5), reading(2, 5), true)).to.equal('peripheralized');
    expect(readRound(reading(2, 5), reading(1, 2), true)).to.equal('peripheralized');
  });

  it('same extent in the leg: 2 points lower is eased, 2 points higher is worsened, 1 point either way is unchanged', () => {
    expect(legRank).to.equal(2);
    expect(meaningfulIntensityChange).to.equal(2);
    for (const extent of [2, 3, 4]) {
      expect(readRound(reading(extent, 6), reading(extent, 4)), `${extent}`).to.equal('eased');
      expect(readRound(reading(extent, 6), reading(extent, 0)), `${extent}`).to.equal('eased');
      expect(readRound(reading(extent, 6), reading(extent, 5)), `${extent}`).to.equal('unchanged');
      expect(readRound(reading(extent, 6), reading(extent, 6)), `${extent}`).to.equal('unchanged');
      expect(readRound(reading(extent, 6), reading(extent, 7)), `${extent}`).to.equal('unchanged');
      expect(readRound(reading(extent, 6), reading(extent, 8)), `${extent}`).to.equal('worsened');
    }
  });

  it('same extent in the back or buttock: the intensity changes nothing', () => {
    for (const extent of [0, 1]) {
      expect(readRound(reading(extent, 8), reading(extent, 1)), `${extent}`).to.equal('unchanged');
      expect(readRound(reading(extent, 1), reading(extent, 9)), `${extent}`).to.equal('unchanged');
    }
  });
});

describe('direction-finder protocol: every path of issue 18', () => {
  it('centralizes on round 1 → extension', () => {
    const steps: DirectionStep[] = [];
    let s = step(atBefore(), { step: 'before', reading: reading(3, 6) });
    expect(s.step).to.equal('extension');
    expect(s.current?.round).to.equal(1);
    s = round(s, reading(2, 6), steps);
    expect(steps).to.deep.equal(['after-extension', 'result']);
    expect(s.result).to.deep.equal({
      direction: 'extension',
      rounds: [{ movement: 'extension', before: reading(3, 6), after: reading(2, 6), response: 'centralized', spreading: false }],
      stenosisPattern: false,
    });
    expect(s.current).to.equal(null);
  });

  it('unchanged twice, then centralizes → extension after three rounds', () => {
    const steps: DirectionStep[] = [];
    let s = step(atBefore(), { step: 'before', reading: reading(3, 5) });
    s = round(s, reading(3, 5), steps);
    expect(s.step).to.equal('extension');
    expect(s.current?.round).to.equal(2);
    s = round(s, reading(3, 6), steps);
    expect(s.current?.round).to.equal(3);
    s = round(s, reading(1, 4), steps);
    expect(steps).to.deep.equal(['after-extension', 'extension', 'after-extension', 'extension', 'after-extension', 'result']);
    expect(s.result?.direction).to.equal('extension');
    expect(s.result?.rounds.map((r) => r.response)).to.deep.equal(['unchanged', 'unchanged', 'centralized']);
    // Each round's before is the reading just before it.
    expect(s.result?.rounds.map((r) => r.before)).to.deep.equal([reading(3, 5), reading(3, 5), reading(3, 6)]);
  });

  it('peripheralizes → flexion at once → flexion centralizes: the stenosis pattern', () => {
    const steps: DirectionStep[] = [];
    let s = step(atBefore(), { step: 'before', reading: reading(2, 5) });
    s = round(s, reading(3, 6), steps);
    expect(s.step).to.equal('flexion');
    expect(s.current).to.include({ movement: 'flexion', round: 1 });
    expect(s.current?.before).to.deep.equal(reading(3, 6));
    s = round(s, reading(2, 4), steps);
    expect(steps).to.deep.equal(['after-extension', 'flexion', 'after-flexion', 'result']);
    expect(s.result?.direction).to.equal('flexion');
    expect(s.result?.stenosisPattern).to.equal(true);
    expect(s.result?.rounds.map((r) => [r.movement, r.response])).to.deep.equal([
      ['extension', 'peripheralized'],
      ['flexion', 'centralized'],
    ]);
  });

  it('extension unchanged three times, then flexion helps → flexion, without the stenosis pattern', () => {
    let s = step(atBefore(), { step: 'before', reading: reading(3, 5) });
    for (let i = 0; i < 3; i++) s = round(s, reading(3, 5));
    expect(s.step).to.equal('flexion');
    s = round(s, reading(3, 2));
    expect(s.result?.direction).to.equal('flexion');
    expect(s.result?.rounds.at(-1)?.response).to.equal('eased');
    expect(s.result?.stenosisPattern).to.equal(false);
  });

  it('peripheralizes both ways → none', () => {
    let s = step(atBefore(), { step: 'before', reading: reading(2, 4) });
    s = round(s, reading(3, 5));
    s = round(s, reading(4, 6));
    expect(s.step).to.equal('result');
    expect(s.result?.direction).to.equal('none');
    expect(s.result?.stenosisPattern).to.equal(false);
    expect(s.result?.rounds).to.have.length(2);
  });

  it('unchanged throughout: three rounds of extension, then three of flexion → none', () => {
    const steps: DirectionStep[] = [];
    let s = step(atBefore(), { step: 'before', reading: reading(3, 5) });
    for (let i = 0; i < 6; i++) s = round(s, reading(3, i % 2 === 0 ? 5 : 6), steps);
    expect(steps).to.deep.equal([
      'after-extension', 'extension', 'after-extension', 'extension', 'after-extension', 'flexion',
      'after-flexion', 'flexion', 'after-flexion', 'flexion', 'after-flexion', 'result',
    ]);
    expect(s.result?.direction).to.equal('none');
    expect(s.result?.rounds.map((r) => r.movement)).to.deep.equal(['extension', 'extension', 'extension', 'flexion', 'flexion', 'flexion']);
    expect(s.result?.rounds.every((r) => r.response === 'unchanged')).to.equal(true);
  });

  it('back pain worse but leg better: still centralizing → extension', () => {
    let s = step(atBefore(), { step: 'before', reading: reading(3, 3) });
    s = round(s, reading(0, 8));
    expect(s.result?.direction).to.equal('extension');
    expect(s.result?.rounds[0]?.response).to.equal('centralized');
  });

  it('leg symptoms eased at the same point → that direction; clearly worse at the same point → stop it', () => {
    let eased = step(atBefore(), { step: 'before', reading: reading(3, 7) });
    eased = round(eased, reading(3, 4));
    expect(eased.result?.direction).to.equal('extension');
    expect(eased.result?.rounds[0]?.response).to.equal('eased');

    let worse = step(atBefore(), { step: 'before', reading: reading(3, 4) });
    worse = round(worse, reading(3, 7));
    expect(worse.step).to.equal('flexion');
    worse = round(worse, reading(3, 4));
    expect(worse.result?.direction).to.equal('flexion');
    expect(worse.result?.stenosisPattern).to.equal(true);
  });

  it('a slow easing that adds up over rounds counts, read against where the movement started', () => {
    let s = step(atBefore(), { step: 'before', reading: reading(2, 6) });
    s = round(s, reading(2, 5));
    expect(s.step).to.equal('extension');
    s = round(s, reading(2, 4));
    expect(s.result?.direction).to.equal('extension');
    expect(s.result?.rounds.map((r) => r.response)).to.deep.equal(['unchanged', 'eased']);
  });

  it('"stop, it is spreading" during a movement: asks where it reaches, then stops that direction', () => {
    let s = step(atBefore(), { step: 'before', reading: reading(2, 5) });
    s = step(s, { step: 'extension', spreading: true });
    expect(s.step).to.equal('after-extension');
    s = step(s, { step: 'after-extension', reading: reading(2, 5) });
    expect(s.step).to.equal('flexion');
    expect(s.rounds[0]).to.include({ response: 'peripheralized', spreading: true });
    s = step(s, { step: 'flexion', spreading: true });
    s = step(s, { step: 'after-flexion', reading: reading(2, 5) });
    expect(s.result?.direction).to.equal('none');
    expect(s.result?.rounds.map((r) => r.spreading)).to.deep.equal([true, true]);
  });

  it('back-only symptoms can still spread, but cannot centralize → none when nothing changes', () => {
    let s = step(atBefore(), { step: 'before', reading: reading(0, 6) });
    for (let i = 0; i < 6; i++) s = round(s, reading(0, i % 2 ? 2 : 8));
    expect(s.result?.direction).to.equal('none');
  });
});

describe('direction-finder protocol: limits and bad input', () => {
  it('never does more than three rounds of one movement', () => {
    expect(maxRoundsPerMovement).to.equal(3);
    let s = step(atBefore(), { step: 'before', reading: reading(4, 5) });
    const roundsSeen: number[] = [];
    while (s.step === 'extension') {
      roundsSeen.push(s.current?.round ?? 0);
      s = round(s, reading(4, 5));
    }
    expect(roundsSeen).to.deep.equal([1, 2, 3]);
    expect(s.step).to.equal('flexion');
    const flexionRounds: number[] = [];
    while (s.step === 'flexion') {
      flexionRounds.push(s.current?.round ?? 0);
      s = round(s, reading(4, 5));
    }
    expect(flexionRounds).to.deep.equal([1, 2, 3]);
    expect(s.step).to.equal('result');
    expect(s.result?.rounds.filter((r) => r.movement === 'extension')).to.have.length(3);
  });

  it('refuses readings out of range or not whole numbers, without throwing', () => {
    const s = atBefore();
    for (const bad of [
      reading(5, 3),
      reading(-1, 3),
      reading(2.5, 3),
      reading(2, 11),
      reading(2, -1),
      reading(2, 3.5),
      reading(Number.NaN, 3),
      reading(2, Number.NaN),
      reading(2, Number.POSITIVE_INFINITY),
      { extent: '2', intensity: 3 },
      { extent: 2, intensity: '3' },
      { extent: 2 },
      { intensity: 3 },
      null,
      undefined,
      'thigh',
      [2, 3],
    ]) {
      expect(() => refused(s, { step: 'before', reading: bad })).to.not.throw();
    }
    expect(refused(s, { step: 'before', reading: reading(5, 3) })).to.contain('extent "5"');
    expect(refused(s, { step: 'before', reading: reading(2, 11) })).to.contain('intensity "11"');
    expect(refused(s, { step: 'before', reading: reading(2, Number.NaN) })).to.contain('intensity "NaN"');
    // The after steps validate the same way.
    let at = step(s, { step: 'before', reading: reading(2, 3) });
    at = step(at, { step: 'extension' });
    refused(at, { step: 'after-extension', reading: reading(2, 11) });
    expect(isSymptomReading(reading(4, 10))).to.equal(true);
    expect(isSymptomReading(reading(0, 0))).to.equal(true);
    expect(isSymptomReading(reading(5, 0))).to.equal(false);
  });

  it('refuses an answer for a step that is not the current one', () => {
    const s = atBefore();
    expect(refused(s, { step: 'after-extension', reading: reading(2, 3) })).to.contain('current step is "before"');
    refused(s, { step: 'extension' });
    refused(s, { step: 'safety', answers: allNo() });
    refused(s, { step: 'result' });
    refused(s, { step: 'nonsense' });
    refused(s, { reading: reading(2, 3) });
    const moving = step(s, { step: 'before', reading: reading(2, 3) });
    // A double tap: the movement step's answer again once the after step is showing.
    const after = step(moving, { step: 'extension' });
    refused(after, { step: 'extension' });
    refused(after, { step: 'flexion' });
    refused(moving, { step: 'extension', spreading: 'yes' });
  });

  it('refuses everything once the test is over', () => {
    let s = step(atBefore(), { step: 'before', reading: reading(2, 3) });
    s = round(s, reading(1, 3));
    expect(s.step).to.equal('result');
    expect(refused(s, { step: 'result' })).to.contain('over');
    refused(s, { step: 'before', reading: reading(2, 3) });
    refused(s, { step: 'extension' });
  });

  it('refuses input that is not an answer, or that throws when read, without throwing', () => {
    const s = atBefore();
    for (const bad of [null, undefined, 42, 'before', [], () => 1]) expect(() => refused(s, bad)).to.not.throw();
    const throwing = new Proxy({}, { get: () => { throw new Error('boom'); }, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
    expect(refused(s, throwing)).to.contain('threw');
    const throwingReading = { step: 'before', get reading(): never { throw new Error('boom'); } };
    expect(() => refused(s, throwingReading)).to.not.throw();
  });

  it('keeps its own copy of a reading: changing the caller\'s object later changes nothing', () => {
    const given = { extent: 3, intensity: 5 } as { extent: ExtentRank; intensity: number };
    const s = step(atBefore(), { step: 'before', reading: given });
    given.extent = 0;
    given.intensity = 10;
    expect(s.current?.before).to.deep.equal(reading(3, 5));
    expect(Object.isFrozen(s.current)).to.equal(true);
  });

  it('does not change a state it was given (states are frozen and new ones are returned)', () => {
    const before = atBefore();
    const next = step(before, { step: 'before', reading: reading(2, 3) });
    expect(before.step).to.equal('before');
    expect(before.current).to.equal(null);
    expect(next).to.not.equal(before);
    expect(Object.isFrozen(next)).to.equal(true);
    expect(Object.isFrozen(next.rounds)).to.equal(true);
  });
});

describe('direction-finder protocol: reset', () => {
  it('starting again after a result, mid-test or after a safety stop gives a fresh test at the safety step', () => {
    const fresh = startProtocol();
    let done = step(atBefore(), { step: 'before', reading: reading(2, 3) });
    done = round(done, reading(1, 3));
    const midway = round(step(atBefore(), { step: 'before', reading: reading(3, 3) }), reading(3, 3));
    const stopped = step(startProtocol(), { step: 'safety', answers: { 'saddle-numbness': true } });
    for (const old of [done, midway, stopped]) {
      expect(old.step === 'safety' && old.stop === null).to.equal(false);
      const again = startProtocol();
      expect(again).to.deep.equal(fresh);
      expect(again.stop).to.equal(null);
      expect(again.safetyAnswers).to.deep.equal({});
      // The new test can go all the way through.
      let s = step(again, { step: 'safety', answers: allNo() });
      s = step(s, { step: 'before', reading: reading(2, 3) });
      s = round(s, reading(1, 3));
      expect(s.result?.direction).to.equal('extension');
    }
  });
});
