/**
 * Texts that many exercises share, written once so they read the same everywhere and are
 * translated once. Each is a function so `msg()` runs at render time, in the page's language.
 *
 * Where each fact comes from: docs/clinical-basis.md ("Exercise catalogue" and its cautions); every
 * exercise module names its own published references (`../references.ts`).
 *
 * Texts that name the profession come in two wordings, "physiotherapist" and "physical therapist"
 * (en-US, en-CA), picked by `saysPhysicalTherapist()` so that one page never mixes them.
 */
import { msg } from '@lit/localize';
import { saysPhysicalTherapist } from '../../core/locale.js';

// Equipment
export const equipmentMat = () => msg('A yoga mat or carpet', { id: 'ex-shared-equipment-mat' });
export const equipmentChair = () => msg('A firm chair', { id: 'ex-shared-equipment-chair' });
export const equipmentPillow = () => msg('A thick pillow', { id: 'ex-shared-equipment-pillow' });

// How often
export const frequencyOnceADay = () => msg('Once a day', { id: 'ex-shared-frequency-once-a-day' });
export const frequencyThreeTimesADay = () => msg('3 times a day', { id: 'ex-shared-frequency-3-a-day' });
export const frequencyFewTimesADay = () => msg('A few times a day', { id: 'ex-shared-frequency-few-a-day' });
/** The directional-preference plan (self-help article): about 10 every two hours while it helps. */
export const frequencyEveryTwoHours = () =>
  msg('Every 2 hours, as long as your leg pain keeps easing', { id: 'ex-shared-frequency-every-2-hours' });
/** The clinic article's sequence (Shelley 2020): compression first, then reactivation, then stretches. */
export const frequencyReleaseFirst = () =>
  msg('Once a day, first in your routine (before the strength moves and stretches)', { id: 'ex-shared-frequency-release' });
export const frequencyActivationSecond = () =>
  msg('Once a day, after the rolling and before the stretches', { id: 'ex-shared-frequency-activation' });
export const frequencyStretchLast = () =>
  msg('Once a day, at the end of your routine', { id: 'ex-shared-frequency-stretch' });
export const frequencyWhenResting = () => msg('Whenever you sleep or rest', { id: 'ex-shared-frequency-resting' });

// Steps
/** The directional-preference check (docs/clinical-basis.md, "Centralization"). */
export const stepDirectionCheck = () =>
  msg('Notice your leg. If the pain moves up out of your leg toward your back, this direction suits you: keep going.', {
    id: 'ex-shared-step-direction-check',
  });

// Cautions for everyone
export const cautionSlow = () => msg('Move slowly and keep breathing. Do not bounce.', { id: 'ex-shared-caution-slow' });
export const cautionReleaseOnMuscle = () =>
  msg('Press on muscle only, never on bone or a joint.', { id: 'ex-shared-caution-release-muscle' });
export const cautionNoCrunches = () =>
  msg('Crunches and sit-ups are not part of this plan: they bend the back and often make sciatica worse.', {
    id: 'ex-shared-caution-no-crunches',
  });
export const cautionAfterFlare = () =>
  msg('Best once a flare-up has calmed down, to keep your back strong.', { id: 'ex-shared-caution-after-flare' });
export const cautionKeepBackStill = () =>
  msg('Keep your lower back still. Your arms and legs do the moving.', { id: 'ex-shared-caution-back-still' });

export const cautionGetUpByRolling = () =>
  msg('To get up, roll onto your side first, then push up with your arms.', { id: 'ex-shared-caution-get-up' });

// Condition cautions (docs/clinical-basis.md)
/** Disc-related sciatica: flexion only if it does not send pain down the leg. */
export const cautionDiscFlexion = () =>
  msg('If a disc is the cause: only do this if it does not send pain down your leg. Bending forward can push a bulging disc toward the nerve.', {
    id: 'ex-shared-caution-disc-flexion',
  });
/** Disc-related sciatica: no forward-bend / toe-touch hamstring stretching. */
export const cautionDiscNoToeTouch = () =>
  msg('If a disc is the cause: do not bend forward or reach for your toes to stretch the back of your leg. It can press the disc onto the nerve.', {
    id: 'ex-shared-caution-disc-no-toe-touch',
  });
/** Spinal stenosis: extension may make it worse. */
export const cautionStenosisExtension = () =>
  msg('If narrowing of the spine (stenosis) is the cause: bending backward can make it worse. Stop if it does.', {
    id: 'ex-shared-caution-stenosis-extension',
  });
/** Piriformis-type pain: the compression and hip stretches are aimed at it (Smoll 2010: about 15 in 100 people). */
export const cautionPiriformisTarget = () =>
  msg('This is aimed at the piriformis, a small muscle deep in the buttock. In about 15 in 100 people the sciatic nerve runs through it, so a tight piriformis can squeeze the nerve.', {
    id: 'ex-shared-caution-piriformis-target',
  });

// Stop rules (the element always adds: stop if pain or tingling spreads further down the leg)
export const stopReleaseSharp = () =>
  msg('Ease off if the pressure feels sharp or burning instead of a deep ache.', { id: 'ex-shared-stop-release' });
export const stopStretchGentle = () =>
  msg('Stop if it hurts more than a gentle stretch.', { id: 'ex-shared-stop-stretch' });
export const stopCoreForm = () =>
  msg('End the set when you can no longer keep your back still.', { id: 'ex-shared-stop-core' });

export const stopChangePosition = () =>
  msg('If this position makes your pain worse, change position.', { id: 'ex-shared-stop-position' });

// Check first (pregnancy, osteoporosis, recent back surgery): wherever an exercise may not suit them.
export const cautionCheckFirst = () =>
  saysPhysicalTherapist()
    ? msg('If you are pregnant, have osteoporosis (thin, weak bones) or have had back surgery in the last few months, check with your physical therapist, midwife or doctor before you start. After surgery, follow the plan your surgeon or physical therapist gave you.', {
        id: 'ex-shared-caution-check-first-pt',
      })
    : msg('If you are pregnant, have osteoporosis (thin, weak bones) or have had back surgery in the last few months, check with your physiotherapist, midwife or doctor before you start. After surgery, follow the plan your surgeon or physiotherapist gave you.', {
        id: 'ex-shared-caution-check-first',
      });
/** Lying on the front suits pregnancy less as it goes on (press-up, pigeon). */
export const cautionPregnancyFront = () =>
  msg('If you are pregnant: lying on your front gets harder and less comfortable as your bump grows. Ask your midwife for a position that suits you.', {
    id: 'ex-shared-caution-pregnancy-front',
  });
/** Lying flat on the back for long periods suits pregnancy less as it goes on. */
export const cautionPregnancyBack = () =>
  msg('If you are pregnant: later in pregnancy, do not lie flat on your back for long. If you feel dizzy, sick or short of breath, roll onto your side.', {
    id: 'ex-shared-caution-pregnancy-back',
  });
/** Osteoporosis: no firm rolling pressure (the four release exercises). */
export const cautionOsteoporosisRolling = () =>
  msg('If you have osteoporosis, do not roll or press firmly over your bones: use gentle pressure on muscle only, or leave this one out.', {
    id: 'ex-shared-caution-osteoporosis-rolling',
  });
/** Osteoporosis: loaded or repeated forward bending of the back is not advised. */
export const cautionOsteoporosisBending = () =>
  msg('If you have osteoporosis, ask before you do this: bending your back forward again and again is not advised with thin bones.', {
    id: 'ex-shared-caution-osteoporosis-bending',
  });
/** Rolling and ball release: tingling or burning down the leg means pressure on the nerve. */
export const cautionMoveOffNerve = () =>
  msg('If a spot sends tingling, burning or electric pain down your leg, move off it at once: that is pressure on the nerve, not the muscle.', {
    id: 'ex-shared-caution-move-off-nerve',
  });
/** Plank and side plank: the knees-down version first. */
export const cautionKneesDownFirst = () =>
  msg('Start with the knees-down version (see "Easier version"). Move on to the full version only when you can hold that one easily.', {
    id: 'ex-shared-caution-knees-down-first',
  });
