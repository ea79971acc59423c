/**
 * `<red-flag-checker>`: asks the red-flag questions and says how urgently to get care.
 *
 * The questions, the levels, the advice and the emergency numbers all live in `triage.ts`, and the
 * FHIR output in `fhir.ts`; this element only asks, shows and reports. It never decides anything
 * on its own: every level it shows comes from `triage()` / `levelSoFar()` / `emergencyFlags()`.
 *
 * Safety: the moment any emergency question is answered yes, the emergency advice appears at the
 * top of the element (`role="alert"`, focus moves to it), with no click, scroll or animation in
 * the way, and the person can still go on answering.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { formatDate } from '../core/format.js';
import { SciaticaElement, attribute } from '../core/base.js';
import { enumSpec, textSpec, type AttributeSpec } from '../core/attributes.js';
import { getLocale, getLocaleTag, regionOf } from '../core/locale.js';
import { controlStyles } from '../core/styles.js';
import { VERSION } from '../core/version.js';
import { buildQuestionnaireResponse, type QuestionnaireResponse } from './fhir.js';
import { redFlagCheckerStyles } from './styles.js';
import {
  emergencyFlags,
  emergencyNumberFor,
  levelSoFar,
  redFlagItems,
  triage,
  unansweredIds,
  urgencyAdvice,
  type Answers,
  type RedFlagGroup,
  type RedFlagItem,
  type TriageResult,
  type UrgencyLevel,
} from './triage.js';

export const redFlagModes = ['list', 'stepper'] as const;
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
 * `emergency-number`: any text holding at least one digit (it is shown as text, never as markup).
 * Anything else falls back, with one warning, to the number of the page's region.
 */
const emergencyNumberSpec: AttributeSpec<string | null> = {
  fallback: null,
  fallbackText: "the page region's number, or the words \"your local emergency number\"",
  expected: 'a phone number such as 999',
  parse(raw) {
    return typeof raw === 'string' && /\d/.test(raw) ? { valid: true, value: raw.trim() } : { valid: false };
  },
};

/** Characters allowed in a `tel:` href; everything else (spaces, markup, letters) is dropped. */
function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+*#]/g, '').replace(/#/g, '%23');
  return /\d/.test(digits) ? `tel:${digits}` : null;
}

function groupName(group: RedFlagGroup): string {
  switch (group) {
    case 'bladder-bowel':
      return msg('Bladder and bowel', { id: 'rf-ui-group-bladder-bowel' });
    case 'sensation':
      return msg('Feeling and numbness', { id: 'rf-ui-group-sensation' });
    case 'strength':
      return msg('Strength in your legs and feet', { id: 'rf-ui-group-strength' });
    case 'pain-pattern':
      return msg('Your pain', { id: 'rf-ui-group-pain-pattern' });
    case 'general-health':
      return msg('Your general health', { id: 'rf-ui-group-general-health' });
    case 'history':
      return msg('Your history', { id: 'rf-ui-group-history' });
    case 'progress':
      return msg('How it is going', { id: 'rf-ui-group-progress' });
  }
}

/** Groups in the order their first question appears, so the questions that cannot wait come first. */
function groupedItems(): { group: RedFlagGroup; items: RedFlagItem[] }[] {
  const groups: { group: RedFlagGroup; items: RedFlagItem[] }[] = [];
  for (const item of redFlagItems) {
    let entry = groups.find((g) => g.group === item.group);
    if (!entry) groups.push((entry = { group: item.group, items: [] }));
    entry.items.push(item);
  }
  return groups;
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
 * @attr {string} emergency-number - The number to call in an emergency, such as `999` in the UK. Shown as text; its digits, `+`, `*` and `#` make the `tel:` link. Default: from the region of `<html lang>` (en-US 911, en-GB 999, EU 112, en-AU 000, en-NZ 111), else the words "your local emergency number".
 * @attr {string} clinic-name - Your clinic's name, e.g. `Riverside Physio`, shown with the `urgent` and `soon` results.
 * @attr {string} clinic-phone - Your clinic's phone number, e.g. `+44 20 7946 0000`, shown as a `tel:` link with the `urgent` and `soon` results.
 * @attr {'list'|'stepper'} [mode=list] - `list` shows all questions at once; `stepper` shows one at a time.
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

  static override styles = [...SciaticaElement.styles, controlStyles, redFlagCheckerStyles];

  static override properties: PropertyDeclarations = {
    emergencyNumber: attribute('emergency-number', emergencyNumberSpec),
    clinicName: { attribute: 'clinic-name' },
    clinicPhone: { attribute: 'clinic-phone' },
    mode: attribute('mode', enumSpec(redFlagModes, 'list')),
    currentAnswers: { state: true, attribute: false },
    step: { state: true, attribute: false },
    view: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    completedAt: { state: true, attribute: false },
  };

  /** The number to call in an emergency; when unset, it comes from the page's region. */
  declare emergencyNumber: string | null;
  /** The clinic's name for the `urgent` and `soon` results. */
  declare clinicName: string | null | undefined;
  /** The clinic's phone for the `urgent` and `soon` results. */
  declare clinicPhone: string | null | undefined;
  /** `list` (all questions at once) or `stepper` (one at a time). */
  declare mode: RedFlagMode;

  private declare currentAnswers: Record<string, boolean>;
  private declare step: number;
  private declare view: 'questions' | 'result';
  private declare notice: string | null;
  private declare completedAt: Date | null;
  private emergencySent = false;

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
    return triage(this.currentAnswers as Answers);
  }

  /**
   * Clears every answer and goes back to the first question. Fires `red-flag-change` with empty
   * answers and a `null` level if there were answers; fires nothing else.
   */
  reset(): void {
    const had = Object.keys(this.currentAnswers).length > 0;
    this.currentAnswers = {};
    this.step = 0;
    this.view = 'questions';
    this.notice = null;
    this.completedAt = null;
    this.emergencySent = false;
    if (had) this.emit('red-flag-change', { answers: {}, level: null });
  }

  /** The emergency number to show: the attribute, else the page region's, else `null`. */
  private get effectiveEmergencyNumber(): string | null {
    return this.emergencyNumber ?? emergencyNumberFor(regionOf(getLocaleTag()));
  }

  private answer(id: string, value: boolean): void {
    if (this.currentAnswers[id] === value) return;
    const hadEmergency = emergencyFlags(this.currentAnswers).length > 0;
    this.currentAnswers = { ...this.currentAnswers, [id]: value };
    this.notice = null;
    this.emit('red-flag-change', { answers: this.answers, level: levelSoFar(this.currentAnswers) });
    const flags = emergencyFlags(this.currentAnswers);
    if (flags.length > 0 && !this.emergencySent) {
      this.emergencySent = true;
      this.emit('red-flag-emergency', { flags });
    }
    // The advice just appeared: take the person to it (it is also announced as an alert).
    if (flags.length > 0 && !hadEmergency) void this.focusAfterUpdate('.emergency');
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Focuses a question's checked radio, or its first radio when it has no answer. */
  private async focusQuestion(id: string): Promise<void> {
    await this.updateComplete;
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === id);
    (radios.find((r) => r.checked) ?? radios[0])?.focus();
  }

  private submit(event: Event): void {
    event.preventDefault();
    const missing = unansweredIds(this.currentAnswers);
    if (this.mode === 'stepper') {
      const item = redFlagItems[this.step];
      if (this.currentAnswers[item.id] === undefined) {
        this.notice = msg('Choose yes or no to go on.', { id: 'rf-ui-choose-to-go-on' });
        void this.focusQuestion(item.id);
        return;
      }
      if (this.step < redFlagItems.length - 1) {
        this.step += 1;
        this.notice = null;
        void this.focusQuestion(redFlagItems[this.step].id);
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
      void this.focusQuestion(missing[0]);
      return;
    }
    this.showResult();
  }

  private showResult(): void {
    const result = triage(this.currentAnswers);
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
        version: VERSION,
        language: getLocale(),
      }),
    });
    void this.focusAfterUpdate('.result-title');
  }

  private back(): void {
    if (this.step === 0) return;
    this.step -= 1;
    this.notice = null;
    void this.focusQuestion(redFlagItems[this.step].id);
  }

  private startAgain(): void {
    this.reset();
    void this.focusQuestion(redFlagItems[0].id);
  }

  private changeAnswers(): void {
    this.view = 'questions';
    void this.focusQuestion(redFlagItems[this.mode === 'stepper' ? this.step : 0].id);
  }

  // --- rendering ---

  protected renderContent(): TemplateResult {
    const emergency = emergencyFlags(this.currentAnswers);
    return html`${emergency.length > 0 ? this.renderEmergency() : nothing}
    ${this.view === 'result' ? this.renderResult() : this.renderQuestions()}`;
  }

  private renderTel(phone: string): TemplateResult {
    const href = telHref(phone);
    // The number is always text in a text binding (never markup); only digits, +, * and # reach the href.
    return href ? html`<a href=${href}>${phone}</a>` : html`<span>${phone}</span>`;
  }

  private renderEmergency(): TemplateResult {
    const number = this.effectiveEmergencyNumber;
    const advice = urgencyAdvice.emergency;
    const href = number ? telHref(number) : null;
    return html`<div class="emergency" part="emergency" role="alert" tabindex="-1" aria-labelledby="emergency-title">
      <h2 id="emergency-title">${advice.title()}</h2>
      <p>${advice.action(number)}</p>
      ${number && href
        ? html`<p><a class="call" part="emergency-call" href=${href}>${msg(str`Call ${number}`, { id: 'rf-ui-call-number' })}</a></p>`
        : nothing}
      <p>${advice.timeframe()}</p>
      ${this.view === 'questions'
        ? html`<p class="continue">
            ${msg('Do not wait to finish these questions. You can still answer the rest below.', { id: 'rf-ui-emergency-continue' })}
          </p>`
        : nothing}
    </div>`;
  }

  private renderQuestion(item: RedFlagItem): TemplateResult {
    const value = this.currentAnswers[item.id];
    const hint = item.hint?.();
    const hintId = `hint-${item.id}`;
    return html`<fieldset part="question" class="question" data-id=${item.id} aria-describedby=${hint ? hintId : nothing}>
      <legend id=${`q-${item.id}`}>${item.question()}</legend>
      ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
      <div class="choices">
        <label class="choice">
          <input
            type="radio"
            name=${item.id}
            value="yes"
            .checked=${live(value === true)}
            @change=${() => this.answer(item.id, true)}
          />
          ${msg('Yes', { id: 'rf-ui-yes' })}
        </label>
        <label class="choice">
          <input
            type="radio"
            name=${item.id}
            value="no"
            .checked=${live(value === false)}
            @change=${() => this.answer(item.id, false)}
          />
          ${msg('No', { id: 'rf-ui-no' })}
        </label>
      </div>
    </fieldset>`;
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
    if (this.mode === 'stepper') {
      const index = Math.min(Math.max(this.step, 0), redFlagItems.length - 1);
      const item = redFlagItems[index];
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
          ({ group, items }) => html`<section class="group" aria-labelledby=${`group-${group}`}>
            <h2 id=${`group-${group}`}>${groupName(group)}</h2>
            ${items.map((item) => this.renderQuestion(item))}
          </section>`,
        )}
        ${this.renderNotice()}
        <div class="actions">
          <button type="submit" class="see-result">${msg('See my result', { id: 'rf-ui-see-result' })}</button>
        </div>
      </form>`;
  }

  private renderClinic(): TemplateResult | typeof nothing {
    const name = this.validate('clinic-name', this.clinicName, textSpec)?.trim() ?? '';
    const phone = this.validate('clinic-phone', this.clinicPhone, textSpec)?.trim() ?? '';
    if (!name && !phone) return nothing;
    if (name && phone) {
      return html`<p class="clinic">${msg(html`Call ${name} on ${this.renderTel(phone)}.`, { id: 'rf-ui-clinic-call' })}</p>`;
    }
    if (phone) {
      return html`<p class="clinic">${msg(html`Call your clinic on ${this.renderTel(phone)}.`, { id: 'rf-ui-clinic-call-no-name' })}</p>`;
    }
    return html`<p class="clinic">${msg(str`Contact ${name}.`, { id: 'rf-ui-clinic-contact' })}</p>`;
  }

  private renderResult(): TemplateResult {
    const result = triage(this.currentAnswers);
    if (!result) return this.renderQuestions();
    const { level, flags } = result;
    const advice = urgencyAdvice[level];
    const number = this.effectiveEmergencyNumber;
    const yesItems = redFlagItems.filter((item) => flags.includes(item.id));
    const when = this.completedAt ?? new Date();
    return html`<section class=${`result level-${level}`} part="result" aria-labelledby="result-title" data-level=${level}>
      <h2 class="result-title" id="result-title" tabindex="-1">${advice.title()}</h2>
      <p><span class="label">${msg('What to do:', { id: 'rf-ui-what-to-do' })}</span> ${advice.action(number)}</p>
      ${level === 'emergency' && number && telHref(number) ? html`<p>${this.renderTel(number)}</p>` : nothing}
      <p><span class="label">${msg('How soon:', { id: 'rf-ui-how-soon' })}</span> ${advice.timeframe()}</p>
      ${level === 'urgent' || level === 'soon' ? this.renderClinic() : nothing}
      ${level === 'self-care'
        ? html`<p>
            ${msg('If you get any of the signs in these questions later, get help as the questions say.', {
              id: 'rf-ui-self-care-later',
            })}
          </p>`
        : nothing}

      <section class="summary" part="summary" aria-labelledby="summary-title">
        <h3 id="summary-title">${msg('Show this to your clinician', { id: 'rf-ui-summary-title' })}</h3>
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
        <button type="button" class="print" @click=${() => window.print()}>${msg('Print', { id: 'rf-ui-print' })}</button>
        <button type="button" class="secondary change" @click=${this.changeAnswers}>
          ${msg('Change my answers', { id: 'rf-ui-change-answers' })}
        </button>
        <button type="button" class="secondary start-again" @click=${this.startAgain}>
          ${msg('Start again', { id: 'rf-ui-start-again' })}
        </button>
      </div>
    </section>`;
  }
}
