/**
 * What `<nerve-glide-timer>` says: the built-in cues, the phase names and the live-region
 * announcements. Pure text (through `msg()`, at render time), so the element only chooses when to say
 * it; a host's own cue (a slot) replaces the built-in one (`cue` below is whichever applies).
 */
import { msg, str } from '@lit/localize';
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
 * What the live region says when a segment begins: the count when a glide begins, then the cue
 * (`cue`: the host's or the built-in one), so each phase change is one short sentence.
 */
export function phaseAnnouncement(segment: GlideSegment, cue: string, session: { reps: number; sets: number }): string {
  if (segment.kind === 'rest') {
    const seconds = Math.round(segment.durationMs / 1000);
    return msg(str`Set ${segment.set} done. Rest for ${seconds} seconds.`, { id: 'ng-announce-rest' });
  }
  const count =
    session.sets > 1
      ? msg(str`Glide ${segment.rep} of ${session.reps}, set ${segment.set} of ${session.sets}.`, { id: 'ng-announce-count-sets' })
      : msg(str`Glide ${segment.rep} of ${session.reps}.`, { id: 'ng-announce-count' });
  return segment.kind === 'extension' ? `${count} ${cue}` : cue;
}
