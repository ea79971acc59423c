/**
 * What `<direction-finder>` tells the person at the end of the directional-preference test: the plan
 * for the direction found, or what to do when none was. Clinical content as data (design/CLINICAL.md,
 * "The directional-preference test", steps 6–8); the rule that reaches the result is
 * `direction-finder/protocol.ts`, and `directionPlan()` only chooses among these texts.
 *
 * Safety rules it keeps (CLINICAL.md, "Safety rules"): nothing diagnoses, a pattern is "a pattern to
 * mention"; every plan carries the concrete safety net (`core/emergency.ts`, the same sentence and
 * number as every other element); a movement that made the leg symptoms worse is never suggested again.
 * The profession is "physiotherapist" or "physical therapist" by region, one term per page
 * (`saysPhysicalTherapist()`).
 *
 * All text goes through `msg()` inside a function, so it is read in the language active when the
 * element renders, not when this module loads.
 */
import { msg } from '@lit/localize';
import type { TemplateResult } from 'lit';
import { renderSafetyNet } from '../core/emergency.js';
import { saysPhysicalTherapist } from '../core/locale.js';
import type { Direction, DirectionResult, DirectionRound, Movement } from '../direction-finder/protocol.js';
import { donelson1990, longDonelsonFung2004, mayAina2012, nhsSciatica, nhsSpinalStenosis, ostelo2008, type Reference } from './references.js';

/** Which part of the plan a section is, for the element's markup and for tests. */
export type PlanSectionId = 'how-often' | 'progress' | 'watch' | 'see-clinician' | 'pattern' | 'meanwhile';

/** One headed part of the plan. */
export interface PlanSection {
  readonly id: PlanSectionId;
  readonly heading: () => string;
  /** Paragraphs, in order. */
  readonly lines: readonly (() => string)[];
}

/** The plan for one result. Every text is a function returning it in the current language. */
export interface DirectionPlan {
  readonly direction: Direction;
  /** The plan's heading. */
  readonly title: () => string;
  /** What the answers showed, in plain words, never as a diagnosis. */
  readonly summary: readonly (() => string)[];
  readonly sections: readonly PlanSection[];
  /** Catalogue exercises that go with the plan (for an `<exercise-card>` beside it), in order. */
  readonly exerciseIds: readonly string[];
  /** The concrete safety net, naming the emergency number (or "your local emergency number" for `null`). */
  readonly safetyNet: (emergencyNumber: string | null) => TemplateResult;
  /** The published references the plan rests on. */
  readonly sources: readonly Reference[];
}

// --- shared parts ---

const notDiagnosis = () =>
  msg('This is a guide from a home test, not a diagnosis. Keep noticing how your leg responds, because what helps can change.', {
    id: 'df-plan-not-diagnosis',
  });

const howOftenHeading = () => msg('How often', { id: 'df-plan-how-often-heading' });
const progressHeading = () => msg('How to progress', { id: 'df-plan-progress-heading' });
const watchHeading = () => msg('What to watch for', { id: 'df-plan-watch-heading' });

const watchSpread = () =>
  msg('If your leg symptoms start to spread further down your leg, stop the exercise and take this test again.', {
    id: 'df-plan-watch-spread',
  });
const watchBackAche = () =>
  msg('Your back may ache more for a while. As long as your leg symptoms keep moving up or easing, that is expected.', {
    id: 'df-plan-watch-back-ache',
  });

const seeHeading = () =>
  saysPhysicalTherapist()
    ? msg('When to see a physical therapist', { id: 'df-plan-see-heading-pt' })
    : msg('When to see a physiotherapist', { id: 'df-plan-see-heading-physio' });

// CLINICAL.md step 7: not better in about two weeks; sooner if getting worse ("soon" in the red-flag
// table: the next few days).
const seeTwoWeeks = () =>
  saysPhysicalTherapist()
    ? msg('If you are not better in about two weeks, see a physical therapist. If you are getting worse, see one sooner, within the next few days.', {
        id: 'df-plan-see-two-weeks-pt',
      })
    : msg('If you are not better in about two weeks, see a physiotherapist. If you are getting worse, see one sooner, within the next few days.', {
        id: 'df-plan-see-two-weeks-physio',
      });

// --- a direction found (CLINICAL.md step 7) ---

const movementText: Readonly<
  Record<Movement, { title: () => string; centralized: () => string; eased: () => string; howOften: () => string; progress: () => string }>
> = {
  extension: {
    title: () => msg('Bending backward looks like your direction', { id: 'df-plan-extension-title' }),
    centralized: () =>
      msg('When you did the press-ups, your symptoms moved up toward your back. That is a good sign, even if your back aches more for a while.', {
        id: 'df-plan-extension-centralized',
      }),
    eased: () =>
      msg('When you did the press-ups, your leg symptoms eased. That is a good sign, even if your back aches more for a while.', {
        id: 'df-plan-extension-eased',
      }),
    howOften: () =>
      msg('Do about 10 press-ups every 2 hours, as long as they keep helping: your leg symptoms move up toward your back or ease.', {
        id: 'df-plan-extension-how-often',
      }),
    // CLINICAL.md step 7: press-ups progress from elbows to hands.
    progress: () =>
      msg('Start by propping yourself up on your elbows. When that feels fine, push up on your hands with your arms straight, keeping your hips on the floor.', {
        id: 'df-plan-extension-progress',
      }),
  },
  flexion: {
    title: () => msg('Bending forward looks like your direction', { id: 'df-plan-flexion-title' }),
    centralized: () =>
      msg('When you brought your knees to your chest, your symptoms moved up toward your back. That is a good sign, even if your back aches more for a while.', {
        id: 'df-plan-flexion-centralized',
      }),
    eased: () =>
      msg('When you brought your knees to your chest, your leg symptoms eased. That is a good sign, even if your back aches more for a while.', {
        id: 'df-plan-flexion-eased',
      }),
    howOften: () =>
      msg('Bring your knees to your chest about 10 times every 2 hours, as long as it keeps helping: your leg symptoms move up toward your back or ease.', {
        id: 'df-plan-flexion-how-often',
      }),
    // CLINICAL.md names no progression for flexion: going further only as comfort allows is the
    // catalogue's own knee-to-chest advice (pull gently), not a new exercise.
    progress: () =>
      msg('Pull gently with your hands. As it gets easier, let your knees come a little closer to your chest, but never force them.', {
        id: 'df-plan-flexion-progress',
      }),
  },
};

const avoidPressUps = () =>
  msg('Leave out the press-ups and other bending backward for now: they made your leg symptoms worse.', {
    id: 'df-plan-avoid-extension',
  });

const patternHeading = () => msg('A pattern to mention', { id: 'df-plan-pattern-heading' });

// CLINICAL.md step 8: a pattern to mention, never a diagnosis.
const patternStenosis = () =>
  saysPhysicalTherapist()
    ? msg('Your leg symptoms got worse when you bent backward and eased when you bent forward. That pattern fits narrowing of the spine (spinal stenosis), where bending forward usually suits better. This test cannot tell what is causing your symptoms, so mention the pattern to your physical therapist or doctor.', {
        id: 'df-plan-pattern-stenosis-pt',
      })
    : msg('Your leg symptoms got worse when you bent backward and eased when you bent forward. That pattern fits narrowing of the spine (spinal stenosis), where bending forward usually suits better. This test cannot tell what is causing your symptoms, so mention the pattern to your physiotherapist or doctor.', {
        id: 'df-plan-pattern-stenosis-physio',
      });

function hurt(round: DirectionRound): boolean {
  return round.response === 'peripheralized' || round.response === 'worsened';
}

function foundPlan(result: DirectionResult, movement: Movement): DirectionPlan {
  const text = movementText[movement];
  const deciding = result.rounds[result.rounds.length - 1];
  const extensionHurt = result.rounds.some((round) => round.movement === 'extension' && hurt(round));
  const sections: PlanSection[] = [
    { id: 'how-often', heading: howOftenHeading, lines: [text.howOften] },
    { id: 'progress', heading: progressHeading, lines: [text.progress] },
    { id: 'watch', heading: watchHeading, lines: extensionHurt ? [avoidPressUps, watchSpread, watchBackAche] : [watchSpread, watchBackAche] },
    { id: 'see-clinician', heading: seeHeading, lines: [seeTwoWeeks] },
  ];
  if (result.stenosisPattern) sections.push({ id: 'pattern', heading: patternHeading, lines: [patternStenosis] });
  return {
    direction: movement,
    title: text.title,
    summary: [deciding?.response === 'eased' ? text.eased : text.centralized, notDiagnosis],
    sections,
    exerciseIds: [movement === 'extension' ? 'mckenzie-press-up' : 'knee-to-chest'],
    safetyNet: renderSafetyNet,
    // Ostelo 2008: the 2-point change the protocol reads as eased or worsened (protocol.ts, readRound).
    sources: result.stenosisPattern
      ? [mayAina2012, longDonelsonFung2004, donelson1990, ostelo2008, nhsSciatica, nhsSpinalStenosis]
      : [mayAina2012, longDonelsonFung2004, donelson1990, ostelo2008, nhsSciatica],
  };
}

// --- no direction found (CLINICAL.md step 6) ---

const noneTitle = () => msg('No clear direction found', { id: 'df-plan-none-title' });

const noneBothWorse = () =>
  msg('Both movements made your leg symptoms worse. Do not repeat them for now.', { id: 'df-plan-none-both-worse' });
const noneExtensionWorse = () =>
  msg('Bending backward made your leg symptoms worse, and bending forward did not change them. Do not repeat the press-ups for now.', {
    id: 'df-plan-none-extension-worse',
  });
const noneFlexionWorse = () =>
  msg('Bending backward did not change your symptoms, and bending forward made your leg symptoms worse. Do not repeat bringing your knees to your chest for now.', {
    id: 'df-plan-none-flexion-worse',
  });
const noneNoChange = () => msg('Neither movement changed your symptoms.', { id: 'df-plan-none-no-change' });
// The test reads symptoms moving up out of the buttock or leg: from the back alone they cannot move
// up, and back pain easing is not what it reads (protocol.ts, readRound).
const noneBackOnly = () =>
  msg('This test reads how symptoms in your buttock or leg respond. Yours were in your back only, so it could not show a direction.', {
    id: 'df-plan-none-back-only',
  });
const noneNotEveryone = () =>
  msg('This home test does not find a direction for everyone, and it is not a diagnosis.', { id: 'df-plan-none-not-everyone' });

const noneSeeHeading = () =>
  saysPhysicalTherapist()
    ? msg('See a physical therapist', { id: 'df-plan-none-see-heading-pt' })
    : msg('See a physiotherapist', { id: 'df-plan-none-see-heading-physio' });

const noneSeeMcKenzie = () =>
  saysPhysicalTherapist()
    ? msg('A physical therapist can examine you and try more movements than this test can. One trained in the McKenzie method (Mechanical Diagnosis and Therapy) suits well, because this test comes from it.', {
        id: 'df-plan-none-see-mckenzie-pt',
      })
    : msg('A physiotherapist can examine you and try more movements than this test can. One trained in the McKenzie method (Mechanical Diagnosis and Therapy) suits well, because this test comes from it.', {
        id: 'df-plan-none-see-mckenzie-physio',
      });

// A movement that sent symptoms down the leg is "pain spreading further down the leg": the red-flag
// table's "soon", an appointment within the next few days.
const noneSeeSoon = () =>
  msg('Because a movement made your leg symptoms worse, book an appointment within the next few days.', {
    id: 'df-plan-none-see-soon',
  });
const noneSeeBook = () =>
  msg('Book an appointment. If your symptoms get worse or spread further down your leg before then, go sooner, within the next few days.', {
    id: 'df-plan-none-see-book',
  });

const meanwhileHeading = () => msg('In the meantime', { id: 'df-plan-meanwhile-heading' });
const meanwhileNinetyNinety = () =>
  msg('The 90-90 rest position may ease your symptoms: lie on your back with your lower legs resting on a chair seat, so your hips and knees are bent at right angles. Use it if it eases them, and get up slowly if it does not.', {
    id: 'df-plan-meanwhile-90-90',
  });
const meanwhileWalks = () =>
  msg('Keep moving with short walks: about 10 minutes at an easy pace, a few times a day. Take shorter steps during a flare-up.', {
    id: 'df-plan-meanwhile-walks',
  });

function nonePlan(result: DirectionResult): DirectionPlan {
  const extensionHurt = result.rounds.some((round) => round.movement === 'extension' && hurt(round));
  const flexionHurt = result.rounds.some((round) => round.movement === 'flexion' && hurt(round));
  const what = extensionHurt && flexionHurt ? noneBothWorse : extensionHurt ? noneExtensionWorse : flexionHurt ? noneFlexionWorse : noneNoChange;
  const backOnly = result.rounds[0]?.before.extent === 0;
  return {
    direction: 'none',
    title: noneTitle,
    summary: backOnly ? [what, noneBackOnly, noneNotEveryone] : [what, noneNotEveryone],
    sections: [
      { id: 'see-clinician', heading: noneSeeHeading, lines: [noneSeeMcKenzie, extensionHurt || flexionHurt ? noneSeeSoon : noneSeeBook] },
      { id: 'meanwhile', heading: meanwhileHeading, lines: [meanwhileNinetyNinety, meanwhileWalks] },
    ],
    exerciseIds: ['ninety-ninety-rest', 'walking'],
    safetyNet: renderSafetyNet,
    sources: [mayAina2012, longDonelsonFung2004, ostelo2008, nhsSciatica],
  };
}

/**
 * The plan for a result of the protocol: for a direction, how often, how to progress, what to watch
 * for, when to see a physiotherapist and, where the answers fit it, the stenosis pattern; for none,
 * see a physiotherapist (how soon depends on whether a movement made things worse) and what to do
 * meanwhile. Every plan has the safety net.
 */
export function directionPlan(result: DirectionResult): DirectionPlan {
  return result.direction === 'none' ? nonePlan(result) : foundPlan(result, result.direction);
}
