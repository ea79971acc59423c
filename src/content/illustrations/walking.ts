import { msg } from '@lit/localize';
import { figure } from './figure.js';

// Walking upright, facing right, with short easy steps and the arms swinging: from one step to the next.
export const illustration = figure({
  alt: () => msg('A person walking upright at an easy pace with short steps, arms swinging.', { id: 'ex-walking-alt' }),
  start: { at: [0], spine: [2, 0, -2], legL: [6, 0, 0, 5, 12], legR: [-20, 0, 0, 22, -8], armL: [-16, 4, 18], armR: [16, 4, 24], touch: 'heelL toeR' },
  end: { at: [0], spine: [2, 0, -2], legL: [-20, 0, 0, 22, -8], legR: [6, 0, 0, 5, 12], armL: [16, 4, 24], armR: [-16, 4, 18], touch: 'toeL heelR' },
  arrows: [['kneeR', 0, -12]],
});
