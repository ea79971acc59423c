/**
 * The rule that turns red-flag answers into how urgently to get care.
 *
 * Pure: no DOM, no storage, no network, so it can be tested exhaustively and reused outside the
 * element (the FHIR export builds on it). The questions, their levels and the advice are content
 * (`content/red-flags.ts`); the rules are in docs/clinical-basis.md ("Red flags").
 */
import { redFlagItems, type UrgencyLevel } from '../content/red-flags.js';

export type { RedFlagGroup, RedFlagItem, RedFlagLevel, UrgencyAdvice, UrgencyLevel } from '../content/red-flags.js';
export { redFlagItems, urgencyAdvice } from '../content/red-flags.js';

/** The person's answers: item id → yes (`true`) / no (`false`); a missing id is unanswered. */
export type Answers = Readonly<Record<string, boolean | undefined>>;

/** The outcome once every question has an answer. */
export interface TriageResult {
  /** The most urgent level among the yes answers, or `self-care` if every answer is no. */
  level: UrgencyLevel;
  /** Ids of the items answered yes, in item-bank order. */
  flags: string[];
}

/** All levels, most urgent first. */
const urgencyOrder: readonly UrgencyLevel[] = Object.freeze(['emergency', 'urgent', 'soon', 'self-care']);

/**
 * Whichever of two levels is more urgent (ties return `a`). Exported for the direction finder's
 * safety step, which stops with the most urgent level among its own subset of the items.
 */
export function moreUrgent(a: UrgencyLevel, b: UrgencyLevel): UrgencyLevel {
  return urgencyOrder.indexOf(b) < urgencyOrder.indexOf(a) ? b : a;
}

// Only a real boolean counts as an answer: answers may come back from storage or a host's code,
// and a stray 'yes' string or null must read as "not answered", never as a silent "no".
function isYes(answers: Answers, id: string): boolean {
  return answers[id] === true;
}

function isAnswered(answers: Answers, id: string): boolean {
  const value = answers[id];
  return value === true || value === false;
}

/** Ids of the items that have no yes/no answer yet, in item-bank order (for a stepper, or "3 left"). */
export function unansweredIds(answers: Answers): string[] {
  return redFlagItems.filter((item) => !isAnswered(answers, item.id)).map((item) => item.id);
}

/** Ids of the items answered yes so far, in item-bank order. Ids not in the bank are ignored. */
function yesFlags(answers: Answers): string[] {
  return redFlagItems.filter((item) => isYes(answers, item.id)).map((item) => item.id);
}

/**
 * The outcome once every question is answered: the most urgent "yes" wins, and `self-care` only
 * when every answer is no. Returns `null` while any question is unanswered, because a missing
 * answer could still be a red flag. (An emergency does not wait for that: see `levelSoFar` and
 * `emergencyFlags`.)
 */
export function triage(answers: Answers): TriageResult | null {
  if (unansweredIds(answers).length > 0) return null;
  const flags = yesFlags(answers);
  return { level: levelOf(flags), flags };
}

/**
 * The most urgent level among the yes answers given so far, for live feedback before the person
 * has finished. `null` while there is no yes and some questions are still open (nothing can be
 * said yet); `self-care` once everything is answered no, so it always agrees with `triage()` when
 * the answers are complete.
 */
export function levelSoFar(answers: Answers): UrgencyLevel | null {
  const flags = yesFlags(answers);
  if (flags.length > 0) return levelOf(flags);
  return unansweredIds(answers).length === 0 ? 'self-care' : null;
}

/**
 * Ids of the emergency items answered yes so far. The element shows the emergency advice as soon
 * as this is non-empty, without waiting for the other answers (an emergency must never wait).
 */
export function emergencyFlags(answers: Answers): string[] {
  return redFlagItems.filter((item) => item.level === 'emergency' && isYes(answers, item.id)).map((item) => item.id);
}

function levelOf(flags: readonly string[]): UrgencyLevel {
  let level: UrgencyLevel = 'self-care';
  for (const id of flags) {
    const item = redFlagItems.find((candidate) => candidate.id === id);
    if (item) level = moreUrgent(level, item.level);
  }
  return level;
}

/** Everything the answers say at once, for an element that recomputes it once per change. */
export interface Assessment {
  /** `triage()`: the outcome once every question is answered, else `null`. */
  result: TriageResult | null;
  /** `levelSoFar()`. */
  level: UrgencyLevel | null;
  /** `emergencyFlags()`: the emergency items answered yes. */
  emergency: string[];
  /** `unansweredIds()`. */
  missing: string[];
}

/** `triage`, `levelSoFar`, `emergencyFlags` and `unansweredIds` of the same answers, together. */
export function assess(answers: Answers): Assessment {
  const missing = unansweredIds(answers);
  const flags = yesFlags(answers);
  const level = flags.length > 0 ? levelOf(flags) : missing.length === 0 ? 'self-care' : null;
  return {
    result: missing.length === 0 && level ? { level, flags } : null,
    level,
    emergency: emergencyFlags(answers),
    missing,
  };
}
