/**
 * The shape of one exercise. The built-in catalogue and a host's own exercise share it, and both
 * go through `validateExercise()` (validate.ts) before an element shows them.
 *
 * Built-in text is a function returning `msg(…)`, evaluated at render time so it follows the page's
 * language; a host's exercise (from JSON) gives plain strings. `LocalText` allows both.
 */
import type { SVGTemplateResult } from 'lit';
import type { Figure } from '../illustrations/figure.js';
import type { Reference } from '../references.js';

export type LocalText = string | (() => string);

/** Resolves a LocalText in the current language. */
export function text(value: LocalText): string {
  return typeof value === 'function' ? value() : value;
}

/**
 * Categories in the order the clinic article teaches them (compression/release → reactivation →
 * stretch), followed by the self-help article's kinds.
 */
export const exerciseCategories = ['release', 'activation', 'stretch', 'nerve-glide', 'directional', 'position', 'activity'] as const;
export type ExerciseCategory = (typeof exerciseCategories)[number];

export const conditions = ['disc', 'stenosis', 'piriformis'] as const;
export type Condition = (typeof conditions)[number];

export interface ExerciseDose {
  /** Sets per session. */
  sets?: number;
  /** Repetitions per set (for one-sided exercises: per side). */
  reps?: number;
  /** Seconds to hold each repetition; exercises with a hold get the countdown. */
  holdSeconds?: number;
  /** Minutes, for activities and positions (walking, the 90-90 rest). */
  minutes?: number;
  /** How often, in words: "every 2 hours", "3 times a day". */
  frequency: LocalText;
}

export interface ExerciseCautions {
  /** For everyone. */
  general: readonly LocalText[];
  /** Brought to the top by `condition="…"`. */
  disc?: readonly LocalText[];
  stenosis?: readonly LocalText[];
  piriformis?: readonly LocalText[];
}

/** A source: a published reference, or (for a host's own exercise) a line of text. */
export type Source = Reference | string;

export interface ExerciseIllustration {
  /** Text alternative: what the movement is, for people who cannot see it. */
  alt: LocalText;
  /**
   * A still drawing, as an `svg` template in currentColor, inside `viewBox`; from script only (never
   * from a host's JSON). For the built-in pictures: the end (or held) pose with the movement arrow.
   */
  render: () => SVGTemplateResult;
  /** The drawing's `viewBox`; `0 0 240 150` (the `viewBox` export of exercise-card/picture.ts) when absent. */
  viewBox?: string;
  /**
   * The built-in pictures' posed figure (illustrations/figure.ts): start pose, end pose (the held
   * pose, for an exercise with a hold), props and movement arrows. With it the card shows the
   * movement as a slow loop between the poses, with a pause control.
   */
  figure?: Figure;
}

export interface Exercise {
  /** kebab-case, stable: hosts use it in `exercise="…"`. */
  id: string;
  title: LocalText;
  category: ExerciseCategory;
  /** What it is for, in one sentence. */
  aim: LocalText;
  /** 3–6 short steps for the catalogue; 1–12 for a host's own. */
  steps: readonly LocalText[];
  dose: ExerciseDose;
  /** Done one side at a time, so the `side` attribute applies. */
  oneSided?: boolean;
  /** What is needed; empty for none. */
  equipment: readonly LocalText[];
  cautions: ExerciseCautions;
  /**
   * When to stop, beyond the rule every exercise carries (pain or tingling spreading further down the
   * leg): the element always shows that one.
   */
  stopRule?: LocalText;
  /** An easier version, where the sources give one. */
  easier?: LocalText;
  /** How to progress, where the sources give one. */
  harder?: LocalText;
  /**
   * Where the content comes from, for a clinician checking it. At least one. Catalogue exercises cite
   * published references (`../references.ts`); a host's own exercise may name its sources in words.
   */
  sources: readonly Source[];
  illustration?: ExerciseIllustration;
}

/**
 * A catalogue exercise's own module: everything but the id and category, which live in the
 * catalogue index so a page can list every exercise without loading them all (a list's titles come
 * from titles.ts).
 */
export type ExerciseBody = Omit<Exercise, 'id' | 'category'>;

/** What `window.SciaticaWidgets.exercises` lists. */
export interface ExerciseSummary {
  id: string;
  title: string;
  category: ExerciseCategory;
}
