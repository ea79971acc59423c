import { msg } from '@lit/localize';
import { illustration } from '../illustrations/lacrosse-ball-glutes.js';
import type { ExerciseBody } from './types.js';
import { rosOsteoporosis, shelley2020, smoll2010 } from '../references.js';
import { cautionCheckFirst, cautionMoveOffNerve, cautionOsteoporosisRolling, cautionPiriformisTarget, cautionReleaseOnMuscle, frequencyReleaseFirst, stopReleaseSharp } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Massage ball on the buttock', { id: 'ex-lacrosse-ball-glutes-title' }),
  aim: () =>
    msg('Press deep into the buttock and hip muscles that a foam roller cannot reach well.', {
      id: 'ex-lacrosse-ball-glutes-aim',
    }),
  steps: [
    () => msg('Stand with your back to a wall.', { id: 'ex-lacrosse-ball-glutes-step-1' }),
    () => msg('Hold the ball between the wall and your buttock on the sore side.', { id: 'ex-lacrosse-ball-glutes-step-2' }),
    () => msg('Walk your feet a little away from the wall, so more of your weight leans on the ball.', { id: 'ex-lacrosse-ball-glutes-step-3' }),
    () => msg('Push into the ball and roll it slowly from near your tailbone out to the side of your hip.', { id: 'ex-lacrosse-ball-glutes-step-4' }),
  ],
  dose: { minutes: 1, frequency: frequencyReleaseFirst },
  oneSided: true,
  equipment: [() => msg('A lacrosse ball or another small, firm ball', { id: 'ex-lacrosse-ball-glutes-equipment-1' })],
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
    msg('For softer pressure, stand closer to the wall, or use the foam roller instead.', { id: 'ex-lacrosse-ball-glutes-easier' }),
  sources: [shelley2020, smoll2010, rosOsteoporosis],
  illustration,
};
