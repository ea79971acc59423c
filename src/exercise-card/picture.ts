/**
 * The exercise card's picture: `${picture(illustration)}` in the card's template.
 *
 * A built-in picture (one with a `figure`) moves: a slow loop from the start pose to the end pose
 * and back, made by the browser (one Web Animation per body part, its keyframes computed once), with
 * a visible Pause button (WCAG 2.2.2). Paused, under `prefers-reduced-motion`, in print, and before
 * the loop starts, the picture is the still end pose with its movement arrow. The loop starts when
 * the picture first comes on screen, pauses while it is scrolled out of view, and is cancelled when
 * the card leaves the page (or shows another exercise).
 *
 * A host's own picture (`alt` and `render()` only) is drawn still, in its `viewBox`.
 */
import { css, html, noChange, svg, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { ref } from 'lit/directives/ref.js';
import { msg } from '@lit/localize';
import { text, type ExerciseIllustration } from '../content/exercises/types.js';
import { LOOP_S, figureStyles, type Figure } from '../content/illustrations/figure.js';

/** The viewBox a host's own drawing is drawn in when it gives none. */
export const viewBox = '0 0 240 150';

/**
 * Plays a figure's loop on the parts under `group` (the elements with `data-i`). Returns the
 * animations; none where Web Animations are missing (the still picture stays).
 */
export function animateFigure(figure: Figure, group: Element): Animation[] {
  if (typeof group.animate !== 'function') return [];
  const { offsets, items, tool } = figure.keyframes();
  return [...group.querySelectorAll('[data-i]')].flatMap((el) => {
    const key = el.getAttribute('data-i');
    const frames = key === 'tool' ? tool : items[Number(key)];
    if (!frames) return [];
    return [el.animate(frames.map((transform, i) => ({ transform, offset: offsets[i] ?? 1 })), { duration: LOOP_S * 1000, iterations: Infinity })];
  });
}

class PictureDirective extends AsyncDirective {
  private illustration?: ExerciseIllustration;
  private paused = false;
  /** Whether the moving copy is drawn: only from the first time the loop starts. */
  private moving = false;
  /** The alt text and button label last rendered: an unchanged picture is not redrawn on every card update. */
  private shown = '';
  private group?: Element;
  private animations: Animation[] = [];
  private motion?: MediaQueryList;
  private observer?: IntersectionObserver;
  /** The loop starts once the picture is on screen: a card scrolled out of view (or gone at once) costs nothing. */
  private onScreen = typeof IntersectionObserver !== 'function';

  render(illustration: ExerciseIllustration): TemplateResult | typeof noChange {
    if (illustration !== this.illustration) {
      this.illustration = illustration;
      this.paused = false;
      this.moving = false;
      this.shown = '';
      // Another exercise in the same elements: its own loop replaces the old one once drawn.
      const group = this.group;
      if (group) {
        this.stop();
        queueMicrotask(() => this.group === group && this.attach(group));
      }
    }
    const shown = `${text(illustration.alt)}\n${this.label()}`;
    if (shown === this.shown) return noChange;
    this.shown = shown;
    return this.view();
  }

  private label(): string {
    return this.paused ? msg('Play the movement', { id: 'ec-ui-picture-play' }) : msg('Pause the movement', { id: 'ec-ui-picture-pause' });
  }

  private view(): TemplateResult {
    const picture = this.illustration as ExerciseIllustration;
    const figure = picture.figure;
    const alt = text(picture.alt);
    if (!figure) {
      return html`<svg class="picture" part="picture" viewBox=${picture.viewBox ?? viewBox} role="img" aria-label=${alt} focusable="false">
        ${svg`${picture.render()}`}
      </svg>`;
    }
    return html`<div class="picture-box">
      <svg class="picture" part="picture" viewBox=${figure.viewBox} role="img" aria-label=${alt} focusable="false">
        ${figure.scene(ref(this.attach), this.moving)}
      </svg>
      <button type="button" class="secondary motion" @click=${this.toggle}>${this.label()}</button>
    </div>`;
  }

  /** The moving copy arrives on the page (start watching) or leaves it (stop everything). */
  private attach = (group?: Element): void => {
    this.stop();
    this.group = group;
    if (!group) return;
    this.motion = matchMedia('(prefers-reduced-motion: reduce)');
    this.motion.addEventListener('change', this.sync);
    if (typeof IntersectionObserver === 'function') {
      this.observer = new IntersectionObserver((entries) => {
        const last = entries[entries.length - 1];
        // Firefox may first report a picture it has not laid out yet (an empty box): count it as shown.
        this.onScreen = !last || last.isIntersecting || !last.boundingClientRect.width;
        this.sync();
      });
      this.observer.observe(group.closest('svg') ?? group);
    }
    // The group's own children are drawn right after it: start once they are there.
    queueMicrotask(this.sync);
  };

  private stop(): void {
    for (const a of this.animations) a.cancel();
    this.animations = [];
    this.motion?.removeEventListener('change', this.sync);
    this.observer?.disconnect();
    this.motion = this.observer = undefined;
    this.group?.closest('svg')?.classList.remove('run');
  }

  /** Moves while it may (not paused, motion allowed), plays only while on screen. */
  private sync = (): void => {
    const { group, illustration } = this;
    if (!group || !illustration?.figure) return;
    if (this.paused || this.motion?.matches) {
      for (const a of this.animations) a.cancel();
      this.animations = [];
    } else if (!this.animations.length && this.onScreen) {
      if (!this.moving) {
        // Draw the moving copy now (setValue commits at once), then animate its parts.
        this.moving = true;
        this.setValue(this.view());
      }
      this.animations = animateFigure(illustration.figure, group);
    }
    for (const a of this.animations) {
      if (this.onScreen) a.play();
      else a.pause();
    }
    group.closest('svg')?.classList.toggle('run', this.animations.length > 0);
  };

  private toggle = (): void => {
    this.paused = !this.paused;
    this.sync();
    this.shown = `${text((this.illustration as ExerciseIllustration).alt)}\n${this.label()}`;
    this.setValue(this.view());
  };

  protected override disconnected(): void {
    this.stop();
  }

  protected override reconnected(): void {
    if (this.group) this.attach(this.group);
  }
}

/** An exercise's picture: the moving figure with its Pause button, or a host's still drawing. */
export const picture = directive(PictureDirective);

/** The picture's styles: the figure's colours, the still or moving copy, the Pause button. */
export const pictureStyles = [
  figureStyles,
  css`
    /* The picture's box; :where() keeps it below any rule of the element's own (e.g. the card's print size). */
    :where(.picture) {
      display: block;
      width: 100%;
      max-width: 420px;
      height: auto;
      margin: 0 auto 0.75em;
      padding: 0.25em;
      border-radius: var(--_radius);
      background: var(--_surface-alt);
      color: var(--_text);
      overflow: visible;
    }

    .picture-box {
      display: flex;
      flex-direction: column;
      align-items: center;
      margin-bottom: 0.75em;
    }

    .picture-box .picture {
      margin-bottom: 0.25em;
    }

    /* One copy shows at a time: the loop while it runs, else the still end pose with its arrow. */
    .picture .moving,
    .picture.run .still {
      display: none;
    }

    .picture.run .moving {
      display: inline;
    }

    .motion {
      align-self: flex-end;
      min-height: 44px;
      padding: 0.25em 0.75em;
      font-size: 0.875em;
    }

    @media (prefers-reduced-motion: reduce) {
      .picture.run .moving,
      .motion {
        display: none;
      }

      .picture.run .still {
        display: inline;
      }
    }

    @media print {
      .picture.run .moving,
      .motion {
        display: none;
      }

      .picture.run .still {
        display: inline;
      }
    }
  `,
];
