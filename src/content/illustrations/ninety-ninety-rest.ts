import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { chair, mat } from './props.js';

// On the back, head to the left, the lower legs resting on the SEAT of a chair (its back is beyond
// the feet), hips and knees bent to about a right angle, arms resting by the sides. The calves
// settle onto the seat.
const props = [mat(-100, 0), ...chair(0.5, 1, 46.65)];
export const illustration = figure({
  alt: () =>
    msg('A person lying on the back lowers both calves onto the seat of a chair, so that hips and knees are bent at right angles, arms resting by the sides.', {
      id: 'ex-ninety-ninety-rest-alt',
    }),
  props,
  start: { at: [-8, 10.5], turn: [90], spine: [0, 0, -6], legs: [96, 0, 0, 86, 15], arms: [-7.5, 8, -3, -6], touch: 'pelvis thorax head forearmL' },
  end: { at: [-8, 10.5], turn: [90], spine: [0, 0, -6], legs: [90, 0, 0, 90.7, 15], arms: [-7.5, 8, -3, -6], touch: 'pelvis thorax head forearmL shankL:chair heelL:chair' },
  arrows: [['ankleL', 8, -12]],
});
