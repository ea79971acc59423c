import { msg } from '@lit/localize';
import { illustration } from '../illustrations/knee-to-chest.js';
import type { ExerciseBody } from './types.js';
import { saysPhysicalTherapist } from '../../core/locale.js';
import { acogPregnancy, longDonelsonFung2004, mayAina2012, rosOsteoporosis } from '../references.js';
import { cautionCheckFirst, cautionDiscFlexion, cautionOsteoporosisBending, cautionPregnancyBack, equipmentMat, frequencyEveryTwoHours, stepDirectionCheck } from './shared-text.js';

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
      cautionCheckFirst,
      cautionOsteoporosisBending,
      cautionPregnancyBack,
    ],
    disc: [cautionDiscFlexion],
  },
  stopRule: () =>
    saysPhysicalTherapist()
      ? msg('If your leg pain gets worse with this direction too, stop both and ask a physical therapist for advice.', {
          id: 'ex-knee-to-chest-stop',
        })
      : msg('If your leg pain gets worse with this direction too, stop both and ask a physiotherapist for advice.', {
          id: 'ex-knee-to-chest-stop-physio',
        }),
  sources: [longDonelsonFung2004, mayAina2012, rosOsteoporosis, acogPregnancy],
  illustration,
};
