import { expect } from '@open-wc/testing';
import { Timeline, requireCount, secondsToMs } from '../../src/core/timeline.js';
import type { Segment } from '../../src/core/timeline.js';

// Fake time: every test sets `t` by hand; the clock never reads the real one.
let t = 0;
const now = () => t;

type Kind = 'a' | 'b' | 'c';
const seg = (kind: Kind, durationMs: number, rep?: number): Segment<Kind> => ({ kind, durationMs, rep });

/** a 1000, b 500, c 2000: starts 0, 1000, 1500; total 3500. */
const abc = (): Timeline<Segment<Kind>> => new Timeline([seg('a', 1000), seg('b', 500), seg('c', 2000)], now);

describe('Timeline: schedule arithmetic', () => {
  beforeEach(() => {
    t = 0;
  });

  it('precomputes the total and each start', () => {
    const tl = abc();
    expect(tl.totalMs).to.equal(3500);
    expect(tl.segmentsEntered(-1, 2).map((e) => e.startMs)).to.deep.equal([0, 1000, 1500]);
  });

  it('gives each segment its start instant but not its end', () => {
    const tl = abc();
    const kindAt = (ms: number) => tl.positionAt(ms).segment?.kind;
    expect([0, 999, 1000, 1499, 1500, 3499].map(kindAt)).to.deep.equal(['a', 'a', 'b', 'b', 'c', 'c']);
    expect([999.999, 1000.001].map((ms) => tl.positionAt(ms).index)).to.deep.equal([0, 1]);
  });

  it('reports elapsed, remaining and fraction within a segment', () => {
    const p = abc().positionAt(2000);
    expect(p).to.deep.include({
      index: 2,
      segmentStartMs: 1500,
      elapsedInSegmentMs: 500,
      remainingInSegmentMs: 1500,
      fractionOfSegment: 0.25,
      elapsedMs: 2000,
      remainingMs: 1500,
      totalMs: 3500,
      done: false,
    });
  });

  it('is done exactly at the total, on the last segment, full', () => {
    const tl = abc();
    expect(tl.positionAt(3499).done).to.equal(false);
    const end = tl.positionAt(3500);
    expect(end).to.deep.include({ index: 2, elapsedInSegmentMs: 2000, remainingInSegmentMs: 0, fractionOfSegment: 1, done: true });
    expect(end.segment?.kind).to.equal('c');
    expect(tl.positionAt(99999)).to.deep.equal(end);
  });

  it('clamps negative and NaN session time to the start', () => {
    const tl = abc();
    expect(tl.positionAt(-50)).to.deep.equal(tl.positionAt(0));
    expect(tl.positionAt(Number.NaN)).to.deep.equal(tl.positionAt(0));
  });

  it('never makes a zero-length segment current', () => {
    const tl = new Timeline([seg('a', 1000), seg('b', 0), seg('c', 1000)], now);
    expect(tl.positionAt(999).segment?.kind).to.equal('a');
    expect(tl.positionAt(1000).segment?.kind).to.equal('c');
    expect(tl.positionAt(1000).index).to.equal(2);
  });

  it('rejects negative and non-finite durations', () => {
    for (const bad of [-1, Number.NaN, Infinity]) {
      expect(() => new Timeline([seg('a', 100), seg('b', bad)], now), String(bad)).to.throw(RangeError, /segment 1 \(b\)/);
    }
  });

  it('is not disturbed by later changes to the array it was given', () => {
    const segments = [seg('a', 1000), seg('b', 1000)];
    const tl = new Timeline(segments, now);
    segments.push(seg('c', 5000));
    expect(tl.segments.length).to.equal(2);
    expect(tl.totalMs).to.equal(2000);
  });

  it('carries segment metadata through', () => {
    const tl = new Timeline([seg('a', 1000, 1), seg('a', 1000, 2)], now);
    expect(tl.positionAt(1500).segment?.rep).to.equal(2);
  });

  it('finds the right segment by binary search in a long schedule', () => {
    // 1000 segments of varying length, checked against a linear scan at every start and just before it.
    const segments = Array.from({ length: 1000 }, (_, i) => seg('a', 1 + ((i * 37) % 11), i));
    const tl = new Timeline(segments, now);
    let start = 0;
    for (const [i, s] of segments.entries()) {
      expect(tl.positionAt(start).index, `start of ${i}`).to.equal(i);
      if (i > 0) expect(tl.positionAt(start - 0.5).index, `before ${i}`).to.equal(i - 1);
      start += s.durationMs;
    }
    expect(start).to.equal(tl.totalMs);
  });
});

describe('Timeline: empty schedule', () => {
  beforeEach(() => {
    t = 0;
  });

  it('has total 0 and is done at any time', () => {
    const tl = new Timeline<Segment>([], now);
    expect(tl.totalMs).to.equal(0);
    expect(tl.positionAt(0)).to.deep.equal({
      index: -1,
      segment: undefined,
      segmentStartMs: 0,
      elapsedInSegmentMs: 0,
      remainingInSegmentMs: 0,
      fractionOfSegment: 1,
      elapsedMs: 0,
      remainingMs: 0,
      totalMs: 0,
      done: true,
    });
    expect(tl.segmentsEntered(-1, 5)).to.deep.equal([]);
  });

  it('is complete as soon as it starts', () => {
    const tl = new Timeline<Segment>([], now);
    expect(tl.state).to.equal('idle');
    expect(tl.start()).to.equal(true);
    expect(tl.state).to.equal('complete');
    expect(tl.elapsedMs()).to.equal(0);
    expect(tl.at().done).to.equal(true);
    expect(tl.pause()).to.equal(false);
  });
});

describe('Timeline: start, pause, resume, reset', () => {
  beforeEach(() => {
    t = 0;
  });

  it('is idle with nothing elapsed until started, however much time passes', () => {
    const tl = abc();
    t = 5000;
    expect(tl.state).to.equal('idle');
    expect(tl.elapsedMs()).to.equal(0);
    expect(tl.at().index).to.equal(0);
  });

  it('measures from the start instant, on any time scale', () => {
    t = 123_456.789; // like performance.now() a couple of minutes after page load
    const tl = abc();
    tl.start();
    t += 1200;
    expect(tl.state).to.equal('running');
    expect(tl.elapsedMs()).to.be.closeTo(1200, 1e-9);
    expect(tl.at().segment?.kind).to.equal('b');
  });

  it('becomes complete when time reaches the total, without being polled in between', () => {
    const tl = abc();
    tl.start();
    t = 3499;
    expect(tl.state).to.equal('running');
    t = 3500;
    expect(tl.state).to.equal('complete');
    t = 60_000;
    expect(tl.state).to.equal('complete');
    expect(tl.elapsedMs()).to.equal(3500);
    expect(tl.at()).to.deep.include({ index: 2, done: true, remainingMs: 0 });
  });

  it('answers for any instant given to at() and elapsedMs()', () => {
    const tl = abc();
    tl.start();
    expect(tl.elapsedMs(1700)).to.equal(1700);
    expect(tl.at(1700).segment?.kind).to.equal('c');
    expect(tl.at(9000).done).to.equal(true);
  });

  it('excludes paused time and resumes exactly where it paused', () => {
    const tl = abc();
    tl.start();
    t = 700;
    expect(tl.pause()).to.equal(true);
    expect(tl.state).to.equal('paused');
    t = 50_000; // a long pause: a phone call
    expect(tl.elapsedMs()).to.equal(700);
    expect(tl.at()).to.deep.include({ index: 0, elapsedInSegmentMs: 700 });
    expect(tl.resume()).to.equal(true);
    expect(tl.elapsedMs()).to.equal(700);
    t = 50_300;
    expect(tl.at()).to.deep.include({ index: 1, elapsedMs: 1000, elapsedInSegmentMs: 0 });
    t = 50_000 + 2800;
    expect(tl.state).to.equal('complete');
  });

  it('adds up several pauses', () => {
    const tl = abc();
    tl.start();
    let expected = 0;
    for (const [run, rest] of [[300, 1000], [250, 20], [1, 99_999], [400, 0]] as const) {
      t += run;
      expected += run;
      tl.pause();
      t += rest;
      tl.resume();
    }
    expect(tl.elapsedMs()).to.equal(expected);
    expect(tl.elapsedMs()).to.equal(951);
  });

  it('treats pausing twice and resuming when not paused as no-ops', () => {
    const tl = abc();
    expect(tl.pause()).to.equal(false); // idle
    expect(tl.resume()).to.equal(false); // idle
    expect(tl.state).to.equal('idle');
    tl.start();
    t = 400;
    expect(tl.resume()).to.equal(false); // running
    expect(tl.elapsedMs()).to.equal(400);
    expect(tl.pause()).to.equal(true);
    t = 900;
    expect(tl.pause()).to.equal(false); // already paused: must not bank the 500 ms
    expect(tl.elapsedMs()).to.equal(400);
    expect(tl.resume()).to.equal(true);
    expect(tl.resume()).to.equal(false);
    t = 1000;
    expect(tl.elapsedMs()).to.equal(500);
  });

  it('does not restart a session in progress on a second start()', () => {
    const tl = abc();
    expect(tl.start()).to.equal(true);
    t = 800;
    expect(tl.start()).to.equal(false);
    expect(tl.elapsedMs()).to.equal(800);
    tl.pause();
    expect(tl.start()).to.equal(false);
    expect(tl.state).to.equal('paused');
  });

  it('does not pause a completed session', () => {
    const tl = abc();
    tl.start();
    t = 4000;
    expect(tl.pause()).to.equal(false);
    expect(tl.state).to.equal('complete');
    expect(tl.resume()).to.equal(false);
  });

  it('resets to idle from any state and can run again', () => {
    for (const stop of ['running', 'paused', 'complete'] as const) {
      t = 0;
      const tl = abc();
      tl.start();
      t = stop === 'complete' ? 5000 : 1200;
      if (stop === 'paused') tl.pause();
      expect(tl.state, stop).to.equal(stop);
      expect(tl.reset(), stop).to.equal(true);
      expect(tl.state, stop).to.equal('idle');
      expect(tl.elapsedMs(), stop).to.equal(0);
      expect(tl.at().index, stop).to.equal(0);
      expect(tl.reset(), `${stop}: second reset`).to.equal(false);
      t += 10_000;
      expect(tl.start(), stop).to.equal(true);
      t += 1100;
      expect(tl.at().segment?.kind, stop).to.equal('b');
    }
  });

  it('never reports negative or shrunken-below-resume elapsed time when now() goes backwards', () => {
    t = 10_000;
    const tl = abc();
    tl.start();
    t = 9_000; // before the start
    expect(tl.elapsedMs()).to.equal(0);
    expect(tl.at()).to.deep.include({ index: 0, elapsedMs: 0, elapsedInSegmentMs: 0 });
    t = 10_600;
    tl.pause();
    t = 10_700;
    tl.resume();
    t = 2_000; // far back: stays at what the pause banked
    expect(tl.elapsedMs()).to.equal(600);
    expect(tl.state).to.equal('running');
  });
});

describe('Timeline: segmentsEntered', () => {
  it('lists the segments entered after prev up to next, in order, with their starts', () => {
    const tl = abc();
    expect(tl.segmentsEntered(-1, 0).map((e) => [e.index, e.segment.kind, e.startMs])).to.deep.equal([[0, 'a', 0]]);
    expect(tl.segmentsEntered(0, 2).map((e) => [e.index, e.segment.kind, e.startMs])).to.deep.equal([
      [1, 'b', 1000],
      [2, 'c', 1500],
    ]);
  });

  it('enters nothing when the index has not moved or went back', () => {
    const tl = abc();
    expect(tl.segmentsEntered(1, 1)).to.deep.equal([]);
    expect(tl.segmentsEntered(2, 0)).to.deep.equal([]);
  });

  it('stays within the schedule', () => {
    const tl = abc();
    expect(tl.segmentsEntered(-5, 99).map((e) => e.index)).to.deep.equal([0, 1, 2]);
  });

  it('lists zero-length segments that were jumped over', () => {
    const tl = new Timeline([seg('a', 1000), seg('b', 0), seg('c', 1000)], now);
    const p = tl.positionAt(1000);
    expect(tl.segmentsEntered(0, p.index).map((e) => e.segment.kind)).to.deep.equal(['b', 'c']);
  });

  it('gives the same answers whether polled every frame or rarely', () => {
    // A hidden tab: the same session polled at 16 ms and at irregular multi-second gaps must
    // agree at every shared instant and announce the same segments in the same order.
    const build = () => new Timeline(Array.from({ length: 60 }, (_, i) => seg((['a', 'b', 'c'] as const)[i % 3]!, 700 + (i % 4) * 300, i)), now);
    const run = (times: number[]) => {
      t = 0;
      const tl = build();
      tl.start();
      let last = -1;
      const entered: number[] = [];
      const positions = new Map<number, number>();
      for (const time of times) {
        t = time;
        const p = tl.at();
        for (const e of tl.segmentsEntered(last, p.index)) entered.push(e.index);
        last = p.index;
        positions.set(time, p.index);
      }
      return { entered, positions };
    };
    const total = build().totalMs;
    const frames = Array.from({ length: Math.ceil(total / 16) + 2 }, (_, i) => i * 16);
    // Multiples of 16 so they are instants the per-frame run also sees; the last is past the end.
    const rare = [0, 4992, 5008, 36_992, 37_008, 64_992, 16 * Math.ceil(total / 16) + 16];
    const a = run(frames);
    const b = run(rare);
    const all = Array.from({ length: 60 }, (_, i) => i);
    expect(a.entered).to.deep.equal(all);
    expect(b.entered).to.deep.equal(all);
    for (const time of rare) {
      expect(a.positions.has(time), String(time)).to.equal(true);
      expect(b.positions.get(time), String(time)).to.equal(a.positions.get(time));
    }
  });
});

describe('secondsToMs and requireCount', () => {
  it('rounds seconds to whole milliseconds', () => {
    expect(secondsToMs(2.5)).to.equal(2500);
    expect(secondsToMs(1.1)).to.equal(1100);
    expect(secondsToMs(0.0004)).to.equal(0);
    expect(secondsToMs(0)).to.equal(0);
  });

  it('rejects negative and non-finite seconds, naming the value', () => {
    for (const bad of [-0.5, Number.NaN, Infinity]) expect(() => secondsToMs(bad, 'holdSeconds'), String(bad)).to.throw(RangeError, /holdSeconds/);
  });

  it('accepts whole counts ≥ 0 only', () => {
    expect(requireCount(0)).to.equal(0);
    expect(requireCount(12)).to.equal(12);
    for (const bad of [-1, 2.5, Number.NaN, Infinity]) expect(() => requireCount(bad, 'reps'), String(bad)).to.throw(RangeError, /reps/);
  });
});
