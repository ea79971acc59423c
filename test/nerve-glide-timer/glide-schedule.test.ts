import { expect } from '@open-wc/testing';
import { numberSpec } from '../../src/core/attributes.js';
import { Timeline } from '../../src/core/timeline.js';
import { buildGlideSchedule, glideDefaults, glideRanges } from '../../src/nerve-glide-timer/glide-schedule.js';
import type { GlidePhase, GlideSegment, GlideSettings } from '../../src/nerve-glide-timer/glide-schedule.js';

// Fake time: every test sets `t` by hand.
let t = 0;
const now = () => t;

const timeline = (settings: Partial<GlideSettings>) => new Timeline(buildGlideSchedule(settings), now);

/** phase/rep/set at session time `ms`, as a compact string for readable failures. */
function where(tl: Timeline<GlideSegment>, ms: number): string {
  const p = tl.positionAt(ms);
  return p.segment ? `${p.segment.kind} ${p.segment.rep}/${p.segment.set}${p.done ? ' done' : ''}` : 'none';
}

/**
 * The same answer computed directly from the settings, with no schedule and no Timeline: what the
 * session should show `elapsedMs` into it. Independent arithmetic, so a drift or an off-by-one in
 * either shows up as a mismatch.
 */
function expected(s: GlideSettings, elapsedMs: number): { phase: GlidePhase; rep: number; set: number; done: boolean } {
  const phase = s.phaseSeconds * 1000;
  const rest = s.restSeconds * 1000;
  const setLength = s.reps * 2 * phase;
  const block = setLength + rest;
  const total = s.sets * setLength + (s.sets - 1) * rest;
  if (elapsedMs >= total) return { phase: 'flexion', rep: s.reps, set: s.sets, done: true };
  const setIndex = Math.floor(elapsedMs / block);
  const within = elapsedMs - setIndex * block;
  if (within >= setLength) return { phase: 'rest', rep: s.reps, set: setIndex + 1, done: false };
  const rep = Math.floor(within / (2 * phase)) + 1;
  const inGlide = within - (rep - 1) * 2 * phase;
  return { phase: inGlide < phase ? 'extension' : 'flexion', rep, set: setIndex + 1, done: false };
}

describe('glideDefaults and glideRanges', () => {
  it('are the documented defaults (API.md)', () => {
    expect({ ...glideDefaults }).to.deep.equal({ reps: 10, sets: 1, phaseSeconds: 2.5, restSeconds: 30 });
  });

  it('contain the defaults', () => {
    for (const key of Object.keys(glideRanges) as (keyof GlideSettings)[]) {
      const spec = numberSpec(glideRanges[key], glideDefaults[key]);
      expect(spec.parse(glideDefaults[key]).valid, key).to.equal(true);
    }
  });

  it('reject the values a host is told will warn', () => {
    expect(numberSpec(glideRanges.reps, 10).parse('-3').valid).to.equal(false);
    expect(numberSpec(glideRanges.reps, 10).parse('2.5').valid).to.equal(false);
    expect(numberSpec(glideRanges.sets, 1).parse('0').valid).to.equal(false);
    expect(numberSpec(glideRanges.phaseSeconds, 2.5).parse('abc').valid).to.equal(false);
    expect(numberSpec(glideRanges.phaseSeconds, 2.5).parse('0.5').valid).to.equal(false);
    expect(numberSpec(glideRanges.restSeconds, 30).parse('0').valid).to.equal(true);
    expect(numberSpec(glideRanges.restSeconds, 30).parse('301').valid).to.equal(false);
  });
});

describe('buildGlideSchedule', () => {
  it('uses the defaults: 10 glides of extension then flexion, no rest with one set', () => {
    const segments = buildGlideSchedule();
    expect(segments.length).to.equal(20);
    expect(segments.slice(0, 3)).to.deep.equal([
      { kind: 'extension', durationMs: 2500, rep: 1, set: 1 },
      { kind: 'flexion', durationMs: 2500, rep: 1, set: 1 },
      { kind: 'extension', durationMs: 2500, rep: 2, set: 1 },
    ]);
    expect(segments.at(-1)).to.deep.equal({ kind: 'flexion', durationMs: 2500, rep: 10, set: 1 });
    expect(segments.some((s) => s.kind === 'rest')).to.equal(false);
  });

  it('puts a rest between sets, not after the last', () => {
    const segments = buildGlideSchedule({ reps: 2, sets: 3, phaseSeconds: 1, restSeconds: 20 });
    expect(segments.map((s) => `${s.kind[0]}${s.rep}.${s.set}`)).to.deep.equal([
      'e1.1', 'f1.1', 'e2.1', 'f2.1', 'r2.1',
      'e1.2', 'f1.2', 'e2.2', 'f2.2', 'r2.2',
      'e1.3', 'f1.3', 'e2.3', 'f2.3',
    ]);
    expect(segments.filter((s) => s.kind === 'rest').map((s) => s.durationMs)).to.deep.equal([20_000, 20_000]);
  });

  it('has no rest segments when restSeconds is 0', () => {
    const segments = buildGlideSchedule({ reps: 3, sets: 4, restSeconds: 0 });
    expect(segments.length).to.equal(24);
    expect(segments.every((s) => s.kind !== 'rest')).to.equal(true);
  });

  it('takes the default for a setting passed as undefined', () => {
    expect(buildGlideSchedule({ reps: undefined, phaseSeconds: 3 }).length).to.equal(20);
  });

  it('rounds phase seconds to whole ms so offsets stay exact', () => {
    const tl = timeline({ reps: 50, sets: 1, phaseSeconds: 1.1 });
    expect(tl.segments[0]?.durationMs).to.equal(1100);
    expect(tl.totalMs).to.equal(110_000);
    expect(tl.segmentsEntered(98, 99)[0]?.startMs).to.equal(108_900);
  });

  it('gives an empty schedule for zero reps or sets', () => {
    expect(buildGlideSchedule({ reps: 0, sets: 3 })).to.deep.equal([]);
    expect(buildGlideSchedule({ reps: 5, sets: 0 })).to.deep.equal([]);
  });

  it('throws on settings the element should have rejected', () => {
    expect(() => buildGlideSchedule({ reps: -3 })).to.throw(RangeError, /reps/);
    expect(() => buildGlideSchedule({ sets: 1.5 })).to.throw(RangeError, /sets/);
    expect(() => buildGlideSchedule({ phaseSeconds: Number.NaN })).to.throw(RangeError, /phaseSeconds/);
    expect(() => buildGlideSchedule({ restSeconds: -1 })).to.throw(RangeError, /restSeconds/);
  });
});

describe('glide timeline: exact phase boundaries', () => {
  beforeEach(() => {
    t = 0;
  });

  it('defaults: 2.5 s phases', () => {
    const tl = timeline({});
    expect(tl.totalMs).to.equal(50_000);
    const at = (ms: number) => where(tl, ms);
    expect(at(0)).to.equal('extension 1/1');
    expect(at(2499)).to.equal('extension 1/1');
    expect(at(2500)).to.equal('flexion 1/1');
    expect(at(4999)).to.equal('flexion 1/1');
    expect(at(5000)).to.equal('extension 2/1');
    expect(at(47_500)).to.equal('flexion 10/1');
    expect(at(49_999)).to.equal('flexion 10/1');
    expect(at(50_000)).to.equal('flexion 10/1 done');
  });

  it('two sets with a rest: the rest sits between the sets', () => {
    const tl = timeline({ reps: 3, sets: 2, phaseSeconds: 2, restSeconds: 10 });
    // Set 1: 0–12 s, rest 12–22 s, set 2: 22–34 s.
    expect(tl.totalMs).to.equal(34_000);
    const at = (ms: number) => where(tl, ms);
    expect(at(11_999)).to.equal('flexion 3/1');
    expect(at(12_000)).to.equal('rest 3/1');
    expect(at(21_999)).to.equal('rest 3/1');
    expect(at(22_000)).to.equal('extension 1/2');
    expect(at(24_000)).to.equal('flexion 1/2');
    expect(at(33_999)).to.equal('flexion 3/2');
    expect(at(34_000)).to.equal('flexion 3/2 done');
    const rest = tl.positionAt(17_000);
    expect([rest.remainingInSegmentMs, rest.fractionOfSegment]).to.deep.equal([5000, 0.5]);
  });

  it('odd settings: 1.5 s phases, no rest, three sets', () => {
    const tl = timeline({ reps: 1, sets: 3, phaseSeconds: 1.5, restSeconds: 0 });
    expect([0, 1499, 1500, 2999, 3000, 4500, 6000, 8999, 9000].map((ms) => where(tl, ms))).to.deep.equal([
      'extension 1/1',
      'extension 1/1',
      'flexion 1/1',
      'flexion 1/1',
      'extension 1/2',
      'flexion 1/2',
      'extension 1/3',
      'flexion 1/3',
      'flexion 1/3 done',
    ]);
  });

  it('the running clock agrees with positionAt from a performance.now-like origin', () => {
    t = 98_765.4321;
    const tl = timeline({});
    tl.start();
    t += 2500;
    expect(tl.at().segment?.kind).to.equal('flexion');
    t += 2500;
    expect(tl.at().segment).to.deep.include({ kind: 'extension', rep: 2 });
    t += 45_000;
    expect(tl.state).to.equal('complete');
  });

  it('pausing mid-phase holds the phase; resuming finishes it on time', () => {
    const tl = timeline({});
    tl.start();
    t = 1000;
    tl.pause();
    t = 31_000; // 30 s interruption
    expect(tl.at()).to.deep.include({ index: 0, remainingInSegmentMs: 1500 });
    tl.resume();
    t = 32_499;
    expect(tl.at().segment?.kind).to.equal('extension');
    t = 32_500;
    expect(tl.at().segment?.kind).to.equal('flexion');
    t = 80_000;
    expect(tl.state).to.equal('complete');
    expect(tl.elapsedMs()).to.equal(50_000);
  });
});

describe('glide timeline: a 10-minute session', () => {
  // 5 sets × 20 glides × 2 × 2.5 s = 500 s of gliding + 4 rests × 25 s = exactly 600 s.
  const settings: GlideSettings = { reps: 20, sets: 5, phaseSeconds: 2.5, restSeconds: 25 };
  const segmentCount = buildGlideSchedule(settings).length;
  const allIndices = Array.from({ length: segmentCount }, (_, i) => i);
  const label = (s: GlideSegment) => `${s.kind} ${s.rep}/${s.set}`;

  beforeEach(() => {
    t = 0;
  });

  /**
   * Polls a session the way the element does: at each instant, check the position against the
   * direct computation and collect the segments entered since the previous poll.
   */
  function poller(tl: Timeline<GlideSegment>, sessionTimeAt: (wall: number) => number) {
    let last = -1;
    const entered: GlideSegment[] = [];
    const enteredIndices: number[] = [];
    return {
      entered,
      enteredIndices,
      poll(wall: number): GlideSegment[] {
        t = wall;
        const p = tl.at();
        const elapsed = Math.min(600_000, sessionTimeAt(wall));
        expect(p.elapsedMs, `session time at wall ${wall}`).to.equal(elapsed);
        expect(
          { phase: p.segment?.kind, rep: p.segment?.rep, set: p.segment?.set, done: p.done },
          `position at wall ${wall} ms (session ${elapsed} ms)`,
        ).to.deep.equal(expected(settings, elapsed));
        const entries = tl.segmentsEntered(last, p.index);
        const news = entries.map((e) => e.segment);
        enteredIndices.push(...entries.map((e) => e.index));
        entered.push(...news);
        last = p.index;
        return news;
      },
    };
  }

  it('totals exactly 600 s', () => {
    expect(timeline(settings).totalMs).to.equal(600_000);
    expect(segmentCount).to.equal(5 * 20 * 2 + 4);
  });

  it('stepped at 1 s lands in the right phase, rep and set every second, and announces each segment once', () => {
    const tl = timeline(settings);
    tl.start();
    const p = poller(tl, (wall) => wall);
    for (let wall = 0; wall <= 605_000; wall += 1000) p.poll(wall);
    expect(p.enteredIndices).to.deep.equal(allIndices);
    expect(tl.state).to.equal('complete');
  });

  it('with one 60 s gap (hidden tab) lands in the same place with no drift and announces every crossed segment once, in order', () => {
    const tl = timeline(settings);
    tl.start();
    const p = poller(tl, (wall) => wall);
    // 1 s polls, except nothing between 200 s and 260 s.
    let crossedInGap: string[] = [];
    for (let wall = 0; wall <= 605_000; wall += 1000) {
      if (wall > 200_000 && wall < 260_000) continue;
      const news = p.poll(wall);
      if (wall === 260_000) crossedInGap = news.map(label);
    }
    expect(p.enteredIndices).to.deep.equal(allIndices);
    // Set 2 runs 125–225 s, rest 225–250 s, set 3 from 250 s. At 200 s: extension 16/2 (75 s into
    // set 2 is the very start of glide 16). At 260 s: extension 3/3 (10 s into set 3).
    expect(crossedInGap).to.deep.equal([
      'flexion 16/2',
      'extension 17/2', 'flexion 17/2', 'extension 18/2', 'flexion 18/2',
      'extension 19/2', 'flexion 19/2', 'extension 20/2', 'flexion 20/2',
      'rest 20/2',
      'extension 1/3', 'flexion 1/3', 'extension 2/3', 'flexion 2/3', 'extension 3/3',
    ]);
  });

  it('a gap, a pause and 60 fps frames together still end after exactly 600 s of session time', () => {
    const origin = 1_000_000; // a performance.now()-like origin
    t = origin;
    const tl = timeline(settings);
    tl.start();
    // 0–100 s polled at 1 s; paused 100–190 s; 190–400 s at 60 fps (whole-ms frame times, as
    // rAF timestamps are close to); nothing 400–460 s; then 1 s polls.
    const sessionTimeAt = (wall: number) => (wall - origin <= 100_000 ? wall - origin : wall - origin - 90_000);
    const p = poller(tl, sessionTimeAt);
    for (let ms = 0; ms <= 100_000; ms += 1000) p.poll(origin + ms);
    t = origin + 100_000;
    expect(tl.pause()).to.equal(true);
    t = origin + 150_000;
    expect(tl.at().elapsedMs).to.equal(100_000);
    t = origin + 190_000;
    expect(tl.resume()).to.equal(true);
    for (let frame = 1; 190_000 + Math.round((frame * 1000) / 60) <= 400_000; frame++) p.poll(origin + 190_000 + Math.round((frame * 1000) / 60));
    for (let ms = 460_000; ms <= 700_000; ms += 1000) p.poll(origin + ms);
    expect(p.enteredIndices).to.deep.equal(allIndices);
    t = origin + 689_999;
    expect(tl.state).to.equal('running');
    t = origin + 690_000;
    expect(tl.state).to.equal('complete');
  });
});
