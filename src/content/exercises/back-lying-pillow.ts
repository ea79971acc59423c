import { msg } from '@lit/localize';
import { illustration } from '../illustrations/back-lying-pillow.js';
import type { ExerciseBody } from './types.js';
import { acogPregnancy, nhsSciatica } from '../references.js';
import { cautionGetUpByRolling, cautionPregnancyBack, equipmentPillow, frequencyWhenResting, stopChangePosition } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Back-lying with a pillow under the knees', { id: 'ex-back-lying-pillow-title' }),
  aim: () =>
    msg('Ease the pull on your lower back and the sciatic nerve while you sleep on your back.', {
      id: 'ex-back-lying-pillow-aim',
    }),
  steps: [
    () => msg('Lie on your back.', { id: 'ex-back-lying-pillow-step-1' }),
    () => msg('Put a pillow under your knees so they stay a little bent.', { id: 'ex-back-lying-pillow-step-2' }),
    () => msg('Let your legs and back relax onto the bed.', { id: 'ex-back-lying-pillow-step-3' }),
  ],
  dose: { frequency: frequencyWhenResting },
  equipment: [equipmentPillow],
  cautions: {
    general: [
      cautionGetUpByRolling,
      cautionPregnancyBack,
    ],
  },
  stopRule: stopChangePosition,
  sources: [nhsSciatica, acogPregnancy],
  illustration,
};
