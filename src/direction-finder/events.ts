/**
 * The events of `<direction-finder>` and their details, added to the library's typed event map (so
 * `addEventListener('direction-result', e => e.detail.direction)` is typed in the host's code).
 */
import type { Direction, DirectionRound, DirectionStep, SafetyLevel } from './protocol.js';

/** Detail of `direction-step`. */
export interface DirectionStepDetail {
  /** The step the person is on now. */
  step: DirectionStep;
}

/** Detail of `direction-emergency`. */
export interface DirectionEmergencyDetail {
  /** Ids of the safety questions answered yes (red-flag item ids, in item-bank order). */
  flags: string[];
  /** `emergency` (call the emergency number now) or `urgent` (a doctor today): the most urgent among them. */
  level: SafetyLevel;
}

/** Detail of `direction-result`. */
export interface DirectionResultDetail {
  /** The movement that helped, or `none`. */
  direction: Direction;
  /**
   * Every round done, in order: `{ movement, before, after, response, spreading }`, with `before` and
   * `after` as `{ extent, intensity }` (extent 0 back only … 4 foot; intensity 0–10 at that point).
   */
  rounds: DirectionRound[];
  /** Worse bending backward and better bending forward: a pattern the plan mentions, never a diagnosis. */
  stenosisPattern: boolean;
}

declare module '../core/events.js' {
  interface SciaticaEventDetails {
    'direction-step': DirectionStepDetail;
    'direction-emergency': DirectionEmergencyDetail;
    'direction-result': DirectionResultDetail;
  }
}
