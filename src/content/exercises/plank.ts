import { msg } from '@lit/localize';
import { illustration } from '../illustrations/plank.js';
import type { ExerciseBody } from './types.js';
import { niceNg59 } from '../references.js';
import { cautionAfterFlare, cautionCheckFirst, cautionKneesDownFirst, cautionNoCrunches, equipmentMat, frequencyOnceADay, stopCoreForm } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Plank', { id: 'ex-plank-title' }),
  aim: () =>
    msg('Train your middle to hold your back still, to help protect it once the worst pain has settled.', { id: 'ex-plank-aim' }),
  steps: [
    () => msg('Lie on your front. Rest on your forearms with your elbows under your shoulders.', { id: 'ex-plank-step-1' }),
    () => msg('Tuck your toes under.', { id: 'ex-plank-step-2' }),
    () => msg('Lift your body so it makes a straight line from your head to your heels.', { id: 'ex-plank-step-3' }),
    () => msg('Hold. Keep breathing, and do not let your hips sag or poke up.', { id: 'ex-plank-step-4' }),
    () => msg('Lower yourself gently to the floor.', { id: 'ex-plank-step-5' }),
  ],
  dose: { sets: 3, holdSeconds: 20, frequency: frequencyOnceADay },
  equipment: [equipmentMat],
  cautions: {
    general: [
      cautionAfterFlare,
      cautionNoCrunches,
      cautionKneesDownFirst,
      cautionCheckFirst,
    ],
  },
  stopRule: stopCoreForm,
  easier: () =>
    msg('Keep your knees on the floor instead of your toes, with your body in a straight line from your head to your knees.', { id: 'ex-plank-easier-knees' }),
  sources: [niceNg59],
  illustration,
};
