/**
 * The session clock of an element: a Lit reactive controller that owns a `Timeline` (timeline.ts),
 * polls it while it runs, and follows the element's lifecycle. The nerve glide timer (extension /
 * flexion / rest) and the exercise card's hold countdown (hold / relax) both use it, so the polling,
 * the pause on removal and the catching up after a hidden tab are written once.
 *
 * Polling: on every animation frame while the page is visible, and at least every `fallbackMs` through
 * a timeout, because browsers stop animation frames in hidden tabs. It only decides *when* to look:
 * what time it is always comes from the timeline's timestamps, so a late or skipped poll never stretches
 * a session, and `segmentsEntered` reports every boundary crossed since the previous poll, none missed
 * and none repeated. The loop re-arms itself while the session runs and stops the moment it does not.
 *
 * Lifecycle: removed from the page, a running session pauses silently (no poll, so nothing fires on a
 * detached element; the first poll after `resume()` reports what was crossed meanwhile) and nothing
 * stays scheduled. When the page becomes visible again it catches up at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Timeline, type Segment, type SegmentEntry, type TimelinePosition } from './timeline.js';

/** Where the session is, as of the latest poll (`complete` once the schedule has run out). */
export type SessionStatus = 'idle' | 'running' | 'paused' | 'complete';

export interface SessionClockOptions<S extends Segment> {
  /** The only source of time, in ms on a monotonic scale (the element passes its `clock`). */
  now: () => number;
  /** The segments entered since the previous poll, oldest first, and the latest of them; called only when there are some. */
  onSegmentsEntered?: (entries: readonly SegmentEntry<S>[], latest: SegmentEntry<S>) => void;
  /** The schedule has run out: called once per session, after the last segments are reported. */
  onDone?: (position: TimelinePosition<S>) => void;
  /** The longest gap between polls while the page is hidden, in ms. Default 250. */
  fallbackMs?: number;
}

export class SessionClock<S extends Segment> implements ReactiveController {
  /** Where the session is, as of the latest poll. */
  status: SessionStatus = 'idle';
  /** The position at the latest poll (or pause); `null` before the start. */
  position: TimelinePosition<S> | null = null;

  private timeline: Timeline<S> | null = null;
  private lastIndex = -1;
  private frameId: number | null = null;
  private timeoutId: ReturnType<typeof setTimeout> | null = null;
  private readonly fallbackMs: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SessionClockOptions<S>,
  ) {
    this.fallbackMs = options.fallbackMs ?? 250;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    if (this.timeline && this.status === 'running' && this.timeline.pause()) {
      this.status = 'paused';
      // Shown as paused (with Resume) when the element is put back in the page.
      this.host.requestUpdate();
    }
    this.stopLoop();
  }

  /** The session time so far (pauses excluded), in ms; 0 before the start. */
  get elapsedMs(): number {
    return this.timeline?.at().elapsedMs ?? 0;
  }

  /**
   * Starts a new session over `segments`, replacing any other. It does not poll yet: the element
   * announces the start first, then calls `tick()`, so its start event comes before the first segment's.
   */
  start(segments: readonly S[]): void {
    this.stopLoop();
    this.timeline = new Timeline(segments, this.options.now);
    this.lastIndex = -1;
    this.position = null;
    this.timeline.start();
    this.status = 'running';
    this.host.requestUpdate();
  }

  /**
   * Pauses a running session, after one last poll so that every segment crossed until now is
   * reported first. Returns whether it paused (not when idle, already paused, or just completed).
   */
  pause(): boolean {
    if (!this.timeline || this.status !== 'running') return false;
    this.poll();
    if (!this.isRunning() || !this.timeline.pause()) return false;
    this.status = 'paused';
    this.position = this.timeline.at();
    this.stopLoop();
    this.host.requestUpdate();
    return true;
  }

  /** Continues a paused session exactly where it stopped; like `start()`, the element then calls `tick()`. */
  resume(): boolean {
    if (!this.timeline || this.status !== 'paused' || !this.timeline.resume()) return false;
    this.status = 'running';
    this.host.requestUpdate();
    return true;
  }

  /** Forgets the session: back to idle, nothing scheduled. */
  reset(): void {
    this.stopLoop();
    this.timeline?.reset();
    this.timeline = null;
    this.lastIndex = -1;
    this.position = null;
    this.status = 'idle';
    this.host.requestUpdate();
  }

  /** Polls now and, while the session runs and the element is on the page, keeps polling. */
  tick(): void {
    if (this.status !== 'running') return;
    this.poll();
    if (this.isRunning() && this.host.isConnected) this.arm();
  }

  // A method, not `this.status === 'running'` inline: poll() may have completed the session, which
  // TypeScript's narrowing of the field cannot see.
  private isRunning(): boolean {
    return this.status === 'running';
  }

  private poll(): void {
    const timeline = this.timeline;
    if (!timeline || this.status !== 'running') return;
    const position = timeline.at();
    const entered = timeline.segmentsEntered(this.lastIndex, position.index);
    this.lastIndex = Math.max(this.lastIndex, position.index);
    this.position = position;
    const latest = entered.at(-1);
    if (latest) this.options.onSegmentsEntered?.(entered, latest);
    if (position.done) {
      this.status = 'complete';
      this.stopLoop();
      this.options.onDone?.(position);
    }
    this.host.requestUpdate();
  }

  /** Arms the next animation frame and the fallback timeout (each at most once). */
  private arm(): void {
    if (this.frameId === null && typeof requestAnimationFrame === 'function') this.frameId = requestAnimationFrame(this.onTimer);
    if (this.timeoutId === null) this.timeoutId = setTimeout(this.onTimer, this.fallbackMs);
  }

  private stopLoop(): void {
    if (this.frameId !== null) cancelAnimationFrame(this.frameId);
    if (this.timeoutId !== null) clearTimeout(this.timeoutId);
    this.frameId = null;
    this.timeoutId = null;
  }

  // A frame or the timeout: whichever comes first polls; both are cleared and armed afresh, so at
  // most one of each is ever pending.
  private readonly onTimer = (): void => {
    this.stopLoop();
    this.tick();
  };

  // The frame loop may have been asleep in a hidden tab: catch up as soon as the page is seen again.
  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.tick();
  };
}
