/**
 * The body regions a person can mark on `<pain-map>`, and the pain qualities they can pick.
 *
 * Pure data: no DOM and no drawing (the drawing's geometry lives with the element). Region ids are
 * a stable public data format (docs/elements.md, `<pain-map>`): hosts store maps keyed by them, so
 * regions may be added but never renamed or re-ranked.
 *
 * Each region's `rank` is how far it is from the spine, following docs/clinical-basis.md
 * ("Centralization and peripheralization"): low back 0 → buttock 1 → thigh 2 → knee and calf/shin 3
 * → foot 4. The hip (outer hip) and groin share the buttock's rank: they sit at the top of the leg.
 *
 * The saddle area (between the legs, the genitals, around the anus, the inner buttocks) is a region of
 * its own, with no side and no rank: symptoms there are a red flag in themselves (cauda equina), so
 * marking it raises the emergency advice and never changes the centralization trend.
 *
 * "Left" and "right" are always the person's own left and right (left and right are the commonest
 * error on pain drawings), never the viewer's.
 *
 * All text goes through `msg()` inside a function: `msg()` returns the text of the locale that is
 * active when it is called, so it must run at render time, not when this module loads. Every call
 * is written out with a literal string so that `lit-localize extract` can find it.
 */
import { msg } from '@lit/localize';

/** The person's own side of the body. */
export type Side = 'left' | 'right';

/** Which view of the body drawing shows a region. */
export type BodyView = 'back' | 'front';

/** Both sides, left first (the order of the catalogue). */
export const sides: readonly Side[] = Object.freeze(['left', 'right']);

/** The names of the regions that come in a left and a right, from the spine outward (catalogue order). */
export const sidedParts = Object.freeze([
  'low-back',
  'buttock',
  'hip',
  'groin',
  'thigh-back',
  'thigh-front',
  'thigh-outer',
  'knee-back',
  'knee-front',
  'calf',
  'shin',
  'foot-top',
  'sole',
] as const);

/** One sided part's name without its side, e.g. `calf`. */
export type SidedPart = (typeof sidedParts)[number];

/** Every part's name: the sided ones and the saddle area, which has no side. */
export type RegionPart = SidedPart | 'saddle';

/** The region names, in catalogue order (the sided parts, then the saddle area). */
export const regionParts: readonly RegionPart[] = Object.freeze([...sidedParts, 'saddle']);

/** A region id as stored in a map: the side, a hyphen and the part (`left-calf`), or `saddle`. */
export type RegionId = `${Side}-${SidedPart}` | 'saddle';

/** How far a region is from the spine: 0 (low back) to 4 (foot). */
export type ExtentRank = 0 | 1 | 2 | 3 | 4;

/** The highest rank a region can have (the foot). */
export const maxRank: ExtentRank = 4;

/**
 * Whether `x` is an extent rank: a whole number from 0 to 4 (a JSON number, not text). Accepts
 * anything; never throws. The direction finder validates the person's "how far down now" answers with it.
 */
export function isExtentRank(x: unknown): x is ExtentRank {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= maxRank;
}

/** One markable region of the body. */
export interface PainRegion {
  /** Stable id, e.g. `left-calf`: the key in a stored map. */
  readonly id: RegionId;
  /** The person's own side; `null` for the saddle area, which spans the middle. */
  readonly side: Side | null;
  /** The name without the side, e.g. `calf`. */
  readonly part: RegionPart;
  /** How far from the spine: 0 low back … 4 foot; `null` for the saddle area (not on that scale). */
  readonly rank: ExtentRank | null;
  /** Which body view draws it. */
  readonly view: BodyView;
  /** A plain name in the current locale, e.g. "Back of left knee". */
  readonly name: () => string;
}

/** What is fixed for a part whichever side it is on. */
interface PartInfo {
  readonly rank: ExtentRank;
  readonly view: BodyView;
  readonly name: Readonly<Record<Side, () => string>>;
}

// The outer hip and the outer thigh can be seen from either side of the body; they are drawn on
// the front view, at the outer edge beside the groin and the front of the thigh. That view then
// holds the whole outer-leg path of sciatica (outer thigh → shin → top of the foot), while the
// back view holds the back-of-leg path (buttock → back of thigh → calf → sole).
const partInfo: Readonly<Record<SidedPart, PartInfo>> = {
  'low-back': {
    rank: 0,
    view: 'back',
    name: {
      left: () => msg('Left side of lower back', { id: 'pm-region-left-low-back' }),
      right: () => msg('Right side of lower back', { id: 'pm-region-right-low-back' }),
    },
  },
  buttock: {
    rank: 1,
    view: 'back',
    name: {
      left: () => msg('Left buttock', { id: 'pm-region-left-buttock' }),
      right: () => msg('Right buttock', { id: 'pm-region-right-buttock' }),
    },
  },
  hip: {
    rank: 1,
    view: 'front',
    name: {
      left: () => msg('Outside of left hip', { id: 'pm-region-left-hip' }),
      right: () => msg('Outside of right hip', { id: 'pm-region-right-hip' }),
    },
  },
  groin: {
    rank: 1,
    view: 'front',
    name: {
      left: () => msg('Left groin', { id: 'pm-region-left-groin' }),
      right: () => msg('Right groin', { id: 'pm-region-right-groin' }),
    },
  },
  'thigh-back': {
    rank: 2,
    view: 'back',
    name: {
      left: () => msg('Back of left thigh', { id: 'pm-region-left-thigh-back' }),
      right: () => msg('Back of right thigh', { id: 'pm-region-right-thigh-back' }),
    },
  },
  'thigh-front': {
    rank: 2,
    view: 'front',
    name: {
      left: () => msg('Front of left thigh', { id: 'pm-region-left-thigh-front' }),
      right: () => msg('Front of right thigh', { id: 'pm-region-right-thigh-front' }),
    },
  },
  'thigh-outer': {
    rank: 2,
    view: 'front',
    name: {
      left: () => msg('Outside of left thigh', { id: 'pm-region-left-thigh-outer' }),
      right: () => msg('Outside of right thigh', { id: 'pm-region-right-thigh-outer' }),
    },
  },
  'knee-back': {
    rank: 3,
    view: 'back',
    name: {
      left: () => msg('Back of left knee', { id: 'pm-region-left-knee-back' }),
      right: () => msg('Back of right knee', { id: 'pm-region-right-knee-back' }),
    },
  },
  'knee-front': {
    rank: 3,
    view: 'front',
    name: {
      left: () => msg('Front of left knee', { id: 'pm-region-left-knee-front' }),
      right: () => msg('Front of right knee', { id: 'pm-region-right-knee-front' }),
    },
  },
  calf: {
    rank: 3,
    view: 'back',
    name: {
      left: () => msg('Left calf', { id: 'pm-region-left-calf' }),
      right: () => msg('Right calf', { id: 'pm-region-right-calf' }),
    },
  },
  shin: {
    rank: 3,
    view: 'front',
    name: {
      left: () => msg('Left shin', { id: 'pm-region-left-shin' }),
      right: () => msg('Right shin', { id: 'pm-region-right-shin' }),
    },
  },
  'foot-top': {
    rank: 4,
    view: 'front',
    name: {
      left: () => msg('Top of left foot', { id: 'pm-region-left-foot-top' }),
      right: () => msg('Top of right foot', { id: 'pm-region-right-foot-top' }),
    },
  },
  sole: {
    rank: 4,
    view: 'back',
    name: {
      left: () => msg('Sole of left foot', { id: 'pm-region-left-sole' }),
      right: () => msg('Sole of right foot', { id: 'pm-region-right-sole' }),
    },
  },
};

/**
 * Every region, left side first, each side from the spine outward, then the saddle area. Frozen: this is the stable
 * catalogue that stored maps refer to.
 */
export const painRegions: readonly PainRegion[] = Object.freeze([
  ...sides.flatMap((side) =>
    sidedParts.map((part): PainRegion => {
      const info = partInfo[part];
      return Object.freeze({
        id: `${side}-${part}` as const,
        side,
        part,
        rank: info.rank,
        view: info.view,
        name: info.name[side],
      });
    }),
  ),
  // Drawn on the back view, between the buttocks and the tops of the inner thighs.
  Object.freeze({
    id: 'saddle' as const,
    side: null,
    part: 'saddle' as const,
    rank: null,
    view: 'back' as const,
    name: () => msg('Saddle area: between your legs, genitals or around your bottom', { id: 'pm-region-saddle' }),
  }),
]);

/** Every region id, in catalogue order. */
export const regionIds: readonly RegionId[] = Object.freeze(painRegions.map((region) => region.id));

// A Map, not a plain object, so that strings such as `__proto__` or `constructor` can never be
// mistaken for a region.
const byId: ReadonlyMap<string, PainRegion> = new Map(painRegions.map((region) => [region.id, region]));

/** Whether `x` is the id of a region in the catalogue. Accepts anything; never throws. */
export function isRegionId(x: unknown): x is RegionId {
  return typeof x === 'string' && byId.has(x);
}

/** The region with this id, or `undefined` if there is none. */
export function regionById(id: string): PainRegion | undefined {
  return byId.get(id);
}

/** The regions drawn on one view, in catalogue order. */
export function regionsInView(view: BodyView): PainRegion[] {
  return painRegions.filter((region) => region.view === view);
}

/** How a symptom feels, in the order the editor lists them (and a stored map keeps them in). */
export const painQualities = Object.freeze(['aching', 'sharp', 'burning', 'shooting', 'numbness', 'tingling'] as const);

/** One quality, e.g. `burning`. */
export type Quality = (typeof painQualities)[number];

const qualitySet: ReadonlySet<string> = new Set(painQualities);

/** Whether `x` is one of the qualities. Accepts anything; never throws. */
export function isQuality(x: unknown): x is Quality {
  return typeof x === 'string' && qualitySet.has(x);
}

/** The plain name of a quality in the current locale, e.g. "Burning". */
export function qualityName(q: Quality): string {
  switch (q) {
    case 'aching':
      return msg('Aching', { id: 'pm-quality-aching' });
    case 'sharp':
      return msg('Sharp', { id: 'pm-quality-sharp' });
    case 'burning':
      return msg('Burning', { id: 'pm-quality-burning' });
    case 'shooting':
      return msg('Shooting', { id: 'pm-quality-shooting' });
    case 'numbness':
      return msg('Numbness', { id: 'pm-quality-numbness' });
    case 'tingling':
      return msg('Tingling', { id: 'pm-quality-tingling' });
  }
}
