import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { box } from './props.js';

// Standing in a doorway, seen from the front and a little to the side: both hands grip the top of
// the door frame. The knees bend and the body hangs from the hands, toes staying on the floor.
const frame = [box('frame', [-6, 203, -50], [6, 212, 50]), box('frame', [-6, 0, -50], [6, 212, -42]), box('frame', [-6, 0, 42], [6, 212, 50])];
const hands = { to: [9.7, 197.6, 16], bend: [-1, 0, 0.4], dir: [0, 1, 0] } as const;
export const illustration = figure({
  alt: () =>
    msg('A person standing in a doorway grips the top of the door frame with both hands, then bends the knees and lets the body hang from the hands, toes on the floor.', {
      id: 'ex-door-frame-decompression-alt',
    }),
  camera: [-40],
  props: frame,
  start: { at: [-7.5, 90], legs: [0, 3, 0, 0, 0], arms: hands, spine: [0, 0, -8], touch: 'heelL toeL handL:frame' },
  end: { at: [1.7, 84.5], turn: [4], legs: [33, 3, 0, 40, -6], arms: hands, spine: [2.7, 0, -6], touch: 'toeL handL:frame' },
  arrows: [['pelvis', 26, -4]],
});
