import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { LIE, arrow, at, figure, floor, pose, scene, limbOf } from './figure.js';

// On the back, head to the left. Start: both arms point straight up, hips and knees at right angles
// (shins level). The far arm and the near leg stay there; the near arm lowers back overhead toward
// the floor while the opposite (far) leg straightens out just above the floor.
const k = 1.45; // a little under SCALE.lying so the stretched-out arm and leg fit the frame
const hip: [number, number] = [134, LIE];
const common = { hip, scale: k, trunk: 180, head: -155, face: -90 } as const;
const j = pose({
  ...common,
  arm: [191, 191],
  farArm: [-90, -90],
  leg: { angles: [-90, 0], foot: -70 },
  farLeg: { angles: [-12, -12], foot: -80 },
});
const up = pose({ ...common, arm: [-90, -90], farLeg: { angles: [-90, 0], foot: -70 } });
const armUp = limbOf(up.arm)[1];
const legUp = limbOf(up.farLeg)[1];

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person lying on the back with one arm pointing at the ceiling and one knee bent up at a right angle, while the other arm reaches back past the head and the opposite leg stretches out straight above the floor.', {
      id: 'ex-dead-bug-alt',
    }),
  render: () =>
    scene(
      floor(),
      figure({ ...up, leg: undefined, farArm: undefined }, { ghost: true }),
      figure(j, { accent: ['arm', 'farLeg'] }),
      arrow(at(armUp, 200, 10), at(limbOf(j.arm)[1], -60, 12), -10),
      arrow(at(legUp, -10, 12), at(limbOf(j.farLeg)[1], -110, 16), 8),
    ),
};
