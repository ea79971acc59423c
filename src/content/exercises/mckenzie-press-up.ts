import { msg } from '@lit/localize';
import { illustration } from '../illustrations/mckenzie-press-up.js';
import type { ExerciseBody } from './types.js';
import { acogPregnancy, donelson1990, longDonelsonFung2004, mayAina2012, nhsSpinalStenosis } from '../references.js';
import { cautionCheckFirst, cautionPregnancyFront, cautionStenosisExtension, equipmentMat, frequencyEveryTwoHours, stepDirectionCheck } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('McKenzie press-up', { id: 'ex-mckenzie-press-up-title' }),
  aim: () =>
    msg('Bend your back gently backward to find out if this direction draws leg pain back up toward your back.', {
      id: 'ex-mckenzie-press-up-aim',
    }),
  steps: [
    () => msg('Lie on your front with your hands flat on the floor near your shoulders.', { id: 'ex-mckenzie-press-up-step-1' }),
    () => msg('Slowly prop yourself up onto your elbows. Keep your hips on the floor and your back relaxed.', { id: 'ex-mckenzie-press-up-step-2' }),
    () => msg('Stay for a moment, then lower yourself back down.', { id: 'ex-mckenzie-press-up-step-3' }),
    stepDirectionCheck,
  ],
  dose: { reps: 10, frequency: frequencyEveryTwoHours },
  equipment: [equipmentMat],
  cautions: {
    general: [
      () => msg('Your back may ache more for a while. If the leg pain is easing, that is a good sign.', { id: 'ex-mckenzie-press-up-caution-general-1' }),
      () => msg('Keep your hips down. Let your arms do the lifting while your back stays loose.', { id: 'ex-mckenzie-press-up-caution-general-2' }),
      cautionCheckFirst,
      cautionPregnancyFront,
    ],
    stenosis: [cautionStenosisExtension],
  },
  stopRule: () =>
    msg('If your leg pain gets worse, stop and try the other direction instead: knee to chest.', { id: 'ex-mckenzie-press-up-stop' }),
  harder: () =>
    msg('When propping on your elbows feels fine, move on to pushing up on your hands with straight arms. Keep your hips on the floor.', {
      id: 'ex-mckenzie-press-up-harder',
    }),
  sources: [mayAina2012, longDonelsonFung2004, donelson1990, nhsSpinalStenosis, acogPregnancy],
  illustration,
};
