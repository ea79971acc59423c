import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { FLOOR, L, LIE, SCALE, arrow, at, figure, floor, ik, lengths, scene, type Joints, type Pt } from './figure.js';

// Side plank seen from the front, head to the left: the lower forearm flat on the floor with the
// elbow right under the shoulder, the feet stacked on the floor, and the body one straight line
// from the feet to the shoulder. The top hand rests on the hip.
const len = lengths(SCALE.lying);
const elbow: Pt = [56, FLOOR - 2];
const shoulder: Pt = [elbow[0], elbow[1] - len.upperArm];
const ankle0: Pt = [0, LIE - 1];
const bodyLen = len.torso + len.thigh + len.shin;
const dir = (Math.asin((ankle0[1] - shoulder[1]) / bodyLen) * 180) / Math.PI;
const hip = at(shoulder, dir, len.torso);
const knee = at(hip, dir, len.thigh);
const ankle = at(knee, dir, len.shin);
const hand: Pt = at(hip, dir - 90, 5);
const j: Joints = {
  neck: shoulder,
  head: at(shoulder, dir + 180, L.neck),
  hip,
  arm: [elbow, [elbow[0] - len.forearm * 0.75, FLOOR - 2]],
  farArm: ik(shoulder, hand, len.upperArm, len.forearm, -1),
  leg: [knee, ankle, at(ankle, 30, len.foot * 0.8)],
  farLeg: [at(knee, 90, 3), at(ankle, 90, 3), at(at(ankle, 90, 3), 20, len.foot * 0.8)],
};

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person in a side plank: lying on one side, propped on one forearm and the feet, with the hips lifted so the body is straight.', {
      id: 'ex-side-plank-alt',
    }),
  render: () =>
    scene(floor(), figure(j), arrow([hip[0], FLOOR - 4], [hip[0], hip[1] + 8])),
};
