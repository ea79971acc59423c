import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { mat, rod } from './props.js';

// Sitting on a foam roller, seen from the front and a little to the side, leaning back on the hands
// on the floor behind. The near (sore) leg is crossed with its ankle resting on the other knee and
// the weight on that buttock; the body rolls slowly forward and back over the roller.
const pose = {
  turn: [32, 0, -14],
  spine: [10, 8, 6],
  legR: { to: [66, 6.6, -8], dir: [1, 0, 0] },
  legL: [98, 16, 54, 94, 6],
  arms: { to: [-46, 2.6, 20], bend: [-0.3, 0, 1], dir: [-1, 0, 0] },
  touch: 'pelvis:roller handL footR shankL:thighR',
} as const;
export const illustration = figure({
  alt: () =>
    msg('A person sits on a foam roller, leaning back on the hands, with one ankle crossed over the other knee, and rolls the buttock slowly forward and back over it.', {
      id: 'ex-foam-roller-glutes-alt',
    }),
  camera: [-30, 10],
  props: [mat(-60, 90, -40, 40), rod('roller', [0, 7.5, -28], [0, 7.5, 28], 7.5)],
  start: { ...pose, at: [-6, 23.3] },
  end: { ...pose, at: [3, 24.4], turn: [40, 0, -14], spine: [14.5, 8, 6] },
  arrows: [['pelvis', 0, 18]],
});
