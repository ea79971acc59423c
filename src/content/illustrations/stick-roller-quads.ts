import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { chair, rod } from './props.js';

// Sitting on a chair, seen from the front and a little to the side, both feet on the floor. The
// stick lies across the front of the near thigh, one hand on each handle, and rolls one way: from
// just above the knee up toward the hip (the steps then lift it and start again above the knee).
const sit = {
  at: [-6, 54.9],
  turn: [-8],
  spine: [6, 6, 12],
  legs: { to: [34.2, 6.6, 18], dir: [1, 0, 0] },
  arms: { to: ['tool', undefined, [-7, 4, 17]], bend: [-0.2, -0.3, 1], dir: [0.2, 0, -1] },
} as const;
export const illustration = figure({
  alt: () =>
    msg('A person sitting on a chair presses a stick roller across the front of the thigh and rolls it from just above the knee up toward the hip.', {
      id: 'ex-stick-roller-quads-alt',
    }),
  camera: [-35, 12],
  props: chair(-34),
  tool: (c) => rod('stick', [c[0], c[1], c[2] - 21], [c[0], c[1], c[2] + 21], 2.6, 'tool', true),
  start: { ...sit, tool: ['thighL', 0.85, [0, 8.6, 0]], touch: 'pelvis:chair footL footR thighL:stick' },
  end: { ...sit, tool: ['thighL', 0.5, [0, 9.3, 0]], touch: 'pelvis:chair footL footR thighL:stick' },
  arrows: [['tool', 0, -12]],
});
