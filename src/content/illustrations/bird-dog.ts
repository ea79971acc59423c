import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { mat } from './props.js';

// On hands and knees, head to the left: hands under the shoulders, knees under the hips, back flat.
// The near arm reaches forward and the opposite (far) leg straight back, the back staying level.
const hands = { to: [-48, 2.6, -17], dir: [-1, 0, 0] } as const;
const kneel = [80, 0, 0, 92, -44] as const;
export const illustration = figure({
  alt: () =>
    msg('A person on hands and knees reaches one arm forward and the opposite leg straight back, keeping the back flat like a table top, then brings them back down.', {
      id: 'ex-bird-dog-alt',
    }),
  props: [mat(-110, 110)],
  start: { at: [0, 47], turn: [95.4, 180], spine: [0, 0, -20], legs: kneel, arms: hands, armR: [98.7, 15.8, 25.8, -70], touch: 'shankL handL handR' },
  end: { at: [0, 47], turn: [95.4, 180], spine: [0, 0, -20], legs: kneel, legL: [-5, 0, 0, 0, -30], armR: [175, 0, 0, 0], armL: hands, touch: 'shankR handL' },
  arrows: [['wristR', 0, -12], ['ankleL', 0, -14]],
});
