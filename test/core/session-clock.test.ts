import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SessionClock } from '../../src/core/session-clock.js';
import type { Segment, SegmentEntry } from '../../src/core/timeline.js';
import { fakeClock } from '../helpers.js';

/** A bare Lit element hosting one session clock, with what the clock reported. */
class ClockHost extends LitElement {
  readonly time = fakeClock();
  readonly entered: string[] = [];
  done = 0;
  readonly session = new SessionClock<Segment>(this, {
    now: this.time.now,
    onSegmentsEntered: (entries: readonly SegmentEntry[]) => this.entered.push(...entries.map((e) => `${e.segment.kind}${e.index}`)),
    onDone: () => (this.done += 1),
  });
}
customElements.define('session-clock-host', ClockHost);

const schedule: Segment[] = [
  { kind: 'a', durationMs: 1000 },
  { kind: 'b', durationMs: 1000 },
  { kind: 'a', durationMs: 1000 },
];

async function host(): Promise<ClockHost> {
  const el = document.createElement('session-clock-host') as ClockHost;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('SessionClock', () => {
  afterEach(() => document.querySelectorAll('session-clock-host').forEach((el) => el.remove()));

  it('starts idle, runs on start(), and reports nothing until the first tick', async () => {
    const el = await host();
    expect(el.session.status).to.equal('idle');
    el.session.start(schedule);
    expect(el.session.status).to.equal('running');
    expect(el.entered).to.deep.equal([]);
    el.session.tick();
    expect(el.entered).to.deep.equal(['a0']);
  });

  it('reports every segment crossed since the previous poll, in order, once, and completes once', async () => {
    const el = await host();
    el.session.start(schedule);
    el.session.tick();
    el.time.set(1000 + 2500);
    el.session.tick();
    expect(el.entered).to.deep.equal(['a0', 'b1', 'a2']);
    el.time.set(1000 + 2600);
    el.session.tick();
    expect(el.entered).to.have.length(3);
    el.time.set(1000 + 5000);
    el.session.tick();
    el.session.tick();
    expect(el.session.status).to.equal('complete');
    expect(el.done).to.equal(1);
    expect(el.session.position?.done).to.equal(true);
  });

  it('pause() polls first, stops time, and resume() continues exactly where it stopped', async () => {
    const el = await host();
    el.session.start(schedule);
    el.session.tick();
    el.time.set(1000 + 1200);
    expect(el.session.pause()).to.equal(true);
    expect(el.entered).to.deep.equal(['a0', 'b1']);
    expect(el.session.status).to.equal('paused');
    el.time.set(1000 + 60_000);
    expect(el.session.elapsedMs).to.equal(1200);
    expect(el.session.pause()).to.equal(false);
    expect(el.session.resume()).to.equal(true);
    el.time.set(1000 + 60_500);
    el.session.tick();
    expect(el.session.elapsedMs).to.equal(1700);
    expect(el.session.resume()).to.equal(false);
  });

  it('removal pauses silently (no poll, nothing scheduled) and keeps what was crossed for the next poll', async () => {
    const el = await host();
    el.session.start(schedule);
    el.session.tick();
    el.time.set(1000 + 1500);
    el.remove();
    expect(el.session.status).to.equal('paused');
    expect(el.entered, 'nothing reported to a detached element').to.deep.equal(['a0']);
    document.body.append(el);
    el.session.resume();
    el.session.tick();
    expect(el.entered).to.deep.equal(['a0', 'b1']);
  });

  it('polls by itself while running and on the page, and stops when paused', async () => {
    const el = await host();
    let reads = 0;
    const now = el.time.now;
    (el.session as unknown as { options: { now: () => number } }).options.now = () => {
      reads += 1;
      return now();
    };
    el.session.start(schedule);
    el.session.tick();
    const before = reads;
    // The fallback timeout polls at least every 250 ms, even in a page without animation frames.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(reads).to.be.greaterThan(before);
    el.session.pause();
    const paused = reads;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(reads).to.equal(paused);
  });

  it('reset() goes back to idle and forgets the position', async () => {
    const el = await host();
    el.session.start(schedule);
    el.session.tick();
    el.session.reset();
    expect(el.session.status).to.equal('idle');
    expect(el.session.position).to.equal(null);
    expect(el.session.elapsedMs).to.equal(0);
    el.session.tick();
    expect(el.entered).to.deep.equal(['a0']);
  });
});

describe('SessionClock on removal', () => {
  it('asks the element to render again, so it shows as paused when put back', async () => {
    const el = document.createElement('session-clock-host') as ClockHost;
    document.body.append(el);
    await el.updateComplete;
    el.session.start(schedule);
    el.session.tick();
    await el.updateComplete;
    el.remove();
    expect(el.session.status).to.equal('paused');
    expect(el.isUpdatePending, 'an update is pending').to.equal(true);
  });
});
