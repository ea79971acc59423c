/**
 * The built-in exercise catalogue (docs/clinical-basis.md, "Exercise catalogue").
 *
 * This index holds only what a list of exercises needs (id and category; the titles are in
 * titles.ts, which only a list imports: the one-file bundle's window.SciaticaWidgets.exercises) and how to load the rest: each exercise's title, steps,
 * cautions and picture live in their own module (`./<id>.js`, exporting `exercise`) behind a dynamic
 * import, so a page with one card downloads one exercise, and one title, in the split build. The one-file bundles inline those imports, so there they resolve at once.
 *
 * Order: by category (the clinic article's compression → reactivation → stretch, then the self-help
 * article's kinds) and, within a category, in the articles' order (clinic article first in activation, as that
 * is its sequence).
 */
import { msg } from '@lit/localize';
import type { Exercise, ExerciseBody, ExerciseCategory } from './types.js';

interface CatalogueEntry {
  readonly id: string;
  readonly category: ExerciseCategory;
  readonly load: () => Promise<{ exercise: ExerciseBody }>;
}

const catalogue: readonly CatalogueEntry[] = [
  { id: 'stick-roller-quads', category: 'release', load: () => import('./stick-roller-quads.js') },
  { id: 'foam-roller-glutes', category: 'release', load: () => import('./foam-roller-glutes.js') },
  { id: 'lacrosse-ball-glutes', category: 'release', load: () => import('./lacrosse-ball-glutes.js') },
  { id: 'peanut-ball-glutes', category: 'release', load: () => import('./peanut-ball-glutes.js') },
  { id: 'dead-bug', category: 'activation', load: () => import('./dead-bug.js') },
  { id: 'glute-bridge', category: 'activation', load: () => import('./glute-bridge.js') },
  { id: 'clamshell', category: 'activation', load: () => import('./clamshell.js') },
  { id: 'plank', category: 'activation', load: () => import('./plank.js') },
  { id: 'side-plank', category: 'activation', load: () => import('./side-plank.js') },
  { id: 'bird-dog', category: 'activation', load: () => import('./bird-dog.js') },
  { id: 'pigeon-pose', category: 'stretch', load: () => import('./pigeon-pose.js') },
  { id: 'hip-external-rotation', category: 'stretch', load: () => import('./hip-external-rotation.js') },
  { id: 'hip-internal-rotation', category: 'stretch', load: () => import('./hip-internal-rotation.js') },
  { id: 'door-frame-decompression', category: 'stretch', load: () => import('./door-frame-decompression.js') },
  { id: 'hip-flexor-stretch', category: 'stretch', load: () => import('./hip-flexor-stretch.js') },
  { id: 'seated-nerve-glide', category: 'nerve-glide', load: () => import('./seated-nerve-glide.js') },
  { id: 'mckenzie-press-up', category: 'directional', load: () => import('./mckenzie-press-up.js') },
  { id: 'knee-to-chest', category: 'directional', load: () => import('./knee-to-chest.js') },
  { id: 'ninety-ninety-rest', category: 'position', load: () => import('./ninety-ninety-rest.js') },
  { id: 'side-lying-pillow', category: 'position', load: () => import('./side-lying-pillow.js') },
  { id: 'back-lying-pillow', category: 'position', load: () => import('./back-lying-pillow.js') },
  { id: 'walking', category: 'activity', load: () => import('./walking.js') },
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
        const full: Exercise = Object.freeze({ id: entry.id, category: entry.category, ...exercise });
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

/** Every catalogue exercise's id and category, in catalogue order (titles.ts adds the titles for a list). */
export const catalogueEntries: readonly { readonly id: string; readonly category: ExerciseCategory }[] = Object.freeze(
  catalogue.map(({ id, category }) => Object.freeze({ id, category })),
);

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
