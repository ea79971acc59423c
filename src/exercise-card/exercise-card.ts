/**
 * `<exercise-card>`: one self-care exercise, from the built-in catalogue (`content/exercises/`) or
 * one the host supplies, with its picture, dose, steps, cautions and stop rule, a hold countdown,
 * "mark done" and the symptom question.
 *
 * The words of the exercises live in the content modules, the dose wording and the caution order in
 * `dose.ts`, the countdown's schedule in `hold-schedule.ts` and its timing in the session clock the
 * nerve glide timer uses too (`core/session-clock.ts`). Where the exercise comes from is
 * `exercise-source.ts`; the details and the "do it" box are templates in `details.ts` and
 * `hold-timer.ts`. This element ties them together and reports what the person did.
 *
 * Safety (docs/clinical-basis.md): the general stop rule (pain or tingling spreading further down the
 * leg → stop) shows on every card, in every mode, never behind a click; "moved down my leg" shows
 * the stop advice at once (`role="alert"`) and pauses a running countdown.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { secondsText } from '../core/counts.js';
import { formatNumber } from '../core/format.js';
import { SciaticaElement, attribute } from '../core/base.js';
import { booleanSpec, enumSpec, numberSpec, textSpec } from '../core/attributes.js';
import { headingTag } from '../core/headings.js';
import { controlStyles } from '../core/styles.js';
import { renderSymptomQuestion, symptomQuestionStyles, type SymptomResponse } from '../core/symptom-question.js';
import { SessionClock, type SessionStatus } from '../core/session-clock.js';
import type { TimelinePosition } from '../core/timeline.js';
import { categoryName } from '../content/exercises/index.js';
import { text, type Exercise } from '../content/exercises/types.js';
import { buildHoldSchedule, type HoldSegment } from './hold-schedule.js';
import { picture, pictureStyles } from './picture.js';
import {
  cardConditions,
  doseLine,
  effectiveDose,
  exerciseSides,
  holdCount,
  type CardCondition,
  type EffectiveDose,
  type ExerciseSide,
} from './dose.js';
import { ExerciseSource, exerciseFailureCodes, type ExerciseInput } from './exercise-source.js';
import { renderDetails } from './details.js';
import { holdsDoneText, renderHoldTimer } from './hold-timer.js';
import { exerciseCardStyles } from './styles.js';

export type { ExerciseCompleteDetail, ExerciseFeedbackDetail, ExerciseStartDetail } from './events.js';
export type { ExerciseInput };

/** State of the hold countdown. */
export type HoldState = SessionStatus;

/**
 * One self-care exercise for sciatica: picture, title, dose, steps, cautions and the stop rule, a
 * hold countdown for exercises with a hold, a "Mark done" button and the "how did your leg symptoms
 * respond?" question.
 *
 * **Start and Mark done.** An exercise with a hold shows Start (it starts the countdown) and Mark
 * done; one without a hold shows only "Mark done", as there is nothing to time. `exercise-start` comes
 * once at the beginning of every go that the person starts: at Start, or, when they mark it done
 * without having pressed Start (every exercise without a hold, or a hold they timed themselves), at
 * Mark done, just before `exercise-complete`. So a host sees every `exercise-complete` preceded by its
 * `exercise-start`, and can count both the same way for every exercise.
 *
 * **Which exercise.** The `exercise` attribute names a catalogue id (the list is in
 * `window.SciaticaWidgets.exercises` and the README). A host supplies its own exercise by setting the
 * `exercise` property to an object of the catalogue's shape, or with a child
 * `<script type="application/json">` holding one (read on connect and whenever the children change).
 * The `exercise` property holds one value: setting the attribute, or assigning a string, makes it a
 * catalogue id; assigning an object makes it that object (whichever came last wins). A child JSON
 * script is used instead of a catalogue id, but an object in the property wins over the script. A
 * host's exercise is validated; a bad one gives the error state naming the field (`invalid-exercise`).
 * It has no picture unless it is given an `illustration` from script.
 *
 * **Dose.** `sets`, `reps`, `hold-seconds` and `frequency` override the catalogue's dose; `side`
 * applies to one-sided exercises only. The hold countdown runs the reps (or, for sets of one hold,
 * the sets) with a short relax between holds; attribute changes during a countdown apply to the next one.
 *
 * **Headings.** The title is an `<h2>` by default, like the other elements' titles; a page that
 * embeds the card under its own `<h2>` (a blog post's section) sets `heading-level="3"`. The card's
 * sub-headings ("How to do it", "Take care", …) are one level below the title.
 *
 * Removing the element pauses a running countdown silently and stops every frame and timer.
 *
 * @customElement exercise-card
 * @attr {string} exercise - Catalogue id, e.g. `mckenzie-press-up`, `seated-nerve-glide`, `glute-bridge`. No default: without it (and without a host exercise) the card shows its error state (`missing-exercise`), once the page has had its chance to set it (loaded, and the browser next idle; or idle after the card was added), so a framework that sets `exercise` just after the element upgrades causes no error; an unknown id gives `unknown-exercise`. Each catalogue exercise is loaded on first use (at once from the one-file bundles; as a chunk from the split build `dist/esm/`, where a chunk that cannot be fetched gives `load-failed`).
 * @attr {number} sets - A clinician's number of sets (a whole number from 1 to 20), instead of the catalogue's.
 * @attr {number} reps - A clinician's reps per set (a whole number from 1 to 100), instead of the catalogue's.
 * @attr {number} hold-seconds - A clinician's hold in seconds (1 to 600), instead of the catalogue's. An exercise with a hold gets the countdown.
 * @attr {string} frequency - How often, in the clinician's words (e.g. "twice a day"), instead of the catalogue's. Shown as text only.
 * @attr {'both'|'left'|'right'} [side=both] - For one-sided exercises: `both` (each side in turn), or only the `left` or `right` side. Ignored for other exercises.
 * @attr {'disc'|'stenosis'|'piriformis'|'none'} [condition=none] - Brings that condition's cautions to the top, under a heading naming it. `none`: everyone's cautions first, then each condition's.
 * @attr {boolean} compact - Shows only the title, picture, dose and stop rule, with the rest behind a "Show steps" button.
 * @attr {boolean} no-feedback - Hides the "how did your leg symptoms respond?" question.
 * @fires {CustomEvent<ExerciseStartDetail>} exercise-start - The person started the exercise: pressed Start (which starts the hold countdown; only exercises with a hold have it), or marked it done without pressing Start (then just before `exercise-complete`, so every go begins with one). Detail: `{ exerciseId }`.
 * @fires {CustomEvent<ExerciseCompleteDetail>} exercise-complete - The person marked the exercise done. Detail: `{ exerciseId, sets, reps, holdSeconds, side, minutes }`, the dose shown (overrides applied); a value the dose does not have is `null`, and `side` is `null` for an exercise that is not one-sided.
 * @fires {CustomEvent<ExerciseFeedbackDetail>} exercise-feedback - The person answered the symptom question. Detail: `{ exerciseId, response }`: `centralized` (moved up toward the back), `unchanged` or `peripheralized` (moved down the leg: the stop advice shows).
 * @csspart card - The card (an `<article>`).
 * @csspart title - The exercise's name (a heading).
 * @csspart category - The category line under the title.
 * @csspart picture - The illustration (SVG).
 * @csspart dose - The dose line.
 * @csspart stop - The stop-rule box (always shown, also in compact mode and in print).
 * @csspart toggle - The "Show steps" button in compact mode.
 * @csspart details - Everything below the stop rule: aim, equipment, steps, cautions, easier and harder versions, sources.
 * @csspart steps - The numbered steps.
 * @csspart cautions - The cautions.
 * @csspart sources - The "Where this comes from" disclosure.
 * @csspart timer - The Start / hold countdown / Mark done area.
 * @csspart seconds - The big number of seconds left in the countdown.
 * @csspart feedback - The symptom question area.
 * @csspart symptom-question - The symptom question.
 * @csspart symptom-advice - The advice shown for the answer.
 * @csspart stop-advice - The stop advice shown when symptoms moved down the leg.
 */
export class ExerciseCard extends SciaticaElement {
  static override readonly defaultTag = 'exercise-card';

  static override styles = [...SciaticaElement.styles, controlStyles, symptomQuestionStyles, exerciseCardStyles, ...pictureStyles];

  static override properties: PropertyDeclarations = {
    exercise: { attribute: 'exercise' },
    sets: attribute('sets', numberSpec({ min: 1, max: 20, integer: true }, undefined)),
    reps: attribute('reps', numberSpec({ min: 1, max: 100, integer: true }, undefined)),
    holdSeconds: attribute('hold-seconds', numberSpec({ min: 1, max: 600 }, undefined)),
    frequency: attribute('frequency', textSpec),
    side: attribute('side', enumSpec(exerciseSides, 'both')),
    condition: attribute('condition', enumSpec(cardConditions, 'none')),
    compact: attribute('compact', booleanSpec('compact')),
    noFeedback: attribute('no-feedback', booleanSpec('no-feedback')),
    started: { state: true, attribute: false },
    done: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    feedback: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /**
   * A catalogue id (string; what the attribute sets), or a host's own exercise object. See the class
   * description for how it and a child JSON script interact.
   */
  declare exercise: ExerciseInput;
  /** A clinician's sets (1–20), or `undefined` for the catalogue's. */
  declare sets: number | undefined;
  /** A clinician's reps per set (1–100), or `undefined` for the catalogue's. */
  declare reps: number | undefined;
  /** A clinician's hold in seconds (1–600), or `undefined` for the catalogue's. */
  declare holdSeconds: number | undefined;
  /** A clinician's "how often", as text, or `null`/`undefined` for the catalogue's. */
  declare frequency: string | null;
  /** `both`, `left` or `right`, for one-sided exercises. */
  declare side: ExerciseSide;
  /** Whose cautions come first: `disc`, `stenosis`, `piriformis` or `none`. */
  declare condition: CardCondition;
  /** Title, picture, dose and stop rule only; the rest behind a disclosure. */
  declare compact: boolean;
  /** Hide the symptom question. */
  declare noFeedback: boolean;

  /** `start()` was called on an exercise without a hold (it has no Start button; a host may still call it). */
  private declare started: boolean;
  private declare done: boolean;
  /** Compact mode: the details are showing. */
  private declare expanded: boolean;
  private declare feedback: SymptomResponse | null;
  /** The text of the live region: changes at each hold and relax, never every second. */
  private declare announcement: string;

  /**
   * @internal The time source in ms (monotonic). Tests replace it with a fake before `start()`;
   * pages never need to. Default `performance.now()`.
   */
  clock: () => number = () => performance.now();

  /** The exercise being shown, once resolved and valid. */
  private current: Exercise | null = null;
  /** The countdown's settings, fixed at Start (attributes may change meanwhile). */
  private session: { holds: number; holdSeconds: number } | null = null;
  private readonly holdClock = new SessionClock<HoldSegment>(this, {
    now: () => this.clock(),
    onSegmentsEntered: (_, latest) => (this.announcement = this.segmentAnnouncement(latest.segment)),
    onDone: () => this.onHoldsDone(),
  });

  /** The countdown's state as of the latest poll. */
  private get holdStatus(): HoldState {
    return this.holdClock.status;
  }

  /** Where the countdown was at the latest poll; `null` before the start. */
  private get position(): TimelinePosition<HoldSegment> | null {
    return this.holdClock.position;
  }
  private readonly source = new ExerciseSource(this);
  /** `exercise-start` has fired for the current go (since the exercise was shown, or since the last Mark done). */
  private goStarted = false;
  /** The source's `version` when the exercise was last resolved. */
  private resolvedVersion = -1;

  constructor() {
    super();
    this.started = false;
    this.done = false;
    this.expanded = false;
    this.feedback = null;
    this.announcement = '';
  }

  // --- public API ---------------------------------------------------------------------------

  /** The id of the exercise shown, or `null` when there is none (error state). */
  get exerciseId(): string | null {
    return this.current?.id ?? null;
  }

  /** The hold countdown's state: `idle`, `running`, `paused` or `complete` (as of the latest poll). */
  get holdState(): HoldState {
    return this.holdStatus;
  }

  /**
   * Starts the exercise: fires `exercise-start`, and for an exercise with a hold starts the
   * countdown (what the Start button does). For an exercise without a hold, which has no Start button,
   * it shows "Going. Press Mark done…". Does nothing while a countdown is running or paused, or without an exercise.
   */
  start(): void {
    const exercise = this.current;
    if (!exercise || this.failure || this.holdStatus === 'running' || this.holdStatus === 'paused') return;
    const dose = this.dose(exercise);
    const holds = holdCount(dose);
    this.done = false;
    if (holds > 0 && dose.holdSeconds !== null) {
      this.session = { holds, holdSeconds: dose.holdSeconds };
      this.holdClock.start(buildHoldSchedule({ holdSeconds: dose.holdSeconds, reps: holds }));
      this.emitStart(exercise);
      this.holdClock.tick();
    } else {
      this.started = true;
      this.announcement = msg('Started. Press Mark done when you have finished.', { id: 'ec-ui-announce-started' });
      this.emitStart(exercise);
    }
  }

  /** Pauses a running countdown. */
  pause(): void {
    if (!this.holdClock.pause()) return;
    this.announcement = msg('Paused.', { id: 'ec-ui-announce-paused' });
  }

  /** Continues a paused countdown exactly where it stopped. */
  resume(): void {
    if (!this.holdClock.resume()) return;
    this.announcement = msg('Going again.', { id: 'ec-ui-announce-resumed' });
    this.holdClock.tick();
  }

  /**
   * Stops the countdown and goes back to the Start button, also from the done state (after "moved
   * down my leg" the card offers no "Do it again": a host page that starts another session calls this).
   */
  reset(): void {
    this.done = false;
    this.holdClock.reset();
    this.session = null;
    this.started = false;
    this.announcement = '';
  }

  /**
   * Marks the exercise done: stops any countdown, fires `exercise-complete` (after `exercise-start`
   * when this go was not started with Start) and shows the done state.
   */
  markDone(): void {
    const exercise = this.current;
    if (!exercise || this.failure || this.done) return;
    const dose = this.dose(exercise);
    if (!this.goStarted) this.emitStart(exercise);
    this.goStarted = false;
    this.reset();
    this.done = true;
    this.announcement = msg('Marked as done. Well done!', { id: 'ec-ui-announce-done' });
    this.emit('exercise-complete', {
      exerciseId: exercise.id,
      sets: dose.sets,
      reps: dose.reps,
      holdSeconds: dose.holdSeconds,
      side: dose.side,
      minutes: dose.minutes,
    });
  }

  /**
   * @internal Polls the clock once, as every animation frame and fallback timeout does. Tests call
   * it after moving their fake clock.
   */
  tick(): void {
    this.holdClock.tick();
  }

  // --- which exercise -------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated && !changed.has('exercise') && this.source.version === this.resolvedVersion) return;
    this.resolvedVersion = this.source.version;
    const resolution = this.source.resolve(this.exercise);
    if (resolution.status === 'failed') {
      this.setCurrent(null);
      this.fail(resolution.code, resolution.message);
      return;
    }
    if (resolution.status === 'missing') {
      // Nothing yet: the parser may not have reached a child <script type="application/json">, or a
      // framework sets `exercise` just after the element upgrades. Only an error if it stays so.
      if (this.failure && (exerciseFailureCodes as readonly string[]).includes(this.failure.code)) this.recover();
      this.setCurrent(null);
      this.failWhenStillMissing(resolution.code, resolution.message, () => !this.source.hasInput(this.exercise));
      return;
    }
    // Leaves an error state that was about which exercise to show, now that there is a good one or one is coming.
    if (this.failure && (exerciseFailureCodes as readonly string[]).includes(this.failure.code)) this.recover();
    this.setCurrent(resolution.status === 'ready' ? resolution.exercise : null);
  }

  /** Also waits for an exercise that is still loading, so "updated" means "shows it". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // A load may lead to another (the validator, then the exercise): wait until none is under way.
    for (let loading = this.source.loadingDone; loading; loading = this.source.loadingDone) {
      await loading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private emitStart(exercise: Exercise): void {
    this.goStarted = true;
    this.emit('exercise-start', { exerciseId: exercise.id });
  }

  /** Shows another exercise; a different one starts fresh (no countdown, not done, no answer). */
  private setCurrent(exercise: Exercise | null): void {
    if (exercise === this.current) return;
    const sameId = exercise !== null && this.current !== null && exercise.id === this.current.id;
    this.current = exercise;
    if (sameId) return;
    this.goStarted = false;
    this.reset();
    this.done = false;
    this.feedback = null;
    this.expanded = false;
  }

  private dose(exercise: Exercise): EffectiveDose {
    return effectiveDose(exercise, {
      sets: this.sets,
      reps: this.reps,
      holdSeconds: this.holdSeconds,
      frequency: this.frequency,
      side: this.side,
    });
  }

  // --- what the clock reports ----------------------------------------------------------------

  private onHoldsDone(): void {
    const done = holdsDoneText(this.session?.holds ?? 1);
    this.announcement = msg(str`${done}. Press Mark done when you have finished.`, { id: 'ec-ui-announce-holds-done-then' });
  }

  private segmentAnnouncement(segment: HoldSegment): string {
    const holds = this.session?.holds ?? 1;
    const duration = secondsText(segment.durationMs / 1000);
    if (segment.kind === 'relax') return msg(str`Relax for ${duration}.`, { id: 'ec-ui-announce-relax-for' });
    return msg(str`Hold ${segment.rep} of ${holds}. Hold for ${duration}.`, { id: 'ec-ui-announce-hold-for' });
  }

  // --- rendering --------------------------------------------------------------------------------

  protected renderContent(): TemplateResult | typeof nothing {
    const exercise = this.current;
    if (!exercise) return nothing;
    const level = this.headingLevel;
    const dose = this.dose(exercise);
    const h = headingTag(level);
    const details = renderDetails(exercise, level + 1, this.condition);
    return html`<article class="card" part="card" aria-labelledby="ec-title">
        ${staticHtml`<${h} id="ec-title" class="title" part="title">${text(exercise.title)}</${h}>`}
        <p class="category" part="category">${categoryName(exercise.category)}</p>
        ${this.renderPicture(exercise)}
        <p class="dose" part="dose">
          <span class="visually-hidden">${msg('How much:', { id: 'ec-ui-dose-label' })} </span>${doseLine(dose, (n) => formatNumber(n))}
        </p>
        ${this.renderStop(exercise)}
        ${this.compact
          ? html`<button
                type="button"
                class="secondary toggle"
                part="toggle"
                aria-expanded=${this.expanded ? 'true' : 'false'}
                aria-controls="ec-details"
                @click=${this.onToggle}
              >
                ${this.expanded ? msg('Hide steps', { id: 'ec-ui-hide-steps' }) : msg('Show steps', { id: 'ec-ui-show-steps' })}
              </button>
              <div class="details" part="details" id="ec-details" ?hidden=${!this.expanded}>${details}</div>`
          : html`<div class="details" part="details" id="ec-details">${details}</div>`}
        ${this.renderTimer(exercise, dose)}
        ${this.noFeedback
          ? nothing
          : html`<div class="feedback" part="feedback">
              ${renderSymptomQuestion({ answer: this.feedback, onAnswer: this.onFeedback, id: 'ec-symptom-question', emergencyNumber: this.effectiveEmergencyNumber })}
            </div>`}
      </article>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-live>${this.announcement}</div>`;
  }

  private renderPicture(exercise: Exercise): TemplateResult | typeof nothing {
    // The built-in pictures move (with a Pause button); a host's own is drawn still (picture.ts).
    return exercise.illustration ? html`${picture(exercise.illustration)}` : nothing;
  }

  private renderStop(exercise: Exercise): TemplateResult {
    return html`<div class="stop" part="stop">
      <p class="stop-rule"><strong>${msg('Stop this movement if pain or tingling spreads further down your leg.', { id: 'ec-ui-stop-rule' })}</strong></p>
      ${exercise.stopRule ? html`<p>${text(exercise.stopRule)}</p>` : nothing}
    </div>`;
  }

  private renderTimer(exercise: Exercise, dose: EffectiveDose): TemplateResult {
    return renderHoldTimer(
      {
        title: text(exercise.title),
        dose,
        status: this.holdStatus,
        started: this.started,
        done: this.done,
        stopped: this.feedback === 'peripheralized',
        position: this.position,
        holds: this.session?.holds ?? 1,
      },
      {
        start: this.onStartClick,
        pause: this.onPauseClick,
        resume: this.onResumeClick,
        reset: this.onResetClick,
        markDone: this.onDoneClick,
        again: this.onAgainClick,
      },
    );
  }

  // --- handlers -----------------------------------------------------------------------------------

  private readonly onToggle = (): void => {
    this.expanded = !this.expanded;
  };

  private readonly onStartClick = (): void => {
    this.start();
    void this.focusAfterUpdate('.timer button', { onlyFromInside: true });
  };

  private readonly onPauseClick = (): void => {
    this.pause();
    void this.focusAfterUpdate('.timer button.resume', { onlyFromInside: true });
  };

  private readonly onResumeClick = (): void => {
    this.resume();
    void this.focusAfterUpdate('.timer button.pause, .timer button', { onlyFromInside: true });
  };

  private readonly onResetClick = (): void => {
    this.reset();
    void this.focusAfterUpdate('.timer button.start', { onlyFromInside: true });
  };

  private readonly onDoneClick = (): void => {
    this.markDone();
    void this.focusAfterUpdate('.done-message', { onlyFromInside: true });
  };

  private readonly onAgainClick = (): void => {
    this.reset();
    void this.focusAfterUpdate('.timer button.start', { onlyFromInside: true });
  };

  private readonly onFeedback = (response: SymptomResponse): void => {
    const exercise = this.current;
    if (!exercise || this.feedback === response) return;
    this.feedback = response;
    // "Stop this exercise": a running countdown stops counting at once.
    if (response === 'peripheralized') this.pause();
    this.emit('exercise-feedback', { exerciseId: exercise.id, response });
  };
}
