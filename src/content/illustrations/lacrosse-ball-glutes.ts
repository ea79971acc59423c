import { msg } from '@lit/localize';
import type { Pose } from './body.js';
import { figure } from './figure.js';
import { ball, wall } from './props.js';

// Standing with the back to a wall, facing right, feet a step away from the wall and leaning back:
// a small ball sits between the near buttock and the wall. The body turns a little and slides along
// the wall, so the ball rolls from near the tailbone out to the side of the hip.
const lean = (x: number, y: number, z: number, yaw: number): Pose => ({
  at: [x, y, z],
  turn: [2, 0, yaw],
  spine: [0, 0, -9],
  legs: { to: [40, 6.6, 9], dir: [1, 0, 0] },
  arms: [6, 8, 20],
  touch: 'pelvis:ball footL',
});
export const illustration = figure({
  alt: () =>
    msg('A person leans back against a wall with a small ball between one buttock and the wall, feet a step away from the wall, and turns a little so the ball rolls from near the tailbone out to the side of the hip.', {
      id: 'ex-lacrosse-ball-glutes-alt',
    }),
  camera: [12],
  props: [wall(0), ball('ball', [3.3, 84, 6], 3.3)],
  start: lean(16.5, 85, 6, 0),
  end: lean(15.8, 85.4, -7, -25),
  arrows: [['hipL', 0, 14]],
});
