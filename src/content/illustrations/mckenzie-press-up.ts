import { msg } from '@lit/localize';
import { figure } from './figure.js';
import { mat } from './props.js';

// Face down, head to the left. Start: lying flat, forearms and hands flat on the floor by the head.
// End: propped on the elbows, forearms flat on the floor and elbows under the shoulders, chest lifted, low back
// arched, hips and legs still on the floor.
const legs = [-4, 2, 0, 0, -45] as const;
export const illustration = figure({
  alt: () =>
    msg('A person lying face down props the chest up onto the forearms, elbows under the shoulders, while the hips and legs stay on the floor, then lowers back down.', {
      id: 'ex-mckenzie-press-up-alt',
    }),
  props: [mat(-110, 80)],
  start: {
    at: [0, 10.4],
    turn: [90, 180],
    spine: [0, 0, -10, 0],
    legs: [-1, 2, 0, 0, -45],
    arms: [165, 47, 144, -24],
    touch: 'pelvis thorax forearmL footL',
  },
  end: {
    at: [0, 10],
    turn: [92.9, 180],
    spine: [-29, -21, -12, 0],
    legs,
    arms: [43.5, 23.7, 81.4, -18.4],
    touch: 'pelvis forearmL footL',
  },
  arrows: [['chest', 16, -18]],
});
