/**
 * The events of `<pain-map>` and their details, added to the library's typed event map.
 */
import type { PainMapRedFlag, PainTrend, SerializedPainMap } from './centralization.js';
import type { ExtentRank } from './regions.js';

/** Detail of `pain-map-change`. */
export interface PainMapChangeDetail {
  /** The whole map now, in its canonical stored form (only marked regions). */
  value: SerializedPainMap;
  /** How far from the spine the symptoms reach (0 low back … 4 foot), or `null` when nothing is marked. */
  extent: ExtentRank | null;
  /** The trend against the previous map, or `null` when there is none. */
  trend: PainTrend | null;
}

/** Detail of `pain-map-red-flag`. */
export interface PainMapRedFlagDetail {
  /** Every red flag the map shows now (`both-legs`, `saddle`), including the one just raised. */
  flags: PainMapRedFlag[];
}

declare module '../core/events.js' {
  interface SciaticaEventDetails {
    'pain-map-change': PainMapChangeDetail;
    'pain-map-red-flag': PainMapRedFlagDetail;
  }
}
