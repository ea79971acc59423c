/**
 * The events of `<exercise-card>` and their details, added to the library's typed event map (so
 * `addEventListener('exercise-feedback', e => e.detail.response)` is typed in the host's code).
 */
import type { SymptomResponse } from '../core/symptom-question.js';
import type { ExerciseSide } from './dose.js';

/** Detail of `exercise-start`. */
export interface ExerciseStartDetail {
  /** The id of the exercise shown (a host's own exercise: its `id`). */
  exerciseId: string;
}

/**
 * Detail of `exercise-complete`: the dose the card showed (the catalogue's with the attribute
 * overrides). A value the dose does not have is `null`, never left out.
 */
export interface ExerciseCompleteDetail {
  exerciseId: string;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  /** `left`, `right` or `both` for a one-sided exercise; `null` for one that is not one-sided. */
  side: ExerciseSide | null;
  /** Minutes, for timed activities and positions (walking, the 90-90 rest); else `null`. */
  minutes: number | null;
}

/** Detail of `exercise-feedback`. */
export interface ExerciseFeedbackDetail {
  exerciseId: string;
  /** `centralized` (moved up toward the back), `unchanged` or `peripheralized` (moved down the leg). */
  response: SymptomResponse;
}

declare module '../core/events.js' {
  interface SciaticaEventDetails {
    'exercise-start': ExerciseStartDetail;
    'exercise-complete': ExerciseCompleteDetail;
    'exercise-feedback': ExerciseFeedbackDetail;
  }
}
