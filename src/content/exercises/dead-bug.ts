import { msg } from '@lit/localize';
import { illustration } from '../illustrations/dead-bug.js';
import type { ExerciseBody } from './types.js';
import { acogPregnancy, niceNg59, shelley2020 } from '../references.js';
import { cautionCheckFirst, cautionKeepBackStill, cautionNoCrunches, cautionPregnancyBack, equipmentMat, frequencyActivationSecond, stopCoreForm } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Dead bug', { id: 'ex-dead-bug-title' }),
  aim: () =>
    msg('Teach your middle to stay strong and still while your arms and legs move.', { id: 'ex-dead-bug-aim' }),
  steps: [
    () => msg('Lie on your back. Lift your legs so your hips and knees are bent at right angles.', { id: 'ex-dead-bug-step-1' }),
    () => msg('Point both arms straight up at the ceiling.', { id: 'ex-dead-bug-step-2' }),
    () => msg('Slowly reach one arm back past your head and stretch out the opposite leg. The other arm and leg stay still.', { id: 'ex-dead-bug-step-3' }),
    () => msg('Bring them back to the start.', { id: 'ex-dead-bug-step-4' }),
    () => msg('Now do the same with the other arm and leg. Keep swapping.', { id: 'ex-dead-bug-step-5' }),
  ],
  dose: { sets: 2, reps: 10, frequency: frequencyActivationSecond },
  equipment: [equipmentMat],
  cautions: {
    general: [
      cautionKeepBackStill, cautionNoCrunches,
      cautionCheckFirst,
      cautionPregnancyBack,
    ],
  },
  stopRule: stopCoreForm,
  sources: [shelley2020, niceNg59, acogPregnancy],
  illustration,
};
