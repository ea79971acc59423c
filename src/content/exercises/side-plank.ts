import { msg } from '@lit/localize';
import { illustration } from '../illustrations/side-plank.js';
import type { ExerciseBody } from './types.js';
import { niceNg59 } from '../references.js';
import { cautionAfterFlare, cautionCheckFirst, cautionKneesDownFirst, cautionNoCrunches, equipmentMat, frequencyOnceADay, stopCoreForm } from './shared-text.js';

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
      cautionKneesDownFirst,
      cautionCheckFirst,
    ],
  },
  stopRule: stopCoreForm,
  easier: () =>
    msg('Bend your knees behind you and lift your hips with your knees staying on the floor, in a straight line from your head to your knees.', { id: 'ex-side-plank-easier-knees' }),
  sources: [niceNg59],
  illustration,
};
