import { msg } from '@lit/localize';
import { illustration } from '../illustrations/walking.js';
import type { ExerciseBody } from './types.js';
import { saysPhysicalTherapist } from '../../core/locale.js';
import { nhsSciatica, nhsSpinalStenosis, niceNg59 } from '../references.js';
import { frequencyThreeTimesADay } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Short walks', { id: 'ex-walking-title' }),
  aim: () =>
    msg('Keep moving gently, which helps bring blood and nutrients to your back.', { id: 'ex-walking-aim' }),
  steps: [
    () => msg('Walk at an easy pace on flat ground.', { id: 'ex-walking-step-1' }),
    () => msg('Stand tall and let your arms swing.', { id: 'ex-walking-step-2' }),
    () => msg('Walk for about 10 minutes, then rest.', { id: 'ex-walking-step-3' }),
    () => msg('Do this three times a day rather than one long walk.', { id: 'ex-walking-step-4' }),
  ],
  dose: { minutes: 10, frequency: frequencyThreeTimesADay },
  equipment: [() => msg('Comfortable shoes', { id: 'ex-walking-equipment-1' })],
  cautions: {
    general: [
      () => msg('No running or jumping for a few weeks. Walk instead.', { id: 'ex-walking-caution-general-1' }),
      () =>
        saysPhysicalTherapist()
          ? msg('If pain or heaviness comes on in your legs as you walk and eases when you sit down or lean forward, this fits a narrowing of the spine (stenosis). Rest by sitting or leaning forward (pushing a shopping cart helps), build up your walks slowly, and tell your doctor or physical therapist.', { id: 'ex-walking-caution-stenosis-pt' })
          : msg('If pain or heaviness comes on in your legs as you walk and eases when you sit down or lean forward, this fits a narrowing of the spine (stenosis). Rest by sitting or leaning forward (pushing a shopping trolley helps), build up your walks slowly, and tell your doctor or physiotherapist.', { id: 'ex-walking-caution-stenosis' }),
    ],
  },
  stopRule: () =>
    msg('If your foot starts to catch or slap on the ground, or your leg gives way, stop and contact a doctor today.', {
      id: 'ex-walking-stop',
    }),
  easier: () => msg('During a flare-up, take shorter steps.', { id: 'ex-walking-easier' }),
  sources: [nhsSciatica, niceNg59, nhsSpinalStenosis],
  illustration,
};
