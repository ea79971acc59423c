/**
 * The events of `<nerve-glide-timer>` and their details, added to the library's typed event map.
 */
import type { SymptomResponse } from '../core/symptom-question.js';
import type { GlidePhase } from './glide-schedule.js';

/** Detail of `glide-start`. */
export interface GlideStartDetail {
  reps: number;
  sets: number;
  phaseSeconds: number;
}

/** Detail of `glide-phase`. */
export interface GlidePhaseDetail {
  /** `extension`, `flexion` or `rest`. */
  phase: GlidePhase;
  /** 1-based glide within the set (a rest carries the last glide of the set it follows). */
  rep: number;
  /** 1-based set (a rest carries the set it follows). */
  set: number;
}

/** Detail of `glide-pause`, `glide-resume` and `glide-reset`. */
export interface GlideProgressDetail {
  rep: number;
  set: number;
  /** Session time so far in ms, pauses excluded. */
  elapsedMs: number;
}

/** Detail of `glide-complete`. */
export interface GlideCompleteDetail {
  reps: number;
  sets: number;
  /** Session time in ms, pauses excluded: the length of the whole schedule. */
  elapsedMs: number;
}

/** Detail of `glide-feedback`. */
export interface GlideFeedbackDetail {
  response: SymptomResponse;
}

declare module '../core/events.js' {
  interface SciaticaEventDetails {
    'glide-start': GlideStartDetail;
    'glide-phase': GlidePhaseDetail;
    'glide-pause': GlideProgressDetail;
    'glide-resume': GlideProgressDetail;
    'glide-reset': GlideProgressDetail;
    'glide-complete': GlideCompleteDetail;
    'glide-feedback': GlideFeedbackDetail;
  }
}
