import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { L, LIE, SCALE, arrow, figure, floor, lengths, pillow, scene, type Joints, type Pt } from './figure.js';

// Lying on the side, seen from the front, head to the left resting on the lower arm. Hips and
// knees bent; the feet stay together while the top knee opens up like a clamshell (closed: faint).
const len = lengths(SCALE.lying);
const neck: Pt = [44, LIE - 6];
const hip: Pt = [neck[0] + len.torso, LIE - 6];
const feet: Pt = [hip[0] + 100, LIE - 5];
const bottomKnee: Pt = [hip[0] + 54, LIE];
const topKnee: Pt = [hip[0] + 42, LIE - 62];
const closedKnee: Pt = [hip[0] + 54, LIE - 9];
const body = { neck, head: [neck[0] - L.neck, LIE - 11] as Pt, hip };
const j: Joints = {
  ...body,
  arm: [[neck[0] + 26, neck[1] - 12], [neck[0] + 56, neck[1] - 6]],
  farArm: [[neck[0] + 24, LIE], [neck[0] + 56, LIE]],
  leg: [topKnee, feet, [feet[0] + 12, feet[1] + 1]],
  farLeg: [bottomKnee, [feet[0], feet[1] + 3], [feet[0] + 12, feet[1] + 4]],
};
const closed: Joints = { ...body, leg: [closedKnee, feet, [feet[0] + 12, feet[1] + 1]] };

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person lying on the side with knees bent lifts the top knee up while keeping the feet together, like a clamshell opening.', {
      id: 'ex-clamshell-alt',
    }),
  render: () =>
    scene(
      floor(),
      pillow(body.head[0], LIE - 3, 34, 12),
      figure(closed, { ghost: true }),
      figure(j, { accent: ['leg'] }),
      arrow([bottomKnee[0] + 8, LIE - 22], [topKnee[0] + 10, topKnee[1] + 10], -7),
    ),
};
