import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { LIE, SCALE, arrow, at, figure, floor, lengths, pose, scene, type Pt } from './figure.js';

// Half-kneeling lunge, facing right: the back knee on the floor with the shin flat behind, the front
// foot flat with the knee bent at a right angle above the ankle, trunk upright, hands on the hips.
// The hips push forward (arrow) to stretch the front of the back hip.
const k = SCALE.kneeling;
const len = lengths(k);
const backKnee: Pt = [100, LIE];
const hip = at(backKnee, -74, len.thigh);
const frontAnkle: Pt = [hip[0] + len.thigh, LIE];
const j = pose({
  hip,
  scale: k,
  trunk: -90,
  face: 0,
  arm: { to: [hip[0] + 2, hip[1] - 7], bend: 1 },
  farArm: { to: [hip[0] + 5, hip[1] - 8], bend: 1 },
  leg: { to: frontAnkle, bend: -1, foot: 0 },
});
const backLeg = [backKnee, [backKnee[0] - len.shin, LIE], [backKnee[0] - len.shin - len.foot, LIE + 1]] as const;

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person half-kneeling with the back knee on the floor and the front foot flat, pushing the hips forward.', {
      id: 'ex-hip-flexor-stretch-alt',
    }),
  render: () =>
    scene(floor(), figure({ ...j, farLeg: backLeg }), arrow([hip[0] - 28, hip[1] + 4], [hip[0] - 10, hip[1] + 4])),
};
