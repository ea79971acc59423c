import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { mat, rod } from './props.js';

// On the back, head to the left, a thick rolled pillow under the knees: the legs settle onto it, knees
// gently bent, heels on the floor, arms by the sides.
export const illustration = figure({
  alt: () =>
    msg('A person lying on the back lets the legs relax onto a thick pillow under the knees, knees gently bent and heels on the floor.', {
      id: 'ex-back-lying-pillow-alt',
    }),
  props: [mat(-100, 100), rod('pillow', [39.5, 9, -20], [39.5, 9, 20], 9, 'solid')],
  start: { at: [0, 10.5], turn: [90], spine: [0, 0, -6], legs: [32, 0, 0, 50, -20], arms: [-7, 8, 0, -6], touch: 'pelvis thorax head' },
  end: { at: [0, 10.5], turn: [90], spine: [0, 0, -6], legs: [22, 0, 0, 49, -30], arms: [-7, 8, 0, -6], touch: 'pelvis thorax head heelL shankL:pillow' },
  arrows: [['kneeL', 0, -14]],
});
