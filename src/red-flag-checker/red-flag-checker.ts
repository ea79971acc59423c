/**
 * `<red-flag-checker>`: asks the red-flag questions and says how urgently to get care.
 *
 * The questions, the levels, the advice and the emergency numbers all live in `triage.ts`, and the
 * FHIR output in `fhir.ts`; this element only asks, shows and reports. It never decides anything
 * on its own: every level it shows comes from `assess()` (triage.ts), computed once per change.
 *
 * Safety: the moment any emergency question is answered yes, the emergency advice appears at the
 * top of the element (`role="alert"`, focus moves to it), with no click, scroll or animation in
 * the way, and the person can still go on answering.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { formatDate } from '../core/format.js';
import { SciaticaElement, attribute } from '../core/base.js';
import { enumSpec, textSpec } from '../core/attributes.js';
import { ElementWidthController } from '../core/element-width.js';
import { renderClinicContact } from '../core/clinic.js';
import { renderEmergencyBox, renderEmergencyCall, renderSafetyNet } from '../core/emergency.js';
import { headingTag } from '../core/headings.js';
import { getLocale } from '../core/locale.js';
import { careCardStyles } from '../core/care-card.js';
import { controlStyles, emergencyStyles } from '../core/styles.js';
import { renderYesNoQuestion, yesNoStyles } from '../core/yes-no-question.js';
import { groupName, groupedItems, redFlagQuestionnaireVersion, selfCareTips } from '../content/red-flags.js';
import { buildQuestionnaireResponse, type QuestionnaireResponse } from './fhir.js';
import { redFlagCheckerStyles } from './styles.js';
import { assess, redFlagItems, urgencyAdvice, type Assessment, type RedFlagItem, type TriageResult, type UrgencyLevel } from './triage.js';

/** The question at `index` of the item bank, clamped to the bank (a stepper's step is always a question). */
function itemAt(index: number): RedFlagItem {
  // The bank is a fixed, non-empty list (a test checks it), so a clamped index always finds an item.
  return redFlagItems[Math.min(Math.max(index, 0), redFlagItems.length - 1)] as RedFlagItem;
}

export const redFlagModes = ['auto', 'list', 'stepper'] as const;
export type RedFlagMode = (typeof redFlagModes)[number];

/** Detail of `red-flag-change`. */
export interface RedFlagChangeDetail {
  /** A copy of all answers so far: item id → yes (`true`) / no (`false`). */
  answers: Record<string, boolean>;
  /** The most urgent level among the answers so far (`levelSoFar`), or `null` when nothing can be said yet. */
  level: UrgencyLevel | null;
}

/** Detail of `red-flag-emergency`. */
export interface RedFlagEmergencyDetail {
  /** Ids of the emergency items answered yes. */
  flags: string[];
}

/** Detail of `red-flag-result`. */
export interface RedFlagResultDetail {
  level: UrgencyLevel;
  /** Ids of every item answered yes, in item-bank order. */
  flags: string[];
  answers: Record<string, boolean>;
  /** The answers and outcome as a FHIR R4 QuestionnaireResponse. */
  questionnaireResponse: QuestionnaireResponse;
}

declare module '../core/events.js' {
  interface SciaticaEventDetails {
    'red-flag-change': RedFlagChangeDetail;
    'red-flag-emergency': RedFlagEmergencyDetail;
    'red-flag-result': RedFlagResultDetail;
  }
}

/**
 * Asks the red-flag questions for sciatica and tells the person how urgently to get care:
 * emergency, a doctor today, an appointment in the next few days, or self-care.
 *
 * `reset()` (and the "Start again" button) clears every answer and returns to the first
 * question; when there were answers it fires `red-flag-change` with empty `answers` and a `null`
 * level, so a host that mirrors the answers stays in step. It never fires the other events.
 *
 * @customElement red-flag-checker
 * @attr {string} clinic-name - Your clinic's name, e.g. `Riverside Physio`, shown with the `urgent` and `soon` results.
 * @attr {string} clinic-phone - Your clinic's phone number, e.g. `+44 20 7946 0000`, shown as a `tel:` link with the `urgent` and `soon` results.
 * @attr {'auto'|'list'|'stepper'} [mode=auto] - `list` shows all questions at once; `stepper` one at a time; `auto` is a stepper while the element is narrower than 480 px (a phone) and a list otherwise, following its width live.
 * @fires {CustomEvent<RedFlagChangeDetail>} red-flag-change - Any answer changed (and on reset). Detail: `{ answers, level }`, `level` being the most urgent level so far or `null`.
 * @fires {CustomEvent<RedFlagEmergencyDetail>} red-flag-emergency - The first time an emergency question is answered yes (once until `reset()`); the emergency advice is already showing. Detail: `{ flags }`.
 * @fires {CustomEvent<RedFlagResultDetail>} red-flag-result - Every question is answered and the person asked for the result. Detail: `{ level, flags, answers, questionnaireResponse }` (a FHIR R4 QuestionnaireResponse).
 * @csspart emergency - The emergency advice box at the top.
 * @csspart emergency-call - The link that calls the emergency number.
 * @csspart question - Each question's fieldset.
 * @csspart result - The result box.
 * @csspart summary - The "show this to your clinician" summary in the result.
 */
export class RedFlagChecker extends SciaticaElement {
  static override readonly defaultTag = 'red-flag-checker';

  static override styles = [...SciaticaElement.styles, controlStyles, emergencyStyles, yesNoStyles, careCardStyles, redFlagCheckerStyles];

  static override properties: PropertyDeclarations = {
    clinicName: attribute('clinic-name', textSpec),
    clinicPhone: attribute('clinic-phone', textSpec),
    mode: attribute('mode', enumSpec(redFlagModes, 'auto')),
    currentAnswers: { state: true, attribute: false },
    step: { state: true, attribute: false },
    view: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    completedAt: { state: true, attribute: false },
  };

  /** The clinic's name for the `urgent` and `soon` results. */
  declare clinicName: string | null;
  /** The clinic's phone for the `urgent` and `soon` results. */
  declare clinicPhone: string | null;
  /** `auto` (a stepper below 480 px of width, else a list), `list` (all questions at once) or `stepper` (one at a time). */
  declare mode: RedFlagMode;

  /** The element's width, for `mode="auto"`: a phone gets one question at a time. */
  private readonly width = new ElementWidthController(this, [480]);

  /** The layout in use: the stepper, or the list of every question. */
  private get stepper(): boolean {
    return this.mode === 'stepper' || (this.mode === 'auto' && this.width.below(480));
  }

  private declare currentAnswers: Record<string, boolean>;
  private declare step: number;
  private declare view: 'questions' | 'result';
  private declare notice: string | null;
  private declare completedAt: Date | null;
  private emergencySent = false;
  /** What the answers say, computed once per change of the answers (`assess`). */
  private assessment: Assessment = assess({});

  constructor() {
    super();
    this.currentAnswers = {};
    this.step = 0;
    this.view = 'questions';
    this.notice = null;
    this.completedAt = null;
  }

  /** A copy of the answers so far: item id → `true` (yes) or `false` (no). */
  get answers(): Record<string, boolean> {
    return { ...this.currentAnswers };
  }

  /** `{ level, flags }` once every question is answered, else `null`. */
  get result(): TriageResult | null {
    return this.assessment.result;
  }

  /** The only way the answers change: the assessment follows them. */
  private setAnswers(answers: Record<string, boolean>): void {
    this.currentAnswers = answers;
    this.assessment = assess(answers);
  }

  /**
   * Clears every answer and goes back to the first question. Fires `red-flag-change` with empty
   * answers and a `null` level if there were answers; fires nothing else.
   */
  reset(): void {
    const had = Object.keys(this.currentAnswers).length > 0;
    this.setAnswers({});
    this.step = 0;
    this.view = 'questions';
    this.notice = null;
    this.completedAt = null;
    this.emergencySent = false;
    if (had) this.emit('red-flag-change', { answers: {}, level: null });
  }

  private answer(id: string, value: boolean): void {
    if (this.currentAnswers[id] === value) return;
    this.setAnswers({ ...this.currentAnswers, [id]: value });
    this.notice = null;
    this.emit('red-flag-change', { answers: this.answers, level: this.assessment.level });
    const flags = this.assessment.emergency;
    if (flags.length > 0 && !this.emergencySent) {
      this.emergencySent = true;
      this.emit('red-flag-emergency', { flags });
    }
    // The advice appears at the top, announced as an alert and kept in view (sticky) while the person
    // goes on: focus stays on their answer, so they do not lose their place.
  }

  /** Focuses a question's checked radio, or its first radio when it has no answer. */
  private focusQuestion(id: string): Promise<void> {
    return this.focusAfterUpdate(() => {
      const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === id);
      return radios.find((r) => r.checked) ?? radios[0];
    });
  }

  private submit(event: Event): void {
    event.preventDefault();
    const { missing } = this.assessment;
    if (this.stepper) {
      const item = itemAt(this.step);
      if (this.currentAnswers[item.id] === undefined) {
        this.notice = msg('Choose yes or no to go on.', { id: 'rf-ui-choose-to-go-on' });
        void this.focusQuestion(item.id);
        return;
      }
      if (this.step < redFlagItems.length - 1) {
        this.step += 1;
        this.notice = null;
        void this.focusQuestion(itemAt(this.step).id);
        return;
      }
      if (missing.length > 0) {
        // Only when answers were skipped in list mode before switching: go to the first gap.
        this.step = redFlagItems.findIndex((i) => i.id === missing[0]);
      }
    }
    if (missing.length > 0) {
      this.notice =
        missing.length === 1
          ? msg('Please answer the last question to see your result.', { id: 'rf-ui-answer-last' })
          : msg(str`Please answer every question to see your result. ${missing.length} are not answered yet.`, {
              id: 'rf-ui-answer-all',
            });
      void this.focusQuestion(missing[0] ?? itemAt(0).id);
      return;
    }
    this.showResult();
  }

  private showResult(): void {
    const { result } = this.assessment;
    if (!result) return;
    this.completedAt = new Date();
    this.view = 'result';
    this.notice = null;
    const answers = this.answers;
    this.emit('red-flag-result', {
      level: result.level,
      flags: [...result.flags],
      answers,
      questionnaireResponse: buildQuestionnaireResponse(answers, result, {
        authored: this.completedAt,
        version: redFlagQuestionnaireVersion,
        language: getLocale(),
      }),
    });
    void this.focusAfterUpdate('.result-title');
  }

  private back(): void {
    if (this.step === 0) return;
    this.step -= 1;
    this.notice = null;
    void this.focusQuestion(itemAt(this.step).id);
  }

  private startAgain(): void {
    this.reset();
    void this.focusQuestion(itemAt(0).id);
  }

  private changeAnswers(): void {
    this.view = 'questions';
    void this.focusQuestion(itemAt(this.stepper ? this.step : 0).id);
  }

  // --- rendering ---

  protected renderContent(): TemplateResult {
    if (this.view === 'result') return this.renderResult();
    // While the person answers, emergency advice stays at the top of the element and in view
    // (sticky): it is never behind a scroll, and the person keeps their place in the list.
    const { emergency } = this.assessment;
    return html`${emergency.length > 0
      ? renderEmergencyBox(this.effectiveEmergencyNumber, {
          level: this.headingLevel,
          extra: html`<p class="continue">
            ${msg('Do not wait to finish these questions. You can still answer the rest below.', { id: 'rf-ui-emergency-continue' })}
          </p>`,
        })
      : nothing}
    ${this.renderQuestions()}`;
  }

  private renderQuestion(item: RedFlagItem): TemplateResult {
    return renderYesNoQuestion(item, this.currentAnswers[item.id], (id, yes) => this.answer(id, yes));
  }

  private renderNotice(): TemplateResult {
    // Always in the DOM so that screen readers announce the text when it appears.
    return html`<p class="notice" role="status" ?hidden=${!this.notice}>${this.notice ?? ''}</p>`;
  }

  private renderQuestions(): TemplateResult {
    const intro = html`<p class="intro">
      ${msg('Answer yes or no to each question. Some of these signs need help straight away, so please answer them all.', {
        id: 'rf-ui-intro',
      })}
    </p>`;
    const h = headingTag(this.headingLevel);
    if (this.stepper) {
      const index = Math.min(Math.max(this.step, 0), redFlagItems.length - 1);
      const item = itemAt(index);
      const number = index + 1;
      const total = redFlagItems.length;
      const last = index === redFlagItems.length - 1;
      return html`${intro}
        <form class="questions stepper" novalidate @submit=${this.submit}>
          <p class="progress">${msg(str`Question ${number} of ${total}`, { id: 'rf-ui-progress' })}</p>
          <p class="group-name">${groupName(item.group)}</p>
          ${this.renderQuestion(item)} ${this.renderNotice()}
          <div class="actions">
            <button type="button" class="secondary back" ?disabled=${index === 0} @click=${this.back}>
              ${msg('Back', { id: 'rf-ui-back' })}
            </button>
            <button type="submit" class="next">
              ${last ? msg('See my result', { id: 'rf-ui-see-result' }) : msg('Next', { id: 'rf-ui-next' })}
            </button>
          </div>
        </form>`;
    }
    return html`${intro}
      <form class="questions list" novalidate @submit=${this.submit}>
        ${groupedItems().map(
          ({ group, items }) => html`<div class="group">
            ${staticHtml`<${h} class="group-heading" id=${`group-${group}`}>${groupName(group)}</${h}>`}
            ${items.map((item) => this.renderQuestion(item))}
          </div>`,
        )}
        ${this.renderNotice()}
        <div class="actions">
          <button type="submit" class="see-result">${msg('See my result', { id: 'rf-ui-see-result' })}</button>
        </div>
      </form>`;
  }

  /** The self-care result's concrete safety net and what helps now. */
  private renderSelfCare(number: string | null, sub: ReturnType<typeof headingTag>): TemplateResult {
    return html`<div class="safety" part="safety">
        ${staticHtml`<${sub}>${msg('Get help at once if this happens', { id: 'rf-ui-safety-heading' })}</${sub}>`}
        ${renderSafetyNet(number)}
        <p>
          ${msg('If your leg gets weak, your foot drags or slaps when you walk, or you feel unwell with a fever, contact a doctor today.', {
            id: 'rf-ui-safety-urgent',
          })}
        </p>
      </div>
      <div class="tips" part="tips">
        ${staticHtml`<${sub}>${msg('What helps now', { id: 'rf-ui-tips-heading' })}</${sub}>`}
        <ul>
          ${selfCareTips().map((tip) => html`<li>${tip}</li>`)}
        </ul>
      </div>`;
  }

  /**
   * The result as a care card (NHS.UK's "immediate", "urgent" and "non-urgent" cards): one panel in the
   * level's colour, one heading, one large primary action (call the emergency number; call the clinic),
   * then how soon, and for self-care the safety net and what helps now. Print is a secondary action.
   */
  private renderResult(): TemplateResult {
    const { result } = this.assessment;
    if (!result) return this.renderQuestions();
    const { level, flags } = result;
    const advice = urgencyAdvice[level];
    const number = this.effectiveEmergencyNumber;
    const yesItems = redFlagItems.filter((item) => flags.includes(item.id));
    const when = this.completedAt ?? new Date();
    const h = headingTag(this.headingLevel);
    const sub = headingTag(this.headingLevel + 1);
    return html`<section class=${`result care-card level-${level}`} part="result" aria-labelledby="result-title" data-level=${level}>
      <div class="care-card-heading">
        ${staticHtml`<${h} class="result-title" id="result-title" tabindex="-1">${advice.title()}</${h}>`}
      </div>
      <div class="care-card-content">
        <p class="action">${advice.action(number)}</p>
        ${level === 'emergency' ? renderEmergencyCall(number) : level === 'urgent' || level === 'soon' ? renderClinicContact(this.clinicName, this.clinicPhone) : nothing}
        <p class="timeframe"><span class="label">${msg('How soon:', { id: 'rf-ui-how-soon' })}</span> ${advice.timeframe()}</p>
        ${level === 'self-care' ? this.renderSelfCare(number, sub) : nothing}
      </div>
    </section>

      <section class="summary" part="summary" aria-labelledby="summary-title">
        ${staticHtml`<${sub} id="summary-title">${msg('Show this to your clinician', { id: 'rf-ui-summary-title' })}</${sub}>`}
        <p class="when">${msg(str`Answered on ${formatDate(when, { dateStyle: 'long', timeStyle: 'short' })}`, { id: 'rf-ui-summary-when' })}</p>
        <p><span class="label">${msg('Result:', { id: 'rf-ui-summary-result' })}</span> ${advice.title()}</p>
        ${yesItems.length > 0
          ? html`<p>${msg('Answered yes to:', { id: 'rf-ui-summary-yes' })}</p>
              <ul class="flags">
                ${yesItems.map((item) => html`<li data-id=${item.id}>${item.question()}</li>`)}
              </ul>`
          : html`<p>${msg('Answered no to every question.', { id: 'rf-ui-summary-all-no' })}</p>`}
      </section>

      <div class="actions">
        <button type="button" class="secondary print" @click=${() => window.print()}>${msg('Print', { id: 'rf-ui-print' })}</button>
        <button type="button" class="secondary change" @click=${this.changeAnswers}>
          ${msg('Change my answers', { id: 'rf-ui-change-answers' })}
        </button>
        <button type="button" class="secondary start-again" @click=${this.startAgain}>
          ${msg('Start again', { id: 'rf-ui-start-again' })}
        </button>
      </div>`;
  }
}
