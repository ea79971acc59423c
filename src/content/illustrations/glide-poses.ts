/**
 * The seated nerve glide's poses, shared by its exercise picture (seated-nerve-glide.ts) and the glide
 * timer's figure (nerve-glide-timer/figure.ts). A module of its own so the timer loads the poses and
 * the chair without the exercise picture (its words, and in a one-file bundle its arrows and loop).
 */
import type { Pose } from './body.js';
import { chair } from './props.js';

// Slumped on a firm chair, facing right, hands resting on the thighs, the far foot flat on the floor.
// The near (painful) leg and the head move together, so the nerve slides rather than stretches:
// flexion: knee bent, toes pointed away, chin tucked; extension: knee straight, toes pulled up, head up
// looking at the ceiling.
const seated = {
  at: [-6, 54.7],
  turn: [14],
  spine: [14, 18],
  legR: { to: [25.5, 6.6, -9], dir: [1, 0, 0] },
  armL: { to: ['thighL', 0.62, [0, 17, 0]], bend: [-0.6, 0, 1], dir: [1, -0.3, 0] },
  armR: { to: ['thighR', 0.62, [8.7, 13, 0]], bend: [-0.6, 0, -1], dir: [1, -0.3, 0] },
} as const;
/** The seated nerve glide's poses: flexion, extension, and resting between sets. */
export const glide: Record<'flexion' | 'extension' | 'rest', Pose> = {
  flexion: { ...seated, spine: [14, 18, 32, 12], legL: [76, 2, 0, 86, -23], touch: 'pelvis:chair footR handL:thighL handR:thighR' },
  extension: { ...seated, spine: [14, 18, -22, -18], legL: [76, 2, 0, 4, 15], touch: 'pelvis:chair footR handL:thighL handR:thighR' },
  rest: { ...seated, spine: [14, 18, 4], legL: [76, 2, 0, 86, -10], touch: 'pelvis:chair footR handL:thighL handR:thighR footL' },
};
export const chairProps = chair(-34);
