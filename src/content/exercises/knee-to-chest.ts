import { msg } from '@lit/localize';
import { illustration } from '../illustrations/knee-to-chest.js';
import type { ExerciseBody } from './types.js';
import { CLINICAL_MD, SELF_HELP_SEED, cautionDiscFlexion, equipmentMat, frequencyEveryTwoHours, stepDirectionCheck } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Knees to chest', { id: 'ex-knee-to-chest-title' }),
  aim: () =>
    msg('Bend your back gently forward, the other direction to try if the press-up made your leg pain worse.', {
      id: 'ex-knee-to-chest-aim',
    }),
  steps: [
    () => msg('Lie on your back with your knees bent and your feet flat.', { id: 'ex-knee-to-chest-step-1' }),
    () => msg('Hold your knees with your hands and slowly pull them toward your chest.', { id: 'ex-knee-to-chest-step-2' }),
    () => msg('Stay for a moment, then let your feet slowly back down.', { id: 'ex-knee-to-chest-step-3' }),
    stepDirectionCheck,
  ],
  dose: { reps: 10, frequency: frequencyEveryTwoHours },
  equipment: [equipmentMat],
  cautions: {
    general: [
      () => msg('Pull gently with your hands. Keep your head and shoulders on the floor.', { id: 'ex-knee-to-chest-caution-general-1' }),
    ],
    disc: [cautionDiscFlexion],
  },
  stopRule: () =>
    msg('If your leg pain gets worse with this direction too, stop both and ask a physical therapist for advice.', {
      id: 'ex-knee-to-chest-stop',
    }),
  sources: [`${SELF_HELP_SEED}: "Actionable Next Steps" (try the opposite: knees to chest)`, `${CLINICAL_MD}: exercise catalogue; disc caution`],
  illustration,
};
