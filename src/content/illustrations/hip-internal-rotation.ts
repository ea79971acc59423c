import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { L, LIE, SCALE, arrow, dumbbell, figure, floor, lengths, pillow, scene, type Joints, type Pt } from './figure.js';

// "Roadkill": lying on the side, seen from the front like the clamshell, head to the left on a
// pillow. The bottom leg (lighter, behind) has the hip and knee bent, with a small dumbbell resting
// on its foot. The top knee is brought forward, so the top thigh comes down in front of the body
// at a right angle to the trunk, the knee bent and resting on the floor. The top hip rolls forward
// and down toward the floor (arrow).
const len = lengths(SCALE.lying);
const neck: Pt = [40, LIE - 12];
const hip: Pt = [neck[0] + len.torso, LIE - 12];
const body = { neck, head: [neck[0] - L.neck, LIE - 17] as Pt, hip };
const topKnee: Pt = [hip[0] + 16, LIE];
const topAnkle: Pt = [topKnee[0] + 40, LIE];
const bottomKnee: Pt = [hip[0] + 50, LIE - 6];
const bottomAnkle: Pt = [hip[0] + 90, LIE - 18];
const j: Joints = {
  ...body,
  arm: [[neck[0] + 24, neck[1] - 8], [neck[0] + 50, neck[1] - 2]],
  farArm: [[neck[0] + 20, neck[1] + 4], [neck[0] + 46, neck[1] + 4]],
  leg: [topKnee, topAnkle, [topAnkle[0] + 12, LIE - 1]],
  farLeg: [bottomKnee, bottomAnkle, [bottomAnkle[0] + 11, bottomAnkle[1] - 2]],
};

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person lying on the side with a small weight on the bottom foot brings the top knee forward to a right angle and lets the top hip roll forward and down toward the floor.', {
      id: 'ex-hip-internal-rotation-alt',
    }),
  render: () =>
    scene(
      floor(),
      pillow(body.head[0] - 2, LIE - 6, 36, 18),
      figure(j, { accent: ['leg'] }),
      dumbbell([bottomAnkle[0] + 6, bottomAnkle[1] - 8], -10),
      arrow([hip[0] - 8, hip[1] - 18], [hip[0] + 14, hip[1] - 8], 5),
    ),
};
