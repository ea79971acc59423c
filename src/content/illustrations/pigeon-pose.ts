import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { mat } from './props.js';

// Pigeon pose, facing left, seen from the front-leg side and a little ahead: up on straight arms,
// the near (front) leg folded in front with the shin across the floor, the far leg stretched
// straight back. The hips lower toward the floor until the stretch is felt deep in the buttock of
// the front leg; the body stays upright on the hands (no folding forward over the front leg).
const pose = {
  turn: [-49, 0, 180],
  spine: [-30, -22, -16],
  arms: { to: [-14.5, 2.6, -16], bend: [1, 0, 0], dir: [-1, 0, 0] },
} as const;
export const illustration = figure({
  alt: () =>
    msg('A person in pigeon pose, up on straight arms, with the front leg folded and its shin across the floor in front and the back leg straight behind, lowers the hips toward the floor and holds.', {
      id: 'ex-pigeon-pose-alt',
    }),
  camera: [25, 15],
  props: [mat(-90, 110, -40, 40)],
  start: { ...pose, at: [0, 23], spine: [-8, -18, -16], legR: [111, -25, 54, 140, -30], legL: { to: [79, 12.4, -8.5], bend: [0, -1, 0], end: -50 }, arms: { ...pose.arms, to: [-28.5, 2.6, -16] }, touch: 'shankR handL shankL' },
  end: { ...pose, at: [0, 16.3], legR: [121.5, -29.8, 59.9, 147.8, -35.7], legL: { to: [82, 9.1, -8.5], bend: [0, -1, 0], end: -50 }, touch: 'shankR handL shankL' },
  arrows: [['pelvis', 20, 8]],
});
