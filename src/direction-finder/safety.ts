/**
 * The `safety` step of `<direction-finder>` as a pure template: the nine safety questions (the
 * red-flag item bank's own, as `<red-flag-checker>` asks them) and, the moment one is answered yes,
 * the advice that stops the test — emergency (the emergency box, call now) or urgent (a doctor today,
 * as a care card) — at the top, announced (`role="alert"`), never behind a click. The questions stay
 * below it, so a person who reported an urgent sign can still report an emergency one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import { renderClinicContact } from '../core/clinic.js';
import { renderEmergencyBox, renderSafetyNet } from '../core/emergency.js';
import { headingTag } from '../core/headings.js';
import { renderYesNoQuestion } from '../core/yes-no-question.js';
import { urgencyAdvice } from '../content/red-flags.js';
import { safetyItems, type SafetyStop } from './protocol.js';

export interface SafetyView {
  /** Every answer shown: those the test has taken and those not yet sent (the person's "no"s). */
  answers: Readonly<Record<string, boolean>>;
  stop: SafetyStop | null;
  emergencyNumber: string | null;
  clinicName: string | null;
  clinicPhone: string | null;
  headingLevel: number;
  /** Why Continue did not move on, if it did not. */
  notice: string | null;
  /** What the element shows about the last result (with `storage-key`), above the questions. */
  lastTime: TemplateResult | typeof nothing;
}

export interface SafetyHandlers {
  answer(id: string, yes: boolean): void;
  submit(event: Event): void;
  startAgain(): void;
}

const stopTest = () => msg('Stop here: do not do the movements in this test.', { id: 'df-ui-stop-test' });

/** The advice that stops the test: the emergency box, or the urgent care card. */
function renderStop(stop: SafetyStop, view: SafetyView): TemplateResult {
  if (stop.level === 'emergency') {
    return renderEmergencyBox(view.emergencyNumber, { level: view.headingLevel, extra: html`<p class="stop-test">${stopTest()}</p>` });
  }
  const advice = urgencyAdvice.urgent;
  const h = headingTag(view.headingLevel);
  return html`<section class="care-card level-urgent stop" part="stop" role="alert" aria-labelledby="df-stop-title">
    <div class="care-card-heading">${staticHtml`<${h} id="df-stop-title">${advice.title()}</${h}>`}</div>
    <div class="care-card-content">
      <p class="action">${advice.action(view.emergencyNumber)}</p>
      ${renderClinicContact(view.clinicName, view.clinicPhone)}
      <p class="stop-test">${msg('Do not do the movements in this test until a doctor has checked you.', { id: 'df-ui-stop-test-urgent' })}</p>
      <div class="safety">${renderSafetyNet(view.emergencyNumber)}</div>
      <p>
        ${msg('Some of the other signs need emergency help: if any of the questions below apply to you, answer them too.', {
          id: 'df-ui-stop-answer-rest',
        })}
      </p>
    </div>
  </section>`;
}

export function renderSafety(view: SafetyView, on: SafetyHandlers): TemplateResult {
  const h = headingTag(view.headingLevel);
  const { stop } = view;
  return html`${stop ? renderStop(stop, view) : nothing}
    ${staticHtml`<${h} class="step-title" id="df-step-title" tabindex="-1">${msg('First, check it is safe to test', { id: 'df-ui-safety-title' })}</${h}>`}
    ${stop
      ? nothing
      : html`<p class="intro">
            ${msg('This guided test helps you find out whether bending backward or bending forward eases your leg symptoms. It takes about 10 to 15 minutes, and you need room to lie down on the floor or a firm bed.', {
              id: 'df-ui-intro',
            })}
          </p>
          ${view.lastTime}
          <p class="intro">
            ${msg('Some signs need a doctor before any exercise. Answer yes or no to each of these questions.', { id: 'df-ui-safety-intro' })}
          </p>`}
    <form class="questions" novalidate @submit=${on.submit}>
      ${safetyItems.map((item) => renderYesNoQuestion(item, view.answers[item.id], on.answer))}
      <p class="notice" role="status" ?hidden=${!view.notice}>${view.notice ?? ''}</p>
      <div class="actions">
        ${stop
          ? html`<button type="button" class="secondary start-again" @click=${on.startAgain}>${msg('Start again', { id: 'rf-ui-start-again' })}</button>`
          : html`<button type="submit" class="next">${msg('Continue', { id: 'df-ui-continue' })}</button>`}
      </div>
    </form>`;
}
