import { msg } from '@lit/localize';
import { illustration } from '../illustrations/side-lying-pillow.js';
import type { ExerciseBody } from './types.js';
import { nhsSciatica } from '../references.js';
import { equipmentPillow, frequencyWhenResting, stopChangePosition } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Side-lying with a pillow between the knees', { id: 'ex-side-lying-pillow-title' }),
  aim: () =>
    msg('Keep your hips level while you sleep on your side, so your top leg does not pull on your lower back.', {
      id: 'ex-side-lying-pillow-aim',
    }),
  steps: [
    () => msg('Lie on your side with your knees gently bent.', { id: 'ex-side-lying-pillow-step-1' }),
    () => msg('Put a thick pillow between your knees.', { id: 'ex-side-lying-pillow-step-2' }),
    () => msg('Check that your top knee is level with your hip, not dropping down toward the bed.', { id: 'ex-side-lying-pillow-step-3' }),
    () => msg('Keep your hips stacked one above the other, and relax.', { id: 'ex-side-lying-pillow-step-4' }),
  ],
  dose: { frequency: frequencyWhenResting },
  equipment: [equipmentPillow],
  cautions: {
    general: [
      () => msg('Use a pillow thick enough to keep your top leg from sliding down.', { id: 'ex-side-lying-pillow-caution-general-1' }),
    ],
  },
  stopRule: stopChangePosition,
  sources: [nhsSciatica],
  illustration,
};
