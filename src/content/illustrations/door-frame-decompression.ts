import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { FLOOR, SCALE, arrow, doorFrame, figure, floor, ik, lengths, scene, type Joints, type Pt } from './figure.js';

// Door-frame hang, seen from the front, inside a door frame: both arms go straight up from the
// shoulders, on either side of the head, and the hands grip the top bar. The knees bend a little
// so the body sinks and hangs, the toes stay on the floor (arrow: down).
const len = lengths(SCALE.standing);
const arms = lengths(0.86);
const cx = 120;
const top = 5;
const shoulder = 15;
const hipW = 7;
const handY = top + 2;
const neck: Pt = [cx, handY + arms.upperArm + arms.forearm - 0.4];
const hip: Pt = [cx, neck[1] + len.torso - 3];
const hand = (s: -1 | 1): Pt => [cx + s * 18, handY];
const armTo = (s: -1 | 1) => ik([cx + s * shoulder, neck[1]], hand(s), arms.upperArm, arms.forearm, s);
// Seen from the front, the bent legs look shorter: the knees come forward, toward the viewer.
const leg = (s: -1 | 1): Joints['leg'] => [
  [cx + s * 11, hip[1] + 27],
  [cx + s * 9, FLOOR - 11],
  [cx + s * 10, FLOOR - 2],
];
const j: Joints = {
  hip,
  neck,
  head: [cx, neck[1] - 13],
  arm: armTo(-1),
  farArm: armTo(1),
  leg: leg(-1),
  farLeg: leg(1),
};

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('Seen from the front: a person stands in a door frame, both arms straight up gripping the top of the frame, and gently sinks down with bent knees, toes on the floor, letting the low back stretch.', {
      id: 'ex-door-frame-decompression-alt',
    }),
  render: () =>
    scene(
      floor(40, 200),
      doorFrame(76, 164, top),
      figure(j, { front: { shoulder, hip: hipW } }),
      arrow([cx + 30, hip[1] - 14], [cx + 30, hip[1] + 14]),
    ),
};
