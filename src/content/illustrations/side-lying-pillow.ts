import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { box, mat } from './props.js';

// Lying on the left side, seen from the front and a little above, head to the left on a pillow,
// hips and knees gently bent, the bottom arm bent in front of the face. The top knee settles onto a
// thick pillow between the knees, so it stays level with the hip.
const pose = {
  at: [0, 16.5],
  turn: [90, 90],
  twist: [0, -8],
  legL: [40, 0, 0, 60, -20],
  armL: [100, -25, 80],
  armR: { to: ['hipR', undefined, [-2.4, 6, 6]], bend: [0, 1, -0.6], dir: [1, 0, 0.3] },
} as const;
export const illustration = figure({
  alt: () =>
    msg('A person lying on the side with hips and knees bent and the head on a pillow lowers the top knee onto a thick pillow between the knees, so it stays level with the hip.', {
      id: 'ex-side-lying-pillow-alt',
    }),
  camera: [-10, 42],
  props: [mat(-120, 90, -20, 60), box('pillow', [-95, 2, -16], [-62, 11.5, 16], 'soft'), box('pillow', [20, 15.5, 12], [50, 17.5, 44], 'soft')],
  start: { ...pose, legR: [40, 12, 0, 60, -20], touch: 'pelvis head:pillow handR:pelvis' },
  end: { ...pose, legR: [40, 2, 0, 60, -20], touch: 'pelvis head:pillow handR:pelvis thighR:pillow' },
  arrows: [['kneeR', 6, -12]],
});
