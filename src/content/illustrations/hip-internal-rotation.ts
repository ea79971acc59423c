import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { L, LIE, SCALE, arrow, dumbbell, figure, floor, lengths, pillow, scene, type Joints, type Pt } from './figure.js';

// "Roadkill": lying on the side along the floor, seen from the front like the clamshell, head to
// the left on a pillow, trunk level. Nothing is in the air: the bottom leg (lighter, behind) lies
// on the floor, the thigh in line with the trunk and the knee bent so the shin comes down to the
// floor, with a small dumbbell resting on that foot. The top leg is brought forward: the thigh
// points toward the viewer (drawn short) and the knee rests on the floor in front of the hip, the
// shin along the floor. The top hip rolls forward and down toward the floor (arrow).
const len = lengths(SCALE.lying);
const neck: Pt = [40, LIE - 6];
const hip: Pt = [neck[0] + len.torso, LIE - 10];
const body = { neck, head: [neck[0] - L.neck, LIE - 10] as Pt, hip };
const topKnee: Pt = [hip[0] + 16, LIE];
const topAnkle: Pt = [topKnee[0] + 26, LIE];
const bottomKnee: Pt = [hip[0] + len.thigh - 2, LIE - 18];
const bottomAnkle: Pt = [bottomKnee[0] + 14, LIE];
const j: Joints = {
  ...body,
  arm: [[neck[0] + 14, LIE], [neck[0] + 34, LIE]],
  leg: [topKnee, topAnkle, [topAnkle[0] + 9, LIE - 1]],
  farLeg: [bottomKnee, bottomAnkle, [bottomAnkle[0] + 12, LIE]],
};

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person lying on the side with a small weight on the bottom foot brings the top knee forward to a right angle and lets the top hip roll forward and down toward the floor.', {
      id: 'ex-hip-internal-rotation-alt',
    }),
  render: () =>
    scene(
      floor(),
      pillow(body.head[0] - 2, LIE - 3, 36, 12),
      figure(j, { accent: ['leg'] }),
      dumbbell([bottomAnkle[0] + 7, LIE - 8]),
      arrow([hip[0] - 16, hip[1] - 20], [hip[0] + 8, hip[1] - 6], -6),
    ),
};
