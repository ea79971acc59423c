/**
 * The red-flag questions and what to tell the person at each level of urgency: clinical content as
 * data (docs/clinical-basis.md, "Red flags"). The rule that turns answers into a level lives with the
 * checker (`red-flag-checker/triage.ts`); the direction finder asks some of these same questions.
 *
 * Every item names its published references in `sources`, so a clinician reviewing the library can
 * check each line. All text goes through `msg()` inside a function: `msg()` returns the text of the
 * locale that is active when it is called, so it must run at render time, not when this module loads.
 *
 * Item ids are a stable data format (answers, FHIR `linkId`s and `flags` carry them): an id keeps its
 * meaning for good. A question that changes what it asks gets a new id, and the old id is retired,
 * never reused; `redFlagQuestionnaireVersion` changes with the question set.
 */
import { msg } from '@lit/localize';
import { emergencyAction, emergencyTimeframe, emergencyTitle } from '../core/emergency.js';
import { saysPhysicalTherapist } from '../core/locale.js';
import {
  girftCaudaEquina,
  mayAina2012,
  donelson1990,
  nhsBackPain,
  nhsCaudaEquina,
  nhsSciatica,
  niceCksSciatica,
  niceNg59,
  sbnsBassCaudaEquina,
  shelley2020,
  type Reference,
} from './references.js';

/** How urgently to get care, most urgent first. `self-care` only when every answer is no. */
export type UrgencyLevel = 'emergency' | 'urgent' | 'soon' | 'self-care';

/** The levels a single red-flag item can carry (no item on its own means self-care). */
export type RedFlagLevel = Exclude<UrgencyLevel, 'self-care'>;

/** Short keys for grouping the questions in a list view. */
export type RedFlagGroup = 'bladder-bowel' | 'sensation' | 'strength' | 'pain-pattern' | 'general-health' | 'history' | 'progress';

/** One yes/no question of the red-flag checker. */
export interface RedFlagItem {
  /** Stable kebab-case id: the key in `Answers`, the FHIR `linkId`, and what `flags` lists. */
  readonly id: string;
  /** How urgent a "yes" to this question is. */
  readonly level: RedFlagLevel;
  /** Grouping key for a list view. */
  readonly group: RedFlagGroup;
  /** The question: one thing, asked directly, answerable yes or no, with its time frame where it needs one. */
  readonly question: () => string;
  /** Optional plain-words explanation of a term in the question, in the current locale. */
  readonly hint?: () => string;
  /** The published references the item rests on. */
  readonly sources: readonly Reference[];
}

/**
 * The version of the question set, as the FHIR `Questionnaire.version` (a response's `questionnaire`
 * is `<url>|<version>`), so a clinic's system can tell which questions a response answered.
 * - `0.1.0`: the first set (22 items), versioned with the library.
 * - `2.0.0`: adds `bladder-sensation`; asks `cancer-history` and `new-pain-age` as one thing each;
 *   retires `immune-risk` (it asked three things at once) in favour of `long-term-steroids`,
 *   `weakened-immune-system` and `injecting-drugs`.
 */
export const redFlagQuestionnaireVersion = '2.0.0';

/**
 * Every red-flag question, most urgent level first (emergency, then urgent, then soon), so that a
 * person who answers from the top is asked the questions that cannot wait before the others.
 *
 * Each question asks one thing. Rows that join several signs are split where they are different
 * experiences (leaking pee, not being able to start, not feeling the bladder fill), and a time frame
 * is said where the answer depends on it.
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
    sources: [nhsSciatica, nhsCaudaEquina, sbnsBassCaudaEquina],
  },
  {
    id: 'bladder-retention',
    level: 'emergency',
    group: 'bladder-bowel',
    question: () =>
      msg('Is it new for you that it is hard to start peeing, or that you cannot pee at all?', {
        id: 'rf-q-bladder-retention',
      }),
    sources: [nhsCaudaEquina, sbnsBassCaudaEquina],
  },
  {
    // An early sign of cauda equina syndrome on the BASS cue card, often before control is lost.
    id: 'bladder-sensation',
    level: 'emergency',
    group: 'bladder-bowel',
    question: () =>
      msg('Is it new for you that you cannot feel when your bladder is full or empty, or cannot feel pee passing?', {
        id: 'rf-q-bladder-sensation',
      }),
    hint: () =>
      msg('For example, you do not feel the need to pee until you are already leaking, or you cannot feel the pee coming out when you go.', {
        id: 'rf-hint-bladder-sensation',
      }),
    sources: [sbnsBassCaudaEquina, girftCaudaEquina, nhsCaudaEquina],
  },
  {
    id: 'bowel-control',
    level: 'emergency',
    group: 'bladder-bowel',
    question: () =>
      msg('Is it new for you that you cannot control when you poo, or that you do not feel when you need to poo?', {
        id: 'rf-q-bowel-control',
      }),
    sources: [nhsSciatica, nhsCaudaEquina, sbnsBassCaudaEquina],
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
    sources: [nhsSciatica, nhsCaudaEquina, sbnsBassCaudaEquina, niceCksSciatica],
  },
  {
    id: 'both-legs-pain',
    level: 'emergency',
    group: 'pain-pattern',
    question: () => msg('Do you have sciatica pain in both legs, not just one?', { id: 'rf-q-both-legs-pain' }),
    hint: () =>
      msg('Sciatica is pain, tingling or numbness that spreads from your lower back or bottom down your leg.', {
        id: 'rf-hint-both-legs-pain',
      }),
    sources: [nhsSciatica, sbnsBassCaudaEquina],
  },
  {
    id: 'both-legs-weakness',
    level: 'emergency',
    group: 'strength',
    question: () =>
      msg('Do both of your legs feel very weak, or are they getting weaker?', {
        id: 'rf-q-both-legs-weakness-one',
      }),
    sources: [nhsSciatica, sbnsBassCaudaEquina],
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
    sources: [sbnsBassCaudaEquina, nhsCaudaEquina],
  },
  {
    id: 'chest-pain',
    level: 'emergency',
    group: 'general-health',
    question: () => msg('Do you have chest pain as well as your back pain?', { id: 'rf-q-chest-pain' }),
    sources: [nhsBackPain],
  },
  {
    id: 'serious-accident',
    level: 'emergency',
    group: 'history',
    question: () =>
      msg('Did your back pain start after a serious accident, such as a car crash or a bad fall?', {
        id: 'rf-q-serious-accident',
      }),
    sources: [nhsBackPain],
  },

  // --- urgent: contact a doctor today ---
  {
    id: 'foot-drop',
    level: 'urgent',
    group: 'strength',
    question: () => msg('Do you have trouble lifting the front of your foot or your toes?', { id: 'rf-q-foot-drop' }),
    hint: () =>
      msg('This is called foot drop. When you walk, your foot may slap down on the floor, or your toes may catch on the ground.', {
        id: 'rf-hint-foot-drop',
      }),
    sources: [niceCksSciatica, nhsSciatica],
  },
  {
    id: 'one-leg-weakness',
    level: 'urgent',
    group: 'strength',
    question: () =>
      msg('Is one of your legs very weak, getting weaker, or giving way under you?', {
        id: 'rf-q-one-leg-weakness',
      }),
    sources: [niceCksSciatica, nhsSciatica],
  },
  {
    id: 'fever',
    level: 'urgent',
    group: 'general-health',
    question: () => msg('Do you have a fever, or do you feel hot and shivery?', { id: 'rf-q-fever' }),
    sources: [nhsBackPain, niceCksSciatica],
  },
  {
    id: 'weight-loss',
    level: 'urgent',
    group: 'general-health',
    question: () => msg('Have you lost weight without trying to?', { id: 'rf-q-weight-loss' }),
    sources: [nhsBackPain, niceCksSciatica],
  },
  {
    id: 'back-lump',
    level: 'urgent',
    group: 'general-health',
    question: () =>
      msg('Have you found a lump on your back, or has the shape of your back changed?', { id: 'rf-q-back-lump' }),
    sources: [nhsBackPain],
  },
  {
    id: 'night-pain',
    level: 'urgent',
    group: 'pain-pattern',
    question: () =>
      msg('Is your pain there all the time, without easing when you rest, or is it worse at night?', {
        id: 'rf-q-night-pain',
      }),
    sources: [nhsBackPain, niceCksSciatica],
  },
  {
    // Asked on its own: a person whose pain began months ago must not answer no because it is not
    // "new" (the whole checker is about the back or leg pain they have now).
    id: 'cancer-history',
    level: 'urgent',
    group: 'history',
    question: () => msg('Have you ever had cancer?', { id: 'rf-q-cancer-history-ever' }),
    hint: () =>
      msg('Answer yes even if the cancer was treated a long time ago, and even if this pain began some time ago.', {
        id: 'rf-hint-cancer-history-ever',
      }),
    sources: [niceCksSciatica, niceNg59],
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
    sources: [nhsSciatica, shelley2020],
  },
  {
    id: 'getting-worse',
    level: 'soon',
    group: 'progress',
    question: () =>
      msg('Is your pain getting worse, or stopping you from doing your normal daily activities?', {
        id: 'rf-q-getting-worse',
      }),
    sources: [nhsSciatica, shelley2020],
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
    sources: [mayAina2012, donelson1990],
  },
  {
    id: 'long-term-steroids',
    level: 'soon',
    group: 'general-health',
    question: () =>
      msg('Have you taken steroid tablets or injections for 3 months or more, now or in the past?', {
        id: 'rf-q-long-term-steroids',
      }),
    hint: () =>
      msg('For example, prednisolone for asthma or arthritis. A short course of a few days does not count.', {
        id: 'rf-hint-long-term-steroids',
      }),
    sources: [niceCksSciatica],
  },
  {
    id: 'weakened-immune-system',
    level: 'soon',
    group: 'general-health',
    question: () =>
      msg('Do you have a weakened immune system?', { id: 'rf-q-weakened-immune-system' }),
    hint: () =>
      msg('Your immune system fights germs. It can be weaker because of an illness such as HIV, or medicines such as chemotherapy or those taken after a transplant.', {
        id: 'rf-hint-weakened-immune-system',
      }),
    sources: [niceCksSciatica],
  },
  {
    id: 'injecting-drugs',
    level: 'soon',
    group: 'general-health',
    question: () => msg('Do you inject drugs, or have you injected drugs in the past year?', { id: 'rf-q-injecting-drugs' }),
    sources: [niceCksSciatica],
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
    sources: [niceCksSciatica],
  },
  {
    // The red flag is the age at which back pain first began, so that is the one thing asked.
    id: 'new-pain-age',
    level: 'soon',
    group: 'history',
    question: () =>
      msg('Were you under 20, or over 50, when you first ever had back pain?', {
        id: 'rf-q-new-pain-age-first',
      }),
    hint: () =>
      msg('Think of the very first time you had back pain, even if it has come and gone since.', {
        id: 'rf-hint-new-pain-age-first',
      }),
    sources: [niceCksSciatica],
  },
] satisfies RedFlagItem[]);

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
 * The advice for each level. None of it may say or imply that the person is fine or has (or has not)
 * any condition: the best outcome is "no warning signs reported", always with "this is not a
 * diagnosis", and the element adds the concrete safety net (core/emergency.ts) to it.
 */
export const urgencyAdvice: Readonly<Record<UrgencyLevel, UrgencyAdvice>> = Object.freeze({
  emergency: { title: emergencyTitle, action: emergencyAction, timeframe: emergencyTimeframe },
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
      saysPhysicalTherapist()
        ? msg('Book an appointment with a doctor or a physical therapist.', { id: 'rf-advice-soon-action' })
        : msg('Book an appointment with a doctor or a physiotherapist.', { id: 'rf-advice-soon-action-physio' }),
    timeframe: () => msg('In the next few days.', { id: 'rf-advice-soon-timeframe' }),
  },
  'self-care': {
    title: () => msg('No warning signs reported', { id: 'rf-advice-self-care-title' }),
    action: () =>
      msg('Self-care is a reasonable place to start. This is not a diagnosis.', {
        id: 'rf-advice-self-care-action',
      }),
    timeframe: () =>
      msg('If anything changes or gets worse, answer the questions again.', {
        id: 'rf-advice-self-care-timeframe-again',
      }),
  },
} satisfies Record<UrgencyLevel, UrgencyAdvice>);

/** The heading of a group of questions in the list view. */
export function groupName(group: RedFlagGroup): string {
  switch (group) {
    case 'bladder-bowel':
      return msg('Bladder and bowel', { id: 'rf-ui-group-bladder-bowel' });
    case 'sensation':
      return msg('Feeling and numbness', { id: 'rf-ui-group-sensation' });
    case 'strength':
      return msg('Strength in your legs and feet', { id: 'rf-ui-group-strength' });
    case 'pain-pattern':
      return msg('Your pain', { id: 'rf-ui-group-pain-pattern' });
    case 'general-health':
      return msg('Your general health', { id: 'rf-ui-group-general-health' });
    case 'history':
      return msg('Your history', { id: 'rf-ui-group-history' });
    case 'progress':
      return msg('How it is going', { id: 'rf-ui-group-progress' });
  }
}

/** The items grouped for the list view, groups in the order their first question appears. */
export function groupedItems(): { group: RedFlagGroup; items: RedFlagItem[] }[] {
  const groups: { group: RedFlagGroup; items: RedFlagItem[] }[] = [];
  for (const item of redFlagItems) {
    let entry = groups.find((g) => g.group === item.group);
    if (!entry) groups.push((entry = { group: item.group, items: [] }));
    entry.items.push(item);
  }
  return groups;
}

/**
 * Things that help now, from the guidance and the clinic article, shown with the self-care result.
 * Each is a plain suggestion, never a promise.
 */
export function selfCareTips(): string[] {
  return [
    msg('Keep moving: carry on with your normal activities as much as you can, and take short walks during the day.', {
      id: 'rf-tip-keep-moving',
    }),
    msg('In the first 2 or 3 days of a flare-up, a cold pack (wrapped in a towel) can ease the pain. After that, try warmth. Use whichever feels better.', {
      id: 'rf-tip-ice-heat',
    }),
    msg('Do not sit on a thick wallet or phone in your back pocket.', { id: 'rf-tip-wallet' }),
    msg('Sit in a firm chair with a small rolled towel or cushion behind your lower back, rather than in a deep, soft sofa.', {
      id: 'rf-tip-lumbar-roll',
    }),
    msg('Notice what makes it worse, such as long sitting, driving or mornings, and change those things where you can.', {
      id: 'rf-tip-notice-triggers',
    }),
  ];
}

/** References for the self-care tips. */
export const selfCareTipSources: readonly Reference[] = Object.freeze([nhsSciatica, niceNg59]);
