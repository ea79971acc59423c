/**
 * The built-in exercise catalogue (docs/clinical-basis.md, "Exercise catalogue").
 *
 * This index holds only what a list of exercises needs (id, title, category) and how to load the
 * rest: each exercise's steps, cautions and picture live in their own module (`./<id>.js`, exporting
 * `exercise`) behind a dynamic import, so a page with one card downloads one exercise in the
 * split build. The one-file bundles inline those imports, so there they resolve at once.
 *
 * Order: by category (the clinic article's compression → reactivation → stretch, then the self-help
 * article's kinds) and, within a category, in the articles' order (clinic article first in activation, as that
 * is its sequence).
 */
import { msg } from '@lit/localize';
import type { Exercise, ExerciseBody, ExerciseCategory, ExerciseSummary } from './types.js';

interface CatalogueEntry {
  readonly id: string;
  readonly category: ExerciseCategory;
  readonly title: () => string;
  readonly load: () => Promise<{ exercise: ExerciseBody }>;
}

const catalogue: readonly CatalogueEntry[] = [
  { id: 'stick-roller-quads', category: 'release', title: () => msg('Stick roller on the front of the thigh', { id: 'ex-stick-roller-quads-title' }), load: () => import('./stick-roller-quads.js') },
  { id: 'foam-roller-glutes', category: 'release', title: () => msg('Foam roller on the buttock', { id: 'ex-foam-roller-glutes-title' }), load: () => import('./foam-roller-glutes.js') },
  { id: 'lacrosse-ball-glutes', category: 'release', title: () => msg('Massage ball on the buttock', { id: 'ex-lacrosse-ball-glutes-title' }), load: () => import('./lacrosse-ball-glutes.js') },
  { id: 'peanut-ball-glutes', category: 'release', title: () => msg('Peanut ball on the buttock', { id: 'ex-peanut-ball-glutes-title' }), load: () => import('./peanut-ball-glutes.js') },
  { id: 'dead-bug', category: 'activation', title: () => msg('Dead bug', { id: 'ex-dead-bug-title' }), load: () => import('./dead-bug.js') },
  { id: 'glute-bridge', category: 'activation', title: () => msg('Glute bridge', { id: 'ex-glute-bridge-title' }), load: () => import('./glute-bridge.js') },
  { id: 'clamshell', category: 'activation', title: () => msg('Clamshell', { id: 'ex-clamshell-title' }), load: () => import('./clamshell.js') },
  { id: 'plank', category: 'activation', title: () => msg('Plank', { id: 'ex-plank-title' }), load: () => import('./plank.js') },
  { id: 'side-plank', category: 'activation', title: () => msg('Side plank', { id: 'ex-side-plank-title' }), load: () => import('./side-plank.js') },
  { id: 'bird-dog', category: 'activation', title: () => msg('Bird-dog', { id: 'ex-bird-dog-title' }), load: () => import('./bird-dog.js') },
  { id: 'pigeon-pose', category: 'stretch', title: () => msg('Pigeon pose', { id: 'ex-pigeon-pose-title' }), load: () => import('./pigeon-pose.js') },
  { id: 'hip-external-rotation', category: 'stretch', title: () => msg('Hip external rotation (FABER)', { id: 'ex-hip-external-rotation-title-faber' }), load: () => import('./hip-external-rotation.js') },
  { id: 'hip-internal-rotation', category: 'stretch', title: () => msg('Hip turn-in stretch ("roadkill")', { id: 'ex-hip-internal-rotation-title' }), load: () => import('./hip-internal-rotation.js') },
  { id: 'door-frame-decompression', category: 'stretch', title: () => msg('Door-frame hang', { id: 'ex-door-frame-decompression-title' }), load: () => import('./door-frame-decompression.js') },
  { id: 'hip-flexor-stretch', category: 'stretch', title: () => msg('Kneeling hip flexor stretch', { id: 'ex-hip-flexor-stretch-title' }), load: () => import('./hip-flexor-stretch.js') },
  { id: 'seated-nerve-glide', category: 'nerve-glide', title: () => msg('Seated nerve glide', { id: 'ex-seated-nerve-glide-title' }), load: () => import('./seated-nerve-glide.js') },
  { id: 'mckenzie-press-up', category: 'directional', title: () => msg('McKenzie press-up', { id: 'ex-mckenzie-press-up-title' }), load: () => import('./mckenzie-press-up.js') },
  { id: 'knee-to-chest', category: 'directional', title: () => msg('Knees to chest', { id: 'ex-knee-to-chest-title' }), load: () => import('./knee-to-chest.js') },
  { id: 'ninety-ninety-rest', category: 'position', title: () => msg('90-90 rest with legs on a chair', { id: 'ex-ninety-ninety-rest-title' }), load: () => import('./ninety-ninety-rest.js') },
  { id: 'side-lying-pillow', category: 'position', title: () => msg('Side-lying with a pillow between the knees', { id: 'ex-side-lying-pillow-title' }), load: () => import('./side-lying-pillow.js') },
  { id: 'back-lying-pillow', category: 'position', title: () => msg('Back-lying with a pillow under the knees', { id: 'ex-back-lying-pillow-title' }), load: () => import('./back-lying-pillow.js') },
  { id: 'walking', category: 'activity', title: () => msg('Short walks', { id: 'ex-walking-title' }), load: () => import('./walking.js') },
];

/** Every catalogue id, in catalogue order. */
export const exerciseIds: readonly string[] = Object.freeze(catalogue.map((e) => e.id));

const entryById = new Map<string, CatalogueEntry>(catalogue.map((e) => [e.id, e]));
const loaded = new Map<string, Exercise>();
const loading = new Map<string, Promise<Exercise>>();

/** Whether `id` names a catalogue exercise (known without loading it). */
export function isExerciseId(id: string): boolean {
  return entryById.has(id);
}

/** The catalogue exercise with this id if it has been loaded already, else undefined. */
export function loadedExercise(id: string): Exercise | undefined {
  return loaded.get(id);
}

/**
 * Loads the catalogue exercise with this id (once; later calls share the result). Resolves to
 * undefined for an unknown id; rejects only when the split build cannot fetch the module.
 */
export function loadExercise(id: string): Promise<Exercise | undefined> {
  const entry = entryById.get(id);
  if (!entry) return Promise.resolve(undefined);
  const done = loaded.get(id);
  if (done) return Promise.resolve(done);
  let pending = loading.get(id);
  if (!pending) {
    pending = entry.load().then(
      ({ exercise }) => {
        const full: Exercise = Object.freeze({ id: entry.id, title: entry.title, category: entry.category, ...exercise });
        loaded.set(id, full);
        loading.delete(id);
        return full;
      },
      (error: unknown) => {
        // Forget the failure so a later attempt (say, back online) fetches again.
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/** What `window.SciaticaWidgets.exercises` lists: titles resolved now, in the current locale. */
export function exerciseSummaries(): ExerciseSummary[] {
  return catalogue.map((e) => ({ id: e.id, title: e.title(), category: e.category }));
}

/** A category's name in the current locale, for filters and headings. */
export function categoryName(category: ExerciseCategory): string {
  switch (category) {
    case 'release':
      return msg('Rolling and release', { id: 'ex-category-release' });
    case 'activation':
      return msg('Strength and control', { id: 'ex-category-activation' });
    case 'stretch':
      return msg('Stretches', { id: 'ex-category-stretch' });
    case 'nerve-glide':
      return msg('Nerve glides', { id: 'ex-category-nerve-glide' });
    case 'directional':
      return msg('Finding your direction', { id: 'ex-category-directional' });
    case 'position':
      return msg('Resting positions', { id: 'ex-category-position' });
    case 'activity':
      return msg('Everyday activity', { id: 'ex-category-activity' });
  }
}
