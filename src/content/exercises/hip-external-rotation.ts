import { msg } from '@lit/localize';
import { illustration } from '../illustrations/hip-external-rotation.js';
import type { ExerciseBody } from './types.js';
import { acogPregnancy, shelley2020 } from '../references.js';
import { cautionCheckFirst, cautionPregnancyBack, cautionSlow, equipmentMat, frequencyStretchLast, stopStretchGentle } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Hip external rotation (FABER)', { id: 'ex-hip-external-rotation-title-faber' }),
  aim: () =>
    msg('Open up the groin and see how far your hip can turn outward.', { id: 'ex-hip-external-rotation-aim' }),
  steps: [
    () => msg('Lie on your back with your legs straight.', { id: 'ex-hip-external-rotation-step-1' }),
    () => msg('Bend the sore leg and rest its heel against the inner side of your other knee.', { id: 'ex-hip-external-rotation-step-2-inner' }),
    () => msg('Let the bent knee slowly drop out to the side, away from the middle of your body.', { id: 'ex-hip-external-rotation-step-3' }),
    () => msg('Hold it there. You should feel a stretch in your groin, and maybe at the front of your hip.', { id: 'ex-hip-external-rotation-step-4' }),
  ],
  dose: { reps: 2, holdSeconds: 30, frequency: frequencyStretchLast },
  oneSided: true,
  equipment: [equipmentMat],
  cautions: {
    general: [
      cautionSlow,
      () => msg('Let gravity do the work. Do not push the knee down with your hand.', { id: 'ex-hip-external-rotation-caution-general-1' }),
      cautionCheckFirst,
      cautionPregnancyBack,
    ],
  },
  stopRule: stopStretchGentle,
  harder: () => msg('Hold each stretch for up to 1 minute.', { id: 'ex-hip-external-rotation-harder' }),
  sources: [shelley2020, acogPregnancy],
  illustration,
};
