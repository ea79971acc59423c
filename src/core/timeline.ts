/**
 * A clock over a fixed schedule of timed segments, shared by the nerve glide timer (extension /
 * flexion / rest) and the exercise card's hold countdown (hold / relax): one clock, not two.
 *
 * Why it is built like this:
 * - **Time comes only from the injected `now()`** (the element passes `performance.now`, tests a
 *   fake). There is no `setTimeout`, animation frame or `Date.now()` in here, so the arithmetic is
 *   tested with fake time, fast and exactly, and the element alone owns scheduling and cleanup.
 * - **Position is computed from timestamps, never by counting ticks.** The element may call
 *   `at()` every frame, every second, or after a 60 s gap in a hidden tab; the answer is the same
 *   for the same instant, so a throttled tab, a slow frame or a paused debugger cannot stretch or
 *   shorten the session. The only state is where the clock was started or resumed and how much
 *   session time had passed before that, so pause time is excluded and resume continues exactly
 *   where pause left off.
 * - **Events are derived from indices, not from time deltas**: `segmentsEntered(prev, next)`
 *   lists every segment entered between two polls, in order, so an element that polls irregularly
 *   fires one phase event per boundary crossed, none missed and none repeated.
 *
 * Segment start offsets are precomputed once, so `at()` is a binary search: O(log n).
 */

/** One timed step of a schedule. `rep` and `set` are free metadata the clock carries but never reads. */
export interface Segment<K extends string = string> {
  /** What the person does during this segment, e.g. `extension`, `rest`, `hold`. */
  readonly kind: K;
  /** How long it lasts, in ms. Whole ms keep offsets exact (see the schedule builders). */
  readonly durationMs: number;
  /** 1-based repetition this segment belongs to, if the schedule has repetitions. */
  readonly rep?: number;
  /** 1-based set this segment belongs to, if the schedule has sets. */
  readonly set?: number;
}

/**
 * Where the clock is. `complete` is derived from time (elapsed has reached the total), not stored,
 * so it is true as soon as `now()` says so, whether or not anything polled in between.
 */
export type TimelineState = 'idle' | 'running' | 'paused' | 'complete';

/** Where a session is at one instant: everything an element needs to render and to announce. */
export interface TimelinePosition<S extends Segment = Segment> {
  /**
   * Index of the current segment. At or after the end it is the last segment (so a progress ring
   * shows it full); `-1` only for a schedule with no segments.
   */
  readonly index: number;
  /** The current segment, or `undefined` for a schedule with no segments. */
  readonly segment: S | undefined;
  /** Session time at which the current segment starts, in ms. */
  readonly segmentStartMs: number;
  /** Time spent in the current segment, in ms (0 ≤ … ≤ its duration). */
  readonly elapsedInSegmentMs: number;
  /** Time left in the current segment, in ms; what a countdown shows. */
  readonly remainingInSegmentMs: number;
  /** 0 at the segment's start, 1 at its end (1 for a zero-length segment); for a progress ring. */
  readonly fractionOfSegment: number;
  /** Session time so far, pauses excluded, in ms (0 ≤ … ≤ `totalMs`). */
  readonly elapsedMs: number;
  /** Session time left, in ms. */
  readonly remainingMs: number;
  /** Length of the whole schedule, in ms. */
  readonly totalMs: number;
  /** True once the whole schedule has elapsed (at once for an empty schedule). */
  readonly done: boolean;
}

/** A segment entered between two polls, as listed by `segmentsEntered`. */
export interface SegmentEntry<S extends Segment = Segment> {
  readonly index: number;
  readonly segment: S;
  /** Session time at which the segment starts, in ms. */
  readonly startMs: number;
}

/**
 * A start/pause/resume/reset clock over a schedule of segments.
 *
 * Typical use in an element: keep `lastIndex = -1`; on each frame or tick call `at()`, fire one
 * phase event for each entry of `segmentsEntered(lastIndex, position.index)`, set `lastIndex`,
 * and fire completion when `position.done` first becomes true. On `reset()` set `lastIndex = -1`.
 *
 * It holds no timers, so dropping the object is all the cleanup it needs.
 */
export class Timeline<S extends Segment = Segment> {
  /** The schedule, in order. */
  readonly segments: readonly S[];
  /** Length of the whole schedule, in ms. */
  readonly totalMs: number;

  private readonly now: () => number;
  /** `starts[i]` is the session time at which segment i begins. */
  private readonly starts: readonly number[];

  private mode: 'idle' | 'running' | 'paused' = 'idle';
  /** Session time accumulated before the latest start/resume (all of it while paused). */
  private bankedMs = 0;
  /** `now()` at the latest start/resume. */
  private runningSince = 0;

  /**
   * @param segments the schedule; durations must be finite and ≥ 0 (zero-length segments are
   *   allowed: they are never current, but `segmentsEntered` still lists them).
   * @param now the only source of time, in ms on any monotonic scale (`performance.now` in an
   *   element). If it ever goes backwards, elapsed time never drops below where the latest
   *   start/resume left it, so it is never negative.
   * @throws RangeError for a negative or non-finite duration: that is a bug in the caller's
   *   schedule builder (attributes are validated before they get here), not something to hide.
   */
  constructor(segments: readonly S[], now: () => number) {
    const starts: number[] = [];
    let offset = 0;
    for (const [i, segment] of segments.entries()) {
      if (!Number.isFinite(segment.durationMs) || segment.durationMs < 0) {
        throw new RangeError(`Timeline: segment ${i} (${segment.kind}) has invalid durationMs ${segment.durationMs}`);
      }
      starts.push(offset);
      offset += segment.durationMs;
    }
    // Copied and frozen so a caller mutating its array cannot desynchronise the offsets.
    this.segments = Object.freeze([...segments]);
    this.starts = Object.freeze(starts);
    this.totalMs = offset;
    this.now = now;
  }

  /** `complete` as soon as the session time has reached the total, whether or not anything polled. */
  get state(): TimelineState {
    if (this.mode === 'running' && this.elapsedMs() >= this.totalMs) return 'complete';
    return this.mode;
  }

  /**
   * Starts the session from the beginning. Only from `idle` (use `reset()` first to run again), so
   * a double click cannot restart a session in progress.
   * @returns whether anything changed, so the caller fires its start event only once.
   */
  start(): boolean {
    if (this.mode !== 'idle') return false;
    this.mode = 'running';
    this.bankedMs = 0;
    this.runningSince = this.now();
    return true;
  }

  /**
   * Freezes session time. A no-op unless running and not yet complete (pausing twice does not
   * lose or add time).
   * @returns whether the clock was paused by this call.
   */
  pause(): boolean {
    if (this.state !== 'running') return false;
    this.bankedMs = this.elapsedMs();
    this.mode = 'paused';
    return true;
  }

  /**
   * Continues from exactly where `pause()` stopped; the paused time is not counted. A no-op
   * unless paused.
   * @returns whether the clock was resumed by this call.
   */
  resume(): boolean {
    if (this.mode !== 'paused') return false;
    this.mode = 'running';
    this.runningSince = this.now();
    return true;
  }

  /**
   * Back to `idle` with no time elapsed.
   * @returns whether anything changed (false when already idle).
   */
  reset(): boolean {
    if (this.mode === 'idle') return false;
    this.mode = 'idle';
    this.bankedMs = 0;
    this.runningSince = 0;
    return true;
  }

  /**
   * Session time at wall-clock instant `t`, pauses excluded, clamped to [0, totalMs].
   * Meaningful for `t` at or after the latest start/resume (earlier `t` counts as that instant).
   */
  elapsedMs(t: number = this.now()): number {
    if (this.mode !== 'running') return this.bankedMs;
    // max(0, …): a clock that steps backwards must not un-run the session below the resume point.
    return Math.min(this.totalMs, this.bankedMs + Math.max(0, t - this.runningSince));
  }

  /** Where the session is at wall-clock instant `t` (default: now). */
  at(t: number = this.now()): TimelinePosition<S> {
    return this.positionAt(this.elapsedMs(t));
  }

  /**
   * Where a session is after `elapsedMs` of session time, independent of the clock's state: for
   * previews, tests and benchmarks. A segment owns its start instant, not its end: at exactly
   * 2500 ms into 2.5 s phases it is the second phase. Out-of-range input is clamped.
   */
  positionAt(elapsedMs: number): TimelinePosition<S> {
    const total = this.totalMs;
    const elapsed = Number.isNaN(elapsedMs) ? 0 : Math.min(total, Math.max(0, elapsedMs));
    const done = elapsed >= total;
    const last = this.segments.length - 1;
    // At the end the last segment stays current (full), so the display does not jump to nothing.
    const index = done ? last : this.indexAt(elapsed);
    const segment = this.segments[index];
    if (segment === undefined) {
      // Only an empty schedule gets here: nothing to do, so it is done at once.
      return {
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
      };
    }
    const segmentStartMs = this.starts[index] ?? 0;
    const duration = segment.durationMs;
    const inSegment = Math.min(duration, Math.max(0, elapsed - segmentStartMs));
    return {
      index,
      segment,
      segmentStartMs,
      elapsedInSegmentMs: inSegment,
      remainingInSegmentMs: duration - inSegment,
      fractionOfSegment: duration > 0 ? inSegment / duration : 1,
      elapsedMs: elapsed,
      remainingMs: total - elapsed,
      totalMs: total,
      done,
    };
  }

  /**
   * The segments entered after `prevIndex` up to and including `nextIndex`, in order: what an
   * element announces after a poll. One 60 s gap can cross many segments; each is listed exactly
   * once, and consecutive calls (`prev` = the previous call's `next`) never repeat one. Use
   * `prevIndex = -1` before the first poll so the first segment is announced too. Going
   * backwards (`nextIndex <= prevIndex`) enters nothing.
   */
  segmentsEntered(prevIndex: number, nextIndex: number): SegmentEntry<S>[] {
    const entries: SegmentEntry<S>[] = [];
    const from = Math.max(0, Math.floor(prevIndex) + 1);
    const to = Math.min(this.segments.length - 1, Math.floor(nextIndex));
    for (let index = from; index <= to; index++) {
      const segment = this.segments[index];
      if (segment !== undefined) entries.push({ index, segment, startMs: this.starts[index] ?? 0 });
    }
    return entries;
  }

  /**
   * The last segment whose start is ≤ `elapsed`, for 0 ≤ elapsed < total. Taking the last of equal
   * starts skips zero-length segments, which are never current.
   */
  private indexAt(elapsed: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? Infinity) <= elapsed) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * Seconds (as a person or an attribute gives them) to whole milliseconds for a segment. Rounding
 * keeps every segment start an exact integer, so boundaries land where a person expects: 2.5 s is
 * 2500 ms, and 1.1 s is 1100 ms rather than 1100.0000000000002, which would drift a long schedule.
 * @param what names the value in the error, e.g. `phaseSeconds`.
 * @throws RangeError for a negative or non-finite value: schedule builders get validated
 *   attributes, so this is a programming error rather than a host's typo.
 */
export function secondsToMs(seconds: number, what = 'seconds'): number {
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`${what} must be a finite number ≥ 0, got ${seconds}`);
  return Math.round(seconds * 1000);
}

/**
 * Checks a count for a schedule builder (reps, sets): a whole number ≥ 0, where 0 simply gives an
 * empty schedule.
 * @throws RangeError otherwise, for the same reason as `secondsToMs`.
 */
export function requireCount(count: number, what = 'count'): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`${what} must be a whole number ≥ 0, got ${count}`);
  return count;
}
