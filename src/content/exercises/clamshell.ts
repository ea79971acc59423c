import { msg } from '@lit/localize';
import { illustration } from '../illustrations/clamshell.js';
import type { ExerciseBody } from './types.js';
import { niceNg59, shelley2020 } from '../references.js';
import { cautionCheckFirst, equipmentMat, frequencyActivationSecond } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Clamshell', { id: 'ex-clamshell-title' }),
  aim: () =>
    msg('Wake up the muscles at the side of your hip so they work together again.', { id: 'ex-clamshell-aim' }),
  steps: [
    () => msg('Lie on your side with your knees bent. Keep your shoulders, hips and knees in one line.', { id: 'ex-clamshell-step-1' }),
    () => msg('Keep your heels touching.', { id: 'ex-clamshell-step-2' }),
    () => msg('Lift your top knee as high as you can without letting your top hip roll back.', { id: 'ex-clamshell-step-3' }),
    () => msg('Squeeze your hip muscles at the top, then lower the knee slowly.', { id: 'ex-clamshell-step-4' }),
  ],
  dose: { sets: 2, reps: 10, frequency: frequencyActivationSecond },
  oneSided: true,
  equipment: [equipmentMat],
  cautions: {
    general: [
      () => msg('Keep the movement small and slow rather than rolling your body to lift higher.', { id: 'ex-clamshell-caution-general-1' }),
      cautionCheckFirst,
    ],
  },
  sources: [shelley2020, niceNg59],
  illustration,
};
