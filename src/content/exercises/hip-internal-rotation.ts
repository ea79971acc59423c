import { msg } from '@lit/localize';
import { illustration } from '../illustrations/hip-internal-rotation.js';
import type { ExerciseBody } from './types.js';
import { shelley2020, smoll2010 } from '../references.js';
import { cautionCheckFirst, cautionPiriformisTarget, cautionSlow, equipmentMat, frequencyStretchLast, stopStretchGentle } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Hip turn-in stretch ("roadkill")', { id: 'ex-hip-internal-rotation-title' }),
  aim: () =>
    msg('Stretch the muscles that turn your hip outward, so the hip can turn inward more easily.', {
      id: 'ex-hip-internal-rotation-aim',
    }),
  steps: [
    () => msg('Lie on a mat on the side you want to stretch: the hip underneath is the one that gets the stretch.', { id: 'ex-hip-internal-rotation-step-1-side' }),
    () => msg('Bend the hip and knee of your bottom leg. Rest a light dumbbell or a heavy book on that bottom foot to keep it on the floor.', { id: 'ex-hip-internal-rotation-step-2-weight' }),
    () => msg('Bring your top knee forward until that hip is bent at a right angle, like sitting in a chair, and rest it on the floor.', { id: 'ex-hip-internal-rotation-step-3-rest' }),
    () => msg('Gently roll your top hip forward and down toward the floor. This turns the bottom hip inward.', { id: 'ex-hip-internal-rotation-step-4-roll' }),
    () => msg('Relax there until you feel a stretch deep in the bottom hip, and hold. Then turn over and do the other side.', { id: 'ex-hip-internal-rotation-step-5-hold' }),
  ],
  dose: { reps: 2, holdSeconds: 30, frequency: frequencyStretchLast },
  oneSided: true,
  equipment: [() => msg('A light dumbbell or a heavy book', { id: 'ex-hip-internal-rotation-equipment-1' }), equipmentMat],
  cautions: {
    general: [
      cautionSlow,
      cautionCheckFirst,
    ],
    piriformis: [cautionPiriformisTarget],
  },
  stopRule: stopStretchGentle,
  sources: [shelley2020, smoll2010],
  illustration,
};
