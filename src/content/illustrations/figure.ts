/**
 * Draws the body (body.ts) and its props (props.ts) as SVG.
 *
 * `Drawing` is a posed body in its scene, seen through one camera: the glide timer's seated figure
 * uses it alone, so a bundle of the timer leaves out the rest. `Figure` (made by `figure({…})`) is
 * one exercise picture: a start pose, an end pose (the held pose, for an exercise with a hold), the
 * props, the movement arrows and the card's loop (the keyframes its Web Animations play).
 * Both stay in this one module on purpose: in the split build (dist/esm/) a module is one chunk's,
 * and two modules here would put the card's part in a chunk of its own, costing the one-card page
 * about 220 B gzip (docs/illustrations.md, Size).
 *
 * Every part of the body (pelvis, lower back, chest, neck, head, upper arm, forearm, hand, thigh,
 * leg, foot) is one solid, rounded, tapered shape in its own coordinates, placed by one `transform`
 * (translate, rotate, scale). A still pose writes it as an attribute; a moving picture animates the
 * same elements with Web Animations between transforms computed here once, so the browser makes
 * every frame. No `style` attribute anywhere (strict CSP): colours come from classes
 * (`figureStyles`), positions from presentation attributes.
 *
 * The limbs on the viewer's side are in front of the trunk, full colour, outlined in the background
 * colour so they stand out against it; the far limbs behind it, lighter.
 */
import { css, nothing, svg, type SVGTemplateResult } from 'lit';
import type { ExerciseIllustration } from '../exercises/types.js';
import { HEAD_R, HEEL, LEN, TOE, blend, camera, length, place, point, project, reach, shift, thickness, type Camera, type Pose, type Posed, type V } from './body.js';
import { propPoints, propRadius, type Prop } from './props.js';

// --- the body's drawn parts ----------------------------------------------------------------------

type Cam = ReturnType<typeof camera>;
/** A point on the picture. */
type P2 = readonly [number, number];
/** A transform: translate x, y; rotate (degrees); scale x, y. */
type T = readonly [number, number, number, number, number];

const n1 = (v: number) => Math.round(v * 10) / 10;
const n3 = (v: number) => Math.round(v * 1e3) / 1e3;
/** A transform as an SVG attribute (`px`: '') or as CSS for Web Animations (`px`: 'px'). */
const transform = ([x, y, deg, sx, sy]: T, px = '', unit = '', c = ' ') =>
  `translate(${n1(x)}${px}${c}${n1(y)}${px}) rotate(${n1(deg)}${unit}) scale(${n3(sx)}${c}${n3(sy)})`;
const on2 = (cam: Cam, v: V): P2 => {
  const [x, y] = project(cam, v);
  return [x, y];
};

/** A rounded, tapered shape from (0, 0) to (len, 0), half-thickness r0 then r1. */
const capsule = (len: number, r0: number, r1: number) =>
  `M0 ${-r0}L${n1(len)} ${-r1}A${r1} ${r1} 0 0 1 ${n1(len)} ${r1}L0 ${r0}A${r0} ${r0} 0 0 1 0 ${-r0}Z`;
const circle = (r: number) => `M${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
const FOOT = length([TOE[0] - HEEL[0], TOE[1] - HEEL[1], 0]);
/** The length a part's shape is drawn at, before it is scaled to the pose. */
const rest = (name: string): number => {
  const key = name.replace(/[LR]$/, '');
  return key === 'foot' ? FOOT : LEN[key as keyof typeof LEN];
};
const segment = (name: string) => {
  const [r0, r1] = thickness(name);
  return capsule(rest(name), r0, r1);
};

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
  const seg = (p: string): Item => ({ part: p + side, kind: 's', layer, d: p === 'foot' ? `M0 -3.4L${n1(FOOT)} -1.8A1.8 1.8 0 0 1 ${n1(FOOT)} 1.8L6 6.8Q2.5 8.6 -1 5.6L-3.4 0A3.4 3.4 0 0 1 0 -3.4Z` : segment(p) });
  const disc = (p: string, r: number): Item => ({ part: p + side, kind: 'd', layer, d: circle(r) });
  return [
    [seg('thigh'), seg('shank'), seg('foot'), disc('knee', 5.5)],
    [disc('shoulder', 4.8), seg('upperArm'), seg('forearm'), seg('hand'), disc('elbow', 3.8)],
  ].flatMap((limb) => (layer ? [...limb.map((i) => ({ ...i, halo: true })), ...limb] : limb));
}

const TRUNK: Item[] = [
  ...['pelvis', 'lumbar', 'thorax', 'neck'].map((p) => ({ part: p, kind: 's', layer: 1, d: segment(p) })),
  { part: 'head', kind: 'h', layer: 1, d: circle(HEAD_R) },
  { part: 'head', kind: 'n', layer: 1, d: `M${HEAD_R - 3} -3L${HEAD_R + 2.6} 1.6L${HEAD_R - 3} 4Z` },
];

/** The transform that puts an item where a solved pose has it. */
function place2d(cam: Cam, posed: Posed, item: Item): T {
  if (item.kind === 'd' || item.kind === 'h') {
    const [x, y] = on2(cam, point(posed, item.kind === 'h' ? 'head' : item.part));
    return [x, y, 0, 1, 1];
  }
  const p = posed.parts.find((q) => q.name === item.part);
  if (!p) throw new Error(`figure: no part "${item.part}"`);
  const nose = item.kind === 'n';
  const axis = on2(cam, [p.b[0] - p.a[0], p.b[1] - p.a[1], p.b[2] - p.a[2]]);
  // The nose follows where the face looks; a shape its part's long axis.
  const u = nose ? on2(cam, p.front) : axis;
  const a = Math.atan2(u[1], u[0]);
  const across = (v: P2) => -v[0] * Math.sin(a) + v[1] * Math.cos(a);
  const [f, l] = [on2(cam, p.front), on2(cam, p.left)];
  let sy = 1;
  // The trunk is wider than deep: how wide it looks depends on which way it faces.
  if (!p.side && !nose) sy = Math.hypot((p.r[0] + p.r[1]) * across(f), (p.w[0] + p.w[1]) * across(l)) / (p.r[0] + p.r[1]);
  // A foot's top, and the nose's underside, go to the side they face.
  if ((p.name.startsWith('foot') && across(f) < 0) || (nose && across(axis) > 0)) sy = -1;
  const [x, y] = on2(cam, nose ? p.b : p.a);
  return [x, y, (a * 180) / Math.PI, Math.max(Math.hypot(u[0], u[1]) / (nose ? 1 : rest(p.name)), 0.001), sy];
}

/** A convex outline around points (monotone chain), as a path. */
function hull(points: readonly P2[]): string {
  const turn = (o: P2, a: P2, b: P2) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: readonly P2[]) => {
    const out: P2[] = [];
    for (const q of list) {
      for (let n = out.length; n > 1; n = out.length) {
        const [o, a] = out.slice(-2) as [P2, P2];
        if (turn(o, a, q) > 0) break;
        out.pop();
      }
      out.push(q);
    }
    return out.slice(0, -1);
  };
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return 'M' + [...half(sorted), ...half([...sorted].reverse())].map((q) => `${n1(q[0])} ${n1(q[1])}`).join('L') + 'Z';
}

function drawProp(cam: Cam, prop: Prop, moving = false): SVGTemplateResult {
  const points = propPoints(prop).map((c) => on2(cam, c));
  const [[x1, y1], [x2, y2]] = points as [P2, P2];
  const cls = `prop ${prop.look}`;
  const key = moving ? 'tool' : nothing;
  if (prop.shape === 'box') return svg`<path class=${cls} data-i=${key} d=${hull(points)}></path>`;
  if (prop.shape === 'rod') return svg`<line class=${cls} data-i=${key} x1=${n1(x1)} y1=${n1(y1)} x2=${n1(x2)} y2=${n1(y2)} stroke-width=${propRadius(prop) * 2}></line>`;
  return svg`<circle class=${cls} data-i=${key} cx=${n1(x1)} cy=${n1(y1)} r=${propRadius(prop)}></circle>`;
}

// --- a posed body in its scene -------------------------------------------------------------------

/** A movement arrow: the path of a point of the body (or `tool`) from the start to the end pose, moved [dx, dy] on the picture. */
export type Arrow = readonly [point: string, dx?: number, dy?: number];

/** What a drawing shows: the poses it moves between, the props, and how it is seen. */
export interface DrawingSpec {
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
  /** The movement arrows (`Figure` draws them): the picture's box makes room for them. */
  arrows?: readonly Arrow[];
}

/** In-between poses per movement (timed by `Figure.keyframes`). */
const STEPS = 8;

/**
 * A posed body in its scene: its poses, a still drawing of any of them, and each part's transform
 * in a pose. Its box (`viewBox`) holds every frame of the movement from the start pose to the end
 * pose and back, so a figure moving between them stays inside it.
 */
export class Drawing<Spec extends DrawingSpec = DrawingSpec> {
  readonly cam: Cam;
  readonly items: Item[];
  /**
   * The loop's poses (the start pose, then STEPS + 1 poses eased to the end pose and as many back to
   * the start), the arrows' paths and the picture's box.
   */
  private cache?: { frames: Posed[]; paths: P2[][]; viewBox: string };

  constructor(readonly spec: Spec) {
    this.cam = camera(spec.camera ?? [0]);
    const p = place(spec.start);
    const depth = (s: string) => project(this.cam, point(p, 'hip' + s))[2] + project(this.cam, point(p, 'shoulder' + s))[2];
    const near = depth('L') >= depth('R') ? 'L' : 'R';
    this.items = [...limbItems(near === 'L' ? 'R' : 'L', 0), ...TRUNK, ...limbItems(near, 2)];
  }

  /** The pose t of the way from a to b, the anchor kept in place. */
  between(a: Pose, b: Pose, t: number): Posed {
    const posed = place(blend(a, b, t));
    const k = this.spec.anchor;
    if (!k) return posed;
    const [pa, pb, now] = [point(place(a), k), point(place(b), k), point(posed, k)];
    return shift(posed, [pa[0] + (pb[0] - pa[0]) * t - now[0], 0, pa[2] + (pb[2] - pa[2]) * t - now[2]]);
  }

  /** The loop's frames, the arrows' paths and the picture's box, computed once. */
  protected loop(): NonNullable<Drawing['cache']> {
    if (this.cache) return this.cache;
    const { start, end } = this.spec;
    const frames = [place(start)];
    for (const [a, b] of [
      [start, end],
      [end, start],
    ] as const) {
      // Eased in and out (smoothstep).
      for (let k = 0; k <= STEPS; k++) frames.push(this.between(a, b, (k * k * (3 * STEPS - 2 * k)) / STEPS ** 3));
    }
    const paths = (this.spec.arrows ?? []).map(([name, dx = 0, dy = 0]) =>
      frames.slice(1, STEPS + 2).map((posed): P2 => {
        const [x, y] = on2(this.cam, point(posed, name));
        return [x + dx, y + dy];
      }),
    );
    // The picture's box: the body in every frame, the props and the arrows, and a margin.
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    const grow = ([x, y]: P2, rx = 0, ry = rx) => {
      [left, top, right, bottom] = [Math.min(left, x - rx), Math.min(top, y - ry), Math.max(right, x + rx), Math.max(bottom, y + ry)];
    };
    const [across, down] = [this.unproject([1, 0, 0]), this.unproject([0, -1, 0])];
    for (const posed of frames) {
      for (const part of posed.parts) {
        const [rxa, rxb] = reach(part, across);
        const [rya, ryb] = reach(part, down);
        grow(on2(this.cam, part.a), rxa, rya);
        grow(on2(this.cam, part.b), rxb, ryb);
      }
      for (const prop of this.props(posed)) for (const c of propPoints(prop)) grow(on2(this.cam, c), prop.shape === 'box' ? 2 : propRadius(prop));
    }
    for (const p of paths.flat()) grow(p, 4);
    let [x0, y0, x1] = [left - 6, top - 6, right + 6];
    const y1 = bottom + 6;
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

  /** The body in one pose: every item with its transform (`data-i` says which keyframes move it), and the tool. */
  body(posed: Posed): SVGTemplateResult {
    const layer = (n: number) =>
      this.items.map((item, i) => (item.layer === n ? svg`<path class=${item.halo ? 'halo' : 'body'} data-i=${i} d=${item.d} transform=${transform(place2d(this.cam, posed, item))}></path>` : nothing));
    const at = posed.points.tool;
    return svg`<g class="far">${layer(0)}</g>${layer(1)}${layer(2)}${this.spec.tool && at ? drawProp(this.cam, this.spec.tool(at), true) : nothing}`;
  }

  /** The floor line (side views), the props behind the body; or the props in front of it. */
  protected fixed(front: boolean): SVGTemplateResult[] {
    const [x = 0, , w = 0] = this.viewBox.split(' ').map(Number);
    const floor = this.spec.camera?.[1] || front ? [] : [svg`<line class="floor" x1=${x} x2=${x + w} y1="0" y2="0"></line>`];
    return [...floor, ...(this.spec.props ?? []).filter((p) => !!p.front === front).map((p) => drawProp(this.cam, p))];
  }

  /** A still picture of a pose (the end pose by default). */
  draw(pose = this.spec.end): SVGTemplateResult {
    return svg`${this.fixed(false)}${this.body(place(pose))}${this.fixed(true)}`;
  }

  /** Each item's transform in a pose, in CSS syntax (for an animation from one pose to another). */
  transforms(pose: Pose): string[] {
    const posed = place(pose);
    return this.items.map((item) => transform(place2d(this.cam, posed, item), 'px', 'deg', ','));
  }
}

// --- one exercise's picture ----------------------------------------------------------------------

/** Seconds: a pause at the start, the movement, a pause at the end (the hold), the movement back. */
const REST_S = 0.8;
const MOVE_S = 2.2;
const HOLD_S = 1.6;
/** Seconds per loop. */
export const LOOP_S = REST_S + HOLD_S + 2 * MOVE_S;

/** An arrow along the second half of a path, in the accent colour; at least 20 units long. */
function drawArrow(path: readonly P2[]): SVGTemplateResult {
  const half = path.slice(path.length >> 1);
  const [first, m, last] = [half[0], half[half.length >> 1], half[half.length - 1]] as [P2, P2, P2];
  const k = Math.max(1, 20 / (Math.hypot(last[0] - first[0], last[1] - first[1]) || 20));
  const out = (p: P2): P2 => [m[0] + (p[0] - m[0]) * k, m[1] + (p[1] - m[1]) * k];
  const [s, e] = [out(first), out(last)];
  // A quadratic curve through the start, the middle and the end; straight when a short path was stretched.
  const c: P2 = k > 1 ? [(s[0] + e[0]) / 2, (s[1] + e[1]) / 2] : [2 * m[0] - (s[0] + e[0]) / 2, 2 * m[1] - (s[1] + e[1]) / 2];
  const dir = Math.atan2(e[1] - c[1], e[0] - c[0]);
  const pt = (p: P2) => `${n1(p[0])} ${n1(p[1])}`;
  const wing = (w: number) => pt([e[0] - 7 * Math.cos(dir + w), e[1] - 7 * Math.sin(dir + w)]);
  return svg`<path class="arrow" d="M${pt(s)}Q${pt(c)} ${pt(e)}M${wing(0.5)}L${pt(e)}L${wing(-0.5)}"></path>`;
}

export interface FigureSpec extends DrawingSpec {
  /** What the movement is, in words (translated): the picture's text alternative. */
  alt: () => string;
  /** At least one: what moves, and which way. */
  arrows: readonly Arrow[];
}

/** A posed figure: its poses, the still picture with its movement arrows, and the card's loop. */
export class Figure extends Drawing<FigureSpec> {
  private frames?: ReturnType<Figure['keyframes']>;
  private drawn?: [SVGTemplateResult, SVGTemplateResult];

  /** The loop: offsets 0–1 and, per item (and for the tool), its transform in each frame (CSS syntax). */
  keyframes(): { offsets: number[]; items: string[][]; tool: string[] } {
    const { frames } = this.loop();
    const ref = place(this.spec.start).points.tool;
    return (this.frames ??= {
      // When (0–1) each of the drawing's loop poses is reached: at the start, then through each movement.
      offsets: [0, ...[REST_S, REST_S + MOVE_S + HOLD_S].flatMap((from) => Array.from({ length: STEPS + 1 }, (_, k) => (from + (MOVE_S * k) / STEPS) / LOOP_S))],
      items: this.items.map((item) => {
        let prev: number | undefined;
        return frames.map((posed) => {
          const [x, y, deg, sx, sy] = place2d(this.cam, posed, item);
          // Unwrapped, so an angle near ±180° does not spin the long way round.
          const a = prev === undefined ? deg : prev + ((((deg - prev) % 360) + 540) % 360) - 180;
          prev = a;
          return transform([x, y, a, sx, sy], 'px', 'deg', ',');
        });
      }),
      // The tool moves by how far its point is from where the start pose draws it.
      tool: frames.map((posed) => {
        const now = posed.points.tool;
        const [x, y] = ref && now ? on2(this.cam, [now[0] - ref[0], now[1] - ref[1], now[2] - ref[2]]) : [0, 0];
        return `translate(${n1(x)}px,${n1(y)}px)`;
      }),
    });
  }

  /** A still picture of a pose (the end pose by default), with the movement arrows. */
  override draw(pose = this.spec.end): SVGTemplateResult {
    return svg`${super.draw(pose)}${this.loop().paths.map(drawArrow)}`;
  }

  /**
   * The animated picture: the end pose with its arrows (class `still`) and the start pose to move
   * (class `moving`, given `hook`, an element directive), sharing the floor and the props.
   */
  scene(hook: unknown, moving = true): SVGTemplateResult {
    // Drawn once per exercise: every card showing it shares these templates.
    const [still, start] = (this.drawn ??= [this.body(place(this.spec.end)), this.body(place(this.spec.start))]);
    // The moving copy only once its loop starts: a card off screen, paused or under reduced motion draws one body, not two.
    return svg`${this.fixed(false)}<g class="still">${still}</g><g class="moving" ${hook}>${moving ? start : nothing}</g>${this.fixed(true)}<g class="still">${this.loop().paths.map(drawArrow)}</g>`;
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
