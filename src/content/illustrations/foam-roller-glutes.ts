import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { FLOOR, LIE, SCALE, arrow, figure, floor, foamRoller, lengths, onFloor, pose, scene, type Pt, limbOf } from './figure.js';

// Sitting on a foam roller, facing right, leaning back on the hands (on the floor behind). The far
// foot is on the floor with the knee bent; the near ankle is crossed over that knee (a figure 4).
// The roller rolls a little back and forth under the buttock.
const k = SCALE.seated;
const len = lengths(k);
const r = 13;
const rollerX = 92;
const hip: Pt = [rollerX, FLOOR - 1 - 2 * r - 3];
const trunk = -148;
const shoulder: Pt = [hip[0] + Math.cos((trunk * Math.PI) / 180) * len.torso, hip[1] + Math.sin((trunk * Math.PI) / 180) * len.torso];
const hand = onFloor(shoulder, len.upperArm + len.forearm, -1, FLOOR - 2, 2);
const base = pose({
  hip,
  scale: k,
  trunk,
  head: -110,
  face: -10,
  farLeg: { to: [hip[0] + 62, LIE], bend: -1, foot: 0 },
});
const farKnee = limbOf(base.farLeg)[0];
const crossAnkle: Pt = [farKnee[0] + 2, farKnee[1] - 6];
const crossKnee: Pt = [hip[0] + (farKnee[0] - hip[0]) * 0.62, hip[1] + 4];
const j = pose({
  hip,
  scale: k,
  trunk,
  head: -110,
  face: -10,
  arm: { to: hand, bend: 1 },
  farArm: { to: [hand[0] - 4, hand[1]], bend: 1 },
  farLeg: { to: [hip[0] + 62, LIE], bend: -1, foot: 0 },
});

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person sits on a foam roller, leaning back on the hands, with one ankle crossed over the other knee, rolling the buttock.', {
      id: 'ex-foam-roller-glutes-alt',
    }),
  render: () =>
    scene(
      floor(),
      foamRoller(rollerX, r),
      figure({ ...j, leg: [crossKnee, crossAnkle, [crossAnkle[0] + 8, crossAnkle[1] - 5]] }),
      arrow([rollerX - 22, FLOOR + 6], [rollerX + 22, FLOOR + 6], 0, true),
    ),
};
