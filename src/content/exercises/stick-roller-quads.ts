import { msg } from '@lit/localize';
import { illustration } from '../illustrations/stick-roller-quads.js';
import type { ExerciseBody } from './types.js';
import { rosOsteoporosis, shelley2020 } from '../references.js';
import { cautionCheckFirst, cautionMoveOffNerve, cautionOsteoporosisRolling, cautionReleaseOnMuscle, equipmentChair, frequencyReleaseFirst, stopReleaseSharp } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Stick roller on the front of the thigh', { id: 'ex-stick-roller-quads-title' }),
  aim: () =>
    msg('Loosen the big muscles at the front of the thigh, so the buttock muscles can work and move better.', {
      id: 'ex-stick-roller-quads-aim',
    }),
  steps: [
    () => msg('Sit on a chair with your foot on the floor and your thigh muscles relaxed.', { id: 'ex-stick-roller-quads-step-1' }),
    () => msg('Put the stick on your thigh just above the kneecap.', { id: 'ex-stick-roller-quads-step-2' }),
    () => msg('Press in as firmly as you can comfortably take.', { id: 'ex-stick-roller-quads-step-3' }),
    () => msg('Roll slowly up toward your hip, then lift the stick and start again above the knee.', { id: 'ex-stick-roller-quads-step-4' }),
    () => msg('Do a few passes on the inner, middle and outer part of the thigh. Then do the other leg.', { id: 'ex-stick-roller-quads-step-5' }),
  ],
  dose: { minutes: 2, frequency: frequencyReleaseFirst },
  oneSided: true,
  equipment: [() => msg('A massage stick roller', { id: 'ex-stick-roller-quads-equipment-1' }), equipmentChair],
  cautions: {
    general: [
      cautionReleaseOnMuscle,
      cautionMoveOffNerve,
      cautionOsteoporosisRolling,
      cautionCheckFirst,
    ],
  },
  stopRule: stopReleaseSharp,
  sources: [shelley2020, rosOsteoporosis],
  illustration,
};
