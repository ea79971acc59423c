import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { LIE, SCALE, arrow, chair, figure, floor, lengths, pose, scene, stickRoller, type Pt } from './figure.js';

// Sitting on a chair, facing right: thigh level, lower leg down, foot flat. A stick roller lies
// across the top of the thigh, both hands on it, and rolls between the hip and the knee.
const k = SCALE.seated;
const len = lengths(k);
const ankle: Pt = [150, LIE];
const hip: Pt = [ankle[0] - len.thigh, LIE - len.shin];
const top = hip[1] - 6;
const roller = { a: [hip[0] + 14, top - 3] as Pt, b: [hip[0] + 40, top - 3] as Pt };
const j = pose({
  hip,
  scale: k,
  trunk: -74,
  face: 10,
  head: -80,
  arm: { to: [roller.a[0] + 4, roller.a[1] - 2], bend: 1 },
  farArm: { to: [roller.b[0] - 4, roller.b[1] - 2], bend: 1 },
  leg: { to: ankle, bend: -1, foot: 0 },
  farLeg: { to: [ankle[0] - 3, ankle[1]], bend: -1, foot: 0 },
});

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person sitting on a chair rolls a stick roller along the front of the thigh, from above the knee toward the hip.', {
      id: 'ex-stick-roller-quads-alt',
    }),
  render: () =>
    scene(
      floor(40, 200),
      chair(hip[0] - 24, hip[1] + 5),
      figure(j),
      stickRoller(roller.a, roller.b),
      arrow([hip[0] + 4, top - 18], [ankle[0] + 2, top - 18], 0, true),
    ),
};
