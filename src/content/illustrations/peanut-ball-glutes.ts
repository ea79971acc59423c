import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { WALL_X as wallX, arrow, figure, floor, peanut, scene, wall, wallLean } from './figure.js';

// Like the lacrosse ball, with a peanut-shaped double ball: standing with the back to a wall,
// the peanut between the buttocks and the wall, feet stepped away.
const r = 5.5;
const j = wallLean(r);

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
