import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { mat } from './props.js';

// On the back, head to the left. Start: knees bent, feet flat, hands on the knees. End: both knees
// pulled in toward the chest, hands holding the shins just below the knees; head and shoulders stay
// on the floor and the low back rounds a little.
const hands = { to: ['kneeL', undefined, [1.5, 7, 0]], bend: [0, -0.2, 1] } as const;
export const illustration = figure({
  alt: () =>
    msg('A person lying on the back, head on the floor, holds both shins just below the knees and pulls the knees in toward the chest, then lets the feet back down.', {
      id: 'ex-knee-to-chest-alt',
    }),
  props: [mat(-100, 80)],
  start: { at: [0, 10.5], turn: [90], spine: [0, 0, -5.6], legs: [50, 0, 0, 108, -32], arms: { to: ['shankL', 0.1, [0, 6, 0]], bend: [0, -1, 0] }, touch: 'pelvis thorax head footL' },
  end: { at: [0], turn: [108], spine: [18, 0, -5.8], legs: [115, 6, 0, 135, -20], arms: hands, touch: 'thorax head handL:thighL' },
  arrows: [['kneeL', 10, -8]],
});
