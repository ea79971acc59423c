/**
 * `<nerve-glide-timer>`: a guided seated nerve glide (the slider of docs/clinical-basis.md).
 *
 * All timing comes from the session clock (`core/session-clock.ts`) over the schedule of
 * `glide-schedule.ts`: this element renders where the session is and fires one event per phase the
 * clock reports. A hidden tab, a slow frame or a paused debugger never stretches or shortens the
 * session: after a gap, the next poll catches up and reports every phase crossed, in order. The
 * words are in `glide-text.ts` (this element decides when the full cue is said and when the short
 * one), the tones in `tones.ts`, the spoken cues in `voice.ts`, the wake lock in `core/wake-lock.ts`.
 */
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { headingTag } from '../core/headings.js';
import { formatNumber } from '../core/format.js';
import { SciaticaElement, attribute } from '../core/base.js';
import { booleanSpec, enumSpec, numberSpec } from '../core/attributes.js';
import { MediaQueryController } from '../core/media-query.js';
import { controlStyles } from '../core/styles.js';
import { renderSymptomQuestion, symptomQuestionStyles, type SymptomResponse } from '../core/symptom-question.js';
import { SessionClock, type SessionStatus } from '../core/session-clock.js';
import type { SegmentEntry, TimelinePosition } from '../core/timeline.js';
import { WakeLockController } from '../core/wake-lock.js';
import { renderGlideFigure } from './figure.js';
import { buildGlideSchedule, glideDefaults, glideRanges, ringFraction, type GlidePhase, type GlideSegment } from './glide-schedule.js';
import { builtInCue, completeSummary, doseSummary, glideSides, phaseAnnouncement, phaseName, shortCue, type GlideSide } from './glide-text.js';
import { nerveGlideTimerStyles } from './styles.js';
import { ToneController } from './tones.js';
import { VoiceController } from './voice.js';

export { glideSides, type GlideSide };

/** `state` of the element: `resting` is a running session in the rest between sets. */
export type GlideState = 'idle' | 'running' | 'paused' | 'resting' | 'complete';

import type { GlideProgressDetail } from './events.js';

export type { GlideCompleteDetail, GlideFeedbackDetail, GlidePhaseDetail, GlideProgressDetail, GlideStartDetail } from './events.js';

/** Length of the ring's circle (r = 42), for stroke-dasharray/offset. */
const RING_LENGTH = 2 * Math.PI * 42;

/** Controls on which Space already does something of its own, so the element must not also toggle. */
const OWN_SPACE_TAGS = new Set(['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'SUMMARY', 'A', 'AUDIO', 'VIDEO']);

/**
 * A guided seated nerve glide (the "slider"): a set-up screen, then alternating extension and
 * flexion phases with a moving figure, large cue text, a progress ring, glide and set counters and
 * the rest countdown between sets, then a completion screen that first asks how the leg symptoms
 * responded.
 *
 * Screen readers: a polite live region says the full cue of the first extension and the first
 * flexion of a session (the host's slotted cue, or the built-in one), then only short cues
 * ("Straighten. Glide 3 of 10.", "Bend."), which a screen reader finishes before the next phase.
 *
 * Reduced motion (`prefers-reduced-motion: reduce`, followed live): the progress ring steps once a
 * second, with the seconds shown in it, instead of sweeping.
 *
 * Keyboard: Space starts, pauses and resumes while focus is on the element or inside it (except on
 * a button, where Space presses the button). Escape does nothing: it never loses progress.
 *
 * The screen stays on while the session runs (Screen Wake Lock, where the browser has it); it is let
 * go on pause, completion, reset and removal. Removing the element pauses the session silently
 * (no event) and stops every timer, frame, wake lock, sound and speech; put back in the page it stays
 * paused until `resume()` or the Resume button. Attribute changes during a session apply to the next one.
 *
 * @customElement nerve-glide-timer
 * @attr {number} [reps=10] - Glides per set (one glide = extension + flexion), a whole number from 1 to 50.
 * @attr {number} [sets=1] - Number of sets, a whole number from 1 to 10.
 * @attr {number} [phase-seconds=2.5] - Seconds per phase, from 1 to 15 (at 2.5 a full glide takes about 5 seconds).
 * @attr {number} [rest-seconds=30] - Seconds of rest between sets, from 0 to 300.
 * @attr {'left'|'right'|'none'} [side=none] - The leg to move, named in the cue text ("straighten your left knee"); `none` names no side.
 * @attr {boolean} sound - A short, soft tone at each phase change (Web Audio, started by the Start button).
 * @attr {boolean} voice - Short spoken cues at each phase change ("Straighten. Glide 3 of 10.", "Bend.", "Set 1 done. Rest for 30 seconds.", and "Well done" at the end), with the browser's speech synthesis in the page's language; started by the person's Start or Resume click (Resume says the current phase again), stopped on pause, reset and removal. Each cue cuts off the one before, so none is late. A browser without speech synthesis stays silent. Off by default.
 * @fires {CustomEvent<GlideStartDetail>} glide-start - The session started. Detail: `{ reps, sets, phaseSeconds }`.
 * @fires {CustomEvent<GlidePhaseDetail>} glide-phase - A phase began, including the first. One per phase, in order, even after a gap (hidden tab). Detail: `{ phase, rep, set }`, `phase` being `extension`, `flexion` or `rest`.
 * @fires {CustomEvent<GlideProgressDetail>} glide-pause - The session was paused. Detail: `{ rep, set, elapsedMs }`.
 * @fires {CustomEvent<GlideProgressDetail>} glide-resume - The session was resumed. Detail: `{ rep, set, elapsedMs }`.
 * @fires {CustomEvent<GlideProgressDetail>} glide-reset - The session was reset to the set-up screen. Detail: where it was: `{ rep, set, elapsedMs }`.
 * @fires {CustomEvent<GlideCompleteDetail>} glide-complete - All sets are done (once per session). Detail: `{ reps, sets, elapsedMs }`.
 * @fires {CustomEvent<GlideFeedbackDetail>} glide-feedback - The person answered the symptom question on the completion screen. Detail: `{ response }`: `centralized` (moved up toward the back), `unchanged` or `peripheralized` (moved down the leg: the stop advice shows).
 * @slot setup - Replaces the built-in "how to sit" instructions on the set-up screen. The feel and stop-rule text stays.
 * @slot extension-cue - Replaces the built-in extension cue ("Straighten your knee, pull your toes up toward you and look up").
 * @slot flexion-cue - Replaces the built-in flexion cue ("Bend your knee back down, point your toes away and tuck your chin").
 * @csspart setup - The set-up screen.
 * @csspart stop-rule - The stop-rule box on the set-up screen.
 * @csspart start - The Start button.
 * @csspart session - The running session (counters, figure, cue, ring, controls).
 * @csspart counters - The "Glide 3 of 10 · Set 1 of 2" line.
 * @csspart cue - The large cue text.
 * @csspart figure - The moving figure (SVG).
 * @csspart progress - The progress ring of the phase (SVG).
 * @csspart controls - The Pause/Resume and Reset buttons.
 * @csspart complete - The completion screen.
 * @csspart symptom-question - The symptom question on the completion screen.
 * @csspart symptom-advice - The advice shown for the answer.
 * @csspart stop-advice - The stop advice shown when symptoms moved down the leg.
 */
export class NerveGlideTimer extends SciaticaElement {
  static override readonly defaultTag = 'nerve-glide-timer';

  static override styles = [...SciaticaElement.styles, controlStyles, symptomQuestionStyles, nerveGlideTimerStyles];

  static override properties: PropertyDeclarations = {
    reps: attribute('reps', numberSpec(glideRanges.reps, glideDefaults.reps)),
    sets: attribute('sets', numberSpec(glideRanges.sets, glideDefaults.sets)),
    phaseSeconds: attribute('phase-seconds', numberSpec(glideRanges.phaseSeconds, glideDefaults.phaseSeconds)),
    restSeconds: attribute('rest-seconds', numberSpec(glideRanges.restSeconds, glideDefaults.restSeconds)),
    side: attribute('side', enumSpec(glideSides, 'none')),
    sound: attribute('sound', booleanSpec('sound')),
    voice: attribute('voice', booleanSpec('voice')),
    announcement: { state: true, attribute: false },
    feedback: { state: true, attribute: false },
  };

  /** Glides per set (1–50). */
  declare reps: number;
  /** Sets (1–10). */
  declare sets: number;
  /** Seconds per phase (1–15). */
  declare phaseSeconds: number;
  /** Seconds of rest between sets (0–300). */
  declare restSeconds: number;
  /** The leg named in the cue, or `none`. */
  declare side: GlideSide;
  /** A soft tone at each phase change. */
  declare sound: boolean;
  /** Short spoken cues at each phase change (speech synthesis). */
  declare voice: boolean;

  /** The text of the live region: changes on each phase, pause, resume and completion, never per second. */
  private declare announcement: string;
  private declare feedback: SymptomResponse | null;

  /**
   * @internal The time source in ms (monotonic). Tests replace it with a fake before `start()`;
   * pages never need to. Default `performance.now()`.
   */
  clock: () => number = () => performance.now();

  /** The settings of the session in progress (attributes may change meanwhile). */
  private session: { reps: number; sets: number; phaseSeconds: number } | null = null;
  private readonly sessionClock = new SessionClock<GlideSegment>(this, {
    now: () => this.clock(),
    onSegmentsEntered: (entries, latest) => this.onSegmentsEntered(entries, latest.segment),
    onDone: (position) => this.onDone(position),
  });
  private readonly wakeLock = new WakeLockController(this);
  private readonly tones = new ToneController(this);
  private readonly speech = new VoiceController(this);
  private readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  /** The phases whose full cue the live region has said in this session (each once, then short cues). */
  private readonly fullCueSaid = new Set<GlidePhase>();

  /** Where the session was at the latest poll; `null` before the start. */
  private get position(): TimelinePosition<GlideSegment> | null {
    return this.sessionClock.position;
  }

  /** The clock's state at the latest poll (`complete` once the completion event has fired). */
  private get status(): SessionStatus {
    return this.sessionClock.status;
  }

  constructor() {
    super();
    this.announcement = '';
    this.feedback = null;
    this.addEventListener('keydown', this.onKeyDown);
  }

  // --- public API ---------------------------------------------------------------------------

  /** `idle`, `running`, `paused`, `resting` (running, in the rest between sets) or `complete`, as of the latest poll. */
  get state(): GlideState {
    if (this.status === 'running' && this.position?.segment?.kind === 'rest') return 'resting';
    return this.status;
  }

  /** The current phase (`extension`, `flexion` or `rest`) while a session is running or paused; `null` when idle or complete. */
  get phase(): GlidePhase | null {
    if (this.status === 'idle' || this.status === 'complete') return null;
    return this.position?.segment?.kind ?? null;
  }

  /** The current glide within the set (1-based); 0 before the start; the last one when complete. */
  get rep(): number {
    return this.position?.segment?.rep ?? 0;
  }

  /** The current set (1-based); 0 before the start; the last one when complete. */
  get set(): number {
    return this.position?.segment?.set ?? 0;
  }

  /**
   * Starts a session with the current attributes. Does nothing unless idle (call `reset()` first
   * to start over). Fires `glide-start`, then `glide-phase` for the first extension.
   */
  start(): void {
    if (this.status !== 'idle') return;
    const settings = { reps: this.reps, sets: this.sets, phaseSeconds: this.phaseSeconds, restSeconds: this.restSeconds };
    this.session = { reps: settings.reps, sets: settings.sets, phaseSeconds: settings.phaseSeconds };
    this.feedback = null;
    this.fullCueSaid.clear();
    this.sessionClock.start(buildGlideSchedule(settings));
    if (this.sound) this.tones.prepare();
    this.emit('glide-start', { ...this.session });
    this.sessionClock.tick();
    if (this.sessionClock.status === 'running') void this.wakeLock.keepAwake();
  }

  /** Pauses a running session (time stops counting). Fires `glide-pause`. */
  pause(): void {
    // The clock catches up first, so every phase crossed until now is fired before the pause.
    if (!this.sessionClock.pause()) return;
    this.wakeLock.release();
    this.speech.cancel();
    this.announcement = msg('Paused.', { id: 'ng-announce-paused' });
    this.emit('glide-pause', this.progressDetail());
  }

  /** Continues a paused session exactly where it stopped. Fires `glide-resume`. */
  resume(): void {
    if (!this.sessionClock.resume()) return;
    if (this.sound) this.tones.prepare();
    // Said from the Resume click, so the voice may speak (and the person hears where they are).
    const segment = this.position?.segment;
    if (this.voice && segment) this.speech.say(segment.kind === 'rest' ? phaseName('rest') : shortCue(segment, this.sessionSettings()));
    this.announcement = msg('Going again.', { id: 'ng-announce-resumed' });
    this.emit('glide-resume', this.progressDetail());
    this.sessionClock.tick();
    if (this.sessionClock.status === 'running') void this.wakeLock.keepAwake();
  }

  /** Stops the session and goes back to the set-up screen. Fires `glide-reset` (with where it was) unless already idle. */
  reset(): void {
    if (this.status === 'idle') return;
    // Catch up first, so the detail says where the session really was.
    this.sessionClock.tick();
    const detail = this.progressDetail();
    this.wakeLock.release();
    this.speech.cancel();
    this.sessionClock.reset();
    this.session = null;
    this.feedback = null;
    this.announcement = '';
    this.emit('glide-reset', detail);
  }

  /**
   * @internal Polls the clock once, as every animation frame and fallback timeout does: updates
   * the display and fires the events of everything that happened since the last poll. Tests call it
   * after moving their fake clock.
   */
  tick(): void {
    this.sessionClock.tick();
  }

  // --- what the clock reports ----------------------------------------------------------------

  private onSegmentsEntered(entries: readonly SegmentEntry<GlideSegment>[], latest: GlideSegment): void {
    for (const { segment } of entries) this.emit('glide-phase', { phase: segment.kind, rep: segment.rep, set: segment.set });
    const session = this.sessionSettings();
    // The full cue once per phase kind and session; after that the short one (glide-text.ts says why).
    const full = latest.kind !== 'rest' && !this.fullCueSaid.has(latest.kind);
    if (full) this.fullCueSaid.add(latest.kind);
    this.announcement = phaseAnnouncement(latest, this.cueFor(latest.kind), session, full);
    if (this.sound) this.tones.play(latest.kind);
    if (this.voice) this.speech.say(shortCue(latest, session));
  }

  private onDone(position: TimelinePosition<GlideSegment>): void {
    this.wakeLock.release();
    const session = this.sessionSettings();
    this.announcement = msg('Well done. You have finished your nerve glides.', { id: 'ng-announce-complete' });
    if (this.voice) this.speech.say(this.announcement);
    this.emit('glide-complete', { reps: session.reps, sets: session.sets, elapsedMs: position.elapsedMs });
    void this.focusAfterUpdate('.complete-title', { onlyFromInside: true });
  }

  // --- keyboard -------------------------------------------------------------------------------

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== ' ' && event.code !== 'Space') return;
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    // On a button (or any control with its own Space) Space already does something: never twice.
    const origin = event.composedPath()[0];
    if (origin instanceof Element && origin !== this) {
      if (OWN_SPACE_TAGS.has(origin.tagName) || (origin as HTMLElement).isContentEditable || origin.closest('[role="button"],[role="checkbox"],[role="radio"]')) return;
    }
    switch (this.status) {
      case 'idle':
        this.start();
        break;
      case 'running':
        this.pause();
        break;
      case 'paused':
        this.resume();
        break;
      default:
        return;
    }
    event.preventDefault();
    // The screen changed under the focus: keep it inside the element.
    if (this.state !== 'complete') void this.focusAfterUpdate('.session', { onlyFromInside: true });
  };


  // A voice switched off mid-sentence stops at once.
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('voice') && !this.voice) this.speech.cancel();
  }

  // --- text -------------------------------------------------------------------------------------

  /** The counts of the session in progress, else of the attributes. */
  private sessionSettings(): { reps: number; sets: number } {
    return this.session ?? { reps: this.reps, sets: this.sets };
  }

  private progressDetail(): GlideProgressDetail {
    return { rep: this.rep, set: this.set, elapsedMs: this.sessionClock.elapsedMs };
  }

  /** The host's slotted text for a cue, if it gave one. */
  private slottedText(slot: string): string | null {
    const nodes = [...this.children].filter((child) => child.getAttribute('slot') === slot);
    const text = nodes
      .map((node) => node.textContent)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    return text || null;
  }

  /** The cue of a phase: the host's slotted text, else the built-in one. */
  private cueFor(phase: GlidePhase): string {
    const slotted = phase === 'extension' ? this.slottedText('extension-cue') : phase === 'flexion' ? this.slottedText('flexion-cue') : null;
    return slotted ?? builtInCue(phase, this.side);
  }

  // --- rendering --------------------------------------------------------------------------------

  protected renderContent(): TemplateResult {
    let view: TemplateResult;
    if (this.status === 'idle') view = this.renderSetup();
    else if (this.status === 'complete') view = this.renderComplete();
    else view = this.renderSession();
    return html`${view}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-live>${this.announcement}</div>`;
  }

  private renderSetup(): TemplateResult {
    const h = headingTag(this.headingLevel);
    const sub = headingTag(this.headingLevel + 1);
    const totalSeconds = this.sets * this.reps * 2 * this.phaseSeconds + (this.sets > 1 && this.restSeconds > 0 ? (this.sets - 1) * this.restSeconds : 0);
    const minutes = Math.max(1, Math.round(totalSeconds / 60));
    const dose = doseSummary({ reps: this.reps, sets: this.sets }, minutes);
    return html`<section class="setup" part="setup" aria-labelledby="ng-title">
      ${staticHtml`<${h} id="ng-title" class="heading">${msg('Seated nerve glide', { id: 'ng-title' })}</${h}>`}
      ${staticHtml`<${sub} class="subheading">${msg('How to sit', { id: 'ng-setup-heading' })}</${sub}>`}
      <slot name="setup">
        <ul>
          <li>${msg('Sit on a firm chair, not a soft sofa.', { id: 'ng-setup-chair' })}</li>
          <li>${msg('Let your back and shoulders round forward (slump).', { id: 'ng-setup-slump' })}</li>
          <li>${msg('Rest your hands on your thighs.', { id: 'ng-setup-hands' })}</li>
          <li>${this.side === 'left'
            ? msg('You will move your left leg.', { id: 'ng-setup-leg-left' })
            : this.side === 'right'
              ? msg('You will move your right leg.', { id: 'ng-setup-leg-right' })
              : msg('You will move your painful leg (the one with the sciatica).', { id: 'ng-setup-leg-painful' })}</li>
          <li>${msg('If slumping on its own sends pain down your leg, sit up a little straighter.', { id: 'ng-setup-slump-ease' })}</li>
        </ul>
      </slot>
      ${staticHtml`<${sub} class="subheading">${msg('What it should feel like', { id: 'ng-feel-heading' })}</${sub}>`}
      <p>
        ${msg('You move your leg and head together, slowly. It should feel like a gentle pull at most, never sharp pain.', { id: 'ng-feel' })}
      </p>
      <div class="stop-rule" part="stop-rule">
        <p>
          <strong>${msg('Stop if tingling or pain spreads further down your leg, or if it lingers afterwards.', { id: 'ng-stop-rule-sentence' })}</strong>
        </p>
      </div>
      <p class="dose">${dose}</p>
      <div class="actions">
        <button type="button" class="start" part="start" @click=${this.onStartClick}>${msg('Start', { id: 'ng-start' })}</button>
      </div>
    </section>`;
  }

  private renderSession(): TemplateResult {
    const h = headingTag(this.headingLevel);
    const position = this.position;
    const segment = position?.segment;
    const session = this.session ?? { reps: this.reps, sets: this.sets, phaseSeconds: this.phaseSeconds };
    const phase: GlidePhase = segment?.kind ?? 'extension';
    const paused = this.status === 'paused';
    // Under reduced motion the ring steps with the seconds shown in it, rather than sweeping every frame.
    const stepped = this.reducedMotion.matches;
    const fraction = position ? ringFraction(position, stepped) : 0;
    const secondsLeft = Math.ceil((position?.remainingInSegmentMs ?? 0) / 1000);
    const rep = segment?.rep ?? 1;
    const set = segment?.set ?? 1;
    const counters =
      session.sets > 1
        ? msg(str`Glide ${rep} of ${session.reps} · Set ${set} of ${session.sets}`, { id: 'ng-counters-sets' })
        : msg(str`Glide ${rep} of ${session.reps}`, { id: 'ng-counters' });

    let cue: TemplateResult;
    if (phase === 'rest') {
      cue = html`<p class="cue" part="cue">
        <span class="phase-name">${phaseName('rest')}</span>
        ${builtInCue('rest', this.side)}
        <span class="rest-countdown" data-rest-countdown>
          ${msg(str`Next set in ${secondsLeft} s`, { id: 'ng-rest-countdown' })}
        </span>
      </p>`;
    } else {
      const fallback = builtInCue(phase, this.side);
      cue = html`<p class="cue" part="cue">
        <span class="phase-name">${phaseName(phase)}</span>
        ${phase === 'extension'
          ? html`<slot name="extension-cue">${fallback}</slot>`
          : html`<slot name="flexion-cue">${fallback}</slot>`}
      </p>`;
    }

    return html`<section class="session" part="session" tabindex="-1" aria-labelledby="ng-session-title">
      ${staticHtml`<${h} id="ng-session-title" class="visually-hidden">${msg('Seated nerve glide', { id: 'ng-title' })}</${h}>`}
      ${paused ? html`<p class="paused-label">${msg('Paused', { id: 'ng-paused' })}</p>` : nothing}
      <p class="counters" part="counters">${counters}</p>
      <div class="stage">
        <div class="visuals">
          ${renderGlideFigure(phase)}
          <svg class="ring ${stepped ? 'stepped' : 'sweeping'}" part="progress" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
            <circle class="track" cx="50" cy="50" r="42"></circle>
            <circle
              class="fill"
              cx="50"
              cy="50"
              r="42"
              transform="rotate(-90 50 50)"
              stroke-dasharray=${RING_LENGTH.toFixed(2)}
              stroke-dashoffset=${(RING_LENGTH * (1 - fraction)).toFixed(2)}
            ></circle>
            ${svg`<text x="50" y="50" text-anchor="middle" dominant-baseline="central">${formatNumber(secondsLeft)}</text>`}
          </svg>
        </div>
        ${cue}
      </div>
      <div class="actions" part="controls">
        ${paused
          ? html`<button type="button" class="resume" @click=${() => this.resume()}>${msg('Resume', { id: 'ng-resume' })}</button>`
          : html`<button type="button" class="pause" @click=${() => this.pause()}>${msg('Pause', { id: 'ng-pause' })}</button>`}
        <button type="button" class="secondary reset" @click=${this.onResetClick}>${msg('Reset', { id: 'ng-reset' })}</button>
      </div>
      <p class="reminder">${msg('Stop if tingling or pain spreads further down your leg.', { id: 'ng-stop-reminder' })}</p>
    </section>`;
  }

  /**
   * The completion screen, in the element's same frame as the session. The symptom question comes
   * first: how the leg responded decides what happens next, so it is asked before any "Well done"
   * or "Again". When the symptoms moved down the leg the stop advice shows, and neither "Well done"
   * nor "Again" is offered beside "do not do it again until you have talked to your physiotherapist".
   */
  private renderComplete(): TemplateResult {
    const h = headingTag(this.headingLevel);
    const stop = this.feedback === 'peripheralized';
    return html`<section class="complete" part="complete" aria-labelledby="ng-complete-title">
      ${staticHtml`<${h} id="ng-complete-title" class="complete-title heading" tabindex="-1">${msg('Session finished', { id: 'ng-complete-heading' })}</${h}>`}
      <p class="summary">${completeSummary(this.sessionSettings())}</p>
      ${renderSymptomQuestion({ answer: this.feedback, onAnswer: this.onFeedback, id: 'ng-symptom-question', emergencyNumber: this.effectiveEmergencyNumber })}
      ${stop ? nothing : html`<p class="well-done">${msg('Well done!', { id: 'ng-complete-title' })}</p>`}
      <div class="actions">
        ${stop ? nothing : html`<button type="button" class="again" @click=${this.onAgainClick}>${msg('Again', { id: 'ng-again' })}</button>`}
        <button type="button" class="secondary done" @click=${this.onResetClick}>${msg('Back to the start', { id: 'ng-back-to-start' })}</button>
      </div>
    </section>`;
  }

  // --- handlers -----------------------------------------------------------------------------------

  private readonly onStartClick = (): void => {
    this.start();
    void this.focusAfterUpdate('.session', { onlyFromInside: true });
  };

  private readonly onResetClick = (): void => {
    this.reset();
    void this.focusAfterUpdate('button.start', { onlyFromInside: true });
  };

  private readonly onAgainClick = (): void => {
    this.reset();
    this.start();
    void this.focusAfterUpdate('.session', { onlyFromInside: true });
  };

  private readonly onFeedback = (response: SymptomResponse): void => {
    if (this.feedback === response) return;
    this.feedback = response;
    this.emit('glide-feedback', { response });
  };
}
