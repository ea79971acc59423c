import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { mat } from './props.js';

// On the back, head to the left, knees bent and feet flat, arms on the floor by the sides. The hips
// lift until shoulders, hips and knees make one straight line; feet and shoulders stay put.
const feet = { to: [49, 6.6, 8.5], dir: [1, 0, 0] } as const;
export const illustration = figure({
  alt: () =>
    msg('A person lying on the back with knees bent and feet flat lifts the hips until shoulders, hips and knees are in a straight line, then lowers them.', {
      id: 'ex-glute-bridge-alt',
    }),
  props: [mat(-100, 80)],
  start: { at: [0, 10.5], turn: [90], spine: [0, 0, -5.6], legs: feet, arms: [-7.5, 8, -3.7, -10], touch: 'pelvis thorax head footL forearmL' },
  end: { at: [-4, 28.5], turn: [114.5], spine: [0, 0, 25.4], legs: feet, arms: [-30, 8, -4.5, -7.4], touch: 'thorax head footL forearmL' },
  arrows: [['pelvis', 0, -22]],
});
