import { msg } from '@lit/localize';
import { illustration } from '../illustrations/glute-bridge.js';
import type { ExerciseBody } from './types.js';
import { acogPregnancy, niceNg59, shelley2020 } from '../references.js';
import { cautionCheckFirst, cautionPregnancyBack, equipmentMat, frequencyActivationSecond } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Glute bridge', { id: 'ex-glute-bridge-title' }),
  aim: () =>
    msg('Strengthen your buttock muscles, which help keep your hips and lower back steady.', { id: 'ex-glute-bridge-aim' }),
  steps: [
    () => msg('Lie on your back with your knees bent and your feet flat on the floor.', { id: 'ex-glute-bridge-step-1' }),
    () => msg('Squeeze your buttocks and push your hips up toward the ceiling.', { id: 'ex-glute-bridge-step-2' }),
    () => msg('Lift your back off the floor in one straight piece, up to your shoulder blades. Do not bend or arch it.', { id: 'ex-glute-bridge-step-3' }),
    () => msg('Lower yourself slowly back down.', { id: 'ex-glute-bridge-step-4' }),
  ],
  dose: { sets: 2, reps: 10, frequency: frequencyActivationSecond },
  equipment: [equipmentMat],
  cautions: {
    general: [
      () => msg('Only lift your hips as high as you can while keeping your back straight.', { id: 'ex-glute-bridge-caution-general-1' }),
      cautionCheckFirst,
      cautionPregnancyBack,
    ],
  },
  stopRule: () =>
    msg('Stop if you feel it mostly in your lower back rather than your buttocks, and lift less high next time.', {
      id: 'ex-glute-bridge-stop',
    }),
  sources: [shelley2020, niceNg59, acogPregnancy],
  illustration,
};
