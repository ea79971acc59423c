import { msg } from '@lit/localize';
import type { Pose } from './body.js';
import { figure } from './figure.js';
import { ball, wall } from './props.js';

// Standing with the back to a wall, facing right, feet a step away from the wall and leaning back:
// a peanut ball (two balls joined) sits across the near buttock. The body turns a little and slides along
// the wall, so it rolls from near the tailbone out to the side of the hip.
const lean = (x: number, y: number, z: number, yaw: number): Pose => ({
  at: [x, y, z],
  turn: [2, 0, yaw],
  spine: [0, 0, -9],
  legs: { to: [40, 6.6, 9], dir: [1, 0, 0] },
  arms: [6, 8, 20],
  touch: 'pelvis:peanut footL',
});
export const illustration = figure({
  alt: () =>
    msg('A person leans back against a wall with a peanut-shaped double ball between one buttock and the wall, feet a step away from the wall, and turns a little so it rolls from near the tailbone out to the side of the hip.', {
      id: 'ex-peanut-ball-glutes-alt',
    }),
  camera: [12],
  props: [wall(0), ball('peanut', [4, 81, 6], 4), ball('peanut', [4, 88, 6], 4)],
  start: lean(18, 81.4, 6, 0),
  end: lean(13.8, 79, -11, -25),
  arrows: [['hipL', 0, 14]],
});
