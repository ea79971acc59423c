/**
 * Styles of `<nerve-glide-timer>`. Colours come only from the shared theme tokens (core/styles.ts);
 * sizes are px or em, never rem. The figure (figure.ts) takes its colours from the exercise pictures'
 * `figureStyles` and eases between poses with Web Animations, not at all under reduced motion; the
 * progress ring then steps once a second (the element draws it so; `.ring.stepped`).
 *
 * The element is one card (a frame like `<exercise-card>`'s) on every screen, so set-up, session and
 * completion sit in the same box; focus rings stay inside its padding, clear of the frame.
 */
import { css } from 'lit';
import { figureStyles } from '../content/illustrations/figure.js';

export const nerveGlideTimerStyles = css`
  .root {
    padding: 1em;
    border: 1px solid var(--_border);
  }

  /* Headings by role, not by tag: heading-level chooses the tag. */
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.25;
  }

  .subheading {
    margin: 1em 0 0.25em;
    font-size: 1.0625em;
    line-height: 1.25;
  }

  p {
    margin: 0 0 0.75em;
  }

  ul,
  ol {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-top: 0.25em;
  }

  .stop-rule {
    margin: 0.75em 0;
    padding: 0.75em 1em;
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_warning-surface);
  }

  .stop-rule p {
    margin: 0;
  }

  .dose {
    color: var(--_muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 1em;
  }

  .actions button {
    min-height: 44px;
    min-width: 44px;
  }

  /* --- the running session --- */
  .session:focus {
    outline: none;
  }

  .session:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
    border-radius: var(--_radius);
  }

  .counters {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-weight: 600;
  }

  .stage {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.75em 1.5em;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .cue {
    flex: 1 1 12em;
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.3;
  }

  .cue .phase-name {
    display: block;
    color: var(--_accent);
    font-size: 0.75em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .visuals {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }

  .figure {
    width: 160px;
    max-width: 42vw;
    height: auto;
  }

  .ring {
    width: 72px;
    height: 72px;
    flex: none;
  }

  .ring .track {
    fill: none;
    stroke: var(--_border);
    stroke-width: 8;
  }

  .ring .fill {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 8;
    stroke-linecap: round;
  }

  .ring text {
    fill: var(--_text);
    font-size: 30px;
    font-weight: 700;
  }

  .rest-countdown {
    font-size: 1.25em;
    font-weight: 700;
  }

  .reminder {
    margin: 0.75em 0 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* --- completion: the question first, then "Well done" and what next --- */
  .summary {
    color: var(--_muted);
  }

  .well-done {
    margin: 1.25em 0 0;
    color: var(--_success);
    font-size: 1.125em;
    font-weight: 700;
  }

  .well-done + .actions {
    margin-top: 0.5em;
  }

  /* Focus is moved here by script on completion, so the next Tab goes on from here; not a control. */
  .complete-title:focus {
    outline: none;
  }

  @media (forced-colors: active) {
    .ring .fill {
      stroke: CanvasText;
    }
  }

  ${figureStyles}
`;
