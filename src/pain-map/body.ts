/**
 * The body drawing of `<pain-map>`: a neutral adult figure seen from the back and from the front,
 * and one shape per region (regions.ts) laid over it.
 *
 * Geometry is computed once from a few outline points, in a 200 × 470 viewBox per view. Each leg's
 * regions are bands between the leg's outer and inner edges, so they follow the outline.
 *
 * Left and right are the PERSON'S OWN: on the back view we look at the person's back, so their left
 * is on the viewer's left; on the front view we face them, so their left is on the viewer's RIGHT.
 * Both views carry "Left"/"Right" labels to say so.
 *
 * The outline uses `currentColor` (set by the element's CSS from the theme tokens), so it works in
 * light, dark and forced-colours modes. No inline styles: everything is classes and attributes.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { regionsInView, type BodyView, type RegionId, type RegionPart, type Side } from './regions.js';

export const viewWidth = 200;
export const viewHeight = 470;
const MID = viewWidth / 2;

type Knot = readonly [y: number, x: number];

// The leg drawn on the viewer's LEFT, as x at a given y (both views use the same figure).
const outerEdge: readonly Knot[] = [
  [168, 66],
  [190, 64],
  [214, 58],
  [240, 54],
  [262, 55],
  [300, 58],
  [340, 64],
  [356, 66],
  [372, 65],
  [400, 66],
  [432, 76],
];
const innerEdge: readonly Knot[] = [
  [168, MID],
  [262, MID],
  [266, 98],
  [280, 96],
  [340, 92],
  [372, 91],
  [400, 90],
  [432, 88],
];

/** x at height y along a polyline of knots (sorted by y), held flat beyond its ends. */
function at(knots: readonly Knot[], y: number): number {
  let previous: Knot | undefined;
  for (const knot of knots) {
    const [y1, x1] = knot;
    if (y <= y1) {
      if (!previous) return x1;
      const [y0, x0] = previous;
      return x0 + ((y - y0) / (y1 - y0)) * (x1 - x0);
    }
    previous = knot;
  }
  return previous?.[1] ?? 0;
}

/** x across the viewer's-left leg at fraction f (0 outer edge, 1 inner edge) and height y. */
function across(f: number, y: number): number {
  const o = at(outerEdge, y);
  return o + f * (at(innerEdge, y) - o);
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A band of the viewer's-left leg, between heights y0–y1 and fractions f0–f1, following the edges. */
function band(y0: number, y1: number, f0: number, f1: number): [number, number][] {
  const ys = [y0, ...[...outerEdge, ...innerEdge].map(([y]) => y).filter((y) => y > y0 && y < y1), y1];
  const sorted = [...new Set(ys)].sort((a, b) => a - b);
  return [...sorted.map((y): [number, number] => [across(f0, y), y]), ...[...sorted].reverse().map((y): [number, number] => [across(f1, y), y])];
}

// The feet, viewer's left, below the ankle (432).
// Wide enough for a 24 CSS px square at a phone's width (WCAG 2.5.8).
const sole: [number, number][] = [
  [74, 432],
  [90, 432],
  [94, 443],
  [91, 458],
  [75, 458],
  [70, 443],
];
const footTop: [number, number][] = [
  [75, 432],
  [89, 432],
  [95, 446],
  [93, 458],
  [70, 458],
  [69, 446],
];

interface Band {
  points: [number, number][];
  label: [number, number];
}

function bandOf(y0: number, y1: number, f0: number, f1: number): Band {
  return { points: band(y0, y1, f0, f1), label: [across((f0 + f1) / 2, (y0 + y1) / 2), (y0 + y1) / 2] };
}

function shapeOf(points: [number, number][]): Band {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { points, label: [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2] };
}

// Each part's shape on the viewer's-left leg. Back view: low back, buttock, back of thigh, back of
// knee, calf, sole. Front view: outer hip and outer thigh (an outer strip), groin (by the crease),
// front of thigh, front of knee, shin, top of foot.
// The buttocks stop short of the middle (BUTTOCK_INNER), leaving room for the saddle area between
// them: from the top of the cleft down to the crotch, on the back view.
const BUTTOCK_INNER = 0.72;
const OUTER = 0.46;
const saddleHalf: [number, number][] = [[MID, 218], ...[226, 240, 262].map((y): [number, number] => [across(BUTTOCK_INNER, y), y]), [MID, 282]];
const saddle: [number, number][] = [...saddleHalf, ...saddleHalf.slice(1, -1).reverse().map(([x, y]): [number, number] => [viewWidth - x, y])];

const parts: Readonly<Record<RegionPart, Band>> = {
  'low-back': bandOf(170, 214, 0, 1),
  buttock: bandOf(214, 262, 0, BUTTOCK_INNER),
  saddle: shapeOf(saddle),
  'thigh-back': bandOf(262, 340, 0, 1),
  'knee-back': bandOf(340, 372, 0, 1),
  calf: bandOf(372, 432, 0, 1),
  sole: shapeOf(sole),
  // The outer strip takes 46% of the leg's width so a 24 CSS px square fits in the outer hip and thigh
  // with one view across a phone (WCAG 2.5.8 target size; a test checks it).
  hip: bandOf(206, 250, 0, OUTER),
  groin: bandOf(222, 250, 0.5, 1),
  'thigh-outer': bandOf(250, 340, 0, OUTER),
  'thigh-front': bandOf(250, 340, OUTER, 1),
  'knee-front': bandOf(340, 372, 0, 1),
  shin: bandOf(372, 432, 0, 1),
  'foot-top': shapeOf(footTop),
};

/** Where a region is drawn: its outline path and where its number goes. */
export interface RegionShape {
  id: RegionId;
  /** The person's own side, or `null` for the saddle area in the middle. */
  side: Side | null;
  view: BodyView;
  /** SVG path data. */
  d: string;
  /** Centre of the region, for its number. */
  x: number;
  y: number;
}

/** Which side of the person is drawn on the viewer's left in this view. */
export function sideOnViewerLeft(view: BodyView): Side {
  return view === 'back' ? 'left' : 'right';
}

function pathOf(points: [number, number][], mirror: boolean): string {
  return `M${points.map(([x, y]) => `${r1(mirror ? viewWidth - x : x)} ${r1(y)}`).join('L')}Z`;
}

/** The regions of one view with their shapes, in catalogue order. */
export function regionShapes(view: BodyView): RegionShape[] {
  const left = sideOnViewerLeft(view);
  return regionsInView(view).map((region) => {
    const part = parts[region.part];
    // A sided part is drawn on the viewer's-left leg and mirrored for the other side; the saddle
    // area is drawn whole, in the middle.
    const mirror = region.side !== null && region.side !== left;
    const [x, y] = part.label;
    return { id: region.id, side: region.side, view, d: pathOf(part.points, mirror), x: r1(mirror ? viewWidth - x : x), y: r1(y) };
  });
}

// --- the figure's outline ---

// Half of the trunk and leg, viewer's left, from the neck down the outside of the leg to the ankle,
// then up the inside of the leg to the crotch.
const trunkHalf: [number, number][] = [
  [90, 56],
  [89, 70],
  [62, 78],
  [52, 92],
  [57, 130],
  [64, 160],
  ...outerEdge.map(([y, x]): [number, number] => [x, y]),
  ...[...innerEdge]
    .reverse()
    .filter(([y]) => y > 262)
    .map(([y, x]): [number, number] => [x, y]),
  [MID, 262],
];

function trunkPath(): string {
  const right = [...trunkHalf].reverse().map(([x, y]): [number, number] => [viewWidth - x, y]);
  // Left half down and back up to the crotch, then the right half from the crotch round to the neck.
  return `M${[...trunkHalf, ...right].map(([x, y]) => `${r1(x)} ${r1(y)}`).join('L')}Z`;
}

const armHalf: [number, number][] = [
  [56, 82],
  [44, 96],
  [38, 170],
  [31, 240],
  [28, 262],
  [32, 276],
  [40, 274],
  [43, 258],
  [47, 240],
  [52, 176],
  [55, 130],
];

const trunkD = trunkPath();
const armLeftD = pathOf(armHalf, false);
const armRightD = pathOf(armHalf, true);
const footLeftD = pathOf(sole, false);
const footRightD = pathOf(sole, true);
const footTopLeftD = pathOf(footTop, false);
const footTopRightD = pathOf(footTop, true);

/** The figure's outline (no regions), for one view. Decorative: the regions carry the meaning. */
export function bodyOutline(view: BodyView): SVGTemplateResult {
  const feet = view === 'back' ? [footLeftD, footRightD] : [footTopLeftD, footTopRightD];
  return svg`<g class="figure" aria-hidden="true">
    <ellipse cx="100" cy="32" rx="19" ry="24"></ellipse>
    <path d=${armLeftD}></path>
    <path d=${armRightD}></path>
    <path d=${trunkD}></path>
    <path d=${feet[0]}></path>
    <path d=${feet[1]}></path>
    ${
      view === 'back'
        ? svg`<path class="detail" d="M100 74L100 206"></path>`
        : svg`<path class="detail" d="M92 44Q100 50 108 44M84 214Q100 228 116 214"></path>`
    }
  </g>`;
}

/** The "Left"/"Right" labels of one view, from the person's own point of view. */
export function sideLabels(view: BodyView): SVGTemplateResult {
  const leftWord = msg('Left', { id: 'pm-ui-label-left' });
  const rightWord = msg('Right', { id: 'pm-ui-label-right' });
  const [onViewerLeft, onViewerRight] = view === 'back' ? [leftWord, rightWord] : [rightWord, leftWord];
  return svg`<g class="side-labels" aria-hidden="true">
    <text x="4" y="18" text-anchor="start">${onViewerLeft}</text>
    <text x="196" y="18" text-anchor="end">${onViewerRight}</text>
  </g>`;
}
