/**
 * An exercise's hold countdown as a schedule for the shared clock (`core/timeline.ts`): a `hold`
 * per rep with a short `relax` between reps. The nerve glide timer runs on the same `Timeline`,
 * so pause, resume and hidden-tab behaviour are the same in both (issue 4: "do not write two").
 *
 * Pure data, no DOM: the card builds it from the dose it shows (catalogue or clinician override).
 */
import { requireCount, secondsToMs } from '../core/timeline.js';
import type { Segment } from '../core/timeline.js';

/** `hold`: keep the position. `relax`: let go and get ready for the next rep. */
export type HoldPhase = 'hold' | 'relax';

/** One segment of a hold countdown; it always knows its rep. */
export interface HoldSegment extends Segment<HoldPhase> {
  /** 1-based rep. A relax carries the rep it follows, so the counter shows reps done. */
  readonly rep: number;
}

/** A hold dose: how long, how many, and the pause between. */
export interface HoldSettings {
  /** Seconds to hold each rep. */
  holdSeconds: number;
  /** Number of holds. */
  reps: number;
  /** Seconds to relax between holds; default `holdDefaults.restSeconds`, 0 for none. */
  restSeconds?: number;
}

/**
 * Defaults for what the catalogue's dose does not say. Three seconds is enough to let go, breathe
 * and set up again, short enough that the countdown still feels like one exercise; a clinician who
 * wants longer passes `restSeconds`.
 */
export const holdDefaults = Object.freeze({ restSeconds: 3 });

/**
 * The countdown's segments in order: `hold` (`holdSeconds`) for each rep, with a `relax`
 * (`restSeconds`) between reps — not after the last, and none when `restSeconds` is 0. Zero reps
 * give an empty schedule (the clock is then complete at once).
 *
 * @throws RangeError when `reps` is not a whole number ≥ 0 or a duration is not a finite number
 *   ≥ 0: the card validates its dose first, so this is a programming error.
 */
export function buildHoldSchedule(settings: HoldSettings): HoldSegment[] {
  const reps = requireCount(settings.reps, 'reps');
  // Whole ms (see secondsToMs), so every boundary is an exact integer offset.
  const holdMs = secondsToMs(settings.holdSeconds, 'holdSeconds');
  const relaxMs = secondsToMs(settings.restSeconds ?? holdDefaults.restSeconds, 'restSeconds');
  const segments: HoldSegment[] = [];
  for (let rep = 1; rep <= reps; rep++) {
    segments.push({ kind: 'hold', durationMs: holdMs, rep });
    if (rep < reps && relaxMs > 0) segments.push({ kind: 'relax', durationMs: relaxMs, rep });
  }
  return segments;
}
