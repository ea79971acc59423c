/**
 * The built-in exercise catalogue (design/CLINICAL.md, "Exercise catalogue: what must be there").
 *
 * Each exercise lives in its own module (`./<id>.js`, exporting `exercise`), so a build can later
 * load only the exercises a page uses; this index gathers them all, in category order (the clinic
 * seed's compression → reactivation → stretch, then the self-help seed's kinds) and, within a
 * category, in the seeds' order (clinic seed first in activation, as that is its sequence).
 */
import { msg } from '@lit/localize';
import { text, type Exercise, type ExerciseCategory, type ExerciseSummary } from './types.js';

import { exercise as stickRollerQuads } from './stick-roller-quads.js';
import { exercise as foamRollerGlutes } from './foam-roller-glutes.js';
import { exercise as lacrosseBallGlutes } from './lacrosse-ball-glutes.js';
import { exercise as peanutBallGlutes } from './peanut-ball-glutes.js';
import { exercise as deadBug } from './dead-bug.js';
import { exercise as gluteBridge } from './glute-bridge.js';
import { exercise as clamshell } from './clamshell.js';
import { exercise as plank } from './plank.js';
import { exercise as sidePlank } from './side-plank.js';
import { exercise as birdDog } from './bird-dog.js';
import { exercise as pigeonPose } from './pigeon-pose.js';
import { exercise as hipExternalRotation } from './hip-external-rotation.js';
import { exercise as hipInternalRotation } from './hip-internal-rotation.js';
import { exercise as doorFrameDecompression } from './door-frame-decompression.js';
import { exercise as hipFlexorStretch } from './hip-flexor-stretch.js';
import { exercise as seatedNerveGlide } from './seated-nerve-glide.js';
import { exercise as mckenziePressUp } from './mckenzie-press-up.js';
import { exercise as kneeToChest } from './knee-to-chest.js';
import { exercise as ninetyNinetyRest } from './ninety-ninety-rest.js';
import { exercise as sideLyingPillow } from './side-lying-pillow.js';
import { exercise as backLyingPillow } from './back-lying-pillow.js';
import { exercise as walking } from './walking.js';

export const exerciseCatalogue: readonly Exercise[] = Object.freeze([
  // release (clinic seed: compression / self-myofascial release)
  stickRollerQuads,
  foamRollerGlutes,
  lacrosseBallGlutes,
  peanutBallGlutes,
  // activation (clinic seed: reactivation; then the self-help seed's core stability)
  deadBug,
  gluteBridge,
  clamshell,
  plank,
  sidePlank,
  birdDog,
  // stretch (clinic seed)
  pigeonPose,
  hipExternalRotation,
  hipInternalRotation,
  doorFrameDecompression,
  hipFlexorStretch,
  // nerve glide, directional, positions, activity (self-help seed)
  seatedNerveGlide,
  mckenziePressUp,
  kneeToChest,
  ninetyNinetyRest,
  sideLyingPillow,
  backLyingPillow,
  walking,
]);

/** Every catalogue id, in catalogue order. */
export const exerciseIds: readonly string[] = Object.freeze(exerciseCatalogue.map((e) => e.id));

const byId = new Map<string, Exercise>(exerciseCatalogue.map((e) => [e.id, e]));

/** The catalogue exercise with this id, or undefined. */
export function exerciseById(id: string): Exercise | undefined {
  return byId.get(id);
}

/** What `window.SciaticaWidgets.exercises` lists: titles resolved now, in the current locale. */
export function exerciseSummaries(): ExerciseSummary[] {
  return exerciseCatalogue.map((e) => ({ id: e.id, title: text(e.title), category: e.category }));
}

/** A category's name in the current locale, for filters and headings. */
export function categoryName(category: ExerciseCategory): string {
  switch (category) {
    case 'release':
      return msg('Rolling and release', { id: 'ex-category-release' });
    case 'activation':
      return msg('Strength and control', { id: 'ex-category-activation' });
    case 'stretch':
      return msg('Stretches', { id: 'ex-category-stretch' });
    case 'nerve-glide':
      return msg('Nerve glides', { id: 'ex-category-nerve-glide' });
    case 'directional':
      return msg('Finding your direction', { id: 'ex-category-directional' });
    case 'position':
      return msg('Resting positions', { id: 'ex-category-position' });
    case 'activity':
      return msg('Everyday activity', { id: 'ex-category-activity' });
  }
}
