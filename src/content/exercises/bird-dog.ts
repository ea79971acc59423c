import { msg } from '@lit/localize';
import { illustration } from '../illustrations/bird-dog.js';
import type { ExerciseBody } from './types.js';
import { niceNg59 } from '../references.js';
import { cautionCheckFirst, cautionKeepBackStill, cautionNoCrunches, equipmentMat, frequencyOnceADay, stopCoreForm } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Bird-dog', { id: 'ex-bird-dog-title' }),
  aim: () =>
    msg('Teach your back to stay still and level while you move an arm and a leg.', { id: 'ex-bird-dog-aim' }),
  steps: [
    () => msg('Get on your hands and knees. Hands under your shoulders, knees under your hips.', { id: 'ex-bird-dog-step-1' }),
    () => msg('Slowly reach one arm forward and the opposite leg straight back.', { id: 'ex-bird-dog-step-2' }),
    () => msg('Keep your back flat, like a table top. Hold.', { id: 'ex-bird-dog-step-3' }),
    () => msg('Bring them back down, then do the other arm and leg.', { id: 'ex-bird-dog-step-4' }),
  ],
  dose: { sets: 2, reps: 8, holdSeconds: 5, frequency: frequencyOnceADay },
  equipment: [equipmentMat],
  cautions: {
    general: [
      cautionKeepBackStill, cautionNoCrunches,
      cautionCheckFirst,
    ],
  },
  stopRule: stopCoreForm,
  sources: [niceNg59],
  illustration,
};
