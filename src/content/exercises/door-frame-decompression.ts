import { msg } from '@lit/localize';
import { illustration } from '../illustrations/door-frame-decompression.js';
import type { ExerciseBody } from './types.js';
import { acogPregnancy, rosOsteoporosis, shelley2020 } from '../references.js';
import { frequencyStretchLast } from './shared-text.js';

export const exercise: ExerciseBody = {
  title: () => msg('Door-frame hang', { id: 'ex-door-frame-decompression-title' }),
  aim: () =>
    msg('Let your own weight gently stretch and open up your lower back.', { id: 'ex-door-frame-decompression-aim' }),
  steps: [
    () => msg('Stand in a doorway with a sturdy frame or a fixed bar above you that can take your weight.', { id: 'ex-door-frame-decompression-step-1-sturdy' }),
    () => msg('Reach up and grip the top of the frame with both hands.', { id: 'ex-door-frame-decompression-step-2' }),
    () => msg('Slowly bend your knees and let your body hang from your hands. Keep your toes on the floor.', { id: 'ex-door-frame-decompression-step-3' }),
    () => msg('Breathe slowly until you feel a stretch in your lower back.', { id: 'ex-door-frame-decompression-step-4' }),
    () => msg('Stand back up slowly before you let go.', { id: 'ex-door-frame-decompression-step-5' }),
  ],
  dose: { reps: 3, holdSeconds: 20, frequency: frequencyStretchLast },
  equipment: [() => msg('A sturdy door frame or fixed bar you can grip', { id: 'ex-door-frame-decompression-equipment-sturdy' })],
  cautions: {
    general: [
      () => msg('Most door frames and their trim are not built to hold a person. Use only a frame or bar you know is solid, and keep your toes on the floor to start.', { id: 'ex-door-frame-decompression-caution-frame' }),
      () => msg('Not for you if you are pregnant, have osteoporosis (thin, weak bones), have a shoulder problem, or have had back surgery in the last few months.', { id: 'ex-door-frame-decompression-caution-not-for' }),
      () => msg('If your grip cannot hold you, keep more of your weight on your toes.', { id: 'ex-door-frame-decompression-caution-grip' }),
    ],
  },
  stopRule: () =>
    msg('Stop if your hands, shoulders or back hurt sharply, and stand up before letting go.', { id: 'ex-door-frame-decompression-stop' }),
  easier: () => msg('Keep most of your weight on your toes and just lean back a little.', { id: 'ex-door-frame-decompression-easier' }),
  // The clinic article's harder versions (legs out in front, feet up on a box) bend the lower back
  // forward under load, which can press a bulging disc toward the nerve: left out (clinical-basis.md).
  harder: () =>
    msg('With a good grip, bend your knees a little more so your hands take more of your weight. Keep your toes on the floor.', {
      id: 'ex-door-frame-decompression-harder-knees',
    }),
  sources: [shelley2020, rosOsteoporosis, acogPregnancy],
  illustration,
};
