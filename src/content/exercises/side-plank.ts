import { msg } from '@lit/localize';
import { illustration } from '../illustrations/side-plank.js';
import type { ExerciseBody } from './types.js';
import { CLINICAL_MD, SELF_HELP_SEED, cautionAfterFlare, cautionNoCrunches, equipmentMat, frequencyOnceADay, stopCoreForm } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Side plank', { id: 'ex-side-plank-title' }),
  aim: () =>
    msg('Strengthen the sides of your middle so your back does not twist or bend when you move.', { id: 'ex-side-plank-aim' }),
  steps: [
    () => msg('Lie on your side with your legs straight and one foot on top of the other.', { id: 'ex-side-plank-step-1' }),
    () => msg('Rest on your forearm with your elbow right under your shoulder.', { id: 'ex-side-plank-step-2' }),
    () => msg('Lift your hips so your body makes a straight line from head to feet.', { id: 'ex-side-plank-step-3' }),
    () => msg('Hold and keep breathing, then lower your hips gently.', { id: 'ex-side-plank-step-4' }),
  ],
  dose: { sets: 3, holdSeconds: 15, frequency: frequencyOnceADay },
  oneSided: true,
  equipment: [equipmentMat],
  cautions: {
    general: [
      cautionAfterFlare,
      () => msg('Let go if your shoulder hurts.', { id: 'ex-side-plank-caution-general-1' }),
      cautionNoCrunches,
    ],
  },
  stopRule: stopCoreForm,
  sources: [`${SELF_HELP_SEED}: "Long-Term Maintenance" (side planks; not crunches)`, `${CLINICAL_MD}: exercise catalogue`],
  illustration,
};
