/**
 * The "do it" box of `<exercise-card>`: for an exercise with a hold, Start (the hold countdown),
 * Pause/Resume, Reset and Mark done; for one without, a single "Mark done" (there is nothing to time,
 * so a Start button would only be a second thing to press); and the done state. A pure template over
 * what the element's session clock says; the element owns the state and the handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { plural, secondsText } from '../core/counts.js';
import { formatNumber } from '../core/format.js';
import type { SessionStatus } from '../core/session-clock.js';
import type { TimelinePosition } from '../core/timeline.js';
import { holdCount, type EffectiveDose } from './dose.js';
import type { HoldSegment } from './hold-schedule.js';

/** What the box shows. */
export interface HoldTimerView {
  /** The exercise's title, for the box's label. */
  title: string;
  dose: EffectiveDose;
  status: SessionStatus;
  /** `start()` was called (from script) on an exercise without a hold. */
  started: boolean;
  done: boolean;
  /**
   * The person said their symptoms moved down the leg: the stop advice ("do not do it again until…")
   * shows, so neither "Well done" nor "Do it again" is offered beside it.
   */
  stopped: boolean;
  position: TimelinePosition<HoldSegment> | null;
  /** Holds in the running countdown. */
  holds: number;
}

export interface HoldTimerHandlers {
  start(): void;
  pause(): void;
  resume(): void;
  reset(): void;
  markDone(): void;
  again(): void;
}

/** "All 3 holds done", or "Hold done" for a single hold. */
export function holdsDoneText(holds: number): string {
  const n = formatNumber(holds);
  return plural(holds, {
    one: msg('Hold done', { id: 'ec-ui-holds-done-one', desc: 'The countdown of a single hold has ended; plural form "one".' }),
    other: msg(str`All ${n} holds done`, { id: 'ec-ui-holds-done-other', desc: 'The countdown of all holds has ended; plural form "other".' }),
  });
}

export function renderHoldTimer(view: HoldTimerView, on: HoldTimerHandlers): TemplateResult {
  const { dose, status } = view;
  const doseHolds = holdCount(dose);
  const timed = doseHolds > 0 && dose.holdSeconds !== null;
  // The one thing to press is filled: Mark done when there is nothing to time, or once the countdown is over.
  const primaryDone = !timed || status === 'complete' || view.started;
  const doneButton = html`<button type="button" class="${primaryDone ? '' : 'secondary'} mark-done" @click=${on.markDone}>
    ${msg('Mark done', { id: 'ec-ui-mark-done' })}
  </button>`;
  let body: TemplateResult;
  if (view.done && view.stopped) {
    body = html`<p class="done-message" tabindex="-1">${msg('Done.', { id: 'ec-ui-done-stopped', desc: 'The exercise was marked done, and the person then said their leg symptoms moved down the leg (stop advice shows below).' })}</p>`;
  } else if (view.done) {
    body = html`<p class="done-message" tabindex="-1">${msg('Done. Well done!', { id: 'ec-ui-done' })}</p>
      <div class="actions">
        <button type="button" class="secondary again" @click=${on.again}>${msg('Do it again', { id: 'ec-ui-again' })}</button>
      </div>`;
  } else if (status === 'idle') {
    const holdLength = timed ? secondsText(dose.holdSeconds ?? 0) : '';
    body = html`${timed
        ? html`<p class="timer-intro">
            ${msg(str`Press Start for a countdown: ${formatNumber(doseHolds)} × ${holdLength}.`, { id: 'ec-ui-timer-intro-holds' })}
          </p>`
        : view.started
          ? html`<p class="timer-intro">${msg('Going. Press Mark done when you have finished.', { id: 'ec-ui-started' })}</p>`
          : nothing}
      <div class="actions">
        ${timed ? html`<button type="button" class="start" @click=${on.start}>${msg('Start', { id: 'ec-ui-start' })}</button>` : nothing}
        ${doneButton}
      </div>`;
  } else {
    const segment = view.position?.segment;
    const { holds } = view;
    const complete = status === 'complete';
    const paused = status === 'paused';
    const seconds = complete ? 0 : Math.ceil((view.position?.remainingInSegmentMs ?? 0) / 1000);
    const counter = complete
      ? holdsDoneText(holds)
      : segment?.kind === 'relax'
        ? msg(str`Relax · ${segment.rep} of ${holds} done`, { id: 'ec-ui-relax-counter' })
        : msg(str`Hold ${segment?.rep ?? 1} of ${holds}`, { id: 'ec-ui-hold-counter' });
    body = html`<div class="countdown ${segment?.kind ?? 'hold'}">
        ${paused ? html`<p class="paused-label">${msg('Paused', { id: 'ec-ui-paused' })}</p>` : nothing}
        <p class="counter" data-counter>${counter}</p>
        ${complete
          ? nothing
          : html`<p class="seconds" part="seconds">
              <span class="number" data-seconds>${formatNumber(seconds)}</span>
              <span class="unit"
                >${plural(seconds, {
                  one: msg('second left', { id: 'ec-ui-seconds-left-one', desc: 'Under the big number of a countdown; plural form "one".' }),
                  other: msg('seconds left', { id: 'ec-ui-seconds-left', desc: 'Under the big number of a countdown; plural form "other".' }),
                })}</span
              >
            </p>`}
      </div>
      <div class="actions">
        ${complete
          ? nothing
          : paused
            ? html`<button type="button" class="resume" @click=${on.resume}>${msg('Resume', { id: 'ec-ui-resume' })}</button>`
            : html`<button type="button" class="pause" @click=${on.pause}>${msg('Pause', { id: 'ec-ui-pause' })}</button>`}
        <button type="button" class="secondary reset" @click=${on.reset}>${msg('Reset', { id: 'ec-ui-reset' })}</button>
        ${doneButton}
      </div>`;
  }
  return html`<section class="timer" part="timer" aria-label=${msg(str`Do it: ${view.title}`, { id: 'ec-ui-timer-label' })}>${body}</section>`;
}
