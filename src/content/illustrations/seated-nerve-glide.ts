import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { chairProps, glide } from './glide-poses.js';

// Slumped on a firm chair, hands on the thighs: from flexion (knee bent, toes pointed, chin tucked) to
// extension (knee straight, toes up, head up); the poses are in glide-poses.ts.
export const illustration = figure({
  alt: () =>
    msg('A person slumped on a chair, hands on the thighs, straightens one knee and pulls the toes up while looking up at the ceiling, then bends the knee back, points the toes and tucks the chin.', {
      id: 'ex-seated-nerve-glide-alt',
    }),
  props: chairProps,
  start: glide.flexion,
  end: glide.extension,
  arrows: [['toeL', 10, 0], ['head', -6, -16]],
});
