/**
 * The red-flag questions and the rule that turns answers into how urgently to get care.
 *
 * Pure: no DOM, no storage, no network, so it can be tested exhaustively and reused outside the
 * element (the FHIR export builds on it). The clinical facts come from `design/CLINICAL.md`
 * ("Red flags and how urgent each is"); every item names where it comes from in `sources`, so a
 * clinician reviewing the library can check each line.
 *
 * All text goes through `msg()` inside a function: `msg()` returns the text of the locale that is
 * active when it is called, so it must run at render time, not when this module loads.
 */
import { msg, str } from '@lit/localize';

/** How urgently to get care, most urgent first. `self-care` only when every answer is no. */
export type UrgencyLevel = 'emergency' | 'urgent' | 'soon' | 'self-care';

/** The levels a single red-flag item can carry (no item on its own means self-care). */
export type RedFlagLevel = Exclude<UrgencyLevel, 'self-care'>;

/** Short keys for grouping the questions in a list view. */
export type RedFlagGroup =
  | 'bladder-bowel'
  | 'sensation'
  | 'strength'
  | 'pain-pattern'
  | 'general-health'
  | 'history'
  | 'progress';

/** One yes/no question of the red-flag checker. */
export interface RedFlagItem {
  /** Stable kebab-case id: the key in `Answers`, the FHIR `linkId`, and what `flags` lists. */
  readonly id: string;
  /** How urgent a "yes" to this question is. */
  readonly level: RedFlagLevel;
  /** Grouping key for a list view. */
  readonly group: RedFlagGroup;
  /** The question, asked directly and answerable yes or no, in the current locale. */
  readonly question: () => string;
  /** Optional plain-words explanation of a term in the question, in the current locale. */
  readonly hint?: () => string;
  /** Short citations of where the item comes from (see CLINICAL.md "Where these come from"). */
  readonly sources: readonly string[];
}

/** The person's answers: item id → yes (`true`) / no (`false`); a missing id is unanswered. */
export type Answers = Readonly<Record<string, boolean | undefined>>;

/** The outcome once every question has an answer. */
export interface TriageResult {
  /** The most urgent level among the yes answers, or `self-care` if every answer is no. */
  level: UrgencyLevel;
  /** Ids of the items answered yes, in item-bank order. */
  flags: string[];
}

// Citation labels, kept in one place so the same source is always named the same way.
const SELF_HELP_SEED = 'Self-help seed article';
const CLINIC_SEED = 'Clinic seed article';
const NHS_SCIATICA_999 = 'NHS: Sciatica (999/A&E list)';
const NHS_SCIATICA_GP = 'NHS: Sciatica (GP list)';
const NHS_BACK_999 = 'NHS: Back pain (999/A&E list)';
const NHS_BACK_URGENT = 'NHS: Back pain (urgent GP/111 list)';
const BASS = 'BASS 2018 cauda equina cue card (NHS Cornwall)';
const LOTHIAN = 'NHS Lothian RefHelp';
const NICE_CKS = 'NICE CKS: Interpreting red flags';

/**
 * Every red-flag question, most urgent level first (emergency, then urgent, then soon), so that a
 * person who answers from the top is asked the questions that cannot wait before the others.
 *
 * Combined rows of CLINICAL.md are split only where they are really two different experiences:
 * leaking pee and not being able to start peeing feel nothing alike, and "not better after two
 * weeks" would wrongly tell someone getting worse on day three to answer no.
 */
export const redFlagItems: readonly RedFlagItem[] = Object.freeze([
  // --- emergency: call the emergency number or go to an emergency department now ---
  {
    id: 'bladder-control',
    level: 'emergency',
    group: 'bladder-bowel',
    question: () =>
      msg('Is it new for you that you cannot control when you pee, or that pee leaks out?', {
        id: 'rf-q-bladder-control',
      }),
    sources: [SELF_HELP_SEED, NHS_SCIATICA_999, BASS],
  },
  {
    id: 'bladder-retention',
    level: 'emergency',
    group: 'bladder-bowel',
    question: () =>
      msg('Is it new for you that it is hard to start peeing, or that you cannot pee at all?', {
        id: 'rf-q-bladder-retention',
      }),
    sources: [NHS_SCIATICA_999, BASS],
  },
  {
    id: 'bowel-control',
    level: 'emergency',
    group: 'bladder-bowel',
    question: () =>
      msg('Is it new for you that you cannot control when you poo, or that you do not feel when you need to poo?', {
        id: 'rf-q-bowel-control',
      }),
    sources: [SELF_HELP_SEED, NHS_SCIATICA_999, BASS],
  },
  {
    id: 'saddle-numbness',
    level: 'emergency',
    group: 'sensation',
    question: () =>
      msg('Do you have numbness or tingling between your legs, on your genitals, or around your bottom?', {
        id: 'rf-q-saddle-numbness',
      }),
    // People rarely mention this unless asked, which is why the question names the body parts.
    hint: () =>
      msg(
        'This is the "saddle" area: the parts that would touch a saddle when you sit on a horse or bike. That means between your legs, your genitals, around your anus (where poo comes out) and the inner sides of your buttocks. You might notice it as a strange feeling when you wipe with toilet paper.',
        { id: 'rf-hint-saddle-numbness' },
      ),
    sources: [SELF_HELP_SEED, NHS_SCIATICA_999, BASS, NICE_CKS],
  },
  {
    id: 'both-legs-pain',
    level: 'emergency',
    group: 'pain-pattern',
    question: () =>
      msg('Do you have sciatica pain in both legs, not just one?', { id: 'rf-q-both-legs-pain' }),
    hint: () =>
      msg('Sciatica is pain, tingling or numbness that spreads from your lower back or bottom down your leg.', {
        id: 'rf-hint-both-legs-pain',
      }),
    sources: [NHS_SCIATICA_999, BASS],
  },
  {
    id: 'both-legs-weakness',
    level: 'emergency',
    group: 'strength',
    question: () =>
      msg('Are both of your legs weak, and is the weakness bad or getting worse?', {
        id: 'rf-q-both-legs-weakness',
      }),
    sources: [NHS_SCIATICA_999, BASS],
  },
  {
    id: 'sexual-function',
    level: 'emergency',
    group: 'sensation',
    question: () =>
      msg('Have you had new problems with sex, such as less feeling in your genitals?', {
        id: 'rf-q-sexual-function',
      }),
    hint: () =>
      msg('For example, less feeling during sex, or new trouble getting or keeping an erection.', {
        id: 'rf-hint-sexual-function',
      }),
    sources: [BASS],
  },
  {
    id: 'chest-pain',
    level: 'emergency',
    group: 'general-health',
    question: () => msg('Do you have chest pain as well as your back pain?', { id: 'rf-q-chest-pain' }),
    sources: [NHS_BACK_999],
  },
  {
    id: 'serious-accident',
    level: 'emergency',
    group: 'history',
    question: () =>
      msg('Did your back pain start after a serious accident, such as a car crash or a bad fall?', {
        id: 'rf-q-serious-accident',
      }),
    sources: [NHS_BACK_999],
  },

  // --- urgent: contact a doctor today ---
  {
    id: 'foot-drop',
    level: 'urgent',
    group: 'strength',
    question: () =>
      msg('Do you have trouble lifting the front of your foot or your toes?', { id: 'rf-q-foot-drop' }),
    hint: () =>
      msg('This is called foot drop. When you walk, your foot may slap down on the floor, or your toes may catch on the ground.', {
        id: 'rf-hint-foot-drop',
      }),
    sources: [SELF_HELP_SEED, LOTHIAN],
  },
  {
    id: 'one-leg-weakness',
    level: 'urgent',
    group: 'strength',
    question: () =>
      msg('Is one of your legs very weak, getting weaker, or giving way under you?', {
        id: 'rf-q-one-leg-weakness',
      }),
    sources: [SELF_HELP_SEED],
  },
  {
    id: 'fever',
    level: 'urgent',
    group: 'general-health',
    question: () => msg('Do you have a fever, or do you feel hot and shivery?', { id: 'rf-q-fever' }),
    sources: [NHS_BACK_URGENT, NICE_CKS],
  },
  {
    id: 'weight-loss',
    level: 'urgent',
    group: 'general-health',
    question: () => msg('Have you lost weight without trying to?', { id: 'rf-q-weight-loss' }),
    sources: [NHS_BACK_URGENT, NICE_CKS],
  },
  {
    id: 'back-lump',
    level: 'urgent',
    group: 'general-health',
    question: () =>
      msg('Have you found a lump on your back, or has the shape of your back changed?', { id: 'rf-q-back-lump' }),
    sources: [NHS_BACK_URGENT],
  },
  {
    id: 'night-pain',
    level: 'urgent',
    group: 'pain-pattern',
    question: () =>
      msg('Is your pain there all the time, without easing when you rest, or is it worse at night?', {
        id: 'rf-q-night-pain',
      }),
    sources: [NHS_BACK_URGENT, NICE_CKS],
  },
  {
    id: 'cancer-history',
    level: 'urgent',
    group: 'history',
    question: () =>
      msg('Have you ever had cancer, and is this back or leg pain new?', { id: 'rf-q-cancer-history' }),
    hint: () =>
      msg('Answer yes even if the cancer was treated a long time ago.', { id: 'rf-hint-cancer-history' }),
    sources: [LOTHIAN, NICE_CKS],
  },

  // --- soon: book an appointment in the next few days ---
  {
    id: 'not-better-two-weeks',
    level: 'soon',
    group: 'progress',
    question: () =>
      msg('Have you tried self-care for about two weeks without getting better?', {
        id: 'rf-q-not-better-two-weeks',
      }),
    sources: [SELF_HELP_SEED, CLINIC_SEED, NHS_SCIATICA_GP],
  },
  {
    id: 'getting-worse',
    level: 'soon',
    group: 'progress',
    question: () =>
      msg('Is your pain getting worse, or stopping you from doing your normal daily activities?', {
        id: 'rf-q-getting-worse',
      }),
    sources: [SELF_HELP_SEED, CLINIC_SEED, NHS_SCIATICA_GP],
  },
  {
    id: 'spreading-down-leg',
    level: 'soon',
    group: 'pain-pattern',
    question: () =>
      msg('Is the pain or tingling spreading further down your leg, even though you are doing self-care?', {
        id: 'rf-q-spreading-down-leg',
      }),
    hint: () =>
      msg('For example, pain that used to stop at your thigh now reaches your calf or foot.', {
        id: 'rf-hint-spreading-down-leg',
      }),
    sources: [SELF_HELP_SEED],
  },
  {
    id: 'immune-risk',
    level: 'soon',
    group: 'general-health',
    question: () =>
      msg('Have you taken steroid medicine for a long time, do you have a weak immune system, or do you inject drugs?', {
        id: 'rf-q-immune-risk',
      }),
    hint: () =>
      msg('A long time means months, not a short course. Your immune system fights germs; some illnesses and medicines make it weaker.', {
        id: 'rf-hint-immune-risk',
      }),
    // CLINICAL.md lists this row without naming its source; these are NICE CKS's infection and
    // fracture red flags.
    sources: [NICE_CKS],
  },
  {
    id: 'osteoporosis',
    level: 'soon',
    group: 'general-health',
    question: () => msg('Do you have osteoporosis?', { id: 'rf-q-osteoporosis' }),
    hint: () =>
      msg('Osteoporosis means your bones are thin and weak, so they break more easily.', {
        id: 'rf-hint-osteoporosis',
      }),
    sources: [NICE_CKS],
  },
  {
    id: 'new-pain-age',
    level: 'soon',
    group: 'history',
    question: () =>
      msg('Is this back pain new for you, and did it start before you were 20 or after you turned 50?', {
        id: 'rf-q-new-pain-age',
      }),
    sources: [NICE_CKS],
  },
] satisfies RedFlagItem[]);

/** All levels, most urgent first. */
export const urgencyOrder: readonly UrgencyLevel[] = Object.freeze(['emergency', 'urgent', 'soon', 'self-care']);

/** Whichever of two levels is more urgent (ties return `a`). */
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
export function yesFlags(answers: Answers): string[] {
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

/** What to tell the person for one level; every field returns text in the current locale. */
export interface UrgencyAdvice {
  /** A short heading. */
  readonly title: () => string;
  /**
   * What to do. Takes the emergency number to name (e.g. `'999'`), or `null` when it is not known,
   * in which case the text says "your local emergency number". Only the emergency advice uses it.
   */
  readonly action: (emergencyNumber: string | null) => string;
  /** How soon to do it. */
  readonly timeframe: () => string;
}

/**
 * The advice for each level, following CLINICAL.md's table in meaning. None of it may say or imply
 * that the person is fine or has (or has not) any condition: the best outcome is "no warning signs
 * reported", always with "this is not a diagnosis".
 */
export const urgencyAdvice: Readonly<Record<UrgencyLevel, UrgencyAdvice>> = Object.freeze({
  emergency: {
    title: () => msg('Get emergency help now', { id: 'rf-advice-emergency-title' }),
    action: (emergencyNumber: string | null) =>
      emergencyNumber
        ? msg(str`Call ${emergencyNumber} or go to the nearest emergency department now.`, {
            id: 'rf-advice-emergency-action',
          })
        : msg('Call your local emergency number or go to the nearest emergency department now.', {
            id: 'rf-advice-emergency-action-no-number',
          }),
    timeframe: () => msg('Now. Do not wait to see if it gets better.', { id: 'rf-advice-emergency-timeframe' }),
  },
  urgent: {
    title: () => msg('Contact a doctor today', { id: 'rf-advice-urgent-title' }),
    action: () =>
      msg('Contact a doctor and ask to be seen today. If you cannot get a same-day appointment, go to an urgent care service.', {
        id: 'rf-advice-urgent-action',
      }),
    timeframe: () => msg('Today.', { id: 'rf-advice-urgent-timeframe' }),
  },
  soon: {
    title: () => msg('Book an appointment', { id: 'rf-advice-soon-title' }),
    action: () =>
      msg('Book an appointment with a doctor or a physical therapist.', { id: 'rf-advice-soon-action' }),
    timeframe: () => msg('In the next few days.', { id: 'rf-advice-soon-timeframe' }),
  },
  'self-care': {
    title: () => msg('No warning signs reported', { id: 'rf-advice-self-care-title' }),
    action: () =>
      msg('Self-care is a reasonable place to start. This is not a diagnosis.', {
        id: 'rf-advice-self-care-action',
      }),
    timeframe: () =>
      msg('If anything changes or gets worse, answer the questions again or get help.', {
        id: 'rf-advice-self-care-timeframe',
      }),
  },
} satisfies Record<UrgencyLevel, UrgencyAdvice>);

// The 27 EU member states (ISO 3166-1 alpha-2; Greece is GR here, not the EU's own "EL"). 112 works
// in every one of them.
const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

const EMERGENCY_NUMBERS: ReadonlyMap<string, string> = new Map<string, string>([
  ['US', '911'],
  ['CA', '911'],
  ['GB', '999'],
  // "UK" is not an ISO code, but people write `en-UK`; it means the same place.
  ['UK', '999'],
  ['AU', '000'],
  ['NZ', '111'],
  // Mexico moved to 911 as its single national number in 2017.
  ['MX', '911'],
  // Argentina: 107 is the medical emergency (ambulance) number nationwide; 911 is police and only
  // covers some provinces.
  ['AR', '107'],
  // Colombia: 123, the national emergency line.
  ['CO', '123'],
  // Chile: 131, the ambulance (SAMU); 133 is police.
  ['CL', '131'],
  ...EU_MEMBER_STATES.map((code): [string, string] => [code, '112']),
]);

/**
 * The emergency phone number for a region (ISO 3166-1 alpha-2, any case, e.g. from `regionOf()`),
 * or `null` when the library does not know it. Callers then say "your local emergency number"
 * rather than guess: a wrong number in an emergency is worse than none.
 */
export function emergencyNumberFor(region: string | null): string | null {
  if (typeof region !== 'string') return null;
  return EMERGENCY_NUMBERS.get(region.trim().toUpperCase()) ?? null;
}
