/**
 * The script-tag entry (built into dist/sciatica-widgets.js): registers every element and sets
 * `window.SciaticaWidgets`. Bundler users can import it too, or import one element's entry
 * (`sciatica-widgets/exercise-card.js`) to register only that one.
 */
import { installGlobal } from './core/global.js';
import './red-flag-checker.js';
import './nerve-glide-timer.js';
import './pain-map.js';
import './exercise-card.js';
import './direction-finder.js';
import { exerciseSummaries } from './content/exercises/titles.js';

export { SciaticaElement } from './core/base.js';
export { getLocale, getLocaleTag, setLocale, supportedLocales } from './core/locale.js';
export type { SciaticaEventDetails, WidgetErrorDetail } from './core/events.js';
export type { SciaticaWidgetsGlobal } from './core/global.js';
export { VERSION } from './generated/version.js';
export { RedFlagChecker } from './red-flag-checker/red-flag-checker.js';
export { NerveGlideTimer } from './nerve-glide-timer/nerve-glide-timer.js';
export { PainMapElement } from './pain-map/pain-map.js';
export { ExerciseCard } from './exercise-card/exercise-card.js';
export { DirectionFinder } from './direction-finder/direction-finder.js';
export { exerciseIds } from './content/exercises/index.js';
export { exerciseSummaries } from './content/exercises/titles.js';
export type { Exercise, ExerciseSummary } from './content/exercises/types.js';

installGlobal({ exercises: exerciseSummaries });
