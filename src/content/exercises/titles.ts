/**
 * The catalogue as a list with titles (`window.SciaticaWidgets.exercises`). Each exercise's own
 * module carries its title too, under the same message id and with the same text, so a page with one
 * card loads one title, not all 22: the card never imports this module. lit-localize refuses to
 * extract an id whose text differs between the two places, and a test compares them.
 */
import { msg } from '@lit/localize';
import { catalogueEntries } from './index.js';
import type { ExerciseSummary } from './types.js';

const exerciseTitles: Readonly<Record<string, () => string>> = {
  'stick-roller-quads': () => msg('Stick roller on the front of the thigh', { id: 'ex-stick-roller-quads-title' }),
  'foam-roller-glutes': () => msg('Foam roller on the buttock', { id: 'ex-foam-roller-glutes-title' }),
  'lacrosse-ball-glutes': () => msg('Massage ball on the buttock', { id: 'ex-lacrosse-ball-glutes-title' }),
  'peanut-ball-glutes': () => msg('Peanut ball on the buttock', { id: 'ex-peanut-ball-glutes-title' }),
  'dead-bug': () => msg('Dead bug', { id: 'ex-dead-bug-title' }),
  'glute-bridge': () => msg('Glute bridge', { id: 'ex-glute-bridge-title' }),
  'clamshell': () => msg('Clamshell', { id: 'ex-clamshell-title' }),
  'plank': () => msg('Plank', { id: 'ex-plank-title' }),
  'side-plank': () => msg('Side plank', { id: 'ex-side-plank-title' }),
  'bird-dog': () => msg('Bird-dog', { id: 'ex-bird-dog-title' }),
  'pigeon-pose': () => msg('Pigeon pose', { id: 'ex-pigeon-pose-title' }),
  'hip-external-rotation': () => msg('Hip external rotation (FABER)', { id: 'ex-hip-external-rotation-title-faber' }),
  'hip-internal-rotation': () => msg('Hip turn-in stretch ("roadkill")', { id: 'ex-hip-internal-rotation-title' }),
  'door-frame-decompression': () => msg('Door-frame hang', { id: 'ex-door-frame-decompression-title' }),
  'hip-flexor-stretch': () => msg('Kneeling hip flexor stretch', { id: 'ex-hip-flexor-stretch-title' }),
  'seated-nerve-glide': () => msg('Seated nerve glide', { id: 'ex-seated-nerve-glide-title' }),
  'mckenzie-press-up': () => msg('McKenzie press-up', { id: 'ex-mckenzie-press-up-title' }),
  'knee-to-chest': () => msg('Knees to chest', { id: 'ex-knee-to-chest-title' }),
  'ninety-ninety-rest': () => msg('90-90 rest with legs on a chair', { id: 'ex-ninety-ninety-rest-title' }),
  'side-lying-pillow': () => msg('Side-lying with a pillow between the knees', { id: 'ex-side-lying-pillow-title' }),
  'back-lying-pillow': () => msg('Back-lying with a pillow under the knees', { id: 'ex-back-lying-pillow-title' }),
  'walking': () => msg('Short walks', { id: 'ex-walking-title' }),
};

/** What `window.SciaticaWidgets.exercises` lists: titles resolved now, in the current locale. */
export function exerciseSummaries(): ExerciseSummary[] {
  return catalogueEntries.map(({ id, category }) => ({ id, title: exerciseTitles[id]?.() ?? id, category }));
}
