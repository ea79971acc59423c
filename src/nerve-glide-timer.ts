/**
 * Entry for `<nerve-glide-timer>` alone: `import 'sciatica-widgets/nerve-glide-timer.js'` registers
 * the element under its default tag (call `NerveGlideTimer.define('other-name')` for another one).
 */
import { NerveGlideTimer } from './nerve-glide-timer/nerve-glide-timer.js';

NerveGlideTimer.define();

// The tag is registered here, so it is typed here: `document.querySelector('nerve-glide-timer')` is a NerveGlideTimer.
declare global {
  interface HTMLElementTagNameMap {
    'nerve-glide-timer': NerveGlideTimer;
  }
}

export { NerveGlideTimer };
export type {
  GlideCompleteDetail,
  GlideFeedbackDetail,
  GlidePhaseDetail,
  GlideProgressDetail,
  GlideSide,
  GlideStartDetail,
  GlideState,
} from './nerve-glide-timer/nerve-glide-timer.js';
export type { GlidePhase, GlideSegment, GlideSettings } from './nerve-glide-timer/glide-schedule.js';
export type { SymptomResponse } from './core/symptom-question.js';
// Every element fires widget-error: its detail type comes with each element's entry.
export type { WidgetErrorDetail } from './core/events.js';
