import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { SCALE, arrow, at, dumbbell, figure, pose, scene, topMat, type Pt, limbOf } from './figure.js';

// "Roadkill", seen from above: lying on the side, head to the left, the front of the body toward
// the bottom of the picture. The lower leg (lighter) has the hip and knee bent, with a small
// dumbbell resting on its foot. The top knee is brought forward so the top hip is bent to a right
// angle, and the top hip is pushed forward and down toward the floor (arrow).
const hip: Pt = [112, 52];
const j = pose({
  hip,
  scale: SCALE.lying,
  trunk: 180,
  face: 90,
  arm: [70, 0],
  farArm: [95, 25],
  leg: { angles: [90, 0], foot: 60 },
  farLeg: { angles: [30, -40], foot: 40 },
});
const foot = limbOf(j.farLeg)[2];

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('Seen from above: a person lying on the side with a small weight on the lower foot, the top knee brought forward to a right angle, pushing the top hip down toward the floor.', {
      id: 'ex-hip-internal-rotation-alt',
    }),
  render: () =>
    scene(
      topMat(8, 22, 224, 120),
      figure(j, { accent: ['leg'] }),
      dumbbell(at(foot, -60, 2), 30),
      arrow([hip[0] + 10, hip[1] - 20], [hip[0] + 14, hip[1] + 8], -6),
    ),
};
