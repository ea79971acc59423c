import { expect } from '@open-wc/testing';
import { Timeline } from '../../src/core/timeline.js';
import { buildHoldSchedule, holdDefaults } from '../../src/exercise-card/hold-schedule.js';
import type { HoldSegment } from '../../src/exercise-card/hold-schedule.js';

// Fake time: every test sets `t` by hand.
let t = 0;
const now = () => t;

const where = (tl: Timeline<HoldSegment>, ms: number): string => {
  const p = tl.positionAt(ms);
  return p.segment ? `${p.segment.kind} ${p.segment.rep}${p.done ? ' done' : ''}` : 'none';
};

describe('buildHoldSchedule', () => {
  it('holds for each rep with a 3 s relax between reps, not after the last', () => {
    expect(holdDefaults.restSeconds).to.equal(3);
    expect(buildHoldSchedule({ holdSeconds: 30, reps: 3 })).to.deep.equal([
      { kind: 'hold', durationMs: 30_000, rep: 1 },
      { kind: 'relax', durationMs: 3000, rep: 1 },
      { kind: 'hold', durationMs: 30_000, rep: 2 },
      { kind: 'relax', durationMs: 3000, rep: 2 },
      { kind: 'hold', durationMs: 30_000, rep: 3 },
    ]);
  });

  it('takes another relax time, or none', () => {
    expect(buildHoldSchedule({ holdSeconds: 5, reps: 2, restSeconds: 10 }).map((s) => s.durationMs)).to.deep.equal([5000, 10_000, 5000]);
    expect(buildHoldSchedule({ holdSeconds: 5, reps: 3, restSeconds: 0 }).map((s) => s.kind)).to.deep.equal(['hold', 'hold', 'hold']);
  });

  it('is a single hold for one rep', () => {
    expect(buildHoldSchedule({ holdSeconds: 20, reps: 1 })).to.deep.equal([{ kind: 'hold', durationMs: 20_000, rep: 1 }]);
  });

  it('is empty for zero reps', () => {
    expect(buildHoldSchedule({ holdSeconds: 20, reps: 0 })).to.deep.equal([]);
  });

  it('throws on a dose the card should have rejected', () => {
    expect(() => buildHoldSchedule({ holdSeconds: -1, reps: 2 })).to.throw(RangeError, /holdSeconds/);
    expect(() => buildHoldSchedule({ holdSeconds: 10, reps: 1.5 })).to.throw(RangeError, /reps/);
    expect(() => buildHoldSchedule({ holdSeconds: 10, reps: 2, restSeconds: Number.NaN })).to.throw(RangeError, /restSeconds/);
  });
});

describe('hold countdown on the shared Timeline', () => {
  beforeEach(() => {
    t = 0;
  });

  it('changes phase exactly at each boundary and is done at the end of the last hold', () => {
    const tl = new Timeline(buildHoldSchedule({ holdSeconds: 10, reps: 3 }), now);
    // hold 0–10 s, relax 10–13 s, hold 13–23 s, relax 23–26 s, hold 26–36 s.
    expect(tl.totalMs).to.equal(36_000);
    expect([0, 9999, 10_000, 12_999, 13_000, 25_999, 26_000, 35_999, 36_000].map((ms) => where(tl, ms))).to.deep.equal([
      'hold 1',
      'hold 1',
      'relax 1',
      'relax 1',
      'hold 2',
      'relax 2',
      'hold 3',
      'hold 3',
      'hold 3 done',
    ]);
  });

  it('counts down the hold and pauses without losing a second', () => {
    t = 5000;
    const tl = new Timeline(buildHoldSchedule({ holdSeconds: 30, reps: 2 }), now);
    expect(tl.start()).to.equal(true);
    t = 5000 + 12_000;
    expect(tl.at().remainingInSegmentMs).to.equal(18_000);
    expect(tl.pause()).to.equal(true);
    t += 45_000;
    expect(tl.at().remainingInSegmentMs).to.equal(18_000);
    expect(tl.resume()).to.equal(true);
    t += 18_000;
    expect(tl.at().segment?.kind).to.equal('relax');
    t += 3000 + 30_000;
    expect(tl.state).to.equal('complete');
    expect(tl.elapsedMs()).to.equal(63_000);
  });

  it('announces each hold and relax once when polled only every 10 s', () => {
    const tl = new Timeline(buildHoldSchedule({ holdSeconds: 4, reps: 5, restSeconds: 2 }), now);
    tl.start();
    let last = -1;
    const entered: string[] = [];
    for (t = 0; t <= 40_000; t += 10_000) {
      const p = tl.at();
      for (const e of tl.segmentsEntered(last, p.index)) entered.push(`${e.segment.kind} ${e.segment.rep}`);
      last = p.index;
    }
    expect(entered).to.deep.equal(['hold 1', 'relax 1', 'hold 2', 'relax 2', 'hold 3', 'relax 3', 'hold 4', 'relax 4', 'hold 5']);
  });
});
