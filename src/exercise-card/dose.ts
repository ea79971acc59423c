/**
 * The exercise card's pure helpers: the effective dose (the catalogue's, with a clinician's
 * overrides), the dose line's wording, how many holds the countdown runs, and the order of the
 * cautions for a `condition`. No DOM, no state: the element calls these at render time, so the
 * words follow the page's language.
 */
import { msg, str } from '@lit/localize';
import { minutesText, secondsText, type CountFormatter } from '../core/counts.js';
import { text, type Condition, type Exercise, type ExerciseCautions, type LocalText } from '../content/exercises/types.js';

/** `side`: which side a one-sided exercise is done on; `both` (the default) means each side in turn. */
export const exerciseSides = ['both', 'left', 'right'] as const;
export type ExerciseSide = (typeof exerciseSides)[number];

/** `condition`: whose cautions come first; `none` (the default) keeps the catalogue's order. */
export const cardConditions = ['none', 'disc', 'stenosis', 'piriformis'] as const;
export type CardCondition = (typeof cardConditions)[number];

/** What a clinician can override with attributes; `undefined` (or empty frequency) = the catalogue's. */
export interface DoseOverrides {
  sets?: number;
  reps?: number;
  holdSeconds?: number;
  frequency?: string | null;
  side?: ExerciseSide;
}

/** The dose the card shows, times and reports in `exercise-complete`. */
export interface EffectiveDose {
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  minutes: number | null;
  /** The frequency in words (a clinician's text as given, or the catalogue's in the current language). */
  frequency: string;
  /** `null` for an exercise that is not one-sided (the `side` attribute does not apply to it). */
  side: ExerciseSide | null;
}

/** The catalogue's dose with the overrides applied. */
export function effectiveDose(exercise: Exercise, overrides: DoseOverrides = {}): EffectiveDose {
  const frequency = typeof overrides.frequency === 'string' ? overrides.frequency.trim() : '';
  return {
    sets: overrides.sets ?? exercise.dose.sets ?? null,
    reps: overrides.reps ?? exercise.dose.reps ?? null,
    holdSeconds: overrides.holdSeconds ?? exercise.dose.holdSeconds ?? null,
    minutes: exercise.dose.minutes ?? null,
    frequency: frequency || text(exercise.dose.frequency),
    side: exercise.oneSided ? (overrides.side ?? 'both') : null,
  };
}

/**
 * How many holds the countdown runs for one go: the reps, or, for a dose of sets of one hold each
 * (a plank: "3 times, hold 20 seconds"), the sets; else one. `0` when the dose has no hold.
 */
export function holdCount(dose: EffectiveDose): number {
  if (dose.holdSeconds === null) return 0;
  return dose.reps ?? dose.sets ?? 1;
}

/** Formats numbers for the dose line in the page's language. */
export type NumberFormatter = CountFormatter;

/** The pieces of the dose line, in reading order, e.g. `["2 sets of 10", "hold 5 seconds", "each side", "3 times a day"]`. */
export function doseParts(dose: EffectiveDose, format: NumberFormatter = String): string[] {
  const parts: string[] = [];
  const { sets, reps, holdSeconds, minutes } = dose;
  if (reps !== null && sets !== null && sets > 1) {
    parts.push(msg(str`${format(sets)} sets of ${format(reps)}`, { id: 'ec-ui-dose-sets-of-reps' }));
  } else if (reps !== null || sets !== null) {
    const count = (reps ?? sets) as number;
    parts.push(count === 1 ? msg('Once', { id: 'ec-ui-dose-once' }) : msg(str`${format(count)} times`, { id: 'ec-ui-dose-times' }));
  }
  // Durations in the plural form the language's rules choose (core/counts.ts): "hold 1 second", French "tenir 1,5 seconde".
  if (holdSeconds !== null) {
    const duration = secondsText(holdSeconds, format);
    parts.push(msg(str`hold ${duration}`, { id: 'ec-ui-dose-hold-for' }));
  }
  if (minutes !== null) parts.push(minutesText(minutes, format));
  if (dose.side === 'both') parts.push(msg('each side', { id: 'ec-ui-dose-each-side' }));
  else if (dose.side === 'left') parts.push(msg('left side only', { id: 'ec-ui-dose-left' }));
  else if (dose.side === 'right') parts.push(msg('right side only', { id: 'ec-ui-dose-right' }));
  if (dose.frequency) parts.push(dose.frequency);
  return parts;
}

/** The dose line: the parts joined by " · ". */
export function doseLine(dose: EffectiveDose, format?: NumberFormatter): string {
  return doseParts(dose, format).join(' · ');
}

/** A group of cautions: one condition's (`condition` set) or everyone's (`null`). */
export interface CautionGroup {
  condition: Condition | null;
  items: readonly LocalText[];
}

const conditionOrder: readonly Condition[] = ['disc', 'stenosis', 'piriformis'];

/**
 * The cautions in the order the card shows them. With a `condition`, that condition's cautions come
 * first, then everyone's, then the other conditions'; without one, everyone's come first, then each
 * condition's. Nothing is ever dropped: a person may not know which condition is theirs. Empty groups
 * are left out.
 */
export function orderCautions(cautions: ExerciseCautions, condition: CardCondition = 'none'): CautionGroup[] {
  const groups: CautionGroup[] = [];
  const add = (c: Condition | null) => {
    const items = c === null ? cautions.general : cautions[c];
    if (items && items.length > 0) groups.push({ condition: c, items });
  };
  if (condition !== 'none') add(condition);
  add(null);
  for (const c of conditionOrder) if (c !== condition) add(c);
  return groups;
}

/** A condition's name for the cautions heading ("For disc-related sciatica"). */
export function conditionHeading(condition: Condition): string {
  switch (condition) {
    case 'disc':
      return msg('For disc-related sciatica', { id: 'ec-ui-condition-disc' });
    case 'stenosis':
      return msg('For spinal stenosis (narrowing of the spine)', { id: 'ec-ui-condition-stenosis' });
    case 'piriformis':
      return msg('For piriformis-type pain', { id: 'ec-ui-condition-piriformis' });
  }
}
