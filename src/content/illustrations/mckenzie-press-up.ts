import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { FLOOR, LIE, SCALE, arrow, at, figure, floor, lengths, pose, scene, type Pt } from './figure.js';

// Face down, head to the left, legs and pelvis flat on the floor. Start (faint): propped on the
// elbows, forearms flat on the floor. Then: the arms push straight, the trunk rises and the low back
// arches, while the hips stay down.
const k = SCALE.lying;
const len = lengths(k);
const hip: Pt = [110, LIE];
const legs = { leg: { angles: [0, 0], foot: 8 }, farLeg: { angles: [0, 1], foot: 8 } } as const;

const onElbowsTrunk = -180 + (Math.asin((FLOOR - 2 - len.upperArm - LIE + 2) / -len.torso) * 180) / Math.PI;
const elbowsNeck = at(hip, onElbowsTrunk, len.torso);
const elbow: Pt = [elbowsNeck[0], FLOOR - 2];
const onElbows = pose({
  hip,
  scale: k,
  trunk: onElbowsTrunk,
  face: 170,
  arm: { to: [elbow[0] - len.forearm, FLOOR - 2], bend: 1 },
  ...legs,
});
const elbowArm = { arm: [elbow, [elbow[0] - len.forearm, FLOOR - 2]] as const };

const upTrunk = -130;
const upNeck = at(hip, upTrunk, len.torso);
const reach = len.upperArm + len.forearm;
const drop = FLOOR - 2 - upNeck[1];
const hand: Pt = [upNeck[0] - Math.sqrt(reach * reach - drop * drop), FLOOR - 2];
const up = pose({
  hip,
  scale: k,
  trunk: upTrunk,
  back: -4,
  face: 160,
  arm: { to: hand, bend: 1 },
  farArm: { to: [hand[0] + 3, hand[1]], bend: 1 },
  ...legs,
});

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person lying face down pushes the chest up with straight arms, while the hips stay on the floor.', {
      id: 'ex-mckenzie-press-up-alt',
    }),
  render: () =>
    scene(
      floor(),
      figure({ ...onElbows, ...elbowArm }, { ghost: true }),
      figure(up, { accent: ['body', 'head', 'arm', 'farArm'] }),
      arrow(at(onElbows.neck, -70, 12), at(up.neck, -10, 14), -4),
    ),
};
