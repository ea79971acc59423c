/**
 * `<exercise-card>`: one self-care exercise, from the built-in catalogue (`content/exercises/`) or
 * one the host supplies, with its picture, dose, steps, cautions and stop rule, a hold countdown,
 * "mark done" and the symptom question.
 *
 * The words of the exercises live in the content modules, the dose wording and the caution order in
 * `dose.ts`, the countdown's schedule in `hold-schedule.ts`, and its timing in the clock the nerve
 * glide timer uses too (`core/timeline.ts`): this element only resolves which exercise to show,
 * renders it, polls the clock and reports what the person did.
 *
 * Safety (design/CLINICAL.md): the general stop rule (pain or tingling spreading further down the
 * leg → stop) shows on every card, in every mode, never behind a click; "moved down my leg" shows
 * the stop advice at once (`role="alert"`) and pauses a running countdown.
 */
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../core/format.js';
import { FrameLoop } from '../core/frame-loop.js';
import { SciaticaElement, attribute } from '../core/base.js';
import { booleanSpec, enumSpec, numberSpec, textSpec } from '../core/attributes.js';
import { controlStyles } from '../core/styles.js';
import { renderSymptomQuestion, symptomQuestionStyles, type SymptomResponse } from '../core/symptom-question.js';
import { Timeline, type TimelinePosition } from '../core/timeline.js';
import { categoryName, isExerciseId, loadExercise, loadedExercise } from '../content/exercises/index.js';
import { text, type Exercise, type LocalText } from '../content/exercises/types.js';
import { parseExerciseJson, validateExercise, type ExerciseCheck } from '../content/exercises/validate.js';
import { viewBox } from '../content/illustrations/figure.js';
import { buildHoldSchedule, type HoldSegment } from './hold-schedule.js';
import {
  cardConditions,
  conditionHeading,
  doseLine,
  effectiveDose,
  exerciseSides,
  holdCount,
  orderCautions,
  type CardCondition,
  type EffectiveDose,
  type ExerciseSide,
} from './dose.js';
import { exerciseCardStyles } from './styles.js';

/** Detail of `exercise-start`. */
export interface ExerciseStartDetail {
  /** The id of the exercise shown (a host's own exercise: its `id`). */
  exerciseId: string;
}

/**
 * Detail of `exercise-complete`: the dose the card showed (the catalogue's with the attribute
 * overrides). A value the dose does not have is `null`, never left out.
 */
export interface ExerciseCompleteDetail {
  exerciseId: string;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  /** `left`, `right` or `both` for a one-sided exercise; `null` for one that is not one-sided. */
  side: ExerciseSide | null;
  /** Minutes, for timed activities and positions (walking, the 90-90 rest); else `null`. */
  minutes: number | null;
}

/** Detail of `exercise-feedback`. */
export interface ExerciseFeedbackDetail {
  exerciseId: string;
  /** `centralized` (moved up toward the back), `unchanged` or `peripheralized` (moved down the leg). */
  response: SymptomResponse;
}

declare module '../core/events.js' {
  interface SciaticaEventDetails {
    'exercise-start': ExerciseStartDetail;
    'exercise-complete': ExerciseCompleteDetail;
    'exercise-feedback': ExerciseFeedbackDetail;
  }
}

/** What the `exercise` property accepts: a catalogue id, or a host's own exercise object. */
export type ExerciseInput = string | Exercise | Record<string, unknown> | null | undefined;

/** State of the hold countdown. */
export type HoldState = 'idle' | 'running' | 'paused' | 'complete';


/** Heading tags by level; chosen from this fixed table only, never from a host's text. */
const HEADING_TAGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

const headingTag = (level: number): StaticValue => HEADING_TAGS[Math.min(6, Math.max(2, Math.round(level)))] ?? literal`h6`;

/**
 * One self-care exercise for sciatica: picture, title, dose, steps, cautions and the stop rule, a
 * hold countdown for exercises with a hold, a "Mark done" button and the "how did your leg symptoms
 * respond?" question.
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
 * @attr {number} [heading-level=2] - Level of the title heading, a whole number from 2 to 6.
 * @fires {CustomEvent<ExerciseStartDetail>} exercise-start - The person pressed Start (for an exercise with a hold, this starts the countdown). Detail: `{ exerciseId }`.
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

  static override styles = [...SciaticaElement.styles, controlStyles, symptomQuestionStyles, exerciseCardStyles];

  static override properties: PropertyDeclarations = {
    exercise: { attribute: 'exercise' },
    sets: attribute('sets', numberSpec({ min: 1, max: 20, integer: true }, undefined)),
    reps: attribute('reps', numberSpec({ min: 1, max: 100, integer: true }, undefined)),
    holdSeconds: attribute('hold-seconds', numberSpec({ min: 1, max: 600 }, undefined)),
    frequency: { attribute: 'frequency' },
    side: attribute('side', enumSpec(exerciseSides, 'both')),
    condition: attribute('condition', enumSpec(cardConditions, 'none')),
    compact: attribute('compact', booleanSpec('compact')),
    noFeedback: attribute('no-feedback', booleanSpec('no-feedback')),
    headingLevel: attribute('heading-level', numberSpec({ min: 2, max: 6, integer: true }, 2)),
    hostJson: { state: true, attribute: false },
    holdStatus: { state: true, attribute: false },
    position: { state: true, attribute: false },
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
  declare frequency: string | null | undefined;
  /** `both`, `left` or `right`, for one-sided exercises. */
  declare side: ExerciseSide;
  /** Whose cautions come first: `disc`, `stenosis`, `piriformis` or `none`. */
  declare condition: CardCondition;
  /** Title, picture, dose and stop rule only; the rest behind a disclosure. */
  declare compact: boolean;
  /** Hide the symptom question. */
  declare noFeedback: boolean;
  /** Level of the title heading (2–6). */
  declare headingLevel: number;

  /** The text of the first child `<script type="application/json">`, or `null` without one. */
  private declare hostJson: string | null;
  private declare holdStatus: HoldState;
  private declare position: TimelinePosition<HoldSegment> | null;
  /** Start was pressed on an exercise without a hold. */
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
  private timeline: Timeline<HoldSegment> | null = null;
  /** The countdown's settings, fixed at Start (attributes may change meanwhile). */
  private session: { holds: number; holdSeconds: number } | null = null;
  private lastIndex = -1;
  private readonly loop = new FrameLoop(() => this.tick());
  private observer: MutationObserver | null = null;

  constructor() {
    super();
    this.hostJson = null;
    this.holdStatus = 'idle';
    this.position = null;
    this.started = false;
    this.done = false;
    this.expanded = false;
    this.feedback = null;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readHostJson();
    if (typeof MutationObserver === 'function') {
      this.observer ??= new MutationObserver(() => this.readHostJson());
      this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['type'] });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    // Nothing keeps running once the element is gone: the countdown pauses silently.
    if (this.timeline && this.holdStatus === 'running') {
      this.poll(false);
      if (this.timeline.pause()) this.holdStatus = 'paused';
    }
    this.stopLoop();
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
   * countdown. Does nothing while a countdown is running or paused, or without an exercise.
   */
  start(): void {
    const exercise = this.current;
    if (!exercise || this.failure || this.holdStatus === 'running' || this.holdStatus === 'paused') return;
    const dose = this.dose(exercise);
    const holds = holdCount(dose);
    this.done = false;
    if (holds > 0 && dose.holdSeconds !== null) {
      this.session = { holds, holdSeconds: dose.holdSeconds };
      this.timeline = new Timeline(buildHoldSchedule({ holdSeconds: dose.holdSeconds, reps: holds }), () => this.clock());
      this.lastIndex = -1;
      this.timeline.start();
      this.holdStatus = 'running';
      this.emit('exercise-start', { exerciseId: exercise.id });
      this.poll();
      if (this.holdStatus === 'running') this.schedule();
    } else {
      this.started = true;
      this.announcement = msg('Started. Press Mark done when you have finished.', { id: 'ec-ui-announce-started' });
      this.emit('exercise-start', { exerciseId: exercise.id });
    }
  }

  /** Pauses a running countdown. */
  pause(): void {
    if (!this.timeline || this.holdStatus !== 'running') return;
    this.poll();
    if (this.holdStatus !== 'running' || !this.timeline.pause()) return;
    this.holdStatus = 'paused';
    this.position = this.timeline.at();
    this.stopLoop();
    this.announcement = msg('Paused.', { id: 'ec-ui-announce-paused' });
  }

  /** Continues a paused countdown exactly where it stopped. */
  resume(): void {
    if (!this.timeline || this.holdStatus !== 'paused' || !this.timeline.resume()) return;
    this.holdStatus = 'running';
    this.announcement = msg('Going again.', { id: 'ec-ui-announce-resumed' });
    this.poll();
    if (this.holdStatus === 'running') this.schedule();
  }

  /** Stops the countdown and goes back to the Start button. */
  reset(): void {
    this.stopLoop();
    this.timeline?.reset();
    this.timeline = null;
    this.session = null;
    this.lastIndex = -1;
    this.position = null;
    this.holdStatus = 'idle';
    this.started = false;
    this.announcement = '';
  }

  /** Marks the exercise done: stops any countdown, fires `exercise-complete` and shows the done state. */
  markDone(): void {
    const exercise = this.current;
    if (!exercise || this.failure || this.done) return;
    const dose = this.dose(exercise);
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
    if (this.holdStatus !== 'running') return;
    this.poll();
    if (this.holdStatus === 'running') this.schedule();
  }

  // --- which exercise -------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('exercise') || changed.has('hostJson')) {
      this.resolveExercise();
    }
  }

  private resolveExercise(): void {
    const input = this.exercise;
    let check: ExerciseCheck | null = null;
    let failure: { code: string; message: string } | null = null;
    if (input !== null && input !== undefined && typeof input !== 'string') {
      check = validateExercise(input);
    } else if (this.hostJson !== null) {
      check = parseExerciseJson(this.hostJson);
    } else if (typeof input === 'string' && input.trim() !== '') {
      const id = input.trim();
      const found = loadedExercise(id);
      if (found) check = { ok: true, exercise: found };
      else if (isExerciseId(id)) {
        // Not loaded yet (the split build fetches each exercise on first use): show nothing until
        // it arrives, then resolve again.
        this.load(id);
        this.clearContentFailure();
        this.setCurrent(null);
        return;
      } else
        failure = {
          code: 'unknown-exercise',
          message: `exercise="${id.length > 60 ? `${id.slice(0, 57)}…` : id}" is not in the catalogue. The ids are listed in window.SciaticaWidgets.exercises (or exerciseIds in the module build) and in the README.`,
        };
    } else {
      // Nothing yet. The parser may not have reached a child <script type="application/json">, or a
      // framework sets `exercise` just after the element upgrades: only an error if it stays so.
      this.clearContentFailure();
      this.setCurrent(null);
      this.failWhenStillMissing(
        'missing-exercise',
        'no exercise to show: set exercise="…" to a catalogue id (listed in window.SciaticaWidgets.exercises and in the README), or supply your own with the exercise property or a child <script type="application/json">.',
        () => this.hostJson === null && (this.exercise === null || this.exercise === undefined || (typeof this.exercise === 'string' && this.exercise.trim() === '')),
      );
      return;
    }
    if (check && !check.ok) {
      failure = { code: 'invalid-exercise', message: `the exercise is not valid: field "${check.field}": ${check.message}.` };
    }
    if (failure || !check?.ok) {
      this.setCurrent(null);
      if (failure) this.fail(failure.code, failure.message);
      return;
    }
    this.clearContentFailure();
    this.setCurrent(check.exercise);
  }

  /** Leaves an error state that was about which exercise to show, now that there is a good one. */
  private clearContentFailure(): void {
    if (this.failure && ['unknown-exercise', 'missing-exercise', 'invalid-exercise', 'load-failed'].includes(this.failure.code)) this.recover();
  }

  /** The catalogue load under way, if any; `updateComplete` waits for it. */
  private loading: { id: string; done: Promise<unknown> } | null = null;

  private load(id: string): void {
    if (this.loading?.id === id) return;
    const done = loadExercise(id).then(
      () => {
        if (this.loading?.done !== done) return;
        this.loading = null;
        this.resolveExercise();
        this.requestUpdate();
      },
      (error: unknown) => {
        if (this.loading?.done !== done) return;
        this.loading = null;
        this.fail('load-failed', `exercise "${id}" could not be loaded (${error instanceof Error ? error.message : String(error)}). Check that the chunks of the split build are served beside its entry file.`);
      },
    );
    this.loading = { id, done };
  }

  /** Also waits for a catalogue exercise that is still loading, so "updated" means "shows it". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.loading) {
      await this.loading.done;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Shows another exercise; a different one starts fresh (no countdown, not done, no answer). */
  private setCurrent(exercise: Exercise | null): void {
    if (exercise === this.current) return;
    const sameId = exercise !== null && this.current !== null && exercise.id === this.current.id;
    this.current = exercise;
    if (sameId) return;
    this.reset();
    this.done = false;
    this.feedback = null;
    this.expanded = false;
  }

  private readHostJson(): void {
    const script = [...this.children].find(
      (child): child is HTMLScriptElement => child.localName === 'script' && (child.getAttribute('type') ?? '').trim().toLowerCase() === 'application/json',
    );
    const json = script ? (script.textContent ?? '') : null;
    if (json !== this.hostJson) this.hostJson = json;
  }

  private dose(exercise: Exercise): EffectiveDose {
    return effectiveDose(exercise, {
      sets: this.sets,
      reps: this.reps,
      holdSeconds: this.holdSeconds,
      frequency: this.validate('frequency', this.frequency, textSpec),
      side: this.side,
    });
  }

  // --- the loop -----------------------------------------------------------------------------

  private poll(announce = true): void {
    const timeline = this.timeline;
    if (!timeline || this.holdStatus !== 'running') return;
    const position = timeline.at();
    const entered = timeline.segmentsEntered(this.lastIndex, position.index);
    this.lastIndex = Math.max(this.lastIndex, position.index);
    this.position = position;
    const latest = entered.at(-1);
    if (latest && announce) this.announcement = this.segmentAnnouncement(latest.segment);
    if (position.done) {
      this.holdStatus = 'complete';
      this.stopLoop();
      const holds = this.session?.holds ?? 0;
      if (announce) {
        this.announcement = msg(str`All ${holds} holds done. Press Mark done when you have finished.`, { id: 'ec-ui-announce-holds-done' });
      }
    }
  }

  /** Keeps polling while the session runs and the element is on the page. */
  private schedule(): void {
    if (this.isConnected && this.holdStatus === 'running') this.loop.schedule();
  }

  private stopLoop(): void {
    this.loop.stop();
  }

  private segmentAnnouncement(segment: HoldSegment): string {
    const holds = this.session?.holds ?? 1;
    const seconds = formatNumber(segment.durationMs / 1000);
    if (segment.kind === 'relax') return msg(str`Relax for ${seconds} seconds.`, { id: 'ec-ui-announce-relax' });
    return msg(str`Hold ${segment.rep} of ${holds}. Hold for ${seconds} seconds.`, { id: 'ec-ui-announce-hold' });
  }

  // --- rendering --------------------------------------------------------------------------------

  protected renderContent(): TemplateResult | typeof nothing {
    const exercise = this.current;
    if (!exercise) return nothing;
    const level = this.headingLevel;
    const dose = this.dose(exercise);
    const h = headingTag(level);
    const details = this.renderDetails(exercise, level + 1);
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
              ${renderSymptomQuestion({ answer: this.feedback, onAnswer: this.onFeedback, id: 'ec-symptom-question' })}
            </div>`}
      </article>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-live>${this.announcement}</div>`;
  }

  private renderPicture(exercise: Exercise): TemplateResult | typeof nothing {
    const picture = exercise.illustration;
    if (!picture) return nothing;
    return html`<svg class="picture" part="picture" viewBox=${viewBox} role="img" aria-label=${text(picture.alt)} focusable="false">
      ${svg`${picture.render()}`}
    </svg>`;
  }

  private renderStop(exercise: Exercise): TemplateResult {
    return html`<div class="stop" part="stop">
      <p class="stop-rule"><strong>${msg('Stop this movement if pain or tingling spreads further down your leg.', { id: 'ec-ui-stop-rule' })}</strong></p>
      ${exercise.stopRule ? html`<p>${text(exercise.stopRule)}</p>` : nothing}
    </div>`;
  }

  private renderDetails(exercise: Exercise, level: number): TemplateResult {
    const h = headingTag(level);
    const sub = headingTag(level + 1);
    const list = (items: readonly LocalText[]) => items.map((item) => html`<li>${text(item)}</li>`);
    const groups = orderCautions(exercise.cautions, this.condition);
    return html`
      <p class="aim">${text(exercise.aim)}</p>
      ${staticHtml`<${h}>${msg('What you need', { id: 'ec-ui-equipment' })}</${h}>`}
      ${exercise.equipment.length > 0
        ? html`<ul class="equipment">${list(exercise.equipment)}</ul>`
        : html`<p class="equipment">${msg('Nothing: no equipment needed.', { id: 'ec-ui-no-equipment' })}</p>`}
      ${staticHtml`<${h}>${msg('How to do it', { id: 'ec-ui-steps' })}</${h}>`}
      <ol class="steps" part="steps">
        ${list(exercise.steps)}
      </ol>
      ${groups.length > 0
        ? html`<div class="cautions" part="cautions">
            ${staticHtml`<${h}>${msg('Take care', { id: 'ec-ui-cautions' })}</${h}>`}
            ${groups.map((group) =>
              group.condition === null
                ? html`<ul class="caution-group" data-condition="general">${list(group.items)}</ul>`
                : html`<div class="caution-group condition ${group.condition === this.condition ? 'chosen' : ''}" data-condition=${group.condition}>
                    ${staticHtml`<${sub}>${conditionHeading(group.condition)}</${sub}>`}
                    <ul>${list(group.items)}</ul>
                  </div>`,
            )}
          </div>`
        : nothing}
      ${exercise.easier
        ? html`<div class="variant easier">${staticHtml`<${h}>${msg('Easier version', { id: 'ec-ui-easier' })}</${h}>`}
            <p>${text(exercise.easier)}</p></div>`
        : nothing}
      ${exercise.harder
        ? html`<div class="variant harder">${staticHtml`<${h}>${msg('When it gets easy', { id: 'ec-ui-harder' })}</${h}>`}
            <p>${text(exercise.harder)}</p></div>`
        : nothing}
      ${exercise.sources.length > 0
        ? html`<details class="sources" part="sources">
            <summary>${msg('Where this comes from', { id: 'ec-ui-sources' })}</summary>
            <ul>
              ${exercise.sources.map((source) => html`<li>${source}</li>`)}
            </ul>
          </details>`
        : nothing}
    `;
  }

  private renderTimer(exercise: Exercise, dose: EffectiveDose): TemplateResult {
    const doneButton = html`<button type="button" class="${this.holdStatus === 'complete' || this.started ? '' : 'secondary'} mark-done" @click=${this.onDoneClick}>
      ${msg('Mark done', { id: 'ec-ui-mark-done' })}
    </button>`;
    let body: TemplateResult;
    if (this.done) {
      body = html`<p class="done-message" tabindex="-1">${msg('Done. Well done!', { id: 'ec-ui-done' })}</p>
        <div class="actions">
          <button type="button" class="secondary again" @click=${this.onAgainClick}>${msg('Do it again', { id: 'ec-ui-again' })}</button>
        </div>`;
    } else if (this.holdStatus === 'idle') {
      const holds = holdCount(dose);
      body = html`${holds > 0 && dose.holdSeconds !== null
          ? html`<p class="timer-intro">
              ${msg(str`Press Start for a countdown: ${formatNumber(holds)} × ${formatNumber(dose.holdSeconds)} seconds.`, {
                id: 'ec-ui-timer-intro',
              })}
            </p>`
          : this.started
            ? html`<p class="timer-intro">${msg('Going. Press Mark done when you have finished.', { id: 'ec-ui-started' })}</p>`
            : nothing}
        <div class="actions">
          ${this.started ? nothing : html`<button type="button" class="start" @click=${this.onStartClick}>${msg('Start', { id: 'ec-ui-start' })}</button>`}
          ${doneButton}
        </div>`;
    } else {
      const segment = this.position?.segment;
      const holds = this.session?.holds ?? 1;
      const complete = this.holdStatus === 'complete';
      const paused = this.holdStatus === 'paused';
      const seconds = complete ? 0 : Math.ceil((this.position?.remainingInSegmentMs ?? 0) / 1000);
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
              ? html`<button type="button" class="resume" @click=${this.onResumeClick}>${msg('Resume', { id: 'ec-ui-resume' })}</button>`
              : html`<button type="button" class="pause" @click=${this.onPauseClick}>${msg('Pause', { id: 'ec-ui-pause' })}</button>`}
          <button type="button" class="secondary reset" @click=${this.onResetClick}>${msg('Reset', { id: 'ec-ui-reset' })}</button>
          ${doneButton}
        </div>`;
    }
    return html`<section class="timer" part="timer" aria-label=${msg(str`Do it: ${text(exercise.title)}`, { id: 'ec-ui-timer-label' })}>${body}</section>`;
  }

  // --- handlers -----------------------------------------------------------------------------------

  private readonly onToggle = (): void => {
    this.expanded = !this.expanded;
  };

  private readonly onStartClick = (): void => {
    this.start();
    void this.focusAfterUpdate('.timer button');
  };

  private readonly onPauseClick = (): void => {
    this.pause();
    void this.focusAfterUpdate('.timer button.resume');
  };

  private readonly onResumeClick = (): void => {
    this.resume();
    void this.focusAfterUpdate('.timer button.pause, .timer button');
  };

  private readonly onResetClick = (): void => {
    this.reset();
    void this.focusAfterUpdate('.timer button.start');
  };

  private readonly onDoneClick = (): void => {
    this.markDone();
    void this.focusAfterUpdate('.done-message');
  };

  private readonly onAgainClick = (): void => {
    this.done = false;
    this.reset();
    void this.focusAfterUpdate('.timer button.start');
  };

  private readonly onFeedback = (response: SymptomResponse): void => {
    const exercise = this.current;
    if (!exercise || this.feedback === response) return;
    this.feedback = response;
    // "Stop this exercise": a running countdown stops counting at once.
    if (response === 'peripheralized') this.pause();
    this.emit('exercise-feedback', { exerciseId: exercise.id, response });
  };

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    const active = document.activeElement;
    if (target && (active === this || active === document.body || active === null || this.shadowRoot?.activeElement)) target.focus();
  }
}
