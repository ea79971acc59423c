import { msg } from '@lit/localize';
import { illustration } from '../illustrations/ninety-ninety-rest.js';
import type { ExerciseBody } from './types.js';
import { acogPregnancy, nhsSciatica } from '../references.js';
import { cautionGetUpByRolling, cautionPregnancyBack, equipmentChair, equipmentMat } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('90-90 rest with legs on a chair', { id: 'ex-ninety-ninety-rest-title' }),
  aim: () =>
    msg('A resting position that takes the load off your back. If it brings relief, use it to reset during the day.', {
      id: 'ex-ninety-ninety-rest-aim',
    }),
  steps: [
    () => msg('Lie on your back on the floor, with your bottom close to a chair.', { id: 'ex-ninety-ninety-rest-step-1' }),
    () => msg('Lift your lower legs onto the chair seat, so your hips and knees are bent at right angles.', { id: 'ex-ninety-ninety-rest-step-2' }),
    () => msg('Let your arms rest by your sides and your back sink into the floor.', { id: 'ex-ninety-ninety-rest-step-3' }),
    () => msg('Breathe slowly and stay there.', { id: 'ex-ninety-ninety-rest-step-4' }),
  ],
  dose: {
    minutes: 5,
    frequency: () => msg('Whenever you need a break from the pain during the day', { id: 'ex-ninety-ninety-rest-frequency' }),
  },
  equipment: [equipmentChair, equipmentMat],
  cautions: {
    general: [
      cautionGetUpByRolling,
      cautionPregnancyBack,
    ],
  },
  stopRule: () =>
    msg('If it makes your pain worse rather than better, get up slowly and try another position.', { id: 'ex-ninety-ninety-rest-stop' }),
  sources: [nhsSciatica, acogPregnancy],
  illustration,
};
