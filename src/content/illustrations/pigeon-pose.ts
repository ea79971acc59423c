import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { FLOOR, SCALE, at, figure, floor, lengths, onFloor, pose, scene, type Pt } from './figure.js';

// Pigeon pose, side view facing right. The front (near) leg is bent on the floor: thigh forward,
// the shin folded back across in front of the body (it looks short from the side). The back (far)
// leg lies straight behind on the floor. Trunk upright, leaning a little forward, hands on the floor.
const k = SCALE.kneeling;
const len = lengths(k);
const hip: Pt = [126, FLOOR - 14];
const trunk = -70;
const shoulder = at(hip, trunk, len.torso);
const hand = onFloor(shoulder, len.upperArm + len.forearm, 1, FLOOR - 2, 0.5);
const knee: Pt = [hip[0] + Math.sqrt(len.thigh ** 2 - (FLOOR - 4 - hip[1]) ** 2), FLOOR - 4];
const ankle: Pt = [hip[0] - 2, FLOOR - 2];
const backAnkle = at(hip, 180 - (Math.asin((FLOOR - 5 - hip[1]) / (len.thigh + len.shin)) * 180) / Math.PI, len.thigh + len.shin - 0.5);
const j = pose({
  hip,
  scale: k,
  trunk,
  head: -68,
  face: 0,
  arm: { to: hand, bend: 1 },
  farArm: { to: [hand[0] - 5, hand[1]], bend: 1 },
  farLeg: { to: backAnkle, bend: 1, foot: 178 },
});

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person in pigeon pose: the front leg bent on the floor with the shin across in front of the body, the back leg straight behind.', {
      id: 'ex-pigeon-pose-alt',
    }),
  render: () =>
    scene(floor(), figure({ ...j, leg: [knee, ankle, [ankle[0] - 6, FLOOR - 6]] }, { accent: ['leg'] })),
};
