import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { LIE, SCALE, arrow, at, figure, floor, pose, scene, limbOf } from './figure.js';

// On the back, head to the left resting on the floor: both knees pulled up toward the chest,
// thighs near vertical, shins roughly level, hands holding the shins just below the knees.
const k = SCALE.lying;
const j0 = pose({
  hip: [140, LIE],
  scale: k,
  trunk: 180,
  head: -155,
  face: -90,
  leg: { angles: [-118, 8], foot: -40 },
  farLeg: { angles: [-114, 12], foot: -36 },
});
const knee = limbOf(j0.leg)[0];
const j = pose({
  hip: [140, LIE],
  scale: k,
  trunk: 180,
  head: -155,
  face: -90,
  leg: { angles: [-118, 8], foot: -40 },
  farLeg: { angles: [-114, 12], foot: -36 },
  arm: { to: at(knee, 8, 14), bend: 1 },
  farArm: { to: at(knee, 12, 17), bend: 1 },
});

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person lying on the back hugs both knees toward the chest with the hands.', {
      id: 'ex-knee-to-chest-alt',
    }),
  render: () =>
    scene(floor(), figure(j, { accent: ['leg', 'farLeg'] }), arrow([knee[0] + 16, knee[1] - 20], [knee[0] - 22, knee[1] - 8], 5)),
};
