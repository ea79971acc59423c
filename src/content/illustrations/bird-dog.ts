import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { L, LIE, SCALE, figure, floor, pose, scene } from './figure.js';

// On hands and knees, head to the left: the near arm reaches forward and the far leg (the
// opposite one) reaches back, both level with the back.
const armLen = L.upperArm + L.forearm;
const j = pose({
  hip: [122, LIE - L.thigh * SCALE.kneeling],
  scale: SCALE.kneeling,
  trunk: 180 + (Math.asin((armLen - L.thigh) / L.torso) * 180) / Math.PI,
  head: 185,
  face: 170,
  arm: [182, 180],
  farArm: [90, 90],
  leg: { angles: [90, 0], foot: 8 },
  farLeg: { angles: [-4, -2], foot: 80 },
});

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person on hands and knees reaches one arm forward and the opposite leg back, keeping the back flat.', {
      id: 'ex-bird-dog-alt',
    }),
  render: () => scene(floor(4, 236), figure(j, { accent: ['arm', 'farLeg'] })),
};
