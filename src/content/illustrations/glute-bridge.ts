import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { L, LIE, SCALE, arrow, at, angle, figure, floor, ik, lengths, scene, type Joints, type Pt } from './figure.js';

// On the back, head to the left, knees bent and feet flat, arms flat on the floor by the sides.
// Start (faint): hips on the floor. Lifted: hips up so shoulders, hips and knees make one line.
const len = lengths(SCALE.lying);
const neck: Pt = [66, LIE];
const head = at(neck, -155, L.neck);
const knee: Pt = at(neck, -25, len.torso + len.thigh);
const drop = LIE - knee[1];
const ankle: Pt = [knee[0] - Math.sqrt(len.shin * len.shin - drop * drop), LIE];
const toe: Pt = [ankle[0] + len.foot, LIE + 1];
const arms: Pick<Joints, 'arm'> = { arm: [[neck[0] + len.upperArm, LIE + 1], [neck[0] + len.upperArm + len.forearm, LIE + 1]] };

const liftedHip = at(neck, angle(neck, knee), len.torso);
const lifted: Joints = { neck, head, hip: liftedHip, face: -90, ...arms, leg: [knee, ankle, toe] };
const startHip: Pt = [neck[0] + len.torso, LIE];
const start: Joints = {
  neck,
  head,
  hip: startHip,
  leg: [ik(startHip, ankle, len.thigh, len.shin, -1)[0], ankle, toe],
};

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg('A person lying on the back with knees bent and feet flat lifts the hips until shoulders, hips and knees are in a straight line.', {
      id: 'ex-glute-bridge-alt',
    }),
  render: () =>
    scene(
      floor(),
      figure(start, { ghost: true }),
      figure(lifted, { accent: ['body'] }),
      arrow([startHip[0] - 4, LIE - 9], [liftedHip[0] - 4, liftedHip[1] - 9]),
    ),
};
