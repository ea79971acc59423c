/**
 * Where `<exercise-card>`'s exercise comes from, as a Lit reactive controller: the `exercise`
 * property or attribute (a catalogue id, or a host's own exercise object), or a child
 * `<script type="application/json">`. It loads what is not there yet (a catalogue exercise's chunk,
 * the validator for a host's own exercise) and says what the card can show: an exercise, nothing yet
 * (loading, or not configured yet), or why not.
 *
 * The element asks `resolve(input)` when its input or `changed` says something moved, and waits for
 * `pending` in its `updateComplete`, so "updated" means "shows it".
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isExerciseId, loadExercise, loadedExercise } from '../content/exercises/index.js';
import { loadValidator, loadedValidator } from '../content/exercises/host.js';
import type { Exercise } from '../content/exercises/types.js';

/** What the host gave: a catalogue id (the attribute), or its own exercise object (the property). */
export type ExerciseInput = string | Exercise | Record<string, unknown> | null | undefined;

/** The codes of the card's error state that are about which exercise to show. */
export const exerciseFailureCodes = ['unknown-exercise', 'missing-exercise', 'invalid-exercise', 'load-failed'] as const;
export type ExerciseFailureCode = (typeof exerciseFailureCodes)[number];

export type ExerciseResolution =
  | { status: 'ready'; exercise: Exercise }
  /** Something is loading: show nothing for now. */
  | { status: 'waiting' }
  /** Nothing given yet: the element waits for the page to configure it (base `failWhenStillMissing`). */
  | { status: 'missing'; code: 'missing-exercise'; message: string }
  | { status: 'failed'; code: ExerciseFailureCode; message: string };

export class ExerciseSource implements ReactiveController {
  /** Changes whenever the child JSON, the parser or a load moves on, so the element knows to resolve again. */
  version = 0;

  private hostJson: string | null = null;
  private observer: MutationObserver | null = null;
  private loading: { key: string; done: Promise<unknown> } | null = null;
  private loadFailure: { key: string; message: string } | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readHostJson();
    if (typeof MutationObserver === 'function') {
      this.observer ??= new MutationObserver(() => this.readHostJson());
      this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['type'] });
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** The load under way, if any: the element's `updateComplete` waits for it (and for any load it leads to). */
  get loadingDone(): Promise<unknown> | null {
    return this.loading?.done ?? null;
  }

  /** What the card can show for this input now. */
  resolve(input: ExerciseInput): ExerciseResolution {
    const hostInput = input !== null && input !== undefined && typeof input !== 'string';
    if (hostInput || this.hostJson !== null) {
      // A host's own exercise: its validator is loaded on first use (catalogue cards never need it).
      const validator = loadedValidator();
      if (!validator) return this.load('validator', loadValidator, 'the exercise validator');
      const check = hostInput ? validator.validateExercise(input) : validator.parseExerciseJson(this.hostJson ?? '');
      return check.ok
        ? { status: 'ready', exercise: check.exercise }
        : { status: 'failed', code: 'invalid-exercise', message: `the exercise is not valid: field "${check.field}": ${check.message}.` };
    }
    if (typeof input === 'string' && input.trim() !== '') {
      const id = input.trim();
      const found = loadedExercise(id);
      if (found) return { status: 'ready', exercise: found };
      // Not loaded yet (the split build fetches each exercise on first use): nothing until it arrives.
      if (isExerciseId(id)) return this.load(id, () => loadExercise(id), `exercise "${id}"`);
      return {
        status: 'failed',
        code: 'unknown-exercise',
        message: `exercise="${id.length > 60 ? `${id.slice(0, 57)}…` : id}" is not in the catalogue. The ids are listed in window.SciaticaWidgets.exercises (or exerciseIds in the module build) and in the README.`,
      };
    }
    return {
      status: 'missing',
      code: 'missing-exercise',
      message:
        'no exercise to show: set exercise="…" to a catalogue id (listed in window.SciaticaWidgets.exercises and in the README), or supply your own with the exercise property or a child <script type="application/json">.',
    };
  }

  /** Whether the host has given anything to show yet (an id, an object, or a child JSON script). */
  hasInput(input: ExerciseInput): boolean {
    return this.hostJson !== null || (input !== null && input !== undefined && (typeof input !== 'string' || input.trim() !== ''));
  }

  /** Starts loading `key` (once), and says to wait for it, or that its last load failed. */
  private load(key: string, task: () => Promise<unknown>, what: string): ExerciseResolution {
    if (this.loadFailure?.key === key) return { status: 'failed', code: 'load-failed', message: this.loadFailure.message };
    if (this.loading?.key === key) return { status: 'waiting' };
    const done: Promise<void> = task().then(
      () => this.loaded(done, null),
      (error: unknown) =>
        this.loaded(done, {
          key,
          message: `${what} could not be loaded (${error instanceof Error ? error.message : String(error)}). Check that the chunks of the split build are served beside its entry file.`,
        }),
    );
    this.loading = { key, done };
    this.loadFailure = null;
    return { status: 'waiting' };
  }

  private loaded(done: Promise<unknown>, failure: { key: string; message: string } | null): void {
    // A load the element no longer waits for (its input changed meanwhile) says nothing.
    if (this.loading?.done !== done) return;
    this.loading = null;
    this.loadFailure = failure;
    this.changed();
  }

  private changed(): void {
    this.version += 1;
    this.host.requestUpdate();
  }

  private readHostJson(): void {
    const script = [...this.host.children].find(
      (child): child is HTMLScriptElement => child.localName === 'script' && (child.getAttribute('type') ?? '').trim().toLowerCase() === 'application/json',
    );
    const json = script ? script.textContent : null;
    if (json === this.hostJson) return;
    this.hostJson = json;
    this.changed();
  }
}
