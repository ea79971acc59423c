/**
 * The seated figure of `<nerve-glide-timer>`: a person on a chair, seen from the side, slumped with
 * the hands on the thighs. Its pose follows the phase through the `pose-*` class on the `<svg>`:
 * - extension: the lower leg swings up until the knee is straight, the toes pull up, the head tilts up;
 * - flexion: the lower leg hangs down, the toes point away, the chin tucks down;
 * - rest (and idle): the leg hangs, the foot and head are neutral.
 * The movement between poses is a CSS transition (styles.ts); under `prefers-reduced-motion` there
 * is none and the figure simply shows the pose of the phase. Decorative: the cue text says it all.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { GlidePhase } from './glide-schedule.js';

export function renderGlideFigure(pose: GlidePhase | 'idle'): SVGTemplateResult {
  return svg`<svg class="figure pose-${pose}" part="figure" viewBox="0 0 200 190" aria-hidden="true" focusable="false">
    <g class="chair">
      <rect x="38" y="112" width="74" height="8" rx="2"></rect>
      <rect x="38" y="40" width="7" height="80" rx="2"></rect>
      <rect x="42" y="118" width="6" height="66"></rect>
      <rect x="102" y="118" width="6" height="66"></rect>
    </g>
    <line class="floor" x1="10" y1="184" x2="190" y2="184"></line>
    <g class="body">
      <path class="torso" d="M72 108 C 66 90, 72 68, 88 56"></path>
      <line class="limb" x1="90" y1="60" x2="116" y2="104"></line>
      <line class="limb" x1="72" y1="108" x2="128" y2="108"></line>
      <g class="head">
        <line class="limb" x1="88" y1="56" x2="95" y2="46"></line>
        <circle cx="101" cy="36" r="13"></circle>
        <path class="face" d="M112 40 l 4 1"></path>
      </g>
      <g class="lower-leg">
        <line class="limb" x1="128" y1="108" x2="128" y2="168"></line>
        <g class="foot">
          <line class="limb" x1="128" y1="168" x2="146" y2="168"></line>
        </g>
      </g>
    </g>
  </svg>`;
}
