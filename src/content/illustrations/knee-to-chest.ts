import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { LIE, SCALE, arrow, at, figure, floor, pose, scene, limbOf, type Pt } from './figure.js';

// On the back, head to the left resting on the floor, trunk flat. Both knees are pulled in close
// to the chest: the thighs lean back over the belly so the knees come above the chest, the shins
// are about level, and both hands hold the shins just below the knees (arrow: the knees come
// toward the chest).
const hip: Pt = [160, LIE];
const legs = {
  leg: { angles: [-138, 16], foot: 40 },
  farLeg: { angles: [-134, 20], foot: 44 },
} as const;
const base = { hip, scale: SCALE.lying, armScale: 0.95, trunk: 180, head: -155, face: -90, ...legs };
const j0 = pose(base);
const knee = limbOf(j0.leg)[0];
const farKnee = limbOf(j0.farLeg)[0];
const j = pose({
  ...base,
  arm: { to: at(knee, 18, 8), bend: 1 },
  farArm: { to: at(farKnee, 22, 8), bend: 1 },
});

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person lying on the back, head on the floor, holds both shins just below the knees and pulls the knees in toward the chest.', {
      id: 'ex-knee-to-chest-alt',
    }),
  render: () =>
    scene(
      floor(),
      figure(j, { accent: ['leg', 'farLeg'] }),
      arrow([knee[0] + 6, knee[1] - 18], [knee[0] - 14, knee[1] - 4], 4),
    ),
};
