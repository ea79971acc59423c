/**
 * Entry for `<red-flag-checker>` alone: `import 'sciatica-widgets/red-flag-checker.js'` registers
 * the element under its default tag (call `RedFlagChecker.define('other-name')` for another one).
 */
import { RedFlagChecker } from './red-flag-checker/red-flag-checker.js';

RedFlagChecker.define();

// The tag is registered here, so it is typed here: `document.querySelector('red-flag-checker')` is a RedFlagChecker.
declare global {
  interface HTMLElementTagNameMap {
    'red-flag-checker': RedFlagChecker;
  }
}

export { RedFlagChecker };
export type {
  RedFlagChangeDetail,
  RedFlagEmergencyDetail,
  RedFlagMode,
  RedFlagResultDetail,
} from './red-flag-checker/red-flag-checker.js';
export type { Answers, TriageResult, UrgencyLevel } from './red-flag-checker/triage.js';
// For integrators: the Questionnaire to register on a FHIR server (its version is the question set's,
// which every QuestionnaireResponse the element emits points at), and the triage level → FHIR
// request-priority mapping.
export { buildQuestionnaire, priorityFor } from './red-flag-checker/fhir.js';
export { redFlagQuestionnaireVersion } from './content/red-flags.js';
export type { Questionnaire, QuestionnaireResponse, RequestPriority } from './red-flag-checker/fhir.js';
// Every element fires widget-error: its detail type comes with each element's entry.
export type { WidgetErrorDetail } from './core/events.js';
