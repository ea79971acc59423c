import { msg } from '@lit/localize';
import { illustration } from '../illustrations/seated-nerve-glide.js';
import type { ExerciseBody } from './types.js';
import { coppietersButler2008, nhsSciatica } from '../references.js';
import { cautionCheckFirst, cautionDiscNoToeTouch, equipmentChair, frequencyFewTimesADay } from './shared-text.js';

/**
 * The slider, not the self-help article's own pairing: docs/clinical-basis.md ("The seated nerve glide") pairs the
 * straight knee and toes up with looking UP, and the bent knee and toes away with looking DOWN, so
 * tension comes off one end of the nerve as it goes on at the other.
 */
export const exercise: ExerciseBody = {
  title: () => msg('Seated nerve glide', { id: 'ex-seated-nerve-glide-title' }),
  aim: () =>
    msg('Gently slide the sciatic nerve back and forth, without stretching it, to help it move freely.', {
      id: 'ex-seated-nerve-glide-aim',
    }),
  steps: [
    () => msg('Sit on a firm chair. Let your back and shoulders slump, with your hands resting on your thighs.', { id: 'ex-seated-nerve-glide-step-1' }),
    () => msg('Straighten the knee of your painful leg and pull your toes up toward you. At the same time, look up at the ceiling.', { id: 'ex-seated-nerve-glide-step-2' }),
    () => msg('Bend the knee back down and point your toes away. At the same time, tuck your chin and look down at your chest.', { id: 'ex-seated-nerve-glide-step-3' }),
    () => msg('Keep moving smoothly between the two. One full glide takes about 5 seconds.', { id: 'ex-seated-nerve-glide-step-4' }),
  ],
  dose: { reps: 10, frequency: frequencyFewTimesADay },
  oneSided: true,
  equipment: [equipmentChair],
  cautions: {
    general: [
      () => msg('It should feel like a gentle pull at most. Nerves like to slide, not to be stretched.', { id: 'ex-seated-nerve-glide-caution-general-1' }),
      () => msg('Do not look down while your knee is straight: that pulls on the nerve from both ends at once.', { id: 'ex-seated-nerve-glide-caution-general-2' }),
      () => msg('If slumping on its own sends pain down your leg, sit up a little straighter.', { id: 'ex-seated-nerve-glide-caution-slump' }),
      cautionCheckFirst,
    ],
    disc: [
      cautionDiscNoToeTouch,
    ],
  },
  stopRule: () =>
    msg('Stop if tingling or pain is still there after you finish.', { id: 'ex-seated-nerve-glide-stop' }),
  sources: [coppietersButler2008, nhsSciatica],
  illustration,
};
