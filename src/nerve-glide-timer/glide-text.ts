/**
 * What `<nerve-glide-timer>` says: the built-in cues, the phase names, the live-region
 * announcements, the short cues that `voice` speaks, and the counts (plural forms by core/counts.ts). Pure text (through `msg()`, at render time), so the element only chooses when to say
 * it; a host's own cue (a slot) replaces the built-in one (`cue` below is whichever applies).
 */
import { msg, str } from '@lit/localize';
import { minutesText, plural, secondsText } from '../core/counts.js';
import { formatNumber } from '../core/format.js';
import type { GlidePhase, GlideSegment } from './glide-schedule.js';

/** `side`: which leg the cue names; `none` (the default) says "your painful leg". */
export const glideSides = ['none', 'left', 'right'] as const;
export type GlideSide = (typeof glideSides)[number];

/** The built-in cue for a phase. With no side it names the painful leg, never just "your knee". */
export function builtInCue(phase: GlidePhase, side: GlideSide): string {
  if (phase === 'extension') {
    if (side === 'left') return msg('Straighten your left knee, pull your toes up toward you and look up.', { id: 'ng-cue-extension-left' });
    if (side === 'right') return msg('Straighten your right knee, pull your toes up toward you and look up.', { id: 'ng-cue-extension-right' });
    return msg('Straighten the knee of your painful leg, pull your toes up toward you and look up.', { id: 'ng-cue-extension-painful' });
  }
  if (phase === 'flexion') {
    if (side === 'left') return msg('Bend your left knee back down, point your toes away and tuck your chin down.', { id: 'ng-cue-flexion-left' });
    if (side === 'right') return msg('Bend your right knee back down, point your toes away and tuck your chin down.', { id: 'ng-cue-flexion-right' });
    return msg('Bend that knee back down, point your toes away and tuck your chin down.', { id: 'ng-cue-flexion-painful' });
  }
  return msg('Rest. Sit back and breathe.', { id: 'ng-cue-rest' });
}

/** The one-word name of a phase, shown above the cue. */
export function phaseName(phase: GlidePhase): string {
  if (phase === 'extension') return msg('Straighten', { id: 'ng-phase-extension' });
  if (phase === 'flexion') return msg('Bend', { id: 'ng-phase-flexion' });
  return msg('Rest', { id: 'ng-phase-rest' });
}

/**
 * The short cue of a segment, a few words a screen reader (or the speech synthesis of `voice`)
 * finishes well within one phase: "Straighten. Glide 3 of 10." (with the set at the first glide of
 * every set after the first), "Bend.", and for a rest "Set 1 done. Rest for 30 seconds."
 */
export function shortCue(segment: GlideSegment, session: { reps: number; sets: number }): string {
  if (segment.kind === 'rest') return restAnnouncement(segment);
  if (segment.kind === 'flexion') return msg('Bend.', { id: 'ng-short-flexion' });
  const { rep, set } = segment;
  const { reps, sets } = session;
  return sets > 1 && rep === 1
    ? msg(str`Straighten. Glide ${rep} of ${reps}, set ${set} of ${sets}.`, { id: 'ng-short-extension-sets' })
    : msg(str`Straighten. Glide ${rep} of ${reps}.`, { id: 'ng-short-extension' });
}

/**
 * What the live region says when a segment begins. The full cue (`cue`: the host's or the built-in
 * one, some twenty words) only when `full`: the element asks for it at the first extension and the
 * first flexion of a session, so the person hears once what to do. After that each phase gets its
 * short cue (`shortCue`): a phase lasts 2.5 s by default, and a screen reader reading twenty words
 * would still be on one phase when the next began.
 */
export function phaseAnnouncement(segment: GlideSegment, cue: string, session: { reps: number; sets: number }, full: boolean): string {
  if (segment.kind === 'rest' || !full) return shortCue(segment, session);
  if (segment.kind === 'flexion') return cue;
  const count =
    session.sets > 1
      ? msg(str`Glide ${segment.rep} of ${session.reps}, set ${segment.set} of ${session.sets}.`, { id: 'ng-announce-count-sets' })
      : msg(str`Glide ${segment.rep} of ${session.reps}.`, { id: 'ng-announce-count' });
  return `${count} ${cue}`;
}

/** "Set 1 done. Rest for 30 seconds." */
function restAnnouncement(segment: GlideSegment): string {
  const duration = secondsText(segment.durationMs / 1000);
  return msg(str`Set ${segment.set} done. Rest for ${duration}.`, { id: 'ng-announce-rest-for' });
}

/** A number of glides: "1 glide", "10 glides". */
export function glidesText(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    one: msg(str`${n} glide`, { id: 'ng-glides-one', desc: 'A number of nerve glides; plural form "one".' }),
    other: msg(str`${n} glides`, { id: 'ng-glides-other', desc: 'A number of nerve glides; plural form "other".' }),
  });
}

/** A number of sets: "1 set", "2 sets". */
export function setsText(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    one: msg(str`${n} set`, { id: 'ng-sets-one', desc: 'A number of sets of nerve glides; plural form "one".' }),
    other: msg(str`${n} sets`, { id: 'ng-sets-other', desc: 'A number of sets of nerve glides; plural form "other".' }),
  });
}

/** The set-up screen's dose: "10 glides, 2 sets, about 3 minutes in all." */
export function doseSummary(session: { reps: number; sets: number }, minutes: number): string {
  const glides = glidesText(session.reps);
  const duration = minutesText(minutes);
  if (session.sets > 1) {
    const sets = setsText(session.sets);
    return msg(str`${glides}, ${sets}, about ${duration} in all.`, { id: 'ng-dose-summary-sets' });
  }
  return msg(str`${glides}, about ${duration} in all.`, { id: 'ng-dose-summary' });
}

/** The completion screen's summary: "You did 10 glides." or "You did 10 glides in each of 2 sets." */
export function completeSummary(session: { reps: number; sets: number }): string {
  const glides = glidesText(session.reps);
  if (session.sets > 1) {
    const sets = setsText(session.sets);
    return msg(str`You did ${glides} in each of ${sets}.`, { id: 'ng-complete-summary-of-sets' });
  }
  return msg(str`You did ${glides}.`, { id: 'ng-complete-summary-glides' });
}
