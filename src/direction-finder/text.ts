/**
 * The words `<direction-finder>` uses for its own data: the levels of "how far down it reaches", the
 * two movements, the directions and how a round read. Functions, so each reads the language active
 * when the element renders.
 */
import { msg, str } from '@lit/localize';
import { formatNumber } from '../core/format.js';
import type { ExtentRank } from '../pain-map/regions.js';
import type { Movement, RoundResponse, SymptomReading } from './protocol.js';

/** The levels, from the back down to the foot (the pain map's extent ranks). */
export const extentLevels: readonly ExtentRank[] = Object.freeze([0, 1, 2, 3, 4] as const);

/** The name of a level, as the person chooses it ("Thigh"). */
export function extentName(extent: ExtentRank): string {
  switch (extent) {
    case 0:
      return msg('Back only', { id: 'df-ui-extent-0' });
    case 1:
      return msg('Buttock or hip', { id: 'df-ui-extent-1' });
    case 2:
      return msg('Thigh', { id: 'df-ui-extent-2' });
    case 3:
      return msg('Knee or lower leg', { id: 'df-ui-extent-3' });
    case 4:
      return msg('Foot or toes', { id: 'df-ui-extent-4' });
  }
}

/** A reading in words: "Thigh, 6 out of 10". */
export function readingText(reading: SymptomReading): string {
  const where = extentName(reading.extent);
  const strength = formatNumber(reading.intensity);
  return msg(str`${where}, ${strength} out of 10`, { id: 'df-ui-reading' });
}

/** The exercise of each movement, in plain words ("Press-ups"). */
export function movementName(movement: Movement): string {
  return movement === 'extension' ? msg('Press-ups', { id: 'df-ui-movement-extension' }) : msg('Knees to chest', { id: 'df-ui-movement-flexion' });
}

/** The catalogue exercise each movement uses. */
export const movementExercise: Readonly<Record<Movement, string>> = Object.freeze({ extension: 'mckenzie-press-up', flexion: 'knee-to-chest' });

/** A direction found, in plain words with its name in brackets: "bending backward (extension)". */
export function directionName(direction: Movement): string {
  return direction === 'extension'
    ? msg('bending backward (extension)', { id: 'df-ui-direction-extension' })
    : msg('bending forward (flexion)', { id: 'df-ui-direction-flexion' });
}

/** What a round showed, for the summary table. */
export function responseName(response: RoundResponse, spreading: boolean): string {
  if (spreading) return msg('Spreading: stopped partway', { id: 'df-ui-response-spreading' });
  switch (response) {
    case 'centralized':
      return msg('Moved up toward the back', { id: 'df-ui-response-centralized' });
    case 'eased':
      return msg('Eased in the leg', { id: 'df-ui-response-eased' });
    case 'unchanged':
      return msg('No clear change', { id: 'df-ui-response-unchanged' });
    case 'worsened':
      return msg('Worse in the leg', { id: 'df-ui-response-worsened' });
    case 'peripheralized':
      return msg('Spread further down the leg', { id: 'df-ui-response-peripheralized' });
  }
}
