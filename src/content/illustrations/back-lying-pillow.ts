import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { FLOOR, LIE, SCALE, at, figure, floor, lengths, pillow, pose, scene, type Pt } from './figure.js';

// On the back, head to the left on a small pillow; a big pillow under the knees so the knees are
// gently bent over it and the feet rest on the floor.
const k = SCALE.lying;
const len = lengths(k);
const hip: Pt = [98, LIE];
const knee = at(hip, -27, len.thigh);
const rise = LIE - knee[1];
const ankle: Pt = [knee[0] + Math.sqrt(len.shin * len.shin - rise * rise), LIE];
const j = pose({
  hip,
  scale: k,
  trunk: 180,
  head: -165,
  face: -90,
  arm: [2, 0],
  leg: { to: ankle, bend: -1, foot: -70 },
  farLeg: { to: [ankle[0] + 2, ankle[1]], bend: -1, foot: -70 },
});
const pillowH = FLOOR - knee[1] - 3;

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person lying on the back with a big pillow under the knees, knees gently bent over it and feet on the floor.', {
      id: 'ex-back-lying-pillow-alt',
    }),
  render: () =>
    scene(
      floor(),
      pillow(j.head[0] - 2, FLOOR - 4, 30, 8),
      pillow(knee[0] - 2, FLOOR - pillowH / 2 - 1, 54, pillowH),
      figure(j),
    ),
};
