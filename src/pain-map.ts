/**
 * Entry for `<pain-map>` alone: `import 'sciatica-widgets/pain-map.js'` registers the element under
 * its default tag (call `PainMapElement.define('other-name')` for another one).
 */
import { PainMapElement } from './pain-map/pain-map.js';

PainMapElement.define();

// The tag is registered here, so it is typed here: `document.querySelector('pain-map')` is a PainMapElement.
declare global {
  interface HTMLElementTagNameMap {
    'pain-map': PainMapElement;
  }
}

export { PainMapElement };
export type { PainMapChangeDetail, PainMapView } from './pain-map/pain-map.js';
export type { PainMap, PainTrend, RegionMark, SerializedPainMap } from './pain-map/centralization.js';
export type { BodyView, ExtentRank, Quality, RegionId, Side } from './pain-map/regions.js';
export type { HistoryEntry } from './pain-map/history.js';
// Every element fires widget-error: its detail type comes with each element's entry.
export type { WidgetErrorDetail } from './core/events.js';
