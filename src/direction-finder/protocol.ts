/**
 * The directional-preference test (design/CLINICAL.md, "The directional-preference test") as a pure
 * state machine: the person's answers go in, the next step and, at the end, the result come out.
 *
 * Pure: no DOM, no storage, no events, no text. `<direction-finder>` keeps the current
 * `ProtocolState`, renders its `step`, passes each answer to `answer()`, and fires API.md's events by
 * comparing the new state with the old one (`step` changed → `direction-step`; `stop` appeared or
 * grew → `direction-emergency`; `result` appeared → `direction-result`). `reset()` is `startProtocol()`.
 * A rejected answer leaves the state as it was and says why in `problem` (English, for the one
 * console warning the element gives through `core/warn.ts`); nothing here throws.
 *
 * The steps, in API.md's names:
 * 1. `safety`: the emergency and urgent signs, from the red-flag item bank (`safetyItemIds`). Any yes
 *    stops the test at once with `stop = { flags, level }`; every one answered no moves on.
 * 2. `before`: how far down the symptoms reach now and how strong they are (`SymptomReading`).
 * 3. `extension`: about 10 press-ups, then `after-extension`: the same two questions. Read against
 *    the reading the movement started from (`readRound`): centralized or eased → the direction is
 *    extension; peripheralized or worsened → stop extension at once and go to flexion; unchanged →
 *    another round, at most `maxRoundsPerMovement`, then flexion.
 * 4. `flexion` (knees to chest) and `after-flexion`, read the same way: centralized or eased → the
 *    direction is flexion; peripheralized or worsened, or unchanged after the last round → none.
 * 5. `result`: `{ direction, rounds, stenosisPattern }`.
 *
 * During a movement the person can stop at once because the symptoms are spreading down the leg
 * (`{ step: 'extension', spreading: true }`): the next step still asks where the symptoms reach, so
 * the round has its `after`, but the round counts as peripheralized whatever that reading says. A
 * spread the person felt during the movement is what the stop rule is about; symptoms that settle
 * back a minute later do not make the movement safe to repeat.
 */
import { redFlagItems, type RedFlagItem } from '../content/red-flags.js';
import { describeValue } from '../core/attributes.js';
import { isRecord, own } from '../core/records.js';
import { isIntensity } from '../pain-map/centralization.js';
import { isExtentRank, type ExtentRank } from '../pain-map/regions.js';
import { moreUrgent } from '../red-flag-checker/triage.js';

/** Where the person is in the test (API.md, `direction-step`). */
export type DirectionStep = 'safety' | 'before' | 'extension' | 'after-extension' | 'flexion' | 'after-flexion' | 'result';

/** The two movements tested: extension (bending backward, the press-up) and flexion (knees to chest). */
export type Movement = 'extension' | 'flexion';

/** The outcome: the movement that helped, or `none` when neither did (API.md, `direction-result`). */
export type Direction = Movement | 'none';

/**
 * One answer to "where do the symptoms reach now, and how strong are they?".
 * - `extent`: the furthest point, as the pain map ranks it (`pain-map/regions.ts`): back only 0,
 *   buttock 1, thigh 2, knee or calf 3, foot 4.
 * - `intensity`: 0–10, a whole number, for the symptoms **at that furthest point** (the element asks
 *   it that way). With the extent in the leg that is the strength of the leg symptoms, which is what
 *   "the leg symptoms eased" in CLINICAL.md step 4 is about.
 */
export interface SymptomReading {
  readonly extent: ExtentRank;
  readonly intensity: number;
}

/**
 * How the symptoms responded to one round, compared with where they were when that movement began:
 * - `centralized`: the furthest point moved up toward the back (extent down), whatever the intensity
 *   did: a back that aches more while the leg clears is still centralizing (CLINICAL.md);
 * - `eased`: same furthest point, in the leg, and clearly weaker there;
 * - `unchanged`: neither;
 * - `worsened`: same furthest point, in the leg, and clearly stronger there;
 * - `peripheralized`: the furthest point moved down the leg (extent up), or the person stopped the
 *   movement because the symptoms were spreading.
 * See `readRound` for the thresholds and why.
 */
export type RoundResponse = 'centralized' | 'eased' | 'unchanged' | 'worsened' | 'peripheralized';

/**
 * One round of about 10 repetitions. `movement`, `before` and `after` are API.md's; `response` and
 * `spreading` say how the round was read, so a host or clinician can check the reading.
 */
export interface DirectionRound {
  readonly movement: Movement;
  /** The reading just before this round (the `before` answer, or the previous round's `after`). */
  readonly before: SymptomReading;
  readonly after: SymptomReading;
  readonly response: RoundResponse;
  /** Whether the person stopped partway because the symptoms were spreading down the leg. */
  readonly spreading: boolean;
}

/** How the test ended (API.md, `direction-result`, plus `stenosisPattern`). */
export interface DirectionResult {
  readonly direction: Direction;
  /** Every round done, in order. */
  readonly rounds: readonly DirectionRound[];
  /**
   * Extension made the leg symptoms worse (peripheralized or worsened) and flexion then helped: the
   * pattern CLINICAL.md step 8 says fits narrowing (stenosis). A pattern to mention in the plan,
   * never a diagnosis.
   */
  readonly stenosisPattern: boolean;
}

/** The levels a safety answer can stop the test with (every safety item is one of these). */
export type SafetyLevel = 'emergency' | 'urgent';

/** Why the test stopped at the safety step (API.md, `direction-emergency`). */
export interface SafetyStop {
  /** Ids of the safety items answered yes, in item-bank order. */
  readonly flags: readonly string[];
  /** The most urgent level among them. */
  readonly level: SafetyLevel;
}

/** The round being done or about to be done. */
export interface RoundInProgress {
  readonly movement: Movement;
  /** 1-based round of this movement, at most `maxRoundsPerMovement`. */
  readonly round: number;
  /** The reading just before this round. */
  readonly before: SymptomReading;
  /** The reading this movement started from: each round is read against it (see `readRound`). */
  readonly start: SymptomReading;
  /** Set when the person stopped the movement because the symptoms were spreading. */
  readonly spreading: boolean;
}

/** Everything the test knows so far. Frozen; `answer()` returns a new one. */
export interface ProtocolState {
  readonly step: DirectionStep;
  /** The safety answers given so far: item id → yes (`true`) / no (`false`). */
  readonly safetyAnswers: Readonly<Record<string, boolean>>;
  /** Set once a safety answer is yes: the test has stopped for good (until it is started again). */
  readonly stop: SafetyStop | null;
  /** The rounds finished so far. */
  readonly rounds: readonly DirectionRound[];
  /** The round in progress from the `before` answer until the result; `null` otherwise. */
  readonly current: RoundInProgress | null;
  /** Set at the `result` step. */
  readonly result: DirectionResult | null;
}

/**
 * An answer to the current step. `step` names the step it answers, so an answer that arrives late
 * (a double tap, a stale handler) is rejected instead of being taken for the next step's.
 * - `safety`: some or all of the safety answers (item id → yes/no); they add to those given before.
 * - `before`, `after-extension`, `after-flexion`: the reading.
 * - `extension`, `flexion`: the round is done; `spreading: true` when the person stopped it because
 *   the symptoms were spreading down the leg.
 */
export type ProtocolAnswer =
  | { readonly step: 'safety'; readonly answers: Readonly<Record<string, boolean | undefined>> }
  | { readonly step: 'before' | 'after-extension' | 'after-flexion'; readonly reading: SymptomReading }
  | { readonly step: Movement; readonly spreading?: boolean };

/** What `answer()` returns: the new state, or the unchanged state and why the answer was refused. */
export type ProtocolUpdate =
  | { readonly ok: true; readonly state: ProtocolState }
  | { readonly ok: false; readonly state: ProtocolState; readonly problem: string };

/**
 * Rounds of one movement at most, when the symptoms do not change: CLINICAL.md step 4 ("one more
 * round of 10, at most three"). Flexion gets the same number, because step 5 says to read it "the
 * same way", and a person whose symptoms did not change with extension deserves as fair a try of
 * the other direction.
 */
export const maxRoundsPerMovement = 3;

/**
 * The first rank that is in the leg (thigh). The pain map draws the same line for "both legs"
 * (rank 2 or more). Buttock and hip (1) are not "leg symptoms" in CLINICAL.md step 4's sense.
 */
export const legRank: ExtentRank = 2;

/**
 * How many points on the 0–10 scale count as a real change in strength: 2, the minimal important
 * change for pain scores in low back pain agreed by Ostelo et al. (Spine 2008;33(1):90-94;
 * `ostelo2008` in content/references.ts, docs/clinical-basis.md). A change
 * of one point is within what the same person reports twice a few minutes apart, so it must not decide
 * a direction (or stop one).
 */
export const meaningfulIntensityChange = 2;

/**
 * The red-flag items asked at the safety step, by id (CLINICAL.md step 1: bladder, bowel, saddle, both
 * legs, severe or worsening weakness, foot drop), in item-bank order: the emergency signs first, so a
 * person answering from the top meets the ones that cannot wait before the urgent ones.
 */
export const safetyItemIds = Object.freeze([
  'bladder-control',
  'bladder-retention',
  'bladder-sensation',
  'bowel-control',
  'saddle-numbness',
  'both-legs-pain',
  'both-legs-weakness',
  'foot-drop',
  'one-leg-weakness',
] as const);

const safetyIdSet: ReadonlySet<string> = new Set(safetyItemIds);

/**
 * The safety questions, taken from the red-flag item bank (question, hint, level and sources come
 * from there), in bank order. The unit tests fail if any of `safetyItemIds` is missing from the bank.
 */
export const safetyItems: readonly RedFlagItem[] = Object.freeze(redFlagItems.filter((item) => safetyIdSet.has(item.id)));

// --- building states ---

const emptyAnswers: Readonly<Record<string, boolean>> = Object.freeze({});
const noRounds: readonly DirectionRound[] = Object.freeze([]);

function state(fields: Partial<ProtocolState> & Pick<ProtocolState, 'step'>, from?: ProtocolState): ProtocolState {
  return Object.freeze({
    safetyAnswers: emptyAnswers,
    stop: null,
    rounds: noRounds,
    current: null,
    result: null,
    ...from,
    ...fields,
  });
}

/** A new test at the `safety` step, with nothing answered. What the element's `reset()` goes back to. */
export function startProtocol(): ProtocolState {
  return state({ step: 'safety' });
}

// --- reading rounds ---

/**
 * How the symptoms responded: `after` compared with `start`, the reading the movement began from.
 * `spreading` (the person stopped because the symptoms spread) always reads as `peripheralized`.
 *
 * The furthest point decides first: down the leg → `peripheralized`, up toward the back →
 * `centralized`, whatever the intensity did (CLINICAL.md: intensity never overrules the direction).
 *
 * With the furthest point unchanged, CLINICAL.md step 4 still counts "the leg symptoms eased" as a
 * sign for the direction. This reads it as: the furthest point is in the leg (`legRank` or more, so
 * the intensity is the leg symptoms' strength, see `SymptomReading`) and it is at least
 * `meaningfulIntensityChange` lower than at the start → `eased`. The mirror image, clearly stronger
 * leg symptoms at the same point, is `worsened` and stops the movement like a spread: the press-up's
 * own stop rule is "if your leg pain gets worse, stop and try the other direction". Back or buttock
 * pain that changes while nothing reaches the leg is `unchanged`: a back that aches more is expected
 * and must not stop the test, and back pain easing is not what this test reads.
 *
 * Each round is read against the movement's start, not the round before, so a slow change (6, 5, 4
 * over three rounds) is seen once it adds up to a real one.
 */
export function readRound(start: SymptomReading, after: SymptomReading, spreading = false): RoundResponse {
  if (spreading || after.extent > start.extent) return 'peripheralized';
  if (after.extent < start.extent) return 'centralized';
  if (start.extent >= legRank) {
    if (after.intensity <= start.intensity - meaningfulIntensityChange) return 'eased';
    if (after.intensity >= start.intensity + meaningfulIntensityChange) return 'worsened';
  }
  return 'unchanged';
}

/** Whether a response means the movement helps (keep doing it) or hurts (stop it now). */
function helps(response: RoundResponse): boolean {
  return response === 'centralized' || response === 'eased';
}

function hurts(response: RoundResponse): boolean {
  return response === 'peripheralized' || response === 'worsened';
}

// --- validating answers (from a DOM event handler, a host's code or storage: anything can arrive) ---

/** Whether `x` is a valid reading: a whole-number extent 0–4 and a whole-number intensity 0–10. */
export function isSymptomReading(x: unknown): x is SymptomReading {
  try {
    return isRecord(x) && isExtentRank(own(x, 'extent')) && isIntensity(own(x, 'intensity'));
  } catch {
    return false;
  }
}

type Parsed<T> = { value: T } | { problem: string };

function parseReading(value: unknown): Parsed<SymptomReading> {
  if (!isRecord(value)) return { problem: `a reading should be {extent, intensity}, got ${describeValue(value)}` };
  const extent = own(value, 'extent');
  const intensity = own(value, 'intensity');
  if (!isExtentRank(extent)) return { problem: `extent ${describeValue(extent)} is not a whole number from 0 (back only) to 4 (foot)` };
  if (!isIntensity(intensity)) return { problem: `intensity ${describeValue(intensity)} is not a whole number from 0 to 10` };
  // A copy, so the caller's object cannot change the state later; `+ 0` turns -0 into 0.
  return { value: Object.freeze({ extent: (extent + 0) as ExtentRank, intensity: intensity + 0 }) };
}

function parseSafetyAnswers(value: unknown): Parsed<Record<string, boolean>> {
  if (!isRecord(value)) return { problem: `safety answers should be an object of item id → true/false, got ${describeValue(value)}` };
  const answers: Record<string, boolean> = {};
  for (const key of Object.keys(value)) {
    if (!safetyIdSet.has(key)) return { problem: `${describeValue(key)} is not one of the safety questions (${safetyItemIds.join(', ')})` };
    const given = value[key];
    // `undefined` is "not answered yet"; anything but a real boolean is refused rather than guessed,
    // since a stray "yes" string read as no would hide a red flag.
    if (given === undefined) continue;
    if (typeof given !== 'boolean') return { problem: `the answer to ${describeValue(key)} should be true or false, got ${describeValue(given)}` };
    answers[key] = given;
  }
  return { value: answers };
}

// --- the transitions ---

function refuse(from: ProtocolState, problem: string): ProtocolUpdate {
  return { ok: false, state: from, problem };
}

function accept(next: ProtocolState): ProtocolUpdate {
  return { ok: true, state: next };
}

function answerSafety(from: ProtocolState, given: Record<string, boolean>): ProtocolUpdate {
  const answers: Record<string, boolean> = { ...from.safetyAnswers, ...given };
  // Once the test has stopped, a yes stands: a sign once reported is not argued away by changing the
  // answer (a mistaken tap is undone with reset()). More answers may still add flags or raise the level.
  for (const id of from.stop?.flags ?? []) answers[id] = true;
  const flagged = safetyItems.filter((item) => answers[item.id] === true);
  if (flagged.length > 0) {
    let level: SafetyLevel = 'urgent';
    for (const item of flagged) level = moreUrgent(level, item.level) as SafetyLevel;
    const stop: SafetyStop = Object.freeze({ flags: Object.freeze(flagged.map((item) => item.id)), level });
    return accept(state({ step: 'safety', safetyAnswers: Object.freeze(answers), stop }, from));
  }
  const complete = safetyItems.every((item) => answers[item.id] === false);
  return accept(state({ step: complete ? 'before' : 'safety', safetyAnswers: Object.freeze(answers) }, from));
}

function firstRound(movement: Movement, reading: SymptomReading): RoundInProgress {
  return Object.freeze({ movement, round: 1, before: reading, start: reading, spreading: false });
}

function finish(from: ProtocolState, rounds: readonly DirectionRound[], direction: Direction): ProtocolState {
  // CLINICAL.md step 8: worse bending backward, better bending forward.
  const stenosisPattern = direction === 'flexion' && rounds.some((round) => round.movement === 'extension' && hurts(round.response));
  const result: DirectionResult = Object.freeze({ direction, rounds, stenosisPattern });
  return state({ step: 'result', rounds, current: null, result }, from);
}

function answerAfter(from: ProtocolState, current: RoundInProgress, after: SymptomReading): ProtocolUpdate {
  const response = readRound(current.start, after, current.spreading);
  const round: DirectionRound = Object.freeze({
    movement: current.movement,
    before: current.before,
    after,
    response,
    spreading: current.spreading,
  });
  const rounds = Object.freeze([...from.rounds, round]);
  if (helps(response)) return accept(finish(from, rounds, current.movement));
  const again = response === 'unchanged' && current.round < maxRoundsPerMovement;
  if (again) {
    const next: RoundInProgress = Object.freeze({ ...current, round: current.round + 1, before: after, spreading: false });
    return accept(state({ step: current.movement, rounds, current: next }, from));
  }
  // Made worse (stop it at once), or unchanged after the last round: extension hands over to
  // flexion; flexion was the last direction to try.
  if (current.movement === 'extension') {
    return accept(state({ step: 'flexion', rounds, current: firstRound('flexion', after) }, from));
  }
  return accept(finish(from, rounds, 'none'));
}

function transition(from: ProtocolState, input: unknown): ProtocolUpdate {
  if (!isRecord(input)) return refuse(from, `an answer should be an object such as {step: "before", reading: {…}}, got ${describeValue(input)}`);
  const step = own(input, 'step');
  if (from.stop) {
    // Stopped for safety: only more safety answers (which can only add flags) are taken.
    if (step !== 'safety') return refuse(from, `the test has stopped for safety (${from.stop.flags.join(', ')}); start again with reset()`);
  } else if (step !== from.step) {
    return refuse(from, `the answer is for step ${describeValue(step)}, but the current step is "${from.step}"`);
  }
  const current = from.current;
  switch (from.step) {
    case 'safety': {
      const parsed = parseSafetyAnswers(own(input, 'answers'));
      return 'problem' in parsed ? refuse(from, parsed.problem) : answerSafety(from, parsed.value);
    }
    case 'before': {
      const parsed = parseReading(own(input, 'reading'));
      if ('problem' in parsed) return refuse(from, parsed.problem);
      return accept(state({ step: 'extension', current: firstRound('extension', parsed.value) }, from));
    }
    case 'extension':
    case 'flexion': {
      const spreading = own(input, 'spreading') ?? false;
      if (typeof spreading !== 'boolean') return refuse(from, `"spreading" should be true or false, got ${describeValue(spreading)}`);
      if (!current) return refuse(from, 'there is no round in progress');
      const after: DirectionStep = from.step === 'extension' ? 'after-extension' : 'after-flexion';
      return accept(state({ step: after, current: Object.freeze({ ...current, spreading }) }, from));
    }
    case 'after-extension':
    case 'after-flexion': {
      const parsed = parseReading(own(input, 'reading'));
      if ('problem' in parsed) return refuse(from, parsed.problem);
      if (!current) return refuse(from, 'there is no round in progress');
      return answerAfter(from, current, parsed.value);
    }
    case 'result':
      return refuse(from, 'the test is over; start again with reset()');
  }
}

/**
 * Takes one answer and returns the next state, or refuses it and returns the same state with the
 * reason. Refused: an answer that is not for the current step, a reading outside 0–4 / 0–10 or not a
 * whole number (NaN, "3", 2.5), a safety answer that is not true/false or not a safety question, any
 * answer once the test has ended, and anything but safety answers once it has stopped for safety.
 * Never throws, whatever it is given (a hostile getter or proxy is refused too).
 */
export function answer(from: ProtocolState, input: ProtocolAnswer): ProtocolUpdate {
  try {
    return transition(from, input);
  } catch {
    return refuse(from, 'the answer could not be read (reading it threw an error)');
  }
}
