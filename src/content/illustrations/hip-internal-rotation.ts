import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { mat, rod } from './props.js';

// "Roadkill", seen from the front and a little above: lying on the left side, the hip to stretch
// underneath, head on the bottom arm. The bottom hip and knee are bent and a light dumbbell rests on
// the bottom foot to keep it down; the top knee is forward, that hip bent to a right angle, resting
// on the floor. The top hip rolls forward and down toward the floor: with the foot held down, that
// turns the bottom hip inward.
const pose = {
  at: [0, 16.5],
  twist: [0, -8.5],
  legL: { to: [57, 3.6, -2], bend: [0.3, 0, 1], dir: [1, 0, 0.1] },
  armL: [177, -6, 20],
  armR: { to: ['hipR', undefined, [-2.4, 8, 6]], bend: [0, 1, -0.6] },
} as const;
const bell = [60, 9.3, -2] as const;
export const illustration = figure({
  alt: () =>
    msg('A person lying on the side of the hip to stretch, bottom hip and knee bent with a light dumbbell on the bottom foot and the top knee forward at a right angle, rolls the top hip forward and down toward the floor.', {
      id: 'ex-hip-internal-rotation-alt',
    }),
  camera: [-15, 35],
  props: [
    mat(-120, 90, -20, 70),
    rod('dumbbell', [bell[0], bell[1], bell[2] - 9], [bell[0], bell[1], bell[2] + 9], 1.4, 'tool', true),
    rod('dumbbell', [bell[0], bell[1], bell[2] - 11], [bell[0], bell[1], bell[2] - 7], 4, 'tool', true),
    rod('dumbbell', [bell[0], bell[1], bell[2] + 7], [bell[0], bell[1], bell[2] + 11], 4, 'tool', true),
  ],
  start: { ...pose, turn: [90, 90], legR: [90, -27.5, 0, 90, -48], touch: 'pelvis head:upperArmL upperArmL shankL footL:dumbbell shankR handR:pelvis' },
  end: { ...pose, at: [0, 15.2], turn: [90, 120], twist: [-2.3, -9.1], armL: [180, -7.3, 20], armR: { to: ['hipR', undefined, [-2.4, 6.1, 6]], bend: [0, 1, -0.6] }, legR: [89.7, 5.9, 0, 90, -48], touch: 'pelvis head:upperArmL upperArmL shankL footL:dumbbell shankR handR:pelvis' },
  arrows: [['hipR', 8, -4]],
});
