/**
 * Styles of `<nerve-glide-timer>`. Colours come only from the shared theme tokens (core/styles.ts);
 * sizes are px or em, never rem. The figure (figure.ts) takes its colours from the exercise pictures'
 * `figureStyles` and eases between poses with Web Animations, not at all under reduced motion.
 */
import { css } from 'lit';
import { figureStyles } from '../content/illustrations/figure.js';

export const nerveGlideTimerStyles = css`
  .root {
    padding: 1em;
  }

  h2 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.25;
  }

  h3 {
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

  /* --- completion --- */
  .well-done {
    color: var(--_success);
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
