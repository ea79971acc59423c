import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { SCALE, at, figure, lengths, pillow, pose, scene, topMat, type Pt } from './figure.js';

// Lying on the side, seen from above, head to the left on a pillow, the front of the body toward
// the bottom of the picture. Hips and knees bent (thighs forward, lower legs back), and a thick
// pillow between the knees. The top leg is drawn full, the bottom leg lighter underneath.
const k = SCALE.lying;
const len = lengths(k);
const hip: Pt = [118, 58];
const thigh = 45;
const shin = -20;
const j = pose({
  hip,
  scale: k,
  trunk: 180,
  face: 90,
  arm: [70, 0],
  farArm: [95, 25],
  leg: { angles: [thigh, shin], foot: 70 },
  farLeg: { angles: [thigh + 4, shin + 4], foot: 74 },
});
const mid = at(hip, thigh, len.thigh - 2);

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('Seen from above: a person lying on the side with hips and knees bent, head on a pillow and a thick pillow between the knees.', {
      id: 'ex-side-lying-pillow-alt',
    }),
  render: () =>
    scene(
      topMat(8, 26, 224, 112),
      pillow(j.head[0] - 4, j.head[1] - 2, 34, 26),
      pillow(mid[0] + 2, mid[1] + 2, 38, 30),
      figure(j),
    ),
};
