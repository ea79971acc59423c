/**
 * Entry for `<exercise-card>` alone: `import 'sciatica-widgets/exercise-card.js'` registers the
 * element under its default tag (call `ExerciseCard.define('other-name')` for another one).
 */
import { ExerciseCard } from './exercise-card/exercise-card.js';

ExerciseCard.define();

// The tag is registered here, so it is typed here: `document.querySelector('exercise-card')` is a ExerciseCard.
declare global {
  interface HTMLElementTagNameMap {
    'exercise-card': ExerciseCard;
  }
}

export { ExerciseCard };
export type {
  ExerciseCompleteDetail,
  ExerciseFeedbackDetail,
  ExerciseInput,
  ExerciseStartDetail,
  HoldState,
} from './exercise-card/exercise-card.js';
export type { CardCondition, EffectiveDose, ExerciseSide } from './exercise-card/dose.js';
export type { HoldPhase, HoldSegment, HoldSettings } from './exercise-card/hold-schedule.js';
export type { Exercise, ExerciseCategory, ExerciseCautions, ExerciseDose, ExerciseIllustration, ExerciseSummary, LocalText } from './content/exercises/types.js';
export type { SymptomResponse } from './core/symptom-question.js';
// Every element fires widget-error: its detail type comes with each element's entry.
export type { WidgetErrorDetail } from './core/events.js';
