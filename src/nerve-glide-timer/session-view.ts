/**
 * Pieces of the glide timer's running screen as pure templates: the cue for the phase (the host's
 * slotted words for extension and flexion, else the built-in ones) and the progress ring with the
 * seconds left in the phase.
 */
import { html, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../core/format.js';
import type { GlidePhase } from './glide-schedule.js';
import { builtInCue, phaseName, type GlideSide } from './glide-text.js';

/** The ring's circumference (radius 42 in a 100 × 100 box): the dash length of a full ring. */
const RING_LENGTH = 2 * Math.PI * 42;

export function renderCue(phase: GlidePhase, side: GlideSide, secondsLeft: number): TemplateResult {
  if (phase === 'rest') {
    return html`<p class="cue" part="cue">
      <span class="phase-name">${phaseName('rest')}</span>
      ${builtInCue('rest', side)}
      <span class="rest-countdown" data-rest-countdown>${msg(str`Next set in ${secondsLeft} s`, { id: 'ng-rest-countdown' })}</span>
    </p>`;
  }
  const fallback = builtInCue(phase, side);
  return html`<p class="cue" part="cue">
    <span class="phase-name">${phaseName(phase)}</span>
    ${phase === 'extension' ? html`<slot name="extension-cue">${fallback}</slot>` : html`<slot name="flexion-cue">${fallback}</slot>`}
  </p>`;
}

/** `fraction` of the phase gone (0–1); `stepped` under reduced motion (no sweeping transition). */
export function renderRing(fraction: number, secondsLeft: number, stepped: boolean): TemplateResult {
  return html`<svg class="ring ${stepped ? 'stepped' : 'sweeping'}" part="progress" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
    <circle class="track" cx="50" cy="50" r="42"></circle>
    <circle
      class="fill"
      cx="50"
      cy="50"
      r="42"
      transform="rotate(-90 50 50)"
      stroke-dasharray=${RING_LENGTH.toFixed(2)}
      stroke-dashoffset=${(RING_LENGTH * (1 - fraction)).toFixed(2)}
    ></circle>
    ${svg`<text x="50" y="50" text-anchor="middle" dominant-baseline="central">${formatNumber(secondsLeft)}</text>`}
  </svg>`;
}
