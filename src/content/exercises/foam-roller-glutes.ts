import { msg } from '@lit/localize';
import { illustration } from '../illustrations/foam-roller-glutes.js';
import type { ExerciseBody } from './types.js';
import { rosOsteoporosis, shelley2020, smoll2010 } from '../references.js';
import { cautionCheckFirst, cautionMoveOffNerve, cautionOsteoporosisRolling, cautionPiriformisTarget, cautionReleaseOnMuscle, equipmentMat, frequencyReleaseFirst, stopReleaseSharp } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Foam roller on the buttock', { id: 'ex-foam-roller-glutes-title' }),
  aim: () =>
    msg('Loosen the buttock and deep hip muscles, which may take some pressure off the sciatic nerve.', {
      id: 'ex-foam-roller-glutes-aim',
    }),
  steps: [
    () => msg('Sit on the foam roller with your hands on the floor behind you.', { id: 'ex-foam-roller-glutes-step-1' }),
    () => msg('Cross the sore leg over the other, with the ankle resting on the other knee.', { id: 'ex-foam-roller-glutes-step-2' }),
    () => msg('Lean your weight onto the buttock of the crossed leg.', { id: 'ex-foam-roller-glutes-step-3' }),
    () => msg('Roll slowly forward and back over the buttock.', { id: 'ex-foam-roller-glutes-step-4' }),
  ],
  dose: { minutes: 1, frequency: frequencyReleaseFirst },
  oneSided: true,
  equipment: [() => msg('A foam roller', { id: 'ex-foam-roller-glutes-equipment-1' }), equipmentMat],
  cautions: {
    general: [
      cautionReleaseOnMuscle,
      cautionMoveOffNerve,
      cautionOsteoporosisRolling,
      cautionCheckFirst,
    ],
    piriformis: [cautionPiriformisTarget],
  },
  stopRule: stopReleaseSharp,
  easier: () =>
    msg('If it is too much at first, keep both feet on the floor instead of crossing your leg.', { id: 'ex-foam-roller-glutes-easier' }),
  sources: [shelley2020, smoll2010, rosOsteoporosis],
  illustration,
};
