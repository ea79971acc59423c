import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { mat } from './props.js';

// Lying on the left side, seen from the front and a little above, legs straight and feet stacked,
// propped on the left forearm with the elbow under the shoulder, the top hand on the hip. The hips
// lift until the body is straight from head to feet.
const arm = (x: number) => ({ to: [x, 2.6, 25], bend: [0, -1, -0.3], dir: [0, 0, 1] }) as const;
const hand = { to: ['hipR', undefined, [-2, 9, 6]], bend: [0, 1, -0.6], end: 20 } as const;

export const illustration = figure({
  alt: () =>
    msg('A person lying on the side, propped on one forearm with the elbow under the shoulder, lifts the hips until the body is straight from head to feet, and holds.', {
      id: 'ex-side-plank-alt',
    }),
  camera: [0, 10],
  props: [mat(-110, 110, -20, 50)],
  start: { at: [0, 15.5], turn: [90, 90, 0, -19], twist: [0, -34], legL: [0, -15.9, 0, 0, -10], legR: [0, 8.8, 0, 0, -10], armL: arm(-52), armR: hand, touch: 'pelvis forearmL footL footR:footL handR:pelvis' },
  end: { at: [1, 38.3], turn: [90, 90, 0, -18], legL: [0, 0, 0, 0, -10], legR: [0, -7, 0, 0, -10], armL: arm(-48), armR: hand, touch: 'forearmL footL footR:footL handR:pelvis' },
  anchor: 'ankleL',
  arrows: [['pelvis', 0, -20]],
});
