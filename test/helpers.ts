/** Shared test helpers. */
import { exerciseIds, loadExercise } from '../src/content/exercises/index.js';
import type { Exercise } from '../src/content/exercises/types.js';

/**
 * Records console.warn calls until `restore()`. Warnings still reach the console too, so a
 * failing test shows them.
 */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return {
    messages,
    restore() {
      console.warn = original;
    },
  };
}

/** Resolves with the next event of `type` on `target`. */
export function nextEvent<T extends Event>(target: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as T), { once: true }));
}

/** Every catalogue exercise, loaded (each lives behind its own dynamic import), in catalogue order. */
export async function loadCatalogue(): Promise<Exercise[]> {
  const all = await Promise.all(exerciseIds.map((id) => loadExercise(id)));
  return all.filter((e): e is Exercise => e !== undefined);
}
