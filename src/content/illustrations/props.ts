/**
 * The props of the exercise pictures (mat, chair, wall, pillow, rollers, balls) as plain data: boxes,
 * rods and balls in the body's world units (body.ts). Drawn by figure.ts; the pose tests measure
 * contacts against the same shapes.
 */
import type { V } from './body.js';

/**
 * A prop: a box (`at`: [x0, y0, z0, x1, y1, z1]), a rod ([ax, ay, az, bx, by, bz, radius]: rollers,
 * bars) or a ball ([x, y, z, radius]). `name` is what poses touch (several pieces may share one).
 * `look`: `solid` (furniture), `soft` (a pillow, drawn 2 units rounder than its box), `mat`, or
 * `tool` (what the exercise works with, in the accent colour).
 */
export type Prop = {
  name: string;
  look: 'solid' | 'soft' | 'mat' | 'tool';
  /** Drawn in front of the body (a weight on the foot, a roller held over the thigh). */
  front?: boolean;
} & (
  | { shape: 'box'; at: readonly [number, number, number, number, number, number] }
  | { shape: 'rod'; at: readonly [number, number, number, number, number, number, number] }
  | { shape: 'ball'; at: readonly [number, number, number, number] }
);

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

/** The points a prop is drawn through: a box's eight corners; a rod's two ends; a ball's centre (twice). */
export function propPoints(p: Prop): V[] {
  if (p.shape === 'box') {
    const [x0, y0, z0, x1, y1, z1] = p.at;
    return [0, 1, 2, 3, 4, 5, 6, 7].map((i): V => [i & 1 ? x1 : x0, i & 2 ? y1 : y0, i & 4 ? z1 : z0]);
  }
  const [x, y, z] = p.at;
  return p.shape === 'rod' ? [[x, y, z], [p.at[3], p.at[4], p.at[5]]] : [[x, y, z], [x, y, z]];
}

/** A prop's radius (a box: none). */
export const propRadius = (p: Prop): number => (p.shape === 'rod' ? p.at[6] : p.shape === 'ball' ? p.at[3] : 0);
