import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { L, LIE, SCALE, figure, floor, lengths, pillow, scene, type Joints, type Pt } from './figure.js';

// Lying on the side, seen from the front like the clamshell, head to the left on a pillow. Hips
// and knees bent; the knees are stacked one above the other with a thick pillow between them, so
// the top knee stays level with the hip. The top leg is drawn full, the bottom leg lighter.
const len = lengths(SCALE.lying);
const neck: Pt = [46, LIE - 8];
const hip: Pt = [neck[0] + len.torso, LIE - 8];
const bottomKnee: Pt = [hip[0] + 54, LIE];
const topKnee: Pt = [hip[0] + 52, LIE - 23];
const feet: Pt = [hip[0] + 94, LIE - 4];
const body = { neck, head: [neck[0] - L.neck, LIE - 14] as Pt, hip };
const j: Joints = {
  ...body,
  arm: [[neck[0] + 26, neck[1] - 10], [neck[0] + 54, neck[1] - 4]],
  farArm: [[neck[0] + 22, LIE], [neck[0] + 50, LIE]],
  leg: [topKnee, [feet[0], feet[1] - 4], [feet[0] + 12, feet[1] - 3]],
  farLeg: [bottomKnee, [feet[0], feet[1] + 3], [feet[0] + 12, feet[1] + 4]],
};

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person lying on the side with hips and knees bent, head on a pillow and a thick pillow between the knees, so the top knee stays level with the hip.', {
      id: 'ex-side-lying-pillow-alt',
    }),
  render: () =>
    scene(
      floor(),
      pillow(body.head[0] - 2, LIE - 4, 36, 14),
      pillow(hip[0] + 53, LIE - 12, 32, 18),
      figure(j),
    ),
};
