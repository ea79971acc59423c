import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { mat } from './props.js';

// Face down, head to the left, on the forearms with the elbows under the shoulders and the toes
// tucked under. The body lifts into one straight line from head to heels, resting on forearms and toes.
const arms = { to: [-78, 2.6, -15], bend: [0.2, -1, 0], dir: [-1, 0, 0] } as const;
export const illustration = figure({
  alt: () =>
    msg('A person face down on the forearms and toes lifts the body into one straight line from head to heels and holds it.', {
      id: 'ex-plank-alt',
    }),
  props: [mat(-110, 90)],
  start: { at: [8, 10], turn: [93.6, 180], spine: [-20.4, -16.7, -14], legs: [-12, 0, 0, 0, 25], arms, touch: 'pelvis forearmL toeL' },
  end: { at: [-7.8, 28], turn: [98, 180], spine: [-3.5, 0, -6], legs: [-4, 0, 0, 0, 13.4], arms, touch: 'forearmL toeL' },
  arrows: [['pelvis', 0, -18]],
});
