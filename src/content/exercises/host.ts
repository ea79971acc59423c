/**
 * A host's own exercise is checked by validate.ts, which a page of catalogue cards never needs: it is
 * loaded on first use (its own chunk in the split build, there at once in the one-file bundles), so
 * the card's chunk stays small. Loaded once; a failed load is forgotten so a later try fetches again.
 */
import type * as Validate from './validate.js';

export type Validator = typeof Validate;

let validator: Validator | undefined;
let pending: Promise<Validator> | undefined;

/** The validator if it has been loaded already, else undefined. */
export function loadedValidator(): Validator | undefined {
  return validator;
}

/** Loads the validator (once; later calls share the result). */
export function loadValidator(): Promise<Validator> {
  pending ??= import('./validate.js').then(
    (module) => (validator = module),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
