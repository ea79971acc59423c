import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { LIE, SCALE, arrow, at, figure, floor, lengths, pose, scene, type Pt } from './figure.js';

// Face down, head to the left, legs straight and the pelvis flat on the floor, propped up on the
// elbows: the upper arms stand straight under the shoulders and the forearms lie flat on the floor
// pointing forward, so the chest is lifted and the low back gently arches while the hips stay down
// (arrow: the chest goes up). The head looks forward. The harder step, pushing up on the hands, is
// described in the text.
const len = lengths(SCALE.lying);
const hip: Pt = [124, LIE];
// The trunk rises just enough for the shoulders to sit one upper arm above the forearms.
const trunk = -180 + (Math.asin(len.upperArm / len.torso) * 180) / Math.PI;
const up = pose({
  hip,
  scale: SCALE.lying,
  trunk,
  back: -2,
  head: -165,
  face: -178,
  arm: [90, 180],
  farArm: [86, 182],
  leg: { angles: [0, 0], foot: 8 },
  farLeg: { angles: [0, 1], foot: 8 },
});
const mid: Pt = at(hip, trunk, len.torso * 0.55);

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person lying face down props the chest up on the forearms, elbows under the shoulders, while the hips and legs stay on the floor.', {
      id: 'ex-mckenzie-press-up-alt',
    }),
  render: () =>
    scene(
      floor(),
      figure(up, { accent: ['body', 'head', 'arm', 'farArm'] }),
      arrow(at(mid, -60, 12), at(mid, -60, 36), -4),
    ),
};
