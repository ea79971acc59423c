/**
 * The seated nerve glide (slider) as a schedule for the shared clock (`core/timeline.ts`):
 * for each set, for each rep, an extension phase then a flexion phase, with a rest between sets.
 *
 * Pure data, no DOM: the element validates its attributes against `glideRanges`, builds the
 * schedule once per session and hands it to a `Timeline`. The phase order and the starting dose
 * come from docs/clinical-basis.md ("The seated nerve glide (slider)"); the defaults are those of docs/elements.md.
 */
import type { NumberRange } from '../core/attributes.js';
import { requireCount, secondsToMs } from '../core/timeline.js';
import type { Segment, TimelinePosition } from '../core/timeline.js';

/**
 * What the person does in a segment. `extension`: knee straight, toes up, look up. `flexion`:
 * knee bent, toes away, chin down. `rest`: the pause between sets.
 */
export type GlidePhase = 'extension' | 'flexion' | 'rest';

/** One segment of a glide session; unlike a generic `Segment`, it always knows its rep and set. */
export interface GlideSegment extends Segment<GlidePhase> {
  /**
   * 1-based rep. A rest carries the last rep of the set it follows, so the counters do not jump
   * ahead while the person rests.
   */
  readonly rep: number;
  /** 1-based set. A rest carries the set it follows (the next one is `set + 1`). */
  readonly set: number;
}

/** A glide dose, in the units of the element's attributes. */
export interface GlideSettings {
  /** Glides per set (one glide = extension + flexion). */
  reps: number;
  /** Number of sets. */
  sets: number;
  /** Seconds per phase (a full glide takes twice this). */
  phaseSeconds: number;
  /** Seconds of rest between sets; 0 for none. */
  restSeconds: number;
}

/**
 * The documented defaults: 10 glides, one set, 2.5 s a phase (a full cycle of about 5 s, as in the
 * slider dose of docs/clinical-basis.md, after Coppieters & Butler 2008), 30 s rest between sets.
 */
export const glideDefaults: Readonly<GlideSettings> = Object.freeze({
  reps: 10,
  sets: 1,
  phaseSeconds: 2.5,
  restSeconds: 30,
});

/**
 * Allowed attribute values; outside them the element falls back to the default and warns.
 * Wide enough for any dose a clinician plausibly writes, narrow enough to catch typos:
 * - `reps` 1–50 whole: the starting dose is about 10; 50 leaves room for progression while `100`
 *   or `500` is almost certainly a slip.
 * - `sets` 1–10 whole: a few sets a time is the usual advice; more belongs to later sessions.
 * - `phaseSeconds` 1–15: under a second is a flick, not a glide; slow glides for an irritable
 *   nerve may linger at each end, but past about 15 s a phase becomes a sustained stretch, which
 *   a slider is meant not to be.
 * - `restSeconds` 0–300: 0 means straight on; beyond 5 minutes it is a separate session.
 */
export const glideRanges: Readonly<Record<keyof GlideSettings, Readonly<NumberRange>>> = Object.freeze({
  reps: { min: 1, max: 50, integer: true },
  sets: { min: 1, max: 10, integer: true },
  phaseSeconds: { min: 1, max: 15 },
  restSeconds: { min: 0, max: 300 },
});

/**
 * The session's segments in order: per set, per rep, `extension` then `flexion` (each
 * `phaseSeconds`), and a `rest` (`restSeconds`) between sets — not after the last set, and none at
 * all when `restSeconds` is 0. Any setting left out (or `undefined`) takes its `glideDefaults` value. Zero reps or
 * sets give an empty schedule (the clock is then complete at once).
 *
 * @throws RangeError for counts that are not whole numbers ≥ 0 or seconds that are not finite
 *   numbers ≥ 0: the element validates attributes against `glideRanges` first, so reaching this is
 *   a programming error rather than a host's typo.
 */
export function buildGlideSchedule(settings: Partial<GlideSettings> = {}): GlideSegment[] {
  // `??` rather than a spread, so an explicit `undefined` (an unset property) also takes the default.
  const reps = settings.reps ?? glideDefaults.reps;
  const sets = settings.sets ?? glideDefaults.sets;
  const phaseSeconds = settings.phaseSeconds ?? glideDefaults.phaseSeconds;
  const restSeconds = settings.restSeconds ?? glideDefaults.restSeconds;
  requireCount(reps, 'reps');
  requireCount(sets, 'sets');
  // Whole ms (see secondsToMs), so every boundary is an exact integer offset.
  const phaseMs = secondsToMs(phaseSeconds, 'phaseSeconds');
  const restMs = secondsToMs(restSeconds, 'restSeconds');
  const segments: GlideSegment[] = [];
  for (let set = 1; set <= sets; set++) {
    for (let rep = 1; rep <= reps; rep++) {
      segments.push({ kind: 'extension', durationMs: phaseMs, rep, set });
      segments.push({ kind: 'flexion', durationMs: phaseMs, rep, set });
    }
    if (set < sets && restMs > 0 && reps > 0) segments.push({ kind: 'rest', durationMs: restMs, rep: reps, set });
  }
  return segments;
}

/**
 * How full the progress ring is (0–1) at `position`. Sweeping: the exact fraction of the segment,
 * redrawn every frame. `stepped` (under `prefers-reduced-motion: reduce`): it moves once a second,
 * at the moment the whole seconds shown in the ring change, so a 2.5 s phase shows 3, 2, 1 with the
 * ring at 0, ⅓ and ⅔, and nothing moves in between.
 */
export function ringFraction(position: Pick<TimelinePosition, 'segment' | 'remainingInSegmentMs' | 'fractionOfSegment'>, stepped: boolean): number {
  if (!stepped) return position.fractionOfSegment;
  const durationMs = position.segment?.durationMs ?? 0;
  const steps = Math.ceil(durationMs / 1000);
  if (steps <= 0) return position.fractionOfSegment;
  const secondsLeft = Math.ceil(Math.max(0, position.remainingInSegmentMs) / 1000);
  return Math.min(1, Math.max(0, (steps - secondsLeft) / steps));
}
