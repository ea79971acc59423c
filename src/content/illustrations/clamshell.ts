import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { mat } from './props.js';

// Lying on the left side, seen from the front and a little above, head to the left resting on the
// bottom arm. Hips and knees bent, hips stacked, heels together: the top knee opens about 40 degrees
// while the feet stay together and the pelvis does not roll back.
const pose = {
  at: [0, 16.5],
  turn: [90, 90],
  twist: [0, -8.5],
  legL: [45, 0, 0, 90, -10],
  armL: [177, -6, 20],
  armR: { to: ['hipR', undefined, [-2.4, 6, 6]], bend: [0, 1, -0.6], dir: [1, 0, 0.3] },
  touch: 'pelvis head:upperArmL upperArmL handR:pelvis',
} as const;
const feet = ['ankleL', undefined, [0, 7, 0]] as const;
export const illustration = figure({
  alt: () =>
    msg('A person lying on the side with hips and knees bent and heels together opens the top knee a little, like a clamshell, without rolling the hips back, then closes it.', {
      id: 'ex-clamshell-alt',
    }),
  camera: [-10, 42],
  props: [mat(-120, 80, -20, 50)],
  start: { ...pose, legR: { to: feet, bend: [0.7, 0.1, 0.7], end: -10 } },
  end: { ...pose, legR: { to: feet, bend: [0.5, 0.65, 0.5], end: -10 } },
  arrows: [['kneeR', 6, -12]],
});
