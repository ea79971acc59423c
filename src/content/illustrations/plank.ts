import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { FLOOR, L, LIE, SCALE, at, figure, floor, guide, lengths, scene, type Joints, type Pt } from './figure.js';

// Face down on the forearms and toes, head to the left: one straight line from head to heels.
const len = lengths(SCALE.lying);
const elbow: Pt = [52, LIE];
const shoulder: Pt = [elbow[0], LIE - len.upperArm];
const bodyLen = len.torso + len.thigh + len.shin;
const dir = (Math.asin((LIE - 8 - shoulder[1]) / bodyLen) * 180) / Math.PI;
const hip = at(shoulder, dir, len.torso);
const knee = at(hip, dir, len.thigh);
const ankle = at(knee, dir, len.shin);
const toe: Pt = [ankle[0] + 4, FLOOR - 2];
const j: Joints = {
  neck: shoulder,
  head: at(shoulder, dir + 180, L.neck),
  face: 100,
  hip,
  arm: [elbow, [elbow[0] - len.forearm, LIE]],
  farArm: [[elbow[0] + 3, LIE], [elbow[0] - len.forearm + 3, LIE]],
  leg: [knee, ankle, toe],
};

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person holding a plank: face down, resting on the forearms and toes, body in one straight line.', {
      id: 'ex-plank-alt',
    }),
  render: () => scene(floor(), figure(j), guide(at(shoulder, dir - 90, 11), at(ankle, dir - 90, 11))),
};
