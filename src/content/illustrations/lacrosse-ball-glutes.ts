import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { WALL_X as wallX, arrow, ball, figure, floor, scene, wall, wallLean } from './figure.js';

// Standing with the back to a wall (on the left), a ball between one buttock and the wall, feet
// stepped away from the wall for leverage. Roll it from the tailbone to the outer hip.
const r = 5;
const j = wallLean(r);

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person leans back against a wall with a small ball between one buttock and the wall, feet a step away from the wall.', {
      id: 'ex-lacrosse-ball-glutes-alt',
    }),
  render: () => scene(wall(wallX), floor(wallX, 232), ball([wallX + r + 2, 80], r), figure(j), arrow([wallX + 6, 62], [wallX + 6, 98], 6, true)),
};
