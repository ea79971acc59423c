import { msg } from '@lit/localize';
import { illustration } from '../illustrations/door-frame-decompression.js';
import type { ExerciseBody } from './types.js';
import { CLINIC_SEED, CLINICAL_MD, frequencyStretchLast } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Door-frame hang', { id: 'ex-door-frame-decompression-title' }),
  aim: () =>
    msg('Let your own weight gently stretch and open up your lower back.', { id: 'ex-door-frame-decompression-aim' }),
  steps: [
    () => msg('Stand in a doorway under a strong door frame.', { id: 'ex-door-frame-decompression-step-1' }),
    () => msg('Reach up and grip the top of the frame with both hands.', { id: 'ex-door-frame-decompression-step-2' }),
    () => msg('Slowly bend your knees and let your body hang from your hands. Keep your toes on the floor.', { id: 'ex-door-frame-decompression-step-3' }),
    () => msg('Breathe slowly until you feel a stretch in your lower back.', { id: 'ex-door-frame-decompression-step-4' }),
    () => msg('Stand back up slowly before you let go.', { id: 'ex-door-frame-decompression-step-5' }),
  ],
  dose: { reps: 3, holdSeconds: 20, frequency: frequencyStretchLast },
  equipment: [() => msg('A strong door frame you can grip', { id: 'ex-door-frame-decompression-equipment-1' })],
  cautions: {
    general: [
      () => msg('Check that the frame is solid and will not give way.', { id: 'ex-door-frame-decompression-caution-general-1' }),
      () => msg('If your grip cannot hold you, that is fine: keep more weight on your toes.', { id: 'ex-door-frame-decompression-caution-general-2' }),
    ],
  },
  stopRule: () =>
    msg('Stop if your hands, shoulders or back hurt sharply, and stand up before letting go.', { id: 'ex-door-frame-decompression-stop' }),
  easier: () => msg('Keep most of your weight on your toes and just lean back a little.', { id: 'ex-door-frame-decompression-easier' }),
  harder: () =>
    msg('With a good grip, straighten your legs with your feet on the floor in front of you, or raise your feet onto a box in front of you while you hang.', {
      id: 'ex-door-frame-decompression-harder',
    }),
  sources: [`${CLINIC_SEED}: "Door Frame Decompression"`, `${CLINICAL_MD}: exercise catalogue`],
  illustration,
};
