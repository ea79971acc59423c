/**
 * Styles every widget shares. Host pages are hostile (global `button {}` rules, `html { font-size: 62.5% }`,
 * dark page backgrounds), and inherited properties cross the shadow boundary, so `:host` sets its own
 * font, size, colour and box model. Sizes are `px` or `em` relative to the host, never `rem`.
 *
 * Theme: every colour, radius and font comes from a documented `--sw-*` custom property with a fallback.
 * The private `--_*` copies pick the light or dark fallback; a host that sets `--sw-*` wins in both.
 */
import { css, unsafeCSS } from 'lit';

// The dark palette, used both for theme="dark" and for theme="auto" under a dark system setting.
// A declaration list rather than a css`` sheet: it is spliced into two rules below, and the build's
// CSS minifier only accepts whole style sheets in css`` templates.
const darkTokens = unsafeCSS(
  [
    '--_text: var(--sw-color-text, #e6edf3)',
    '--_muted: var(--sw-color-muted, #a7b4c0)',
    '--_surface: var(--sw-color-surface, #151c23)',
    '--_surface-alt: var(--sw-color-surface-alt, #1f2933)',
    '--_border: var(--sw-color-border, #4a5a69)',
    '--_accent: var(--sw-color-accent, #5cc8d3)',
    '--_on-accent: var(--sw-color-on-accent, #06292d)',
    '--_focus: var(--sw-color-focus, #8cb4ff)',
    '--_danger: var(--sw-color-danger, #ff9b92)',
    '--_danger-surface: var(--sw-color-danger-surface, #3d1714)',
    '--_warning: var(--sw-color-warning, #ffc773)',
    '--_warning-surface: var(--sw-color-warning-surface, #36270b)',
    '--_success: var(--sw-color-success, #86d9a2)',
    '--_success-surface: var(--sw-color-success-surface, #123220)',
    'color-scheme: dark',
  ].join(';'),
);

export const hostStyles = css`
  :host {
    --_text: var(--sw-color-text, #1c2733);
    --_muted: var(--sw-color-muted, #4a5866);
    --_surface: var(--sw-color-surface, #ffffff);
    --_surface-alt: var(--sw-color-surface-alt, #f2f5f7);
    --_border: var(--sw-color-border, #b8c4cf);
    --_accent: var(--sw-color-accent, #0b6b75);
    --_on-accent: var(--sw-color-on-accent, #ffffff);
    --_focus: var(--sw-color-focus, #1f56c4);
    --_danger: var(--sw-color-danger, #a8201a);
    --_danger-surface: var(--sw-color-danger-surface, #fdecea);
    --_warning: var(--sw-color-warning, #7a4a00);
    --_warning-surface: var(--sw-color-warning-surface, #fff3dc);
    --_success: var(--sw-color-success, #1b6535);
    --_success-surface: var(--sw-color-success-surface, #e6f4ea);
    --_radius: var(--sw-radius, 12px);
    --_font: var(--sw-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);

    display: block;
    max-width: 100%;
    border-radius: var(--_radius);
    color-scheme: light;
  }

  /*
   * Text and box styles live on the inner .root box rather than on :host, because the page's own
   * rules (even * { … }) override :host styles on the host element, while nothing on the page
   * can reach inside the shadow root.
   */
  .root {
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--sw-font-size, 16px);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    overflow-wrap: break-word;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }

  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_border: CanvasText;
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_focus: Highlight;
      --_danger: CanvasText;
      --_danger-surface: Canvas;
      --_warning: CanvasText;
      --_warning-surface: Canvas;
      --_success: CanvasText;
      --_success-surface: Canvas;
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [hidden] {
    display: none !important;
  }

  /* Read by screen readers, not shown: live regions and labels that the layout already makes visible. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  .error {
    margin: 0;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .error p {
    margin: 0;
  }

  .error .error-detail {
    margin-top: 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .disclaimer {
    margin: 1em 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
`;

/** Buttons, links and focus rings, restyled from scratch because host pages restyle `button` globally. */
export const controlStyles = css`
  button {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
  }

  button.secondary {
    background: transparent;
    color: var(--_accent);
  }

  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }

  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* A phone number never breaks across lines: "020 7946" on one line and "0000" on the next misleads. */
  a[href^='tel:'],
  .number {
    white-space: nowrap;
  }

  /* The "Paused" badge of the timers (glide timer, hold countdown). */
  .paused-label {
    display: inline-block;
    margin: 0 0 0.5em;
    padding: 0.1em 0.6em;
    border: 2px solid var(--_warning);
    border-radius: 999px;
    background: var(--_warning-surface);
    color: var(--_warning);
    font-weight: 700;
  }

  /*
   * Windows contrast themes (forced colours): the browser repaints author colours with the person's
   * own, and a button whose background it keeps but whose text it repaints ends up a blank bar. So
   * every control takes the system colours whole, and nothing is left for the browser to paint over:
   * buttons ButtonText on ButtonFace, a chosen or primary one HighlightText on Highlight, links LinkText.
   */
  @media (forced-colors: active) {
    button,
    a {
      forced-color-adjust: none;
    }

    button,
    button.secondary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }

    button[aria-pressed='true'],
    button[aria-expanded='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }

    button:disabled {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }

    a {
      background: transparent;
      color: LinkText;
    }

    button:focus-visible,
    a:focus-visible,
    input:focus-visible,
    summary:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * The emergency box (`core/emergency.ts`) and the safety net, the same in every element that shows
 * them. The box is the most visible thing in its element and has no animation or transition.
 */
export const emergencyStyles = css`
  /* --- the emergency advice: always first, never animated --- */
  .emergency {
    margin: 0 0 1em;
    padding: 1em;
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-surface);
    color: var(--_text);
  }

  .emergency h2,
  .emergency h3 {
    margin: 0 0 0.5em;
    color: var(--_danger);
    font-size: 1.25em;
    line-height: 1.25;
  }

  .emergency p {
    margin: 0 0 0.5em;
  }

  .emergency .call {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    margin: 0.25em 0 0.75em;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_danger);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_danger);
    color: var(--_danger-surface);
    font-size: 1.125em;
    font-weight: 700;
    text-decoration: none;
  }

  .emergency:focus {
    outline: none;
  }

  .emergency:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .safety-net {
    font-weight: 600;
  }

  /* A safety net stands apart from the good news around it: a plain panel with a danger edge. */
  .safety {
    margin: 0.75em 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .safety > :last-child {
    margin-bottom: 0;
  }

  @media print {
    .emergency {
      break-inside: avoid;
    }
  }

  /* The call link is a button to the eye: in a contrast theme, the theme's button colours whole. */
  @media (forced-colors: active) {
    .emergency .call {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
