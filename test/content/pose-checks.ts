/**
 * Geometry for the pose tests: how far each body part is from the floor, a prop or another part
 * (signed: negative is inside), which joints are outside their range, and what sticks out of the
 * picture. Distances are in figure units (about a centimetre); `tolerance()` turns the tests' 2 px
 * into units for a picture.
 */
import { HEEL_R, TOE_R, length, project, type Part, type Posed, type V } from '../../src/content/illustrations/body.js';
import type { Figure } from '../../src/content/illustrations/figure.js';
import type { Prop } from '../../src/content/illustrations/props.js';

/** The card draws a picture at most this wide (exercise-card styles: `.picture { max-width: 420px }`). */
export const PICTURE_PX = 420;

/** 2 px at the picture's largest size, in figure units. */
export function tolerance(figure: Figure, px = 2): number {
  const width = Number(figure.viewBox.split(' ')[2]);
  return (px * width) / PICTURE_PX;
}

const sub = (a: V, b: V): V => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];

/**
 * Points on the surface of a part as body.ts models it: an elliptic cylinder tapering from end to end
 * (half-depth r along its front, half-width w along its left), with a ball of radius min(r, w) at
 * each end; the head is a ball. `along` + 1 rings of `around` points, plus each end ball's points.
 */
export function surface(p: Part, along = 6, around = 12): V[] {
  const out: V[] = [];
  const at = (c: V, d: V, k: number): V => [c[0] + d[0] * k, c[1] + d[1] * k, c[2] + d[2] * k];
  const ballAround = (c: V, r: number) => {
    for (let i = 0; i < around; i++) {
      const a = (i / around) * 2 * Math.PI;
      for (let j = 1; j < around / 2; j++) {
        const b = (j / (around / 2)) * Math.PI;
        out.push([c[0] + r * Math.sin(b) * Math.cos(a), c[1] + r * Math.cos(b), c[2] + r * Math.sin(b) * Math.sin(a)]);
      }
    }
    out.push([c[0], c[1] + r, c[2]], [c[0], c[1] - r, c[2]]);
  };
  if (p.name === 'head') {
    ballAround(p.b, p.r[0]);
    return out;
  }
  for (let i = 0; i <= along; i++) {
    const t = i / along;
    const c = at(p.a, [p.b[0] - p.a[0], p.b[1] - p.a[1], p.b[2] - p.a[2]], t);
    const r = p.r[0] + (p.r[1] - p.r[0]) * t;
    const w = p.w[0] + (p.w[1] - p.w[0]) * t;
    for (let k = 0; k < around; k++) {
      const a = (k / around) * 2 * Math.PI;
      out.push(at(at(c, p.front, Math.cos(a) * r), p.left, Math.sin(a) * w));
    }
  }
  ballAround(p.a, Math.min(p.r[0], p.w[0]));
  ballAround(p.b, Math.min(p.r[1], p.w[1]));
  return out;
}

/** Signed distance from p to a prop's surface. */
export function propDistance(prop: Prop, p: V): number {
  if (prop.shape === 'box') {
    const a = prop.at;
    const c: V = [(a[0] + a[3]) / 2, (a[1] + a[4]) / 2, (a[2] + a[5]) / 2];
    const h: V = [Math.abs(a[3] - a[0]) / 2, Math.abs(a[4] - a[1]) / 2, Math.abs(a[5] - a[2]) / 2];
    const d = sub(p, c);
    const q: V = [Math.abs(d[0]) - h[0], Math.abs(d[1]) - h[1], Math.abs(d[2]) - h[2]];
    const outside = Math.hypot(Math.max(q[0], 0), Math.max(q[1], 0), Math.max(q[2], 0));
    // A soft prop (a pillow) is drawn 2 units rounder than its box.
    return outside + Math.min(Math.max(q[0], q[1], q[2]), 0) - (prop.look === 'soft' ? 2 : 0);
  }
  if (prop.shape === 'ball') return length(sub(p, [prop.at[0], prop.at[1], prop.at[2]])) - prop.at[3];
  const a = prop.at;
  return segmentDistance(p, [a[0], a[1], a[2]], [a[3], a[4], a[5]]).d - a[6];
}

function segmentDistance(p: V, a: V, b: V): { d: number; t: number } {
  const ab = sub(b, a);
  const len2 = ab[0] ** 2 + ab[1] ** 2 + ab[2] ** 2 || 1;
  const t = Math.max(0, Math.min(1, (sub(p, a)[0] * ab[0] + sub(p, a)[1] * ab[1] + sub(p, a)[2] * ab[2]) / len2));
  return { d: length(sub(p, [a[0] + ab[0] * t, a[1] + ab[1] * t, a[2] + ab[2] * t])), t };
}

/** Signed distance from p to a body part (a tapered capsule; the trunk by its mean half-thickness). */
export function partDistance(part: Part, p: V): number {
  if (part.name === 'head') return length(sub(p, part.b)) - part.r[0];
  const { d, t } = segmentDistance(p, part.a, part.b);
  const r0 = (part.r[0] + part.w[0]) / 2;
  const r1 = (part.r[1] + part.w[1]) / 2;
  return d - (r0 + (r1 - r0) * t);
}

/** Surface points of a named part, or of the heel or toe ball of a foot. */
export function samples(posed: Posed, name: string, dense = false): V[] {
  const ball = /^(heel|toe)[LR]$/.exec(name);
  if (ball) {
    const c = posed.points[name]!;
    const r = name.startsWith('heel') ? HEEL_R : TOE_R;
    const out: V[] = [];
    for (let i = 0; i < 16; i++) {
      const a = (i / 16) * 2 * Math.PI;
      out.push([c[0] + r * Math.cos(a), c[1] + r * Math.sin(a), c[2]], [c[0], c[1] + r * Math.sin(a), c[2] + r * Math.cos(a)]);
    }
    return out;
  }
  const part = posed.parts.find((p) => p.name === name);
  if (!part) throw new Error(`no part ${name}`);
  return dense ? surface(part, 16, 16) : surface(part, 6, 12);
}

/** Signed distance from p to a surface: `floor`, a prop's name, or a body part. */
export function surfaceDistance(figure: Figure, posed: Posed, surfaceName: string, p: V): number {
  if (surfaceName === 'floor') {
    const mats = figure.props(posed).filter((q) => q.name === 'floor');
    return Math.min(p[1], ...mats.map((m) => propDistance(m, p)));
  }
  const props = figure.props(posed).filter((q) => q.name === surfaceName);
  if (props.length) return Math.min(...props.map((q) => propDistance(q, p)));
  const part = posed.parts.find((q) => q.name === surfaceName);
  if (!part) throw new Error(`no surface ${surfaceName}`);
  return partDistance(part, p);
}

/** How far a part is from a surface: its closest point (negative: it sinks in). */
export function gap(figure: Figure, posed: Posed, partName: string, surfaceName: string): number {
  return Math.min(...samples(posed, partName).map((p) => surfaceDistance(figure, posed, surfaceName, p)));
}

/** Every part that sinks into the floor or a prop by more than `tol`: [part, surface, depth]. */
export function collisions(figure: Figure, posed: Posed, tol: number): [string, string, number][] {
  const out: [string, string, number][] = [];
  const props = figure.props(posed);
  for (const part of posed.parts) {
    const pts = samples(posed, part.name, true);
    const floor = Math.min(...pts.map((p) => p[1]));
    if (floor < -tol) out.push([part.name, 'floor', floor]);
    for (const prop of props) {
      if (prop.name === 'floor') continue;
      const depth = Math.min(...pts.map((p) => propDistance(prop, p)));
      if (depth < -tol) out.push([part.name, prop.name, depth]);
    }
  }
  return out;
}

/**
 * Joint ranges for a healthy adult, in the figure's angle conventions (body.ts), after the American
 * Academy of Orthopaedic Surgeons' averages, rounded outward a little: knee 0–150° with at most 5° of
 * hyperextension; elbow 0–150°; hip flexion −30 (extension) to 130°, abduction −30 to 50°, rotation
 * −45 (inward) to 60°; shoulder flexion −60 to 180°, abduction −30 to 180°; ankle −50 (toes pointed)
 * to 25° (toes up); wrist ±90°; the low back −30 to 60°, the upper back −25 to 45°, the neck −60 to
 * 50°, the head on the neck ±30°, the waist's twist and side bend ±35°.
 */
export const RANGES: Record<string, [number, number]> = {
  knee: [-5, 150],
  elbow: [-5, 150],
  hipFlex: [-30, 130],
  hipAbd: [-30, 50],
  hipRot: [-45, 60],
  shoulderFlex: [-60, 180],
  shoulderAbd: [-30, 180],
  ankle: [-50, 25],
  wrist: [-90, 90],
  lumbar: [-30, 60],
  thoracic: [-25, 45],
  neck: [-60, 50],
  head: [-30, 30],
  twist: [-35, 35],
  sideBend: [-35, 35],
};

const unit = (a: V): V => {
  const l = length(a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
const dotp = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const crossp = (a: V, b: V): V => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const deg = (r: number) => (r * 180) / Math.PI;

/**
 * The joint angles a solved pose reaches, measured from where its parts are (so limbs that reach for
 * a point are measured too), in body.ts's conventions.
 */
export function jointAngles(posed: Posed): Record<string, number> {
  const part = (n: string): Part => {
    const found = posed.parts.find((p) => p.name === n);
    if (!found) throw new Error(`no part ${n}`);
    return found;
  };
  const axis = (p: Part) => unit(sub(p.b, p.a));
  /** Signed bend from part a to part b, + toward a's front. */
  const bend = (a: Part, b: Part, aUp = axis(a), bDir = axis(b)) => deg(Math.atan2(dotp(bDir, a.front), dotp(bDir, aUp)));
  const [pelvis, lumbar, thorax, neck, head] = [part('pelvis'), part('lumbar'), part('thorax'), part('neck'), part('head')];
  const out: Record<string, number> = {
    lumbar: bend(pelvis, lumbar),
    thoracic: bend(lumbar, thorax),
    neck: bend(thorax, neck),
    // The head's front against the neck's: + chin toward the chest.
    head: deg(Math.atan2(-dotp(head.front, axis(neck)), dotp(head.front, neck.front))),
    // The chest's left against the pelvis's, about the spine (twist), and the spine toward the left (side bend).
    twist: 0,
    sideBend: deg(Math.asin(Math.max(-1, Math.min(1, dotp(axis(lumbar), pelvis.left))))),
  };
  // Twist is applied after the waist's flexion: measure it against the pelvis's front bent by that flexion.
  const f1 = (out.lumbar! * Math.PI) / 180;
  const pUp0 = axis(pelvis);
  const bentFront: V = [0, 1, 2].map((i) => pelvis.front[i]! * Math.cos(f1) - pUp0[i]! * Math.sin(f1)) as unknown as V;
  out.twist = deg(Math.atan2(dotp(lumbar.left, bentFront), dotp(lumbar.left, pelvis.left)));
  for (const [n, s] of [['L', 1], ['R', -1]] as const) {
    for (const leg of [true, false]) {
      const [u, l, e, parent] = leg ? ['thigh', 'shank', 'foot', pelvis] : ['upperArm', 'forearm', 'hand', thorax];
      const upper = part(u + n);
      const lower = part(l + n);
      const end = part(e + n);
      const pUp = axis(parent);
      const d = axis(upper);
      const local: V = [dotp(d, parent.front), dotp(d, pUp), dotp(d, parent.left)];
      // Measured from straight down, round the front: an arm overhead is 180°, not −180°.
      let flex = deg(Math.atan2(local[0], -local[1]));
      if (flex < -90) flex += 360;
      const abd = deg(Math.asin(Math.max(-1, Math.min(1, s * local[2]))));
      const j = leg ? ['hip', 'knee', 'ankle'] : ['shoulder', 'elbow', 'wrist'];
      out[`${j[0]}Flex${n}`] = flex;
      out[`${j[0]}Abd${n}`] = abd;
      // Knee: + the leg folds back; elbow: + the forearm folds forward (toward the upper arm's front).
      out[`${j[1]}${n}`] = (leg ? -1 : 1) * bend(upper, lower, d);
      const lowerUp = sub([0, 0, 0], axis(lower));
      if (leg) {
        // The foot's top (its front) against the leg: 0 at a right angle, + toes up.
        out[`ankle${n}`] = deg(Math.atan2(-dotp(end.front, lower.front), dotp(end.front, lowerUp)));
        // Hip rotation: the thigh's front about the thigh, against where flexion and abduction alone
        // would turn it (the pelvis's front turned by the flexion); external rotation + on either side.
        const f = (flex * Math.PI) / 180;
        const neutral: V = [0, 1, 2].map((i) => parent.front[i]! * Math.cos(f) + pUp[i]! * Math.sin(f)) as unknown as V;
        out[`hipRot${n}`] = s * deg(Math.atan2(dotp(crossp(neutral, upper.front), d), dotp(neutral, upper.front)));
      } else {
        out[`wrist${n}`] = deg(Math.atan2(-dotp(axis(end), lower.front), -dotp(axis(end), lowerUp)));
      }
    }
  }
  return out;
}

/** Joints outside their range: [joint, angle]. */
export function outOfRange(posed: Posed): [string, number][] {
  const out: [string, number][] = [];
  for (const [joint, angle] of Object.entries(jointAngles(posed))) {
    const range = RANGES[joint.replace(/[LR]$/, '')];
    if (!range) throw new Error(`no range for ${joint}`);
    if (angle < range[0] - 0.5 || angle > range[1] + 0.5) out.push([joint, Math.round(angle)]);
  }
  return out;
}

/** The parts of the body whose outline leaves the picture's box: [part, how far]. */
export function outsidePicture(figure: Figure, posed: Posed): [string, number][] {
  const [x = 0, y = 0, w = 0, h = 0] = figure.viewBox.split(' ').map(Number);
  const out: [string, number][] = [];
  for (const part of posed.parts) {
    for (const s of surface(part, 6, 12)) {
      const p = project(figure.cam, s);
      const over = Math.max(x - p[0], p[0] - (x + w), y - p[1], p[1] - (y + h));
      if (over > 0) out.push([part.name, over]);
    }
  }
  return out;
}
