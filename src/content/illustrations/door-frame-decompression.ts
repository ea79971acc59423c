import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { FLOOR, SCALE, arrow, at, doorFrame, figure, floor, ik, lengths, pose, scene, type Pt } from './figure.js';

// Door-frame decompression, side view facing right, inside a door frame: both hands hold the top
// of the frame with the arms straight overhead; the knees bend so the body hangs and sinks a
// little, the toes still on the floor.
const k = SCALE.standing;
const len = lengths(k);
const top = 6;
const hands: Pt = [112, top + 3];
const shoulder: Pt = [hands[0] - 2, hands[1] + len.upperArm + len.forearm];
const trunk = -86;
const hip = at(shoulder, trunk + 180, len.torso);
const toe: Pt = [hip[0] + 30, FLOOR - 2];
const ankle = at(toe, -125, len.foot);
const j = pose({
  hip,
  scale: k,
  trunk,
  head: -72,
  face: 0,
  arm: { to: hands, bend: 1 },
  farArm: { to: [hands[0] + 2, hands[1]], bend: 1 },
});
const [knee] = ik(hip, ankle, len.thigh, len.shin, -1);
const [farKnee] = ik(hip, [ankle[0] - 4, ankle[1]], len.thigh, len.shin, -1);

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person holds the top of a door frame with both hands and gently sinks down with bent knees, toes on the floor, letting the low back stretch.', {
      id: 'ex-door-frame-decompression-alt',
    }),
  render: () =>
    scene(
      floor(40, 200),
      doorFrame(70, 160, top),
      figure(
        { ...j, leg: [knee, ankle, toe], farLeg: [farKnee, [ankle[0] - 4, ankle[1]], [toe[0] - 4, toe[1]]] },
        { armBehindHead: true },
      ),
      arrow([hip[0] - 16, hip[1] - 14], [hip[0] - 16, hip[1] + 10]),
    ),
};
