import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { mat } from './props.js';

// On the back, head to the left: hips and knees bent at right angles, both arms pointing at the
// ceiling. The near arm reaches back past the head and the opposite (far) leg stretches out, both
// stopping just above the floor; the other arm and leg stay still.
export const illustration = figure({
  alt: () =>
    msg('A person lying on the back with hips and knees bent at right angles and arms pointing at the ceiling slowly reaches one arm back past the head and stretches out the opposite leg just above the floor, then brings them back.', {
      id: 'ex-dead-bug-alt',
    }),
  props: [mat(-110, 110)],
  start: { at: [0, 10.5], turn: [90], spine: [0, 0, -6], legs: [90, 0, 0, 90], arms: [90, 0, 0, 0], touch: 'pelvis thorax head' },
  end: { at: [0, 10.5], turn: [90], spine: [0, 0, -6], legs: [90, 0, 0, 90], legR: [14, 0, 0, 0, -20], armL: [172, 0, 0, 0], armR: [90, 0, 0, 0], touch: 'pelvis thorax head' },
  arrows: [['fingersL', 6, -10], ['toeR', 2, -14]],
});
