/**
 * Draws the body (body.ts) and its props as SVG. One exercise picture is `figure({…})`: a start pose,
 * an end pose (the held pose, for an exercise with a hold), the props and the movement arrows.
 *
 * Every part of the body (pelvis, lower back, chest, neck, head, upper arm, forearm, hand, thigh,
 * leg, foot) is one solid, rounded, tapered shape in its own coordinates, placed by one `transform`
 * (translate, rotate, scale). A still pose writes it as an attribute; the moving picture animates
 * the same elements with Web Animations between transforms computed here once, so the browser makes
 * every frame. No `style` attribute anywhere (strict CSP): colours come from classes
 * (`figureStyles`), positions from presentation attributes.
 *
 * The limbs on the viewer's side are in front of the trunk, full colour, outlined in the background
 * colour so they stand out against it; the far limbs behind it, lighter.
 */
import { css, nothing, svg, type SVGTemplateResult } from 'lit';
import type { ExerciseIllustration } from '../exercises/types.js';
import { HEAD_R, HEEL, LEN, THICK, TOE, blend, camera, length, place, project, reach, shift, type Camera, type Part, type Pose, type Posed, type V } from './body.js';

// --- props ---------------------------------------------------------------------------------------

/**
 * A prop: a box (`at`: [x0, y0, z0, x1, y1, z1]), a rod ([ax, ay, az, bx, by, bz, radius]: rollers,
 * bars) or a ball ([x, y, z, radius]). `name` is what poses touch (several pieces may share one).
 * `look`: `solid` (furniture), `soft` (a pillow, drawn 2 units rounder than its box), `mat`, or
 * `tool` (what the exercise works with, in the accent colour).
 */
export interface Prop {
  name: string;
  shape: 'box' | 'rod' | 'ball';
  at: readonly number[];
  look: 'solid' | 'soft' | 'mat' | 'tool';
  /** Drawn in front of the body (a weight on the foot, a roller held over the thigh). */
  front?: boolean;
}

export const box = (name: string, a: V, b: V, look: Prop['look'] = 'solid'): Prop => ({ name, shape: 'box', at: [...a, ...b], look });
export const rod = (name: string, a: V, b: V, r: number, look: Prop['look'] = 'tool', front?: boolean): Prop => ({ name, shape: 'rod', at: [...a, ...b, r], look, front });
export const ball = (name: string, c: V, r: number): Prop => ({ name, shape: 'ball', at: [...c, r], look: 'tool' });
/** An exercise mat on the floor from x0 to x1 (its top is the floor, y = 0). */
export const mat = (x0: number, x1: number, z0 = -35, z1 = 35): Prop => box('floor', [x0, -1.2, z0], [x1, 0, z1], 'mat');
/** A wall whose face is at x, the room on its right. */
export const wall = (x: number): Prop => box('wall', [x - 12, 0, -60], [x, 190, 60]);

/** A firm chair: the seat `h` high (45) and 44 deep from x0; the backrest at x0 (`back` −1) or at the far side (1). */
export function chair(x0: number, back = -1, h = 45): Prop[] {
  const leg = (x: number, z: number) => box('chair', [x, 0, z], [x + 3, h - 3, z + 3]);
  const bx = back < 0 ? x0 : x0 + 41;
  return [box('chair', [bx, h, -20], [bx + 3, h + 43, 20]), leg(x0, -20), leg(x0 + 41, -20), box('chair', [x0, h - 3, -21], [x0 + 44, h, 21]), leg(x0, 17), leg(x0 + 41, 17)];
}

// --- the body's drawn parts ----------------------------------------------------------------------

type Cam = ReturnType<typeof camera>;
/** A transform: translate x, y; rotate (degrees); scale x, y. */
type T = number[];

const n1 = (v: number) => Math.round(v * 10) / 10;
const n3 = (v: number) => Math.round(v * 1e3) / 1e3;
/** A transform as an SVG attribute (`px`: '') or as CSS for Web Animations (`px`: 'px'). */
const transform = (t: T, px = '', deg = '', c = ' ') =>
  `translate(${n1(t[0])}${px}${c}${n1(t[1])}${px}) rotate(${n1(t[2])}${deg}) scale(${n3(t[3])}${c}${n3(t[4])})`;

/** A rounded, tapered shape from (0, 0) to (len, 0), half-thickness r0 then r1. */
const capsule = (len: number, r0: number, r1: number) =>
  `M0 ${-r0}L${n1(len)} ${-r1}A${r1} ${r1} 0 0 1 ${n1(len)} ${r1}L0 ${r0}A${r0} ${r0} 0 0 1 0 ${-r0}Z`;
const circle = (r: number) => `M${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
const FOOT = length([TOE[0] - HEEL[0], TOE[1] - HEEL[1], 0]);
const REST: Record<string, number> = { ...LEN, foot: FOOT };

/**
 * One drawn element: `kind` s (a shape along a part), d (a round joint: a limb seen end-on keeps its
 * round end), h (the head's circle) or n (the nose, which shows where the face looks); `layer` 0 far
 * limbs, 1 trunk and head, 2 near limbs; `halo`: the outline copy under a near limb.
 */
interface Item {
  part: string;
  kind: string;
  d: string;
  layer: number;
  halo?: boolean;
}

function limbItems(side: string, layer: number): Item[] {
  const seg = (p: string): Item => ({ part: p + side, kind: 's', layer, d: p === 'foot' ? `M0 -3.4L${n1(FOOT)} -1.8A1.8 1.8 0 0 1 ${n1(FOOT)} 1.8L6 6.8Q2.5 8.6 -1 5.6L-3.4 0A3.4 3.4 0 0 1 0 -3.4Z` : capsule(REST[p], THICK[p][0], THICK[p][1]) });
  const disc = (p: string, r: number): Item => ({ part: p + side, kind: 'd', layer, d: circle(r) });
  return [
    [seg('thigh'), seg('shank'), seg('foot'), disc('knee', 5.5)],
    [disc('shoulder', 4.8), seg('upperArm'), seg('forearm'), seg('hand'), disc('elbow', 3.8)],
  ].flatMap((limb) => (layer ? [...limb.map((i) => ({ ...i, halo: true })), ...limb] : limb));
}

const TRUNK: Item[] = [
  ...['pelvis', 'lumbar', 'thorax', 'neck'].map((p) => ({ part: p, kind: 's', layer: 1, d: capsule(REST[p], THICK[p][0], THICK[p][1]) })),
  { part: 'head', kind: 'h', layer: 1, d: circle(HEAD_R) },
  { part: 'head', kind: 'n', layer: 1, d: `M${HEAD_R - 3} -3L${HEAD_R + 2.6} 1.6L${HEAD_R - 3} 4Z` },
];

/** The transform that puts an item where a solved pose has it. */
function place2d(cam: Cam, posed: Posed, item: Item): T {
  const p = posed.parts.find((q) => q.name === item.part) as Part;
  const on = (v: V) => project(cam, v);
  if (item.kind === 'd' || item.kind === 'h') {
    const c = on(item.kind === 'h' ? p.b : posed.points[item.part]);
    return [c[0], c[1], 0, 1, 1];
  }
  const nose = item.kind === 'n';
  const axis = on([p.b[0] - p.a[0], p.b[1] - p.a[1], p.b[2] - p.a[2]]);
  // The nose follows where the face looks; a shape its part's long axis.
  const u = nose ? on(p.front) : axis;
  const a = Math.atan2(u[1], u[0]);
  const across = (v: V) => -v[0] * Math.sin(a) + v[1] * Math.cos(a);
  const [f, l] = [on(p.front), on(p.left)];
  let sy = 1;
  // The trunk is wider than deep: how wide it looks depends on which way it faces.
  if (!p.side && !nose) sy = Math.hypot((p.r[0] + p.r[1]) * across(f), (p.w[0] + p.w[1]) * across(l)) / (p.r[0] + p.r[1]);
  // A foot's top, and the nose's underside, go to the side they face.
  if ((p.name[0] === 'f' && p.name[1] === 'o' && across(f) < 0) || (nose && across(axis) > 0)) sy = -1;
  return [...on(nose ? p.b : p.a).slice(0, 2), (a * 180) / Math.PI, Math.max(Math.hypot(u[0], u[1]) / (nose ? 1 : REST[p.name.replace(/[LR]$/, '')]), 0.001), sy];
}

/** A convex outline around points (monotone chain), as a path. */
function hull(points: readonly (readonly number[])[]): string {
  const turn = (o: readonly number[], a: readonly number[], b: readonly number[]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: readonly (readonly number[])[]) =>
    list.reduce<(readonly number[])[]>((out, q) => {
      while (out.length > 1 && turn(out[out.length - 2], out[out.length - 1], q) <= 0) out.pop();
      return [...out, q];
    }, []).slice(0, -1);
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return 'M' + [...half(sorted), ...half([...sorted].reverse())].map((q) => `${n1(q[0])} ${n1(q[1])}`).join('L') + 'Z';
}

/** The points a prop's outline is drawn through: a box's corners, a rod's or ball's centres. */
function propPoints(p: Prop): V[] {
  const a = p.at;
  if (p.shape === 'box') return [0, 1, 2, 3, 4, 5, 6, 7].map((i): V => [a[i & 1 ? 3 : 0], a[i & 2 ? 4 : 1], a[i & 4 ? 5 : 2]]);
  return [a.slice(0, 3) as unknown as V, (p.shape === 'rod' ? a.slice(3, 6) : a.slice(0, 3)) as unknown as V];
}

function drawProp(cam: Cam, prop: Prop, moving = false): SVGTemplateResult {
  const [p, q] = propPoints(prop).map((c) => project(cam, c));
  const attrs = { class: `prop ${prop.look}`, key: moving ? 'tool' : nothing };
  if (prop.shape === 'box') return svg`<path class=${attrs.class} data-i=${attrs.key} d=${hull(propPoints(prop).map((c) => project(cam, c)))}></path>`;
  if (prop.shape === 'rod')
    return svg`<line class=${attrs.class} data-i=${attrs.key} x1=${n1(p[0])} y1=${n1(p[1])} x2=${n1(q[0])} y2=${n1(q[1])} stroke-width=${prop.at[6] * 2}></line>`;
  return svg`<circle class=${attrs.class} data-i=${attrs.key} cx=${n1(p[0])} cy=${n1(p[1])} r=${prop.at[3]}></circle>`;
}

/** An arrow along the second half of a path, in the accent colour; at least 20 units long. */
function drawArrow(path: number[][]): SVGTemplateResult {
  const half = path.slice(path.length >> 1);
  const m = half[half.length >> 1];
  const k = Math.max(1, 20 / (Math.hypot(half[half.length - 1][0] - half[0][0], half[half.length - 1][1] - half[0][1]) || 20));
  const [s, e] = [half[0], half[half.length - 1]].map((p) => [m[0] + (p[0] - m[0]) * k, m[1] + (p[1] - m[1]) * k]);
  // A quadratic curve through the start, the middle and the end; straight when a short path was stretched.
  const c = k > 1 ? [(s[0] + e[0]) / 2, (s[1] + e[1]) / 2] : [2 * m[0] - (s[0] + e[0]) / 2, 2 * m[1] - (s[1] + e[1]) / 2];
  const dir = Math.atan2(e[1] - c[1], e[0] - c[0]);
  const pt = (p: number[]) => `${n1(p[0])} ${n1(p[1])}`;
  const wing = (w: number) => pt([e[0] - 7 * Math.cos(dir + w), e[1] - 7 * Math.sin(dir + w)]);
  return svg`<path class="arrow" d="M${pt(s)}Q${pt(c)} ${pt(e)}M${wing(0.5)}L${pt(e)}L${wing(-0.5)}"></path>`;
}

// --- one exercise's picture ----------------------------------------------------------------------

/** A movement arrow: the path of a point of the body (or `tool`) from the start to the end pose, moved [dx, dy] on the picture. */
export type Arrow = readonly [point: string, dx?: number, dy?: number];

export interface FigureSpec {
  /** What the movement is, in words (translated): the picture's text alternative. */
  alt: () => string;
  /** How the picture is seen; a side view by default. */
  camera?: Camera;
  props?: readonly Prop[];
  /** A prop that moves with the body, drawn around each pose's `tool` point (the stick roller). */
  tool?: (at: V) => Prop;
  start: Pose;
  /** The end of the movement; for an exercise with a hold, the pose that is held. */
  end: Pose;
  /** A joint that stays put between the poses (the back knee in a hip-flexor stretch). */
  anchor?: string;
  arrows: readonly Arrow[];
}

/** Seconds: a pause at the start, the movement, a pause at the end (the hold), the movement back. */
const REST_S = 0.8;
const MOVE_S = 2.2;
const HOLD_S = 1.6;
/** Seconds per loop. */
export const LOOP_S = REST_S + HOLD_S + 2 * MOVE_S;
/** In-between frames per movement. */
const STEPS = 8;

/** A posed figure: its poses, the still picture and the loop's frames. */
export class Figure {
  readonly cam: Cam;
  readonly items: Item[];
  /** The loop's frames: when (0–1) and the pose; the arrows' paths; the picture's box. */
  private cache?: { frames: [number, Posed][]; paths: number[][][]; viewBox: string };
  private frames?: ReturnType<Figure['keyframes']>;
  private drawn?: SVGTemplateResult[];

  constructor(readonly spec: FigureSpec) {
    this.cam = camera(spec.camera ?? [0]);
    const p = place(spec.start).points;
    const depth = (s: string) => project(this.cam, p['hip' + s])[2] + project(this.cam, p['shoulder' + s])[2];
    const near = depth('L') >= depth('R') ? 'L' : 'R';
    this.items = [...limbItems(near === 'L' ? 'R' : 'L', 0), ...TRUNK, ...limbItems(near, 2)];
  }

  /** The pose t of the way from a to b, the anchor kept in place. */
  between(a: Pose, b: Pose, t: number): Posed {
    const posed = place(blend(a, b, t));
    const k = this.spec.anchor;
    if (!k) return posed;
    const [pa, pb, now] = [place(a), place(b), posed].map((q) => q.points[k]);
    return shift(posed, [pa[0] + (pb[0] - pa[0]) * t - now[0], 0, pa[2] + (pb[2] - pa[2]) * t - now[2]]);
  }

  private loop(): NonNullable<Figure['cache']> {
    if (this.cache) return this.cache;
    const { start, end } = this.spec;
    const frames: [number, Posed][] = [[0, place(start)]];
    [
      [start, end, REST_S],
      [end, start, REST_S + MOVE_S + HOLD_S],
    ].forEach(([a, b, from]) => {
      for (let k = 0; k <= STEPS; k++) frames.push([((from as number) + (MOVE_S * k) / STEPS) / LOOP_S, this.between(a as Pose, b as Pose, (k * k * (3 * STEPS - 2 * k)) / STEPS ** 3)]);
    });
    const at = (posed: Posed, point: string) => project(this.cam, posed.points[point]);
    const paths = this.spec.arrows.map(([point, dx = 0, dy = 0]) => frames.slice(1, STEPS + 2).map(([, posed]) => at(posed, point)).map((p) => [p[0] + dx, p[1] + dy]));
    // The picture's box: the body in every frame, the props and the arrows, and a margin.
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    const grow = (x: number, y: number, rx = 0, ry = rx) => {
      box[0] = Math.min(box[0], x - rx);
      box[1] = Math.min(box[1], y - ry);
      box[2] = Math.max(box[2], x + rx);
      box[3] = Math.max(box[3], y + ry);
    };
    const [right, down] = [this.unproject([1, 0, 0]), this.unproject([0, -1, 0])];
    for (const [, posed] of frames) {
      for (const part of posed.parts) {
        const [rx, ry] = [reach(part, right), reach(part, down)];
        [part.a, part.b].forEach((c, i) => grow(...(project(this.cam, c).slice(0, 2) as [number, number]), rx[i], ry[i]));
      }
      for (const prop of this.props(posed)) for (const c of propPoints(prop)) grow(project(this.cam, c)[0], project(this.cam, c)[1], prop.shape === 'box' ? 2 : prop.at[prop.shape === 'rod' ? 6 : 3]);
    }
    for (const p of paths.flat()) grow(p[0], p[1], 4);
    let [x0, y0, x1] = [box[0] - 6, box[1] - 6, box[2] + 6];
    const y1 = box[3] + 6;
    // Between 4:3 (standing) and 2.4:1 (lying), so a phone shows either at a readable size.
    const [w, h] = [x1 - x0, y1 - y0];
    if (h > w * 0.75) [x0, x1] = [x0 - (h / 0.75 - w) / 2, x1 + (h / 0.75 - w) / 2];
    if (h < w / 2.4) y0 -= w / 2.4 - h;
    return (this.cache = { frames, paths, viewBox: [x0, y0, x1 - x0, y1 - y0].map(Math.round).join(' ') });
  }

  /** The world direction that the camera shows as the picture's direction v. */
  private unproject(v: V): V {
    const c = this.cam;
    return [c[0] * v[0] - c[3] * v[1] + c[6] * v[2], c[1] * v[0] - c[4] * v[1] + c[7] * v[2], c[2] * v[0] - c[5] * v[1] + c[8] * v[2]];
  }

  /** Every prop in a pose (the end pose by default), the moving tool included. */
  props(posed = place(this.spec.end)): Prop[] {
    const at = posed.points.tool;
    return [...(this.spec.props ?? []), ...(this.spec.tool && at ? [this.spec.tool(at)] : [])];
  }

  /** The picture's `viewBox`: everything drawn in the loop, with a margin. */
  get viewBox(): string {
    return this.loop().viewBox;
  }

  /** The loop: offsets 0–1 and, per item (and for the tool), its transform in each frame (CSS syntax). */
  keyframes(): { offsets: number[]; items: string[][]; tool: string[] } {
    const { frames } = this.loop();
    const ref = place(this.spec.start).points.tool;
    return (this.frames ??= {
      offsets: frames.map((f) => f[0]),
      items: this.items.map((item) => {
        let prev: number;
        return frames.map(([, posed]) => {
          const t = place2d(this.cam, posed, item);
          // Unwrapped, so an angle near ±180° does not spin the long way round.
          if (prev !== undefined) t[2] = prev + ((((t[2] - prev) % 360) + 540) % 360) - 180;
          prev = t[2];
          return transform(t, 'px', 'deg', ',');
        });
      }),
      // The tool moves by how far its point is from where the start pose draws it.
      tool: frames.map(([, posed]) => {
        const d = ref && posed.points.tool ? project(this.cam, posed.points.tool).map((v, i) => v - project(this.cam, ref)[i]) : [0, 0];
        return `translate(${n1(d[0])}px,${n1(d[1])}px)`;
      }),
    });
  }

  /** The body in one pose: every item with its transform (`data-i` says which keyframes move it), and the tool. */
  body(posed: Posed): SVGTemplateResult {
    const layer = (n: number) =>
      this.items.map((item, i) => (item.layer === n ? svg`<path class=${item.halo ? 'halo' : 'body'} data-i=${i} d=${item.d} transform=${transform(place2d(this.cam, posed, item))}></path>` : nothing));
    const at = posed.points.tool;
    return svg`<g class="far">${layer(0)}</g>${layer(1)}${layer(2)}${this.spec.tool && at ? drawProp(this.cam, this.spec.tool(at), true) : nothing}`;
  }

  /** The floor line (side views), the props behind the body; or the props in front of it. */
  private fixed(front: boolean): SVGTemplateResult[] {
    const [x, , w] = this.viewBox.split(' ').map(Number);
    const floor = this.spec.camera?.[1] || front ? [] : [svg`<line class="floor" x1=${x} x2=${x + w} y1="0" y2="0"></line>`];
    return [...floor, ...(this.spec.props ?? []).filter((p) => !!p.front === front).map((p) => drawProp(this.cam, p))];
  }

  /** A still picture of a pose (the end pose by default), with the movement arrows when asked. */
  draw(pose = this.spec.end, arrows = true): SVGTemplateResult {
    return svg`${this.fixed(false)}${this.body(place(pose))}${this.fixed(true)}${arrows ? this.loop().paths.map(drawArrow) : nothing}`;
  }

  /** Each item's transform in a pose, in CSS syntax (for an animation from one pose to another). */
  transforms(pose: Pose): string[] {
    const posed = place(pose);
    return this.items.map((item) => transform(place2d(this.cam, posed, item), 'px', 'deg', ','));
  }

  /**
   * The animated picture: the end pose with its arrows (class `still`) and the start pose to move
   * (class `moving`, given `hook`, an element directive), sharing the floor and the props.
   */
  scene(hook: unknown): SVGTemplateResult {
    // Drawn once per exercise: every card showing it shares these templates.
    const [still, start] = (this.drawn ??= [this.body(place(this.spec.end)), this.body(place(this.spec.start))]);
    return svg`${this.fixed(false)}<g class="still">${still}</g><g class="moving" ${hook}>${start}</g>${this.fixed(true)}<g class="still">${this.loop().paths.map(drawArrow)}</g>`;
  }
}

/** An exercise's picture: the posed figure, and what every picture has (alt text, a still drawing). */
export function figure(spec: FigureSpec): ExerciseIllustration {
  const f = new Figure(spec);
  return {
    alt: spec.alt,
    render: () => f.draw(),
    get viewBox() {
      return f.viewBox;
    },
    figure: f,
  };
}

/**
 * The figure's colours, for the elements that draw it: the theme's tokens; in forced colours the body
 * is `CanvasText` on `Canvas`, the far limbs outlined.
 */
export const figureStyles = css`
  svg .body {
    fill: var(--_text);
  }
  svg .far {
    opacity: 0.45;
  }
  svg .halo {
    fill: none;
    stroke: var(--_surface-alt);
    stroke-width: 3;
    stroke-linejoin: round;
  }
  svg .prop {
    fill: var(--_border);
    stroke: var(--_border);
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  svg .soft {
    stroke-width: 4;
  }
  svg .mat {
    opacity: 0.6;
  }
  svg .tool {
    fill: var(--_accent);
    stroke: var(--_accent);
  }
  svg .floor {
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  svg .arrow {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  @media (forced-colors: active) {
    svg .body,
    svg .tool {
      fill: CanvasText;
    }
    svg .far {
      opacity: 1;
    }
    svg .far .body,
    svg path.prop {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5;
    }
    svg .halo {
      stroke: Canvas;
    }
    svg line.prop,
    svg .tool,
    svg .floor,
    svg .arrow {
      stroke: CanvasText;
    }
  }
`;
