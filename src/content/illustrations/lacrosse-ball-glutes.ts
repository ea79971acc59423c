import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { LIE, arrow, ball, figure, floor, pose, scene, wall } from './figure.js';

// Standing with the back to a wall (on the left), a ball between one buttock and the wall, feet
// stepped away from the wall for leverage. Roll it from the tailbone to the outer hip.
const wallX = 40;
const r = 5;
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
    msg('A person leans back against a wall with a small ball between one buttock and the wall, feet a step away from the wall.', {
      id: 'ex-lacrosse-ball-glutes-alt',
    }),
  render: () => scene(wall(wallX), floor(wallX, 232), ball([wallX + r + 2, 80], r), figure(j), arrow([wallX + 6, 62], [wallX + 6, 98], 6, true)),
};
