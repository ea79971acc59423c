/**
 * Entry for `<direction-finder>` alone: `import 'sciatica-widgets/direction-finder.js'` registers the
 * element under its default tag (call `DirectionFinder.define('other-name')` for another one).
 */
import { DirectionFinder } from './direction-finder/direction-finder.js';

DirectionFinder.define();

// The tag is registered here, so it is typed here: `document.querySelector('direction-finder')` is a DirectionFinder.
declare global {
  interface HTMLElementTagNameMap {
    'direction-finder': DirectionFinder;
  }
}

export { DirectionFinder };
export type { DirectionEmergencyDetail, DirectionResultDetail, DirectionStepDetail } from './direction-finder/events.js';
export type { Direction, DirectionResult, DirectionRound, DirectionStep, Movement, RoundResponse, SafetyLevel, SymptomReading } from './direction-finder/protocol.js';
// Every element fires widget-error: its detail type comes with each element's entry.
export type { WidgetErrorDetail } from './core/events.js';
