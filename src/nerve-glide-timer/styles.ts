/**
 * Styles of `<nerve-glide-timer>`. Colours come only from the shared theme tokens (core/styles.ts);
 * sizes are px or em, never rem. The figure moves by CSS transitions between poses; under
 * `prefers-reduced-motion: reduce` it does not move at all (it jumps to the pose of the phase), and
 * the progress ring steps once a second (the element draws it so; `.ring.stepped`).
 *
 * The element is one card (a frame like `<exercise-card>`'s) on every screen, so set-up, session and
 * completion sit in the same box; focus rings stay inside its padding, clear of the frame.
 */
import { css } from 'lit';

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
    width: 140px;
    max-width: 40vw;
    height: auto;
    overflow: visible;
  }

  .figure .chair rect {
    fill: var(--_border);
  }

  .figure .floor {
    stroke: var(--_border);
    stroke-width: 2;
  }

  .figure .body {
    fill: none;
    stroke: var(--_text);
    stroke-width: 7;
    stroke-linecap: round;
  }

  .figure .head circle {
    fill: var(--_surface-alt);
    stroke-width: 5;
  }

  .figure .face {
    stroke-width: 3;
  }

  .figure .lower-leg,
  .figure .foot,
  .figure .head {
    transform-box: view-box;
    transition: transform 0.9s ease-in-out;
  }

  .figure .lower-leg {
    transform-origin: 128px 108px;
  }

  .figure .foot {
    transform-origin: 128px 168px;
  }

  .figure .head {
    transform-origin: 88px 56px;
  }

  .figure.pose-extension .lower-leg {
    transform: rotate(-80deg);
  }

  .figure.pose-extension .foot {
    transform: rotate(-15deg);
  }

  .figure.pose-extension .head {
    transform: rotate(-20deg);
  }

  .figure.pose-flexion .foot {
    transform: rotate(35deg);
  }

  .figure.pose-flexion .head {
    transform: rotate(25deg);
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

  @media (prefers-reduced-motion: reduce) {
    .figure .lower-leg,
    .figure .foot,
    .figure .head {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .figure .body,
    .ring .fill {
      stroke: CanvasText;
    }

    .figure .chair rect {
      fill: GrayText;
    }
  }
`;
