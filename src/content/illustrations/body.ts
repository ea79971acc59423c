/**
 * The one body that every exercise picture and the glide timer's figure is drawn with: a human seen
 * through an orthographic camera, posed by joint angles. Pure geometry (no DOM, no Lit).
 *
 * Proportions: segment lengths as fractions of body height H from Winter, D. A. (2009),
 * *Biomechanics and Motor Control of Human Movement*, 4th ed., Wiley, Fig. 4.1 (after Drillis &
 * Contini 1966): thigh 0.245 H, leg 0.246 H, upper arm 0.186 H, forearm 0.146 H, hand 0.108 H, foot
 * 0.152 H, ankle height 0.039 H, hip (greater trochanter) 0.530 H, shoulder 0.818 H, shoulder width
 * 0.259 H, hip width 0.191 H; the head and neck from the chin (0.870 H) up. That table has no
 * thicknesses: the widths below are rounded adult depths and breadths, chosen for a pictogram that
 * reads at phone size. docs/illustrations.md has the table and how the poses are checked.
 *
 * Units: H = 170, so one unit is about a centimetre. World axes: x to the right of the picture, y up
 * (the floor is y = 0), z toward the viewer. The body's own axes, standing: x forward (the way it
 * faces), y up, z to its left; so a person facing right shows the viewer their left side.
 *
 * Angles are degrees. Spine and neck: + bends forward (flexion), − backward. A leg by angles:
 * [hip flexion, hip abduction, hip external rotation, knee flexion, ankle (+ toes up)]; an arm:
 * [shoulder flexion (forward and up), shoulder abduction, elbow flexion, wrist (+ back of the hand
 * toward the forearm)].
 */

export type V = readonly [number, number, number];
/** A 3×3 rotation, row-major. */
type M = readonly [number, number, number, number, number, number, number, number, number];

/** Body height in figure units (about centimetres). */
const H = 170;

const RAD = Math.PI / 180;
/** a + k·b */
const add = (a: V, b: V, k = 1): V => [a[0] + b[0] * k, a[1] + b[1] * k, a[2] + b[2] * k];
const sub = (a: V, b: V): V => add(a, b, -1);
const dot = (a: V, b: V): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V, b: V): V => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const length = (a: V): number => Math.hypot(...a);
const unit = (a: V, k = 1): V => add([0, 0, 0], a, k / (length(a) || 1));

/** Rotation by `deg` about axis 0 (x), 1 (y) or 2 (z). */
function rot(axis: number, deg: number): M {
  const [c, s] = [Math.cos(deg * RAD), Math.sin(deg * RAD)];
  if (axis === 0) return [1, 0, 0, 0, c, -s, 0, s, c];
  return axis === 1 ? [c, 0, s, 0, 1, 0, -s, 0, c] : [c, -s, 0, s, c, 0, 0, 0, 1];
}

/** Where m sends v. */
const apply = (m: M, v: V): V => [
  m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
  m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
  m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
];
/** Column i of m: where it sends the body's own x (0), y (1) or z (2) axis. */
const col = (m: M, i: 0 | 1 | 2): V => [m[i], m[i + 3] as number, m[i + 6] as number];
/** The rotation whose columns are x, y, z. */
const fromCols = (x: V, y: V, z: V): M => [x[0], y[0], z[0], x[1], y[1], z[1], x[2], y[2], z[2]];
/** The product of rotations, applied right to left. */
const mul = (first: M, ...rest: M[]): M => rest.reduce((a, b) => fromCols(apply(a, col(b, 0)), apply(a, col(b, 1)), apply(a, col(b, 2))), first);

// --- proportions (Winter 2009, fractions of H) ---------------------------------------------------

const TRUNK = (0.818 - 0.53) * H;
/** Segment lengths. The trunk is split at the waist and at the bottom of the ribs, so it bends twice. */
export const LEN = {
  pelvis: 0.25 * TRUNK,
  lumbar: 0.33 * TRUNK,
  thorax: 0.42 * TRUNK,
  /** Shoulder line to the base of the skull. */
  neck: 0.072 * H,
  thigh: 0.245 * H,
  shank: 0.246 * H,
  upperArm: 0.186 * H,
  forearm: 0.146 * H,
  /** Wrist to the centre of the fingertips' rounding. */
  hand: 0.108 * H - 2.2,
  /** Ankle height, standing. */
  ankle: 0.039 * H,
};

/** Half the spacing of the hip joints and of the shoulder joints (from the hip and shoulder widths). */
const HIP_HALF = (0.191 * H) / 2 - 7.7;
const SHOULDER_HALF = (0.259 * H) / 2 - 5;
export const HEAD_R = 10.5;
/** The head's centre from the base of the skull: up and forward (the chin at 0.870 H). */
const HEAD_C: V = [2, 8, 0];
/** Heel and ball-of-the-toes circles in the foot's frame (x along the sole, y up, origin at the ankle). */
export const HEEL: V = [-2.5, -3.2, 0];
export const HEEL_R = 3.4;
export const TOE: V = [0.152 * H - 6, 1.8 - LEN.ankle, 0];
export const TOE_R = 1.8;

/** Drawn thickness: half-depth [start, end] (seen from the side) and, for the trunk, half-width [start, end]. */
type Thickness = readonly [number, number] | readonly [number, number, number, number];
const THICK: Readonly<Record<string, Thickness>> = {
  pelvis: [10, 9, 16, 14],
  lumbar: [9, 9.5, 14, 14],
  thorax: [10.5, 9, 15, 22],
  neck: [5, 5],
  thigh: [8, 5.5],
  shank: [5.5, 3.4],
  foot: [HEEL_R, TOE_R],
  upperArm: [4.8, 3.8],
  forearm: [3.8, 2.6],
  hand: [2.6, 2.2],
  head: [HEAD_R, HEAD_R],
};

/** A part's thickness by its name (`thighL` → `thigh`). */
export function thickness(name: string): Thickness {
  const t = THICK[name.replace(/[LR]$/, '')];
  if (!t) throw new Error(`figure: no part "${name}"`);
  return t;
}

// --- poses ---------------------------------------------------------------------------------------

/**
 * A point: fixed in the world `[x, y, z]`, or on the body: a joint or part name (`kneeL`, `thighL`,
 * `tool`), optionally a fraction along a part (`['thighL', 0.8]`), plus a world offset.
 */
export type Ref = V | readonly [string, number?, V?];

/** An arm or leg by angles (see the module comment), or reaching for a point. */
export type Limb =
  | readonly number[]
  | {
      /** Where the wrist or ankle goes. */
      to: Ref;
      /** The way the elbow or knee points (world); by default forward for a knee, back for an elbow. */
      bend?: V;
      /** Wrist or ankle angle. */
      end?: number;
      /** Instead of `end`: the way the foot (heel to toes) or the hand (wrist to fingers) points, in the world. */
      dir?: V;
    };
type Reach = Exclude<Limb, readonly number[]>;

export interface Pose {
  /** Where the middle of the hip joints is: [x, y, z]; without y, the pose rests on the floor (see `touch`). */
  at: readonly [number, number?, number?];
  /**
   * The pelvis: [pitch (+ tips the head back and the front up), roll, yaw, tilt], applied in that
   * order; tilt turns the whole body in the picture's plane (+ anticlockwise), after the rest.
   */
  turn?: readonly [number, number?, number?, number?];
  /** Flexion at the waist, at the bottom of the ribs, of the neck and of the head. */
  spine?: readonly [number, number?, number?, number?];
  /** At the waist: [twist (+ turns the chest toward the right), side bend (+ toward the left)]. */
  twist?: readonly [number, number?];
  /**
   * Both legs alike; for the right one a target's and a direction's z are mirrored and a point on
   * the body is the right one's (`kneeL` → `kneeR`). `legL` or `legR` set one side.
   */
  legs?: Limb;
  arms?: Limb;
  legL?: Limb;
  legR?: Limb;
  armL?: Limb;
  armR?: Limb;
  /** Where a prop that moves with the body is (the stick roller): see the figure's `tool`. */
  tool?: Ref;
  /**
   * What rests on what: `part` (on the floor) or `part:surface` (a prop's name or a body part),
   * separated by spaces: `'pelvis head footL:chair handL:thighL'`. The parts resting on the floor set
   * the height when `at` has no y; the pose tests check every one.
   */
  touch?: string;
}

/** One part of the body: its long axis and which way its front and its left face, in the world. */
export interface Part {
  name: string;
  /** Start (toward the trunk) and end of the long axis. */
  a: V;
  b: V;
  /** Unit vectors: the part's front (face, front of the shin, top of the foot) and its left. */
  front: V;
  left: V;
  /** Half-depth at a and b (front to back) and half-width (side to side; the same for a limb). */
  r: readonly [number, number];
  w: readonly [number, number];
  /** 1 for the left limbs, −1 for the right, 0 for the trunk and head. */
  side: number;
}

export interface Posed {
  parts: Part[];
  /** Joints and contact points: hipL, kneeL, ankleL, heelL, toeL, shoulderL, elbowL, wristL, fingersL, pelvis, waist, chest, neck, skull, head, tool. */
  points: Record<string, V>;
}

/** A named point of a solved pose (see `Posed.points`). */
export function point(p: Posed, name: string): V {
  const at = p.points[name];
  if (!at) throw new Error(`figure: no point "${name}"`);
  return at;
}

/** A point on the body or in the world (see `Ref`). */
function resolve(ref: Ref, p: Posed): V {
  if (typeof ref[0] === 'number') return ref as V;
  const [name, t = 0.5, offset = [0, 0, 0]] = ref as readonly [string, number?, V?];
  const part = p.parts.find((q) => q.name === name);
  const at = p.points[name] ?? (part && add(part.a, sub(part.b, part.a), t));
  if (!at) throw new Error(`figure: no point or part "${name}" yet`);
  return add(at, offset);
}

/** The right limb's copy of a left limb that reaches for a point. */
function mirror(l: Reach): Reach {
  const flip = (v?: V): V | undefined => v && [v[0], v[1], -v[2]];
  const to: Ref = typeof l.to[0] === 'number' ? (flip(l.to as V) as V) : [l.to[0].replace(/L$/, 'R'), l.to[1], flip(l.to[2] as V | undefined)];
  return { ...l, to, bend: flip(l.bend), dir: flip(l.dir) };
}

/**
 * Solves a pose: where every part is. Limbs given by angles come first, then limbs reaching for a
 * point once that point is placed (so a hand can hold a knee and a heel rest on the other knee); the
 * tool is placed once the legs are, before the hands that may hold it.
 */
export function solve(pose: Pose): Posed {
  const [pitch, roll = 0, yaw = 0, tilt = 0] = pose.turn ?? [0];
  const [f1, f2 = 0, f3 = 0, f4 = 0] = pose.spine ?? [0];
  const [tw, sb = 0] = pose.twist ?? [0];
  const pelvis = mul(rot(2, tilt), rot(1, yaw), rot(0, roll), rot(2, pitch));
  const lumbar = mul(pelvis, rot(2, -f1), rot(1, tw), rot(0, sb));
  const thorax = mul(lumbar, rot(2, -f2));
  const neckFrame = mul(thorax, rot(2, -f3));
  const headFrame = mul(neckFrame, rot(2, -f4));
  const out: Posed = { parts: [], points: {} };
  const { parts, points } = out;
  const part = (name: string, a: V, b: V, m: M, side = 0) => {
    const [r0, r1, w0 = r0, w1 = r1] = thickness(name);
    parts.push({ name, a, b, front: col(m, 0), left: col(m, 2), r: [r0, r1], w: [w0, w1], side });
  };
  const root: V = [pose.at[0], pose.at[1] ?? 0, pose.at[2] ?? 0];
  const waist = add(root, col(pelvis, 1), LEN.pelvis);
  const chest = add(waist, col(lumbar, 1), LEN.lumbar);
  const neck = add(chest, col(thorax, 1), LEN.thorax);
  const skull = add(neck, col(neckFrame, 1), LEN.neck);
  const head = add(skull, apply(headFrame, HEAD_C));
  Object.assign(points, { pelvis: root, waist, chest, neck, skull, head });
  part('pelvis', root, waist, pelvis);
  part('lumbar', waist, chest, lumbar);
  part('thorax', chest, neck, thorax);
  part('neck', neck, skull, neckFrame);

  const limb = (leg: boolean, n: string, s: number, spec: Limb) => {
    const parent = leg ? pelvis : thorax;
    const joint = leg ? add(root, col(pelvis, 2), s * HIP_HALF) : add(neck, apply(parent, [1, -3, s * SHOULDER_HALF]));
    const [l1, l2] = leg ? [LEN.thigh, LEN.shank] : [LEN.upperArm, LEN.forearm];
    let upper: M;
    let lower: M;
    let endAngle = 0;
    if (Array.isArray(spec)) {
      const [a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0] = spec as readonly number[];
      upper = mul(parent, rot(2, a0), rot(0, -s * a1), rot(1, leg ? -s * a2 : 0));
      lower = mul(upper, rot(2, leg ? -a3 : a2));
      endAngle = leg ? a4 : a3;
    } else {
      // Two-bone reach: the middle joint in the plane of the reach and the `bend` direction.
      const ik = spec as Reach;
      const toward = sub(resolve(ik.to, out), joint);
      const d = Math.min(Math.max(length(toward), Math.abs(l1 - l2) + 0.01), l1 + l2 - 0.01);
      const u = unit(toward);
      const pole = ik.bend ?? unit(col(parent, 0), leg ? 1 : -1);
      const v = unit(add(pole, u, -dot(pole, u)));
      const cos = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d);
      const mid = add(joint, add(add([0, 0, 0], u, cos), v, Math.sqrt(Math.max(0, 1 - cos * cos))), l1);
      // Frames with the hinge as z: a thigh's front faces the way the knee points, an upper arm's
      // front away from the elbow's point (as the angle form has them).
      const hinge = unit(cross(u, v));
      const frame = (down: V): M => {
        const y = unit(down, -1);
        const flip = dot(cross(y, hinge), v) * (leg ? 1 : -1) < 0 ? -1 : 1;
        return fromCols(unit(cross(y, hinge), flip), y, unit(hinge, flip));
      };
      upper = frame(sub(mid, joint));
      lower = frame(sub(add(joint, u, d), mid));
      endAngle = ik.end ?? 0;
    }
    let end = mul(lower, rot(2, leg ? endAngle : -endAngle));
    const dir = (spec as Reach).dir;
    if (dir) {
      const z = col(lower, 2);
      const d = unit(add(dir, z, -dot(dir, z)));
      end = leg ? fromCols(d, cross(z, d), z) : fromCols(cross(unit(d, -1), z), unit(d, -1), z);
    }
    const mid = add(joint, col(upper, 1), -l1);
    const tip = add(mid, col(lower, 1), -l2);
    const [j0, j1, j2, s0, s1] = leg ? ['hip', 'knee', 'ankle', 'thigh', 'shank'] : ['shoulder', 'elbow', 'wrist', 'upperArm', 'forearm'];
    Object.assign(points, { [j0 + n]: joint, [j1 + n]: mid, [j2 + n]: tip });
    part(s0 + n, joint, mid, upper, s);
    part(s1 + n, mid, tip, lower, s);
    if (leg) {
      const [heel, toe] = [add(tip, apply(end, HEEL)), add(tip, apply(end, TOE))];
      Object.assign(points, { ['heel' + n]: heel, ['toe' + n]: toe });
      // The foot's front is its top (the way the instep faces): the side it is drawn to.
      part('foot' + n, heel, toe, fromCols(col(end, 1), col(end, 0), col(end, 2)), s);
    } else {
      const fingers = add(tip, col(end, 1), -LEN.hand);
      points['fingers' + n] = fingers;
      part('hand' + n, tip, fingers, end, s);
    }
  };

  let todo = (['L', 'R'] as const).flatMap((n, i) => {
    const s = 1 - 2 * i;
    const side = (one?: Limb, both?: Limb): Limb => one ?? (both && s < 0 && !Array.isArray(both) ? mirror(both as Reach) : both) ?? [0];
    return [[true, n, s, side(pose[`leg${n}`], pose.legs)] as const, [false, n, s, side(pose[`arm${n}`], pose.arms)] as const];
  });
  // By angles first (legs before arms), then the reaching ones.
  todo.sort((a, b) => Number(Array.isArray(b[3])) - Number(Array.isArray(a[3])) || Number(b[0]) - Number(a[0]));
  while (todo.length) {
    if (pose.tool && !points.tool && todo.every((l) => !l[0])) points.tool = resolve(pose.tool, out);
    const next = todo.find(([, , , spec]) => {
      if (Array.isArray(spec)) return true;
      const to = (spec as Reach).to;
      return typeof to[0] !== 'string' || to[0] in points || parts.some((q) => q.name === to[0]);
    });
    if (!next) throw new Error('figure: a limb reaches for a point that is never placed');
    limb(next[0], next[1], next[2], next[3]);
    todo = todo.filter((l) => l !== next);
  }
  part('head', skull, head, headFrame);
  return out;
}

/** Moves a solved pose by d (world). */
export function shift(p: Posed, d: V): Posed {
  const points = Object.fromEntries(Object.entries(p.points).map(([k, v]) => [k, add(v, d)]));
  return { parts: p.parts.map((q) => ({ ...q, a: add(q.a, d), b: add(q.b, d) })), points };
}

/**
 * How far a part reaches from each end of its axis along `dir` (unit, in the world or on the
 * picture): the elliptic cross-section, or the round end of radius min(depth, width). The head is a ball.
 */
export function reach(p: Part, dir: V): [number, number] {
  const at = (r: number, w: number) => Math.max(Math.hypot(r * dot(p.front, dir), w * dot(p.left, dir)), Math.min(r, w));
  return [at(p.r[0], p.w[0]), at(p.r[1], p.w[1])];
}

/** The lowest point (world y) of the named parts or heel and toe balls, or of the whole body. */
function lowest(p: Posed, names?: readonly string[]): number {
  let min = Infinity;
  for (const q of p.parts) {
    if (names && !names.includes(q.name)) continue;
    const [ra, rb] = reach(q, [0, 1, 0]);
    min = Math.min(min, q.name === 'head' ? q.b[1] - HEAD_R : Math.min(q.a[1] - ra, q.b[1] - rb));
  }
  for (const n of names ?? []) if (/^(heel|toe)/.test(n)) min = Math.min(min, point(p, n)[1] - (n.startsWith('heel') ? HEEL_R : TOE_R));
  return min;
}

/** A pose's contacts as [part, surface] pairs. */
export function contacts(pose: Pose): [string, string][] {
  return (pose.touch ?? '').split(' ').filter(Boolean).map((t) => {
    const [part = t, surface = 'floor'] = t.split(':');
    return [part, surface];
  });
}

/**
 * Solves a pose and, when it gives no height, lowers or lifts it so the parts it rests on the floor
 * (all of it, if it names none) touch y = 0.
 */
export function place(pose: Pose): Posed {
  const p = solve(pose);
  const onFloor = contacts(pose).filter((t) => t[1] === 'floor').map((t) => t[0]);
  return pose.at[1] === undefined ? shift(p, [0, -lowest(p, onFloor.length ? onFloor : undefined), 0]) : p;
}

/** The pose a fraction t of the way from a to b: numbers blend, a point on the body keeps its name. */
export function blend(a: Pose, b: Pose, t: number): Pose {
  const mix = (x: unknown, y: unknown): unknown => {
    if (typeof x === 'number' || typeof y === 'number') return Number(x ?? 0) * (1 - t) + Number(y ?? 0) * t;
    const [xs, ys] = [x, y] as unknown[][];
    if (typeof xs?.[0] === 'string' || typeof ys?.[0] === 'string') return xs && ys && xs[0] === ys[0] ? [xs[0], ...(mix(xs.slice(1), ys.slice(1)) as unknown[])] : t < 0.5 ? x : y;
    if (Array.isArray(x) || Array.isArray(y)) return Array.from({ length: Math.max(xs?.length ?? 0, ys?.length ?? 0) }, (_, i) => mix(xs?.[i], ys?.[i]));
    if (x && y && typeof x === 'object') return Object.fromEntries([...new Set([...Object.keys(x), ...Object.keys(y)])].map((k) => [k, mix((x as never)[k], (y as never)[k])]));
    return t < 0.5 ? x : y;
  };
  const out = mix(a, b) as Pose;
  // A height given by one pose and not the other: both rest on the floor in between.
  const at: Pose['at'] = [out.at[0], a.at[1] === undefined || b.at[1] === undefined ? undefined : out.at[1], out.at[2]];
  return { ...out, at, touch: t < 0.5 ? a.touch : b.touch };
}

// --- the camera ----------------------------------------------------------------------------------

/** An orthographic camera: [turn about the vertical (yaw), look down (pitch)], degrees. */
export type Camera = readonly [number, number?];

export const camera = ([yaw, pitch = 0]: Camera): M => mul(rot(0, pitch), rot(1, yaw));

/** A world point on the picture: [x, y (down), depth (toward the viewer)]. */
export function project(cam: M, v: V): V {
  const p = apply(cam, v);
  return [p[0], -p[1], p[2]];
}
