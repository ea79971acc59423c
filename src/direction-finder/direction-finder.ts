/**
 * `<direction-finder>`: guides a person through the directional-preference test and gives them a plan
 * (docs/clinical-basis.md, "The directional-preference test").
 *
 * The rules live in `protocol.ts` (a pure state machine) and the plan's words in
 * `content/direction-plan.ts`; the steps' templates in `safety.ts`, `reading.ts`, `movement.ts` and
 * `result.ts`; the stored last result in `last-result.ts`. This element keeps the protocol's state,
 * passes each answer to `answer()`, and fires the events by comparing the new state with the old one.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { SciaticaElement, attribute } from '../core/base.js';
import { textSpec } from '../core/attributes.js';
import { ElementWidthController } from '../core/element-width.js';
import { headingTag } from '../core/headings.js';
import { careCardStyles } from '../core/care-card.js';
import { controlStyles, emergencyStyles } from '../core/styles.js';
import { yesNoStyles } from '../core/yes-no-question.js';
import { loadExercise } from '../content/exercises/index.js';
import type { Exercise } from '../content/exercises/types.js';
import type { ExtentRank } from '../pain-map/regions.js';
import type { DirectionResultDetail } from './events.js';
import { KeptResult } from './kept-result.js';
import { renderLastTime, renderStorageStatus } from './last-result-view.js';
import { renderMovement } from './movement.js';
import {
  answer,
  maxRoundsPerMovement,
  safetyItems,
  startProtocol,
  type DirectionResult,
  type DirectionStep,
  type Movement,
  type ProtocolAnswer,
  type ProtocolState,
} from './protocol.js';
import { renderReading, type ReadingDraft, type ReadingProblem } from './reading.js';
import { renderResult } from './result.js';
import { renderSafety } from './safety.js';
import { directionFinderStyles } from './styles.js';
import { pictureStyles } from '../exercise-card/picture.js';
import { movementExercise, readingText } from './text.js';

export type { DirectionEmergencyDetail, DirectionResultDetail, DirectionStepDetail } from './events.js';


const emptyReading = (): ReadingDraft => ({ extent: null, intensity: null });

/** The four stages the person sees at the top, and the protocol steps in each. */
const stages: readonly { steps: readonly DirectionStep[]; label: () => string }[] = [
  { steps: ['safety'], label: () => msg('Safety questions', { id: 'df-ui-stage-safety' }) },
  { steps: ['before'], label: () => msg('Where you feel it', { id: 'df-ui-stage-before' }) },
  { steps: ['extension', 'after-extension', 'flexion', 'after-flexion'], label: () => msg('Movements', { id: 'df-ui-stage-movements' }) },
  { steps: ['result'], label: () => msg('Your plan', { id: 'df-ui-stage-result' }) },
];

/** Whether a round made the leg worse (read as such by the protocol). */
const hurt = (response: string, spreading: boolean) => spreading || response === 'peripheralized' || response === 'worsened';

/**
 * Guides a person through the directional-preference test, one step at a time: safety questions
 * first, then where their symptoms reach and how strong they are, about 10 press-ups (extension),
 * where they reach after, knees to chest (flexion) if needed, and a plan. Any yes to a safety
 * question shows the emergency or urgent advice at once and stops the test.
 *
 * During a movement, "Stop: it is spreading down my leg" is always in view; pressing it ends that
 * movement for good. Each movement has at most three rounds when nothing changes.
 *
 * `reset()` (and the "Start again" button) goes back to the safety questions with nothing answered;
 * it fires `direction-step` (`safety`) when the person was on another step, and nothing else.
 *
 * Storage (`storage-key`, opt-in; without it `localStorage` is never touched): the result, with the
 * day it was found, is kept under the key when the test ends (only the last one), and the person can
 * forget it. When the element starts, a kept result is offered above the safety questions ("Your
 * direction last time: bending backward (extension), 3 days ago"). Data under the key that is not a
 * result (another script's, or damaged) is ignored with one warning and left as it is until a new
 * result replaces it; full or switched-off storage gives a polite line; nothing throws.
 *
 * @customElement direction-finder
 * @attr {string} clinic-name - Your clinic's name, e.g. `Riverside Physio`, shown with the urgent advice and when no direction is found ("see a physiotherapist").
 * @attr {string} clinic-phone - Your clinic's phone number, e.g. `+44 20 7946 0000`, shown as a `tel:` link with the urgent advice and when no direction is found.
 * @attr {string} storage-key - Opt in to remembering the last result and its date in `localStorage` under this key, offered next time.
 * @fires {CustomEvent<DirectionStepDetail>} direction-step - The person moved to another step (also on `reset()` from another step). Detail: `{ step }`: `safety`, `before`, `extension`, `after-extension`, `flexion`, `after-flexion` or `result`.
 * @fires {CustomEvent<DirectionEmergencyDetail>} direction-emergency - A safety answer was yes: the emergency or urgent advice is already showing and the test has stopped. Fired again if a later answer adds a sign. Detail: `{ flags, level }`, `level` being `emergency` or `urgent`.
 * @fires {CustomEvent<DirectionResultDetail>} direction-result - The test ended. Detail: `{ direction, rounds, stenosisPattern }`: `direction` is `extension`, `flexion` or `none`; `rounds` lists `{ movement, before, after, response, spreading }` with `before`/`after` as `{ extent, intensity }`.
 * @csspart stages - The list of the test's four stages at the top.
 * @csspart emergency - The emergency advice box (a safety answer was an emergency sign).
 * @csspart emergency-call - The link that calls the emergency number.
 * @csspart stop - The urgent advice card (a safety answer was an urgent sign).
 * @csspart clinic-call - The link that calls the clinic.
 * @csspart question - Each safety question's fieldset.
 * @csspart last-time - The note about the last result (with `storage-key`).
 * @csspart levels - The "how far down" choices.
 * @csspart strengths - The "how strong" choices.
 * @csspart stop-bar - The bar with "Stop: it is spreading down my leg" during a movement.
 * @csspart picture - The exercise's picture during a movement.
 * @csspart steps - The exercise's steps during a movement.
 * @csspart stop-rule - The stop rule during a movement.
 * @csspart counter - The repetition count during a movement.
 * @csspart cautions - The exercise's cautions during a movement.
 * @csspart result - The plan: a care card.
 * @csspart safety - The safety net in the plan.
 * @csspart safety-net - The line naming the emergency signs and the number.
 * @csspart report - What the person reported, round by round.
 * @csspart sources - The "Where this comes from" disclosure.
 */
export class DirectionFinder extends SciaticaElement {
  static override readonly defaultTag = 'direction-finder';

  static override styles = [...SciaticaElement.styles, controlStyles, emergencyStyles, yesNoStyles, careCardStyles, directionFinderStyles, ...pictureStyles];

  static override properties: PropertyDeclarations = {
    clinicName: attribute('clinic-name', textSpec),
    clinicPhone: attribute('clinic-phone', textSpec),
    storageKey: attribute('storage-key', textSpec),
    protocol: { state: true, attribute: false },
    safetyDraft: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    reading: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    reps: { state: true, attribute: false },
    exercises: { state: true, attribute: false },
  };

  /** The clinic's name, for the urgent advice and "see a physiotherapist". */
  declare clinicName: string | null;
  /** The clinic's phone, for the urgent advice and "see a physiotherapist". */
  declare clinicPhone: string | null;
  /** The `localStorage` key of the last result, or unset (nothing stored). */
  declare storageKey: string | null;

  private declare protocol: ProtocolState;
  /** Safety answers given but not yet sent to the test (the "no"s; a yes is sent at once). */
  private declare safetyDraft: Readonly<Record<string, boolean>>;
  private declare notice: string | null;
  private declare reading: ReadingDraft;
  private declare problem: ReadingProblem;
  /** Repetitions counted in this round. */
  private declare reps: number;
  /** The two exercises, once loaded (their pictures, steps and cautions). */
  private declare exercises: Partial<Record<Movement, Exercise>>;

  /** When the test ended (for the report and the stored day). */
  private completedAt: Date | null = null;
  /** The exercises being loaded, so `updateComplete` means "shows them". */
  private loading: Promise<unknown> | null = null;
  private readonly width = new ElementWidthController(this, [640]);
  /** The kept result (only ever touched when storageKey is set). */
  private readonly kept = new KeptResult(this, (key, message) => this.warn(key, message));

  constructor() {
    super();
    this.exercises = {};
    this.startFresh();
  }

  /** The step the person is on: `safety`, `before`, `extension`, `after-extension`, `flexion`, `after-flexion` or `result`. */
  get step(): DirectionStep {
    return this.protocol.step;
  }

  /** The result once the test has ended (`{ direction, rounds, stenosisPattern }`), else `null`. */
  get result(): DirectionResult | null {
    return this.protocol.result;
  }

  /**
   * Goes back to the safety questions with nothing answered. Fires `direction-step` (`safety`) when the
   * person was on another step; fires nothing else. A kept result (`storage-key`) stays kept.
   */
  reset(): void {
    const from = this.protocol.step;
    this.startFresh();
    this.kept.clearNotice();
    if (from !== 'safety') this.emit('direction-step', { step: 'safety' });
  }

  /** A new test at the safety step with nothing answered (the loaded exercises stay). */
  private startFresh(): void {
    this.protocol = startProtocol();
    this.safetyDraft = {};
    this.notice = null;
    this.reading = emptyReading();
    this.problem = null;
    this.reps = 0;
    this.completedAt = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey')) this.kept.load(this.storageKey);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // An exercise that arrives re-renders the step: wait for that too.
    while (this.loading) {
      await this.loading;
      done = (await super.getUpdateComplete()) && done;
    }
    return done;
  }

  // --- the test ---

  /** Passes one answer to the test and fires what changed. Returns whether it was taken. */
  private apply(input: ProtocolAnswer): boolean {
    const before = this.protocol;
    const update = answer(before, input);
    if (!update.ok) {
      // Only a stale answer (a double tap on a step that has just moved on) can get here from the UI.
      this.warn(`answer:${update.problem}`, `an answer was not taken: ${update.problem}.`);
      return false;
    }
    const next = update.state;
    this.protocol = next;
    const { stop } = next;
    if (stop && (!before.stop || stop.flags.length > before.stop.flags.length || stop.level !== before.stop.level)) {
      this.emit('direction-emergency', { flags: [...stop.flags], level: stop.level });
    }
    if (next.step !== before.step) {
      this.reading = emptyReading();
      this.problem = null;
      this.reps = 0;
      this.notice = null;
      if (next.step === 'before') this.loadExercises();
      if (next.step === 'result' && next.result) this.finish(next.result);
      this.emit('direction-step', { step: next.step });
      if (next.result && !before.result) this.emit('direction-result', resultDetail(next.result));
      void this.focusAfterUpdate('#df-step-title');
    }
    return true;
  }

  private answerSafety(id: string, yes: boolean): void {
    if (yes || this.protocol.stop) {
      // A yes stops the test at once (with every answer given so far), whatever is left unanswered.
      this.apply({ step: 'safety', answers: { ...this.safetyDraft, [id]: yes } });
      this.safetyDraft = {};
      return;
    }
    this.safetyDraft = { ...this.safetyDraft, [id]: false };
    this.notice = null;
  }

  private submitSafety(event: Event): void {
    event.preventDefault();
    if (this.protocol.stop) return;
    const given = { ...this.protocol.safetyAnswers, ...this.safetyDraft };
    const missing = safetyItems.filter((item) => given[item.id] === undefined);
    if (missing.length > 0) {
      this.notice =
        missing.length === 1
          ? msg('Please answer the last question to go on.', { id: 'df-ui-answer-last' })
          : msg(str`Please answer every question to go on. ${missing.length} are not answered yet.`, { id: 'df-ui-answer-all' });
      const first = missing[0]?.id;
      void this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLInputElement>(`input[name="${first}"]`));
      return;
    }
    this.apply({ step: 'safety', answers: this.safetyDraft });
    this.safetyDraft = {};
  }

  private submitReading(event: Event): void {
    event.preventDefault();
    const { extent, intensity } = this.reading;
    const step = this.protocol.step;
    if (extent === null || intensity === null) {
      this.problem = extent === null && intensity === null ? 'both' : extent === null ? 'extent' : 'intensity';
      void this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLInputElement>(`input[name="${extent === null ? 'df-extent' : 'df-intensity'}"]`));
      return;
    }
    if (step !== 'before' && step !== 'after-extension' && step !== 'after-flexion') return;
    this.apply({ step, reading: { extent, intensity } });
  }

  private finishRound(spreading: boolean): void {
    const step = this.protocol.step;
    if (step !== 'extension' && step !== 'flexion') return;
    this.apply({ step, spreading });
  }

  private startAgain(): void {
    this.reset();
    void this.focusAfterUpdate('#df-step-title');
  }

  /** Loads both exercises once the safety questions are past (a page that never gets there loads neither). */
  private loadExercises(): void {
    if (this.loading || (this.exercises.extension && this.exercises.flexion)) return;
    const movements: Movement[] = ['extension', 'flexion'];
    this.loading = Promise.all(
      movements.map((movement) =>
        loadExercise(movementExercise[movement]).then(
          (exercise) => {
            if (exercise) this.exercises = { ...this.exercises, [movement]: exercise };
          },
          (error: unknown) => {
            // The split build could not fetch it: the step still works, with its own words and no picture.
            this.warn(`load:${movement}`, `could not load the ${movementExercise[movement]} exercise (${error instanceof Error ? error.message : String(error)}); its picture and steps are left out.`);
          },
        ),
      ),
    ).finally(() => {
      this.loading = null;
    });
  }

  /** The test ended: note when, and keep the result if the host opted in. */
  private finish(result: DirectionResult): void {
    this.completedAt = new Date();
    if (this.storageKey) this.kept.save(this.storageKey, result, this.completedAt);
  }

  private forget(): void {
    if (!this.storageKey) return;
    this.kept.forget(this.storageKey);
    void this.focusAfterUpdate('.storage-status');
  }

  // --- rendering ---

  protected renderContent(): TemplateResult {
    const { step } = this.protocol;
    return html`${this.renderStages()}
      <div class="step step-${step} ${this.width.below(640) ? 'narrow' : 'wide'}" data-step=${step}>${this.renderStep()}</div>`;
  }

  private renderStages(): TemplateResult {
    const { step } = this.protocol;
    const current = stages.findIndex((stage) => stage.steps.includes(step));
    // On a phone only the current stage is named on screen; screen readers still hear every name.
    const narrow = this.width.below(640);
    return html`<ol class="stages" part="stages" aria-label=${msg('Steps of the test', { id: 'df-ui-stages' })}>
      ${stages.map(
        (stage, index) => html`<li class=${index < current ? 'done' : index === current ? 'current' : ''} aria-current=${index === current ? 'step' : nothing}>
          <span class="stage-number" aria-hidden="true">${index + 1}</span>
          <span class="stage-label ${narrow && index !== current ? 'visually-hidden' : ''}">${stage.label()}</span>
        </li>`,
      )}
    </ol>`;
  }

  private renderStep(): TemplateResult {
    const state = this.protocol;
    switch (state.step) {
      case 'safety':
        return renderSafety(
          {
            answers: { ...this.safetyDraft, ...state.safetyAnswers },
            stop: state.stop,
            emergencyNumber: this.effectiveEmergencyNumber,
            clinicName: this.clinicName,
            clinicPhone: this.clinicPhone,
            headingLevel: this.headingLevel,
            notice: this.notice,
            lastTime: this.storageKey ? renderLastTime(this.kept, () => this.forget()) : nothing,
          },
          { answer: (id, yes) => this.answerSafety(id, yes), submit: (event) => this.submitSafety(event), startAgain: () => this.startAgain() },
        );
      case 'before':
      case 'after-extension':
      case 'after-flexion':
        return this.renderReadingStep(state.step);
      case 'extension':
      case 'flexion':
        return this.renderMovementStep(state.step);
      case 'result':
        return state.result
          ? renderResult(
              {
                result: state.result,
                completedAt: this.completedAt ?? new Date(),
                emergencyNumber: this.effectiveEmergencyNumber,
                clinicName: this.clinicName,
                clinicPhone: this.clinicPhone,
                headingLevel: this.headingLevel,
                narrow: this.width.below(640),
                stored: this.storageKey ? renderStorageStatus(this.kept, () => this.forget()) : nothing,
              },
              { print: () => window.print(), startAgain: () => this.startAgain() },
            )
          : html``;
    }
  }

  private renderReadingStep(step: 'before' | 'after-extension' | 'after-flexion'): TemplateResult {
    const h = this.headingLevel;
    const current = this.protocol.current;
    const title =
      step === 'before'
        ? msg('Where do you feel it now?', { id: 'df-ui-before-title' })
        : step === 'after-extension'
          ? msg('After the press-ups: where do you feel it now?', { id: 'df-ui-after-extension-title' })
          : msg('After knees to chest: where do you feel it now?', { id: 'df-ui-after-flexion-title' });
    let intro: TemplateResult | typeof nothing = nothing;
    if (step === 'before') {
      intro = html`<p class="intro">
        ${msg('Before you move, notice your symptoms: pain, numbness or tingling. You will answer the same two questions after each round, to see whether they move up toward your back or further down your leg.', {
          id: 'df-ui-before-intro',
        })}
      </p>`;
    } else if (current) {
      const start = readingText(current.start);
      intro = html`${current.spreading
          ? html`<p class="lead spreading-note">
              ${msg('You stopped because it was spreading down your leg. Rest for a minute, then answer. This round counts as spreading, whatever you answer now.', {
                id: 'df-ui-spreading-note',
              })}
            </p>`
          : nothing}
        <p class="reference">
          ${step === 'after-extension'
            ? msg(str`When you started the press-ups: ${start}.`, { id: 'df-ui-reference-extension' })
            : msg(str`When you started knees to chest: ${start}.`, { id: 'df-ui-reference-flexion' })}
        </p>`;
    }
    return html`${this.heading(h, title)} ${intro}
      <form class="reading" novalidate @submit=${(event: Event) => this.submitReading(event)}>
        ${renderReading(
          { draft: this.reading, problem: this.problem },
          {
            extent: (value: ExtentRank) => {
              this.reading = { ...this.reading, extent: value };
              if (this.problem) this.problem = this.reading.intensity === null ? 'intensity' : null;
            },
            intensity: (value: number) => {
              this.reading = { ...this.reading, intensity: value };
              if (this.problem) this.problem = this.reading.extent === null ? 'extent' : null;
            },
          },
        )}
        <div class="actions"><button type="submit" class="next">${msg('Next', { id: 'rf-ui-next' })}</button></div>
      </form>`;
  }

  private heading(level: number, text: string): TemplateResult {
    const h = headingTag(level);
    return staticHtml`<${h} class="step-title" id="df-step-title" tabindex="-1">${text}</${h}>`;
  }

  /** Why this round: one more of the same, or the other direction now (nothing for the very first). */
  private roundLead(movement: Movement, round: number): string | null {
    const max = maxRoundsPerMovement;
    if (round > 1) return msg(str`No clear change yet, so do one more round. This is round ${round} of at most ${max}.`, { id: 'df-ui-lead-again' });
    if (movement === 'extension') return null;
    const extension = this.protocol.rounds.filter((r) => r.movement === 'extension');
    const last = extension[extension.length - 1];
    if (last && hurt(last.response, last.spreading)) {
      return msg('The press-ups made your leg symptoms worse, so leave them out for now. Try the other direction instead: knees to chest.', {
        id: 'df-ui-lead-flexion-after-worse',
      });
    }
    return msg(str`${max} rounds of press-ups did not change your symptoms. Now try the other direction: knees to chest.`, { id: 'df-ui-lead-flexion-after-same' });
  }

  private renderMovementStep(movement: Movement): TemplateResult {
    const round = this.protocol.current?.round ?? 1;
    return renderMovement(
      { movement, round, exercise: this.exercises[movement] ?? null, lead: this.roundLead(movement, round), reps: this.reps, headingLevel: this.headingLevel },
      { count: () => (this.reps += 1), done: () => this.finishRound(false), spreading: () => this.finishRound(true) },
    );
  }

  /** Above the safety questions: the result kept last time, and a way to forget it. */
}

/** The event detail: plain copies, so a host that changes them changes nothing here. */
function resultDetail(result: DirectionResult): DirectionResultDetail {
  return {
    direction: result.direction,
    rounds: result.rounds.map((round) => ({ ...round, before: { ...round.before }, after: { ...round.after } })),
    stenosisPattern: result.stenosisPattern,
  };
}
