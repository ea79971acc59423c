import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { LIE, SCALE, arrow, at, figure, floor, lengths, pose, scene, type Pt } from './figure.js';

// Half-kneeling lunge, facing right: the back knee on the floor with the shin flat behind, the front
// foot flat with the knee bent at a right angle above the ankle, trunk upright, both hands resting
// on the front knee. The hips push forward (arrow) to stretch the front of the back hip.
const k = SCALE.kneeling;
const len = lengths(k);
const backKnee: Pt = [96, LIE];
const hip = at(backKnee, -74, len.thigh);
const frontAnkle: Pt = [hip[0] + len.thigh, LIE];
const frontKnee: Pt = [frontAnkle[0], hip[1]];
const j = pose({
  hip,
  scale: k,
  trunk: -88,
  face: 0,
  arm: { to: [frontKnee[0] - 9, frontKnee[1] - 3], bend: 1 },
  farArm: { to: [frontKnee[0] - 5, frontKnee[1] - 3], bend: 1 },
  leg: { to: frontAnkle, bend: -1, foot: 0 },
});
const backLeg = [backKnee, [backKnee[0] - len.shin, LIE], [backKnee[0] - len.shin - len.foot, LIE + 1]] as const;

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person half-kneeling with the back knee on the floor, the front foot flat and the hands resting on the front knee, pushing the hips forward.', {
      id: 'ex-hip-flexor-stretch-alt',
    }),
  render: () =>
    scene(floor(), figure({ ...j, farLeg: backLeg }), arrow([hip[0] - 30, hip[1] + 6], [hip[0] - 10, hip[1] + 6])),
};
