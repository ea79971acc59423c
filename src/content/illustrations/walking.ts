import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { SCALE, arrow, figure, floor, pose, scene } from './figure.js';

// Walking to the right with a short stride, arms swinging.
const j = pose({
  hip: [110, 67],
  scale: SCALE.standing,
  trunk: -87,
  face: 0,
  arm: [112, 95],
  farArm: [68, 40],
  leg: { angles: [76, 92], foot: -12 },
  farLeg: { angles: [100, 120], foot: 30 },
});

export const illustration: ExerciseIllustration = {
  alt: () => msg('A person walking upright with short steps.', { id: 'ex-walking-alt' }),
  render: () => scene(floor(), figure(j), arrow([150, 60], [178, 60])),
};
