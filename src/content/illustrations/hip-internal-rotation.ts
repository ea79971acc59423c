import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { L, LIE, SCALE, arrow, dumbbell, figure, floor, lengths, pillow, scene, type Joints, type Pt } from './figure.js';

// "Roadkill": lying on the side, seen from the front like the clamshell, head to the left on a
// pillow; what is further back is drawn higher and lighter. The bottom leg (lighter, behind) has the
// hip and knee bent, the foot back behind the knee with a small dumbbell resting on it. The top leg
// is brought forward: the thigh comes down in front of the body at a right angle to the trunk, the
// knee bent and resting on the floor in front, the shin along the floor. The top hip rolls forward
// and down toward the floor (arrow).
const len = lengths(SCALE.lying);
const neck: Pt = [38, LIE - 8];
const hip: Pt = [neck[0] + len.torso, LIE - 22];
const body = { neck, head: [neck[0] - L.neck, LIE - 14] as Pt, hip };
const topKnee: Pt = [hip[0] + 22, LIE];
const topAnkle: Pt = [topKnee[0] + len.shin * 0.95, LIE];
const bottomKnee: Pt = [hip[0] + 60, LIE - 14];
const bottomAnkle: Pt = [bottomKnee[0] + 16, LIE - 42];
const j: Joints = {
  ...body,
  arm: [[neck[0] + 22, neck[1] - 14], [neck[0] + 48, neck[1] - 14]],
  farArm: [[neck[0] + 20, LIE], [neck[0] + 46, LIE]],
  leg: [topKnee, topAnkle, [topAnkle[0] + 11, LIE - 2]],
  farLeg: [bottomKnee, bottomAnkle, [bottomAnkle[0] + 11, bottomAnkle[1] + 2]],
};

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person lying on the side with a small weight on the bottom foot brings the top knee forward to a right angle and lets the top hip roll forward and down toward the floor.', {
      id: 'ex-hip-internal-rotation-alt',
    }),
  render: () =>
    scene(
      floor(),
      pillow(body.head[0] - 2, LIE - 4, 36, 14),
      figure(j, { accent: ['leg'] }),
      dumbbell([bottomAnkle[0] + 6, bottomAnkle[1] - 7], 10),
      arrow([hip[0] - 18, hip[1] - 8], [hip[0] + 14, hip[1] + 2], -7),
    ),
};
