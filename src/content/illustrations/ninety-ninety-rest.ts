import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { L, LIE, SCALE, chair, figure, floor, pose, scene } from './figure.js';

// On the back, head to the left; the calves rest on a chair seat so hips and knees are at right angles.
const k = SCALE.lying;
const hip: [number, number] = [136, LIE];
const seatY = LIE - L.thigh * k + 5;
const j = pose({
  hip,
  scale: k,
  trunk: 180,
  head: -155,
  face: -90,
  arm: { to: [hip[0] - 14, LIE - 6], bend: -1 },
  leg: { angles: [-90, 0], foot: -80 },
  farLeg: { angles: [-92, 2], foot: -78 },
});

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person lying on the back with the lower legs resting on a chair seat, hips and knees bent at right angles.', {
      id: 'ex-ninety-ninety-rest-alt',
    }),
  render: () => scene(floor(), chair(hip[0] + 6, seatY, 'right'), figure(j)),
};
