import { msg } from '@lit/localize';
import { illustration } from '../illustrations/pigeon-pose.js';
import type { ExerciseBody } from './types.js';
import { acogPregnancy, shelley2020, smoll2010 } from '../references.js';
import { cautionCheckFirst, cautionDiscNoToeTouch, cautionPiriformisTarget, cautionPregnancyFront, cautionSlow, equipmentMat, frequencyStretchLast, stopStretchGentle } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Pigeon pose', { id: 'ex-pigeon-pose-title' }),
  aim: () =>
    msg('Stretch the muscles that turn your hip outward, most of all the piriformis deep in the buttock.', {
      id: 'ex-pigeon-pose-aim',
    }),
  steps: [
    () => msg('Start on your hands and knees.', { id: 'ex-pigeon-pose-step-1' }),
    () => msg('Bring the knee of the sore side forward toward the same hand. Let that shin rest across the floor in front of you.', { id: 'ex-pigeon-pose-step-2' }),
    () => msg('Slide the other leg straight back behind you.', { id: 'ex-pigeon-pose-step-3' }),
    () => msg('Stay upright on your hands and keep your hips level. Lower your hips until you feel a stretch deep in the buttock of the front leg.', { id: 'ex-pigeon-pose-step-4' }),
    () => msg('Hold, breathing slowly, then come back onto your hands and knees.', { id: 'ex-pigeon-pose-step-5' }),
  ],
  dose: { reps: 2, holdSeconds: 30, frequency: frequencyStretchLast },
  oneSided: true,
  equipment: [equipmentMat],
  cautions: {
    general: [
      cautionSlow,
      () => msg('If your front knee hurts, ease out of the pose.', { id: 'ex-pigeon-pose-caution-general-1' }),
      cautionCheckFirst,
      cautionPregnancyFront,
    ],
    disc: [
      () => msg('If a disc is the cause: stay up on your hands. Do not fold your body forward over the front leg.', { id: 'ex-pigeon-pose-caution-disc-1' }),
      cautionDiscNoToeTouch,
    ],
    piriformis: [cautionPiriformisTarget],
  },
  stopRule: stopStretchGentle,
  sources: [shelley2020, smoll2010, acogPregnancy],
  illustration,
};
