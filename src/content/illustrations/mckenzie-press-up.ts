import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { FLOOR, LIE, SCALE, arrow, at, figure, floor, pose, scene, type Pt } from './figure.js';

// Face down, head to the left, legs straight and the pelvis flat on the floor. The hands are on
// the floor a little in front of the shoulders; the arms push the chest up so the trunk rises
// about 30 degrees and the low back arches, while the hips stay down (arrow: the chest goes up).
const hip: Pt = [116, LIE];
const trunk = -148;
const up = pose({
  hip,
  scale: SCALE.lying,
  armScale: 0.78,
  trunk,
  back: -2,
  head: -156,
  face: -172,
  arm: { to: [hip[0] - 62, FLOOR - 2], bend: -1 },
  farArm: { to: [hip[0] - 58, FLOOR - 2], bend: -1 },
  leg: { angles: [0, 0], foot: 8 },
  farLeg: { angles: [0, 1], foot: 8 },
});
const mid: Pt = at(hip, trunk, 30);

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person lying face down pushes the chest up on the hands, while the hips and legs stay on the floor.', {
      id: 'ex-mckenzie-press-up-alt',
    }),
  render: () =>
    scene(
      floor(),
      figure(up, { accent: ['body', 'head', 'arm', 'farArm'] }),
      arrow(at(mid, -50, 14), at(up.neck, -50, 24), -4),
    ),
};
