/**
 * The figure of `<nerve-glide-timer>`: the exercise pictures' body (content/illustrations), slumped on
 * a firm chair with the hands on the thighs, in the seated nerve glide's poses. Its pose follows the
 * clock: extension (knee straight, toes pulled up, head up), flexion (knee bent, toes pointed away,
 * chin down), rest between sets. At each change of phase it eases from the old pose to the new one
 * (a Web Animation per body part, made by the browser); under `prefers-reduced-motion` it changes
 * at once. The transition is cancelled when the timer leaves the page. Decorative: the cue says it all.
 */
import { html, noChange, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { ref } from 'lit/directives/ref.js';
import { Drawing } from '../content/illustrations/figure.js';
import { chairProps, glide } from '../content/illustrations/glide-poses.js';
import type { GlidePhase } from './glide-schedule.js';

// A Drawing, not an exercise picture's Figure: no arrows and no loop, so a bundle of the timer leaves
// those out. Its box holds every frame from flexion to extension, so each eased change stays inside it.
const figure = new Drawing({ props: chairProps, start: glide.flexion, end: glide.extension });
/** How long the figure takes to move from one phase's pose to the next, in ms. */
const EASE_MS = 900;

const poseOf = (phase: GlidePhase | 'idle') => glide[phase === 'idle' ? 'rest' : phase];

class GlideFigure extends AsyncDirective {
  private phase?: GlidePhase | 'idle';
  private group?: Element;
  private animations: Animation[] = [];

  render(phase: GlidePhase | 'idle'): TemplateResult | typeof noChange {
    if (phase === this.phase) return noChange;
    const from = this.phase;
    this.phase = phase;
    if (from) this.ease(from, phase);
    return html`<svg class="figure pose-${phase}" part="figure" viewBox=${figure.viewBox} aria-hidden="true" focusable="false">
      <g ${ref(this.attach)}>${figure.draw(poseOf(phase))}</g>
    </svg>`;
  }

  /** From the old pose to the new: the new transforms are written as attributes right after this. */
  private ease(from: GlidePhase | 'idle', to: GlidePhase | 'idle'): void {
    this.cancel();
    const group = this.group;
    if (!group || typeof group.animate !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const [a, b] = [figure.transforms(poseOf(from)), figure.transforms(poseOf(to))];
    this.animations = [...group.querySelectorAll('[data-i]')].map((el) => {
      const i = Number(el.getAttribute('data-i'));
      return el.animate([{ transform: a[i] }, { transform: b[i] }], { duration: EASE_MS, easing: 'ease-in-out' });
    });
  }

  private cancel(): void {
    for (const a of this.animations) a.cancel();
    this.animations = [];
  }

  private attach = (group?: Element): void => {
    if (!group) this.cancel();
    this.group = group;
  };

  protected override disconnected(): void {
    this.cancel();
  }
}

const glideFigure = directive(GlideFigure);

/** The seated figure in the pose of `phase` (`idle` before the start: the rest pose). */
export function renderGlideFigure(phase: GlidePhase | 'idle') {
  return glideFigure(phase);
}
