import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { LIE, arrow, figure, floor, peanut, pose, scene, wall } from './figure.js';

// Like the lacrosse ball, with a peanut-shaped double ball: standing with the back to a wall,
// the peanut between the buttocks and the wall, feet stepped away.
const wallX = 40;
const r = 5.5;
const hipX = wallX + 2 * r + 4;
const j = pose({
  hip: [hipX, 74],
  scale: 1.1,
  trunk: -95,
  face: 0,
  arm: { to: [hipX + 26, 88], bend: -1 },
  leg: { to: [hipX + 40, LIE], bend: -1, foot: 0 },
  farLeg: { to: [hipX + 34, LIE], bend: -1, foot: 0 },
});

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person leans back against a wall with a peanut-shaped double ball between the buttocks and the wall, feet a step away from the wall.', {
      id: 'ex-peanut-ball-glutes-alt',
    }),
  render: () =>
    scene(
      wall(wallX),
      floor(wallX, 232),
      peanut([wallX + r + 2, 80], 90, r),
      figure(j),
      arrow([wallX + 7, 60], [wallX + 7, 100], 6, true)
    ),
};
