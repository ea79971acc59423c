/**
 * The one figure vocabulary every exercise illustration is drawn with, so the catalogue looks like
 * one set: a neutral adult line figure built from joint positions, a few props, an arrow for the
 * direction of movement and a "ghost" style for a start position.
 *
 * Conventions:
 * - Every drawing uses `viewBox` (below) and is wrapped by `scene()` in one root `<g>`.
 * - Coordinates are SVG user units, y grows downward; the floor is at `FLOOR`.
 * - Angles are degrees in SVG's sense: 0 points right, 90 points down, -90 (or 270) points up.
 * - The figure is `currentColor`; the moving part and arrows are `var(--_accent, currentColor)`,
 *   so a drawing follows the card's light or dark theme. Limbs on the far side of the body are
 *   drawn lighter, so left and right do not get confused.
 * - No `style` attributes (a strict CSP forbids them): presentation attributes only.
 * - Most drawings are side views with a floor line; the side-lying ones are seen from the front
 *   of the body (head to the left, legs to the right), `hip-external-rotation` from above
 *   (`topMat`) and the door-frame hang from the front (`front`).
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';

export type Pt = readonly [number, number];

/** The viewBox of every illustration; the card wraps `render()` in `<svg viewBox=…>`. */
export const viewBox = '0 0 240 150';

/** The y of the floor line. */
export const FLOOR = 138;
/** The y of the centre line of a body part lying on the floor (or of an ankle standing on it). */
export const LIE = FLOOR - 4;

/** Segment lengths of the figure (an adult, about 125 units tall standing). */
export const L = {
  torso: 38,
  neck: 13,
  head: 8,
  upperArm: 22,
  forearm: 23,
  thigh: 33,
  shin: 32,
  foot: 10,
} as const;

/**
 * Body scales: the head (and the stroke widths) stay the same size in every drawing, the limbs
 * and trunk are scaled so each pose fills the frame. Lying poses are long and flat, so they get
 * the biggest scale; standing poses the smallest.
 */
export const SCALE = { lying: 1.5, kneeling: 1.4, seated: 1.45, standing: 1.05 } as const;

export interface Lengths {
  torso: number;
  neck: number;
  head: number;
  upperArm: number;
  forearm: number;
  thigh: number;
  shin: number;
  foot: number;
}

/** Segment lengths at body scale `k` (the neck and head are not scaled). */
export function lengths(k = 1): Lengths {
  return {
    torso: L.torso * k,
    neck: L.neck,
    head: L.head,
    upperArm: L.upperArm * k,
    forearm: L.forearm * k,
    thigh: L.thigh * k,
    shin: L.shin * k,
    foot: L.foot * Math.sqrt(k),
  };
}

const FIGURE_WIDTH = 5;
const PROP_WIDTH = 2.5;
export const ACCENT = 'var(--_accent, currentColor)';
/** Opacity of the limbs on the far side of the body. */
const FAR = 0.45;

const r1 = (n: number) => Math.round(n * 10) / 10;
const pt = (p: Pt) => `${r1(p[0])} ${r1(p[1])}`;

/** The point `len` away from `p` in direction `deg`. */
export function at(p: Pt, deg: number, len: number): Pt {
  const a = (deg * Math.PI) / 180;
  return [p[0] + Math.cos(a) * len, p[1] + Math.sin(a) * len];
}

/** The direction from `a` to `b`, in degrees. */
export function angle(a: Pt, b: Pt): number {
  return (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
}

export function dist(a: Pt, b: Pt): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/**
 * Two-segment inverse kinematics: the middle joint (elbow or knee) and the end of a limb of
 * segments `l1`, `l2` rooted at `root` that reaches for `target`. `bend` picks which way the middle
 * joint points (1: clockwise of the root→target line on screen, -1: anticlockwise). If the target is
 * out of reach, the limb is straight toward it.
 */
export function ik(root: Pt, target: Pt, l1: number, l2: number, bend: 1 | -1): [Pt, Pt] {
  const d = dist(root, target);
  const base = angle(root, target);
  if (d >= l1 + l2) return [at(root, base, l1), at(root, base, l1 + l2)];
  const cos = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d);
  const alpha = (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
  return [at(root, base + bend * alpha, l1), target];
}

/** An arm as [elbow, hand]; a leg as [knee, ankle, toe]. */
export type Arm = readonly [Pt, Pt];
export type Leg = readonly [Pt, Pt, Pt];

export interface Joints {
  head: Pt;
  neck: Pt;
  hip: Pt;
  /** Control point of a rounded (slumped) back; straight when absent. */
  back?: Pt;
  /** Direction the face looks, drawn as a small nose mark; none when absent. */
  face?: number;
  arm?: Arm;
  farArm?: Arm;
  leg?: Leg;
  farLeg?: Leg;
}

/** An arm by the angles of upper arm and forearm, or by where the hand goes. */
export type ArmSpec = readonly [number, number] | { to: Pt; bend: 1 | -1 };
/** A leg by the angles of thigh and shin, or by where the ankle goes; `foot` is the foot's angle. */
export type LegSpec = ({ angles: readonly [number, number] } | { to: Pt; bend: 1 | -1 }) & { foot: number };

export interface PoseSpec {
  hip: Pt;
  /** Body scale (see `SCALE`); 1 by default. */
  scale?: number;
  /** Scale of the arms alone, when a pose needs shorter or longer arms to reach; `scale` by default. */
  armScale?: number;
  /** Direction from hip to neck. */
  trunk: number;
  /** Direction from neck to the centre of the head; the trunk's by default. */
  head?: number;
  face?: number;
  /** Rounds the back: how far the middle of the spine bows out, + to the right of hip→neck. */
  back?: number;
  arm?: ArmSpec;
  farArm?: ArmSpec;
  leg?: LegSpec;
  farLeg?: LegSpec;
}

function arm(shoulder: Pt, spec: ArmSpec, s: Lengths): Arm {
  if ('to' in spec) return ik(shoulder, spec.to, s.upperArm, s.forearm, spec.bend);
  const elbow = at(shoulder, spec[0], s.upperArm);
  return [elbow, at(elbow, spec[1], s.forearm)];
}

function leg(hip: Pt, spec: LegSpec, s: Lengths): Leg {
  let knee: Pt;
  let ankle: Pt;
  if ('to' in spec) [knee, ankle] = ik(hip, spec.to, s.thigh, s.shin, spec.bend);
  else {
    knee = at(hip, spec.angles[0], s.thigh);
    ankle = at(knee, spec.angles[1], s.shin);
  }
  return [knee, ankle, at(ankle, spec.foot, s.foot)];
}

/** Joint positions from a hip position and angles (see PoseSpec). */
export function pose(s: PoseSpec): Joints {
  const len = lengths(s.scale);
  if (s.armScale !== undefined) {
    const arms = lengths(s.armScale);
    len.upperArm = arms.upperArm;
    len.forearm = arms.forearm;
  }
  const neck = at(s.hip, s.trunk, len.torso);
  const j: Joints = { hip: s.hip, neck, head: at(neck, s.head ?? s.trunk, L.neck) };
  const out: { -readonly [K in keyof Joints]: Joints[K] } = { ...j };
  if (s.face !== undefined) out.face = s.face;
  if (s.back) {
    const mid: Pt = [(s.hip[0] + neck[0]) / 2, (s.hip[1] + neck[1]) / 2];
    out.back = at(mid, s.trunk + 90, s.back * 2);
  }
  if (s.arm) out.arm = arm(neck, s.arm, len);
  if (s.farArm) out.farArm = arm(neck, s.farArm, len);
  if (s.leg) out.leg = leg(s.hip, s.leg, len);
  if (s.farLeg) out.farLeg = leg(s.hip, s.farLeg, len);
  return out;
}

export type Part = 'body' | 'head' | 'arm' | 'farArm' | 'leg' | 'farLeg';

export interface FigureOptions {
  /** Start position: dashed and faint. */
  ghost?: boolean;
  /** Parts drawn in the accent colour (what moves). */
  accent?: readonly Part[];
  /** Seen from above: both sides of the body drawn alike (no lighter far side). */
  flat?: boolean;
  /** Draw the near arm behind the head (arms overhead, seen from the side). */
  armBehindHead?: boolean;
  /**
   * Seen from the front: a shoulder line and a pelvis line of these half-widths; `arm` and `leg`
   * hang from the left ends, `farArm` and `farLeg` from the right ends, both sides drawn alike and
   * the arms in front of the head.
   */
  front?: { shoulder: number; hip: number };
}

const polyline = (points: readonly Pt[], stroke: string) =>
  svg`<polyline points=${points.map(pt).join(' ')} stroke=${stroke}></polyline>`;

/** The figure as round-capped strokes and a head circle. */
export function figure(j: Joints, opts: FigureOptions = {}): SVGTemplateResult {
  const colour = (p: Part) => (opts.accent?.includes(p) ? ACCENT : 'currentColor');
  const front = opts.front;
  const side = (p: Pt, dx: number): Pt => [p[0] + dx, p[1]];
  const roots = {
    arm: front ? side(j.neck, -front.shoulder) : j.neck,
    farArm: front ? side(j.neck, front.shoulder) : j.neck,
    leg: front ? side(j.hip, -front.hip) : j.hip,
    farLeg: front ? side(j.hip, front.hip) : j.hip,
  };
  const limb = (l: readonly Pt[] | undefined, p: 'arm' | 'farArm' | 'leg' | 'farLeg', far: boolean) =>
    l
      ? svg`<g opacity=${far && !opts.flat && !front ? FAR : nothing}>${polyline([roots[p], ...l], colour(p))}</g>`
      : nothing;
  const torso = j.back
    ? svg`<path d="M${pt(j.hip)} Q${pt(j.back)} ${pt(j.neck)}" stroke=${colour('body')}></path>`
    : svg`<line x1=${r1(j.hip[0])} y1=${r1(j.hip[1])} x2=${r1(j.neck[0])} y2=${r1(j.neck[1])} stroke=${colour('body')}></line>`;
  const girdles = front
    ? svg`${polyline([roots.arm, roots.farArm], colour('body'))}${polyline([roots.leg, roots.farLeg], colour('body'))}`
    : nothing;
  const headStroke = colour('head');
  const face =
    j.face === undefined
      ? nothing
      : polyline([at(j.head, j.face, L.head - 1), at(j.head, j.face, L.head + 3)], headStroke);
  const neckTop = at(j.neck, angle(j.neck, j.head), Math.max(0, dist(j.neck, j.head) - L.head));
  return svg`<g class=${opts.ghost ? 'figure ghost' : 'figure'} stroke-width=${FIGURE_WIDTH}
      opacity=${opts.ghost ? 0.4 : nothing} stroke-dasharray=${opts.ghost ? '1 7' : nothing}>
    ${front ? nothing : limb(j.farArm, 'farArm', true)}${limb(j.farLeg, 'farLeg', true)}
    ${opts.armBehindHead ? limb(j.arm, 'arm', false) : nothing}
    ${limb(j.leg, 'leg', false)}${torso}${girdles}
    ${polyline([j.neck, neckTop], colour('body'))}
    <circle class="head" cx=${r1(j.head[0])} cy=${r1(j.head[1])} r=${L.head} stroke=${headStroke}
      stroke-width="3" fill=${opts.ghost ? 'none' : headStroke}></circle>${face}
    ${opts.armBehindHead ? nothing : limb(j.arm, 'arm', false)}${front ? limb(j.farArm, 'farArm', true) : nothing}
  </g>`;
}

/**
 * Where a straight limb of length `reach` from `from` touches the floor line `y`, ahead (`side` 1,
 * to the right) or behind (-1). `slack` shortens the reach a little so the limb keeps a soft bend.
 */
export function onFloor(from: Pt, reach: number, side: 1 | -1, y = FLOOR - 2, slack = 0): Pt {
  const r = reach - slack;
  const drop = y - from[1];
  return [from[0] + side * Math.sqrt(Math.max(0, r * r - drop * drop)), y];
}

/** The root group of every illustration: shared stroke defaults. */
export function scene(...parts: readonly unknown[]): SVGTemplateResult {
  return svg`<g class="illustration" fill="none" stroke="currentColor" stroke-width=${PROP_WIDTH}
    stroke-linecap="round" stroke-linejoin="round">${parts}</g>`;
}

// ---------------------------------------------------------------- props

export function floor(x1 = 8, x2 = 232): SVGTemplateResult {
  return svg`<line class="floor" x1=${x1} y1=${FLOOR} x2=${x2} y2=${FLOOR} stroke-width="2"></line>`;
}

/** An exercise mat on the floor. */
export function mat(x1: number, x2: number): SVGTemplateResult {
  return svg`<rect class="mat" x=${x1} y=${FLOOR - 1} width=${x2 - x1} height="3" rx="1.5" stroke-width="1.5"
    opacity="0.6"></rect>`;
}

/** A mat seen from above, for the drawings looked at from overhead. */
export function topMat(x: number, y: number, w: number, h: number): SVGTemplateResult {
  return svg`<rect class="mat" x=${x} y=${y} width=${w} height=${h} rx="6" stroke-width="2" opacity="0.5"></rect>`;
}

/**
 * A chair in profile: seat from `x` to `x + 34` at `seatY`, legs to the floor, the backrest on the
 * left (`back: 'left'`) or right.
 */
export function chair(x: number, seatY: number, back: 'left' | 'right' = 'left', backrest = true): SVGTemplateResult {
  const w = 34;
  const bx = back === 'left' ? x : x + w;
  return svg`<g class="chair" stroke-width="3" opacity="0.75">
    <line x1=${x} y1=${seatY} x2=${x + w} y2=${seatY}></line>
    <line x1=${x + 2} y1=${seatY} x2=${x + 2} y2=${FLOOR}></line>
    <line x1=${x + w - 2} y1=${seatY} x2=${x + w - 2} y2=${FLOOR}></line>
    ${backrest ? svg`<line x1=${bx} y1=${seatY} x2=${bx} y2=${seatY - 40}></line>` : nothing}
  </g>`;
}

/** A wall at `x`, with hatching on the side away from the room. */
export function wall(x: number, top = 12, side: 'left' | 'right' = 'left'): SVGTemplateResult {
  const d = side === 'left' ? -6 : 6;
  const hatch = [];
  for (let y = top + 8; y < FLOOR; y += 14) hatch.push(`M${x} ${y} l${d} 6`);
  return svg`<g class="wall"><line x1=${x} y1=${top} x2=${x} y2=${FLOOR} stroke-width="3"></line>
    <path d=${hatch.join(' ')} stroke-width="1.5" opacity="0.6"></path></g>`;
}

/** A door frame: two posts and the top bar, seen from the front. */
export function doorFrame(x1: number, x2: number, top: number): SVGTemplateResult {
  return svg`<g class="door-frame" stroke-width="4" opacity="0.75">
    <polyline points="${x1} ${FLOOR} ${x1} ${top} ${x2} ${top} ${x2} ${FLOOR}"></polyline></g>`;
}

/** A pillow: a soft rounded block. */
export function pillow(cx: number, cy: number, w: number, h: number): SVGTemplateResult {
  return svg`<rect class="pillow" x=${cx - w / 2} y=${cy - h / 2} width=${w} height=${h} rx=${h / 2}
    stroke-width="2.5"></rect>`;
}

/** A foam roller seen end-on, lying on the floor. */
export function foamRoller(cx: number, r = 10): SVGTemplateResult {
  const cy = FLOOR - 1 - r;
  return svg`<g class="foam-roller" stroke=${ACCENT}><circle cx=${cx} cy=${cy} r=${r} stroke-width="3"></circle>
    <circle cx=${cx} cy=${cy} r=${r / 3} stroke-width="2"></circle></g>`;
}

/** A stick roller from `a` to `b`: a thick middle with two handles. */
export function stickRoller(a: Pt, b: Pt): SVGTemplateResult {
  const len = dist(a, b);
  const dir = angle(a, b);
  const h1 = at(a, dir, len * 0.22);
  const h2 = at(a, dir, len * 0.78);
  return svg`<g class="stick-roller" stroke=${ACCENT}>
    <line x1=${r1(a[0])} y1=${r1(a[1])} x2=${r1(b[0])} y2=${r1(b[1])} stroke-width="4"></line>
    <line x1=${r1(h1[0])} y1=${r1(h1[1])} x2=${r1(h2[0])} y2=${r1(h2[1])} stroke-width="8"></line></g>`;
}

/** A small massage ball (lacrosse ball). */
export function ball(c: Pt, r = 5): SVGTemplateResult {
  return svg`<circle class="ball" cx=${r1(c[0])} cy=${r1(c[1])} r=${r} stroke=${ACCENT} fill=${ACCENT}></circle>`;
}

/** A peanut ball: two balls joined, its long axis along `deg`. */
export function peanut(c: Pt, deg = 90, r = 5.5): SVGTemplateResult {
  const a = at(c, deg, r * 0.9);
  const b = at(c, deg + 180, r * 0.9);
  return svg`<g class="peanut" stroke=${ACCENT} fill=${ACCENT}>
    <circle cx=${r1(a[0])} cy=${r1(a[1])} r=${r}></circle><circle cx=${r1(b[0])} cy=${r1(b[1])} r=${r}></circle></g>`;
}

/** A dumbbell seen from the side, centred on `c`. */
export function dumbbell(c: Pt, deg = 0): SVGTemplateResult {
  const a = at(c, deg, 6);
  const b = at(c, deg + 180, 6);
  return svg`<g class="dumbbell" stroke-width="3">
    <line x1=${r1(a[0])} y1=${r1(a[1])} x2=${r1(b[0])} y2=${r1(b[1])}></line>
    <circle cx=${r1(a[0])} cy=${r1(a[1])} r="3.5" fill="currentColor"></circle>
    <circle cx=${r1(b[0])} cy=${r1(b[1])} r="3.5" fill="currentColor"></circle></g>`;
}

/**
 * An arrow in the accent colour for the direction of movement, from `from` to `to`; `bend` bows
 * it (+ to the right of the direction of travel on screen). `both` puts a head on each end.
 */
export function arrow(from: Pt, to: Pt, bend = 0, both = false): SVGTemplateResult {
  const mid: Pt = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
  const ctrl = at(mid, angle(from, to) + 90, bend * 2);
  const head = (tip: Pt, fromPt: Pt) => {
    const d = angle(fromPt, tip);
    return `M${pt(at(tip, d + 150, 6))} L${pt(tip)} L${pt(at(tip, d - 150, 6))}`;
  };
  const heads = head(to, bend ? ctrl : from) + (both ? ' ' + head(from, bend ? ctrl : to) : '');
  return svg`<g class="arrow" stroke=${ACCENT} stroke-width="2.5">
    <path d="M${pt(from)} Q${pt(ctrl)} ${pt(to)}"></path><path d=${heads}></path></g>`;
}

/** A dashed guide line (e.g. "keep this straight"). */
export function guide(a: Pt, b: Pt): SVGTemplateResult {
  return svg`<line class="guide" x1=${r1(a[0])} y1=${r1(a[1])} x2=${r1(b[0])} y2=${r1(b[1])} stroke=${ACCENT}
    stroke-width="1.5" stroke-dasharray="4 4"></line>`;
}

/** A limb that a drawing has set (narrows `Joints`' optional limbs without a non-null assertion). */
export function limbOf<T>(v: T | undefined): T {
  if (v === undefined) throw new Error('illustration: limb not set');
  return v;
}

/** Where the wall stands in the two wall-release drawings (the wall is on the left). */
export const WALL_X = 40;

/**
 * Leaning back against the wall with a ball of radius `r` between one buttock and the wall, feet
 * stepped away for leverage: the position of both the massage-ball and the peanut-ball release.
 */
export function wallLean(r: number): Joints {
  const hipX = WALL_X + 2 * r + 4;
  return pose({
    hip: [hipX, 74],
    scale: 1.1,
    trunk: -95,
    face: 0,
    arm: { to: [hipX + 26, 88], bend: -1 },
    leg: { to: [hipX + 40, LIE], bend: -1, foot: 0 },
    farLeg: { to: [hipX + 34, LIE], bend: -1, foot: 0 },
  });
}
