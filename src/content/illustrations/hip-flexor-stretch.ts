import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { mat } from './props.js';

// Half-kneeling, facing right: the near (back) knee and shin on a soft mat, the far foot flat in
// front with that knee bent, body upright, hands on the front knee. The hips move forward until the
// front of the back hip stretches.
export const illustration = figure({
  alt: () =>
    msg('A person half-kneeling on a mat, back knee down and front foot flat, keeps the body upright and gently moves the hips forward to stretch the front of the back hip, then eases back.', {
      id: 'ex-hip-flexor-stretch-alt',
    }),
  props: [mat(-70, 90)],
  start: { at: [0, 46.2], legL: [-11.7, 0, 0, 97, -1], legR: { to: [40, 6.6, -8.5], dir: [1, 0, 0] }, arms: { to: ['kneeR', undefined, [-4, 6, 0]], bend: [-1, 0, 0] }, touch: 'shankL toeL footR' },
  end: { at: [10, 44], legL: [-21.5, 0, 0, 90, 12], legR: { to: [40, 6.6, -8.5], dir: [1, 0, 0] }, arms: { to: ['kneeR', undefined, [-4, 6, 0]], bend: [-1, 0, 0] }, touch: 'shankL toeL footR' },
  anchor: 'kneeL',
  arrows: [['pelvis', 0, -26]],
});
