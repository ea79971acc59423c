import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { SCALE, arrow, at, figure, lengths, pose, scene, topMat, type Joints, type Pt } from './figure.js';

// FABRE, seen from above: lying on the back on a mat, head to the left. One leg is straight;
// the other heel rests by its knee and that bent knee drifts out to the side (faint: knee up).
const len = lengths(SCALE.lying);
const hip: Pt = [104, 75];
const base = pose({
  hip,
  scale: SCALE.lying,
  trunk: 180,
  arm: [28, 4],
  farArm: [-28, -4],
  farLeg: { angles: [6, 4], foot: 4 },
});
const otherKnee = base.farLeg ? base.farLeg[0] : hip;
const ankle: Pt = [otherKnee[0] - 2, otherKnee[1] - 6];
const knee = at(hip, -42, len.thigh);
const upKnee = at(hip, -12, len.thigh - 12);
const j: Joints = { ...base, leg: [knee, ankle, at(ankle, -60, 10)] };
const start: Joints = { ...base, arm: undefined, farArm: undefined, farLeg: undefined, leg: [upKnee, ankle, at(ankle, -60, 10)] };

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('Seen from above: a person lying on the back with one leg straight and the other heel resting by that knee, letting the bent knee fall out to the side.', {
      id: 'ex-hip-external-rotation-alt',
    }),
  render: () =>
    scene(
      topMat(8, 24, 224, 104),
      figure(start, { ghost: true, flat: true }),
      figure(j, { flat: true, accent: ['leg'] }),
      arrow(at(upKnee, -90, 6), at(knee, -60, 8), -5),
    ),
};
