/**
 * Checks an exercise record: every built-in one (a test runs this over the whole catalogue) and a
 * host's own (the `exercise` property, or a child `<script type="application/json">`). A bad record
 * names the first field that is wrong, so the card's error state can say exactly what to fix.
 * Pure: no DOM. Never throws.
 */
import {
  conditions,
  exerciseCategories,
  type Exercise,
  type ExerciseCategory,
  type ExerciseCautions,
  type ExerciseDose,
  type ExerciseIllustration,
  type LocalText,
  type Source,
} from './types.js';
import type { Reference } from '../references.js';
import { isRecord, own } from '../../core/records.js';

export type ExerciseCheck = { ok: true; exercise: Exercise } | { ok: false; field: string; message: string };

export interface ValidateOptions {
  /**
   * The catalogue's editorial rules on top of the shape: 3–6 steps, at least one source and an
   * illustration. A host's own exercise only has to be well formed.
   */
  catalogue?: boolean;
}

/** Longest accepted text: a step is a sentence or two, never a page. */
const MAX_TEXT = 600;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function localText(value: unknown, field: string): LocalText {
  if (typeof value === 'function') {
    let resolved: unknown;
    try {
      resolved = (value as () => unknown)();
    } catch {
      throw new FieldError(field, `${field} could not be read`);
    }
    if (typeof resolved !== 'string' || resolved.trim() === '') throw new FieldError(field, `${field} must give some text`);
    return value as () => string;
  }
  if (typeof value !== 'string' || value.trim() === '') throw new FieldError(field, `${field} must be a non-empty text`);
  if (value.length > MAX_TEXT) throw new FieldError(field, `${field} is longer than ${MAX_TEXT} characters`);
  return value.trim();
}

function optionalText(value: unknown, field: string): LocalText | undefined {
  return value === undefined ? undefined : localText(value, field);
}

function textList(value: unknown, field: string, min: number, max: number): LocalText[] {
  if (value === undefined && min === 0) return [];
  if (!Array.isArray(value)) throw new FieldError(field, `${field} must be a list`);
  if (value.length < min || value.length > max) {
    throw new FieldError(field, `${field} must have ${min === max ? min : `${min} to ${max}`} items (it has ${value.length})`);
  }
  return value.map((item, i) => localText(item, `${field}[${i}]`));
}

function optionalNumber(value: unknown, field: string, min: number, max: number, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
  if (!ok) throw new FieldError(field, `${field} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
  return value;
}

function dose(value: unknown): ExerciseDose {
  if (!isRecord(value)) throw new FieldError('dose', 'dose must be an object with at least a frequency');
  const result: ExerciseDose = { frequency: localText(own(value, 'frequency'), 'dose.frequency') };
  const sets = optionalNumber(own(value, 'sets'), 'dose.sets', 1, 20, true);
  const reps = optionalNumber(own(value, 'reps'), 'dose.reps', 1, 100, true);
  const holdSeconds = optionalNumber(own(value, 'holdSeconds'), 'dose.holdSeconds', 1, 600, false);
  const minutes = optionalNumber(own(value, 'minutes'), 'dose.minutes', 1, 240, false);
  if (sets !== undefined) result.sets = sets;
  if (reps !== undefined) result.reps = reps;
  if (holdSeconds !== undefined) result.holdSeconds = holdSeconds;
  if (minutes !== undefined) result.minutes = minutes;
  return result;
}

function cautions(value: unknown): ExerciseCautions {
  if (value === undefined) return { general: [] };
  if (!isRecord(value)) throw new FieldError('cautions', 'cautions must be an object');
  const result: ExerciseCautions = { general: textList(own(value, 'general'), 'cautions.general', 0, 12) };
  for (const condition of conditions) {
    const list = own(value, condition);
    if (list !== undefined) result[condition] = textList(list, `cautions.${condition}`, 0, 12);
  }
  return result;
}

function illustration(value: unknown): ExerciseIllustration {
  if (!isRecord(value) || typeof own(value, 'render') !== 'function') {
    throw new FieldError('illustration', 'illustration must have a render function and an alt text');
  }
  return { alt: localText(own(value, 'alt'), 'illustration.alt'), render: own(value, 'render') as ExerciseIllustration['render'] };
}

/**
 * A catalogue exercise cites published references (publisher, title, year: checked here, as a
 * clinician must be able to look each one up); a host's own exercise names its sources in words.
 */
function sourceList(value: unknown, catalogue: boolean): Source[] {
  if (!Array.isArray(value)) throw new FieldError('sources', 'sources must be a list naming where the content comes from');
  if (catalogue) {
    if (value.length === 0) throw new FieldError('sources', 'a catalogue exercise must name at least one source');
    if (!value.every(isReference)) throw new FieldError('sources', 'a catalogue exercise cites references with a publisher, a title and a year');
    return value;
  }
  if (value.some((s) => typeof s !== 'string' || s.trim() === '' || s.length > MAX_TEXT)) {
    throw new FieldError('sources', 'sources must be a list of texts naming where the content comes from');
  }
  return (value as string[]).map((s) => s.trim());
}

function isReference(value: unknown): value is Reference {
  if (!isRecord(value)) return false;
  const year = own(value, 'year');
  return (
    typeof own(value, 'publisher') === 'string' &&
    typeof own(value, 'title') === 'string' &&
    typeof year === 'number' &&
    Number.isInteger(year) &&
    year >= 1900 &&
    year <= 2100
  );
}

function check(input: unknown, catalogue: boolean): Exercise {
  if (!isRecord(input)) throw new FieldError('exercise', 'an exercise must be an object');
  const id = own(input, 'id');
  if (typeof id !== 'string' || !ID_PATTERN.test(id) || id.length > 64) {
    throw new FieldError('id', 'id must be kebab-case letters and digits, such as "my-bridge" (at most 64 characters)');
  }
  const category = own(input, 'category');
  if (!exerciseCategories.includes(category as ExerciseCategory)) {
    throw new FieldError('category', `category must be one of ${exerciseCategories.join(', ')}`);
  }
  const exercise: Exercise = {
    id,
    title: localText(own(input, 'title'), 'title'),
    category: category as ExerciseCategory,
    aim: localText(own(input, 'aim'), 'aim'),
    steps: catalogue ? textList(own(input, 'steps'), 'steps', 3, 6) : textList(own(input, 'steps'), 'steps', 1, 12),
    dose: dose(own(input, 'dose')),
    equipment: textList(own(input, 'equipment'), 'equipment', 0, 8),
    cautions: cautions(own(input, 'cautions')),
    sources: [],
  };
  const oneSided = own(input, 'oneSided');
  if (oneSided !== undefined && typeof oneSided !== 'boolean') throw new FieldError('oneSided', 'oneSided must be true or false');
  if (oneSided) exercise.oneSided = true;
  for (const key of ['stopRule', 'easier', 'harder'] as const) {
    const value = optionalText(own(input, key), key);
    if (value !== undefined) exercise[key] = value;
  }
  const sources = own(input, 'sources');
  if (sources !== undefined || catalogue) {
    exercise.sources = sourceList(sources, catalogue);
  }
  const picture = own(input, 'illustration');
  if (picture !== undefined) exercise.illustration = illustration(picture);
  else if (catalogue) throw new FieldError('illustration', 'a catalogue exercise must have an illustration');
  return exercise;
}

/** Validates and normalizes an exercise record (unknown fields are dropped). */
export function validateExercise(input: unknown, options: ValidateOptions = {}): ExerciseCheck {
  try {
    return { ok: true, exercise: check(input, options.catalogue ?? false) };
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, field: error.field, message: error.message };
    return { ok: false, field: 'exercise', message: `the exercise could not be read (${String(error)})` };
  }
}

/** Parses a host's JSON (from a child script element) and validates it. */
export function parseExerciseJson(json: string): ExerciseCheck {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, field: 'exercise', message: 'the exercise JSON could not be parsed' };
  }
  return validateExercise(data);
}
