import { msg } from '@lit/localize';
import { illustration } from '../illustrations/peanut-ball-glutes.js';
import type { ExerciseBody } from './types.js';
import { rosOsteoporosis, shelley2020, smoll2010 } from '../references.js';
import { cautionCheckFirst, cautionMoveOffNerve, cautionOsteoporosisRolling, cautionPiriformisTarget, cautionReleaseOnMuscle, frequencyReleaseFirst, stopReleaseSharp } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Peanut ball on the buttock', { id: 'ex-peanut-ball-glutes-title' }),
  aim: () =>
    msg('Press on the buttock and deep hip muscles at two points at once, using a peanut ball like a massage ball.', {
      id: 'ex-peanut-ball-glutes-aim',
    }),
  steps: [
    () => msg('Stand with your back to a wall.', { id: 'ex-peanut-ball-glutes-step-1' }),
    () => msg('Hold the peanut ball between the wall and your buttock on the sore side.', { id: 'ex-peanut-ball-glutes-step-2' }),
    () => msg('Walk your feet a little away from the wall to lean more weight on it.', { id: 'ex-peanut-ball-glutes-step-3' }),
    () => msg('Push into it and roll it slowly from near your tailbone out to the side of your hip.', { id: 'ex-peanut-ball-glutes-step-4' }),
  ],
  dose: { minutes: 1, frequency: frequencyReleaseFirst },
  oneSided: true,
  equipment: [() => msg('A peanut ball (two firm massage balls joined together)', { id: 'ex-peanut-ball-glutes-equipment-1' })],
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
  sources: [shelley2020, smoll2010, rosOsteoporosis],
  illustration,
};
