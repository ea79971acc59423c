import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { mat } from './props.js';

// Hip external rotation (FABER), seen from above the near side: on the back, head to the left, one
// leg straight; the other bent with its heel resting against the inner side of the straight leg's
// knee. The bent knee falls out to the side (toward the viewer) and stays there.
const heel = ['kneeR', undefined, [4, 4, 9]] as const;
export const illustration = figure({
  alt: () =>
    msg('A person lying on the back with one leg straight rests the other heel against the inner side of the straight knee and lets the bent knee fall out to the side, away from the middle of the body.', {
      id: 'ex-hip-external-rotation-alt',
    }),
  camera: [-25, 45],
  props: [mat(-110, 110, -50, 60)],
  start: { at: [0, 10.5], turn: [90], spine: [0, 0, -6], legR: [-4, 2, 0, 0, 15], legL: { to: heel, bend: [0.3, 1, 0.1] }, arms: [-7, 30, -3, -6], touch: 'pelvis thorax head heelR heelL:shankR' },
  end: { at: [0, 10.5], turn: [90], spine: [0, 0, -6], legR: [-4, 2, 0, 0, 15], legL: { to: ['kneeR', undefined, [6, 8, 9]], bend: [0.3, 0.45, 0.85] }, arms: [-7, 30, -3, -6], touch: 'pelvis thorax head heelR heelL:shankR' },
  arrows: [['kneeL', 0, 12]],
});
