import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { FLOOR, LIE, SCALE, figure, floor, lengths, pose, scene, type Pt } from './figure.js';

// Pigeon pose, side view facing right. The front (near) leg is folded on the floor: the thigh goes
// forward to the knee, and the shin lies on the floor across the front of the body, back under the
// hips (drawn slightly angled so it shows). The back (far) leg lies straight behind on the floor.
// Trunk leaning a little forward, up on straight arms, hands on the floor either side of the knee.
const k = SCALE.kneeling;
const len = lengths(k);
const hip: Pt = [112, FLOOR - 22];
const trunk = -66;
const knee: Pt = [hip[0] + Math.sqrt(len.thigh ** 2 - (LIE - hip[1]) ** 2), LIE];
const ankle: Pt = [knee[0] - len.shin + 2, FLOOR - 1];
const back = 180 - (Math.asin((LIE - 1 - hip[1]) / (len.thigh + len.shin)) * 180) / Math.PI;
const j = pose({
  hip,
  scale: k,
  armScale: 1.5,
  trunk,
  head: -72,
  face: 0,
  arm: { to: [knee[0] + 6, FLOOR - 2], bend: 1 },
  farArm: { to: [knee[0] - 4, FLOOR - 2], bend: 1 },
  farLeg: { angles: [back, back], foot: 178 },
});

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person in pigeon pose, up on straight arms: the front leg folded on the floor with the shin across in front of the body, the back leg straight behind.', {
      id: 'ex-pigeon-pose-alt',
    }),
  render: () =>
    scene(floor(), figure({ ...j, leg: [knee, ankle, [ankle[0] - 7, ankle[1] - 5]] }, { accent: ['leg'] })),
};
