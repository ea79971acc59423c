/**
 * The "do it" box of `<exercise-card>`: Start (with the hold countdown for an exercise that has a
 * hold), Pause/Resume, Reset, Mark done, and the done state. A pure template over what the element's
 * session clock says; the element owns the state and the handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
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
  /** Start was pressed on an exercise without a hold. */
  started: boolean;
  done: boolean;
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

export function renderHoldTimer(view: HoldTimerView, on: HoldTimerHandlers): TemplateResult {
  const { dose, status } = view;
  const doneButton = html`<button type="button" class="${status === 'complete' || view.started ? '' : 'secondary'} mark-done" @click=${on.markDone}>
    ${msg('Mark done', { id: 'ec-ui-mark-done' })}
  </button>`;
  let body: TemplateResult;
  if (view.done) {
    body = html`<p class="done-message" tabindex="-1">${msg('Done. Well done!', { id: 'ec-ui-done' })}</p>
      <div class="actions">
        <button type="button" class="secondary again" @click=${on.again}>${msg('Do it again', { id: 'ec-ui-again' })}</button>
      </div>`;
  } else if (status === 'idle') {
    const holds = holdCount(dose);
    body = html`${holds > 0 && dose.holdSeconds !== null
        ? html`<p class="timer-intro">
            ${msg(str`Press Start for a countdown: ${formatNumber(holds)} × ${formatNumber(dose.holdSeconds)} seconds.`, {
              id: 'ec-ui-timer-intro',
            })}
          </p>`
        : view.started
          ? html`<p class="timer-intro">${msg('Going. Press Mark done when you have finished.', { id: 'ec-ui-started' })}</p>`
          : nothing}
      <div class="actions">
        ${view.started ? nothing : html`<button type="button" class="start" @click=${on.start}>${msg('Start', { id: 'ec-ui-start' })}</button>`}
        ${doneButton}
      </div>`;
  } else {
    const segment = view.position?.segment;
    const { holds } = view;
    const complete = status === 'complete';
    const paused = status === 'paused';
    const seconds = complete ? 0 : Math.ceil((view.position?.remainingInSegmentMs ?? 0) / 1000);
    const counter = complete
      ? msg(str`All ${holds} holds done`, { id: 'ec-ui-holds-done' })
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
              <span class="unit">${msg('seconds left', { id: 'ec-ui-seconds-left' })}</span>
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
