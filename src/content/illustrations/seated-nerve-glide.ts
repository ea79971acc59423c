import { msg } from '@lit/localize';
import type { ExerciseIllustration } from '../exercises/types.js';
import { arrow, chair, figure, floor, pose, scene, FLOOR } from './figure.js';

// Two panels, the same slumped sitter on a chair, facing right.
// Left: extension (knee straight, toes pulled up, head looking up).
// Right: flexion (knee bent back, toes pointing away, chin tucked).
const k = 1.2;
const seatY = FLOOR - 32 * k - 2;
const sitter = (x: number, extension: boolean) =>
  pose({
    hip: [x, seatY - 4],
    scale: k,
    trunk: -76,
    back: -5,
    head: extension ? -120 : -40,
    face: extension ? -40 : 70,
    arm: { to: [x + 22, seatY - 9], bend: -1 },
    leg: extension ? { angles: [-4, -6], foot: -95 } : { angles: [0, 100], foot: 55 },
  });

export const illustration: ExerciseIllustration = {
  alt: () =>
    msg(
      'Two pictures of a person sitting slumped on a chair. In the first, one knee is straight, the toes pull up and the head looks up. In the second, the knee bends back down, the toes point away and the chin tucks down.',
      { id: 'ex-seated-nerve-glide-alt' },
    ),
  render: () =>
    scene(
      floor(6, 234),
      chair(14, seatY),
      figure(sitter(26, true), { accent: ['leg', 'head'] }),
      chair(132, seatY),
      figure(sitter(144, false), { accent: ['leg', 'head'] }),
      arrow([104, FLOOR - 12], [128, FLOOR - 12], 0, true),
    ),
};
