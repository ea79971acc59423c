import { msg } from '@lit/localize';
import { illustration } from '../illustrations/hip-internal-rotation.js';
import type { ExerciseBody } from './types.js';
import { CLINIC_SEED, CLINICAL_MD, cautionPiriformisTarget, cautionSlow, equipmentMat, frequencyStretchLast, stopStretchGentle } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Hip turn-in stretch ("roadkill")', { id: 'ex-hip-internal-rotation-title' }),
  aim: () =>
    msg('Stretch the muscles that turn your hip outward, so the hip can turn inward more easily.', {
      id: 'ex-hip-internal-rotation-aim',
    }),
  steps: [
    () => msg('Lie on your side on a mat.', { id: 'ex-hip-internal-rotation-step-1' }),
    () => msg('Bend the hip and knee of your bottom leg. Rest a light dumbbell or a heavy book on that bottom foot.', { id: 'ex-hip-internal-rotation-step-2' }),
    () => msg('Bring your top knee forward until that hip is bent at a right angle, like sitting in a chair.', { id: 'ex-hip-internal-rotation-step-3' }),
    () => msg('Gently push your top hip forward and down toward the floor.', { id: 'ex-hip-internal-rotation-step-4' }),
    () => msg('Relax there until you feel a stretch in your hip, and hold.', { id: 'ex-hip-internal-rotation-step-5' }),
  ],
  dose: { reps: 2, holdSeconds: 30, frequency: frequencyStretchLast },
  oneSided: true,
  equipment: [() => msg('A light dumbbell or a heavy book', { id: 'ex-hip-internal-rotation-equipment-1' }), equipmentMat],
  cautions: {
    general: [cautionSlow],
    piriformis: [cautionPiriformisTarget],
  },
  stopRule: stopStretchGentle,
  sources: [`${CLINIC_SEED}: "Hip Internal Rotation – Roadkill"`, `${CLINICAL_MD}: exercise catalogue; piriformis caution`],
  illustration,
};
