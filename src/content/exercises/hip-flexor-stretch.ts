import { msg } from '@lit/localize';
import { illustration } from '../illustrations/hip-flexor-stretch.js';
import type { ExerciseBody } from './types.js';
import { nhsSpinalStenosis, shelley2020 } from '../references.js';
import { cautionCheckFirst, cautionSlow, cautionStenosisExtension, equipmentMat, frequencyStretchLast, stopStretchGentle } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Kneeling hip flexor stretch', { id: 'ex-hip-flexor-stretch-title' }),
  aim: () =>
    msg('Stretch the front of the hip and thigh, so tight muscles there stop holding back your buttock muscles.', {
      id: 'ex-hip-flexor-stretch-aim',
    }),
  steps: [
    () => msg('Kneel on the knee of the side you want to stretch, on a soft mat. Put the other foot flat on the floor in front of you.', { id: 'ex-hip-flexor-stretch-step-1' }),
    () => msg('Keep your body upright.', { id: 'ex-hip-flexor-stretch-step-2' }),
    () => msg('Gently push the hip of the back leg forward until you feel a stretch at the front of that hip and thigh.', { id: 'ex-hip-flexor-stretch-step-3' }),
    () => msg('Hold, breathing slowly, then ease back.', { id: 'ex-hip-flexor-stretch-step-4' }),
  ],
  dose: { reps: 2, holdSeconds: 30, frequency: frequencyStretchLast },
  oneSided: true,
  equipment: [equipmentMat, () => msg('A wall (for the harder version)', { id: 'ex-hip-flexor-stretch-equipment-1' })],
  cautions: {
    general: [
      cautionSlow,
      () => msg('Move from the hip. Do not lean back or arch your lower back to get more stretch.', { id: 'ex-hip-flexor-stretch-caution-general-1' }),
      cautionCheckFirst,
    ],
    stenosis: [cautionStenosisExtension],
  },
  stopRule: stopStretchGentle,
  harder: () =>
    msg('When this is easy, kneel with your back knee close to a wall and rest that shin and foot up against the wall. Then push your hip forward.', {
      id: 'ex-hip-flexor-stretch-harder',
    }),
  sources: [shelley2020, nhsSpinalStenosis],
  illustration,
};
