import { msg } from '@lit/localize';
import { illustration } from '../illustrations/mckenzie-press-up.js';
import type { ExerciseBody } from './types.js';
import { CLINICAL_MD, SELF_HELP_SEED, cautionStenosisExtension, equipmentMat, frequencyEveryTwoHours, stepDirectionCheck } from './shared-text.js';

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
    ],
    stenosis: [cautionStenosisExtension],
  },
  stopRule: () =>
    msg('If your leg pain gets worse, stop and try the other direction instead: knee to chest.', { id: 'ex-mckenzie-press-up-stop' }),
  harder: () =>
    msg('When propping on your elbows feels fine, move on to pushing up on your hands with straight arms. Keep your hips on the floor.', {
      id: 'ex-mckenzie-press-up-harder',
    }),
  sources: [
    `${SELF_HELP_SEED}: "Stop Stretching Your Hamstrings Right Now" (McKenzie press-up, elbows then hands; stenosis)`,
    `${SELF_HELP_SEED}: "Actionable Next Steps" (directional preference: 10 reps every two hours)`,
    `${SELF_HELP_SEED}: "The Mystery of Centralization"`,
    `${CLINICAL_MD}: exercise catalogue; stenosis caution`,
    'May & Aina 2012 (centralization)',
  ],
  illustration,
};
