import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { L, LIE, SCALE, figure, floor, lengths, pillow, scene, type Joints, type Pt } from './figure.js';

// Lying on the side, seen from the front like the clamshell, head to the left on a pillow. Hips
// and knees bent; the knees are stacked one above the other with a thick pillow between them: the
// bottom knee touches it from below and the top knee rests on it, so the top knee stays level with
// the hip instead of dropping. The feet lie together. The top leg is drawn full, the bottom leg
// lighter.
const len = lengths(SCALE.lying);
const neck: Pt = [40, LIE - 8];
const hip: Pt = [neck[0] + len.torso, LIE - 13];
const knees = hip[0] + 48;
const bottomKnee: Pt = [knees, LIE];
const topKnee: Pt = [knees + 2, LIE - 28];
const feet: Pt = [hip[0] + 90, LIE - 9];
const body = { neck, head: [neck[0] - L.neck, LIE - 14] as Pt, hip };
const j: Joints = {
  ...body,
  arm: [[neck[0] + 24, neck[1] - 12], [neck[0] + 50, neck[1] - 8]],
  farArm: [[neck[0] + 22, LIE], [neck[0] + 48, LIE]],
  leg: [topKnee, [feet[0], feet[1] - 3], [feet[0] + 11, feet[1] + 1]],
  farLeg: [bottomKnee, [feet[0], feet[1] + 3], [feet[0] + 11, feet[1] + 6]],
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
      pillow(knees + 1, LIE - 14, 32, 23),
      figure(j),
    ),
};
