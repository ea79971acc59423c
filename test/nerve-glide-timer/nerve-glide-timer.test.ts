import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/nerve-glide-timer.js';
import { NerveGlideTimer } from '../../src/nerve-glide-timer/nerve-glide-timer.js';
import { ringFraction } from '../../src/nerve-glide-timer/glide-schedule.js';
import { pickVoice } from '../../src/nerve-glide-timer/voice.js';
import { setLocale } from '../../src/core/locale.js';
import { captureWarnings, fakeClock, onFakeClock, expectSafetyNet } from '../helpers.js';

const GLIDE_EVENTS = ['glide-start', 'glide-phase', 'glide-pause', 'glide-resume', 'glide-reset', 'glide-complete', 'glide-feedback'] as const;

let warnings: ReturnType<typeof captureWarnings>;
/** The fake clock the timed elements in these tests read (test/helpers.ts). */
const time = fakeClock();
const at = onFakeClock(time);

beforeEach(() => {
  warnings = captureWarnings();
  time.reset();
});
afterEach(() => warnings.restore());

const $ = <T extends Element = HTMLElement>(el: NerveGlideTimer, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const live = (el: NerveGlideTimer) => text($(el, '[aria-live]'));

/** An element on the fake clock. */
async function timer(template: ReturnType<typeof html>): Promise<NerveGlideTimer> {
  const el = await fixture<NerveGlideTimer>(template);
  el.clock = time.now;
  return el;
}

/** Records every glide-* event as `type` plus its detail. */
function record(el: EventTarget): { type: string; detail: unknown }[] {
  const log: { type: string; detail: unknown }[] = [];
  for (const type of GLIDE_EVENTS) el.addEventListener(type, (e) => log.push({ type, detail: (e as CustomEvent).detail }));
  return log;
}

function space(target: EventTarget): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<nerve-glide-timer>', () => {
  it('is defined and shows the set-up screen with the stop rule and a Start button', async () => {
    const el = await timer(html`<nerve-glide-timer></nerve-glide-timer>`);
    expect(el).to.be.instanceOf(NerveGlideTimer);
    expect(el.state).to.equal('idle');
    expect(el.phase).to.equal(null);
    expect(el.rep).to.equal(0);
    expect(el.set).to.equal(0);
    expect(text($(el, '.setup'))).to.contain('firm chair');
    expect(text($(el, '.setup'))).to.contain('gentle pull');
    expect(text($(el, '[part="stop-rule"]'))).to.match(/tingling or pain spreads further down your leg/);
    expect($(el, 'button.start')).to.not.equal(null);
    expect(text($(el, '[part="disclaimer"]'))).to.contain('For information only');
  });

  it('fires its events in order with their details, one per phase', async () => {
    const el = await timer(html`<nerve-glide-timer reps="2" sets="2" phase-seconds="1" rest-seconds="2"></nerve-glide-timer>`);
    const log = record(el);
    el.start();
    for (let t = 250; t <= 11000; t += 250) await at(el, t);
    expect(log).to.deep.equal([
      { type: 'glide-start', detail: { reps: 2, sets: 2, phaseSeconds: 1 } },
      { type: 'glide-phase', detail: { phase: 'extension', rep: 1, set: 1 } },
      { type: 'glide-phase', detail: { phase: 'flexion', rep: 1, set: 1 } },
      { type: 'glide-phase', detail: { phase: 'extension', rep: 2, set: 1 } },
      { type: 'glide-phase', detail: { phase: 'flexion', rep: 2, set: 1 } },
      { type: 'glide-phase', detail: { phase: 'rest', rep: 2, set: 1 } },
      { type: 'glide-phase', detail: { phase: 'extension', rep: 1, set: 2 } },
      { type: 'glide-phase', detail: { phase: 'flexion', rep: 1, set: 2 } },
      { type: 'glide-phase', detail: { phase: 'extension', rep: 2, set: 2 } },
      { type: 'glide-phase', detail: { phase: 'flexion', rep: 2, set: 2 } },
      { type: 'glide-complete', detail: { reps: 2, sets: 2, elapsedMs: 10000 } },
    ]);
  });

  it('catches up after one long gap (a hidden tab): every phase once, in order, then complete once', async () => {
    const el = await timer(html`<nerve-glide-timer reps="3" phase-seconds="2"></nerve-glide-timer>`);
    const log = record(el);
    el.start();
    await at(el, 60000);
    await at(el, 61000);
    const phases = log.filter((e) => e.type === 'glide-phase').map((e) => `${(e.detail as { phase: string }).phase}${(e.detail as { rep: number }).rep}`);
    expect(phases).to.deep.equal(['extension1', 'flexion1', 'extension2', 'flexion2', 'extension3', 'flexion3']);
    expect(log.filter((e) => e.type === 'glide-complete')).to.deep.equal([{ type: 'glide-complete', detail: { reps: 3, sets: 1, elapsedMs: 12000 } }]);
    expect(el.state).to.equal('complete');
  });

  it('reports state, phase, rep and set as the session goes', async () => {
    const el = await timer(html`<nerve-glide-timer reps="2" sets="2" phase-seconds="1" rest-seconds="2"></nerve-glide-timer>`);
    el.start();
    await el.updateComplete;
    expect([el.state, el.phase, el.rep, el.set]).to.deep.equal(['running', 'extension', 1, 1]);
    expect(text($(el, '[part="counters"]'))).to.equal('Glide 1 of 2 · Set 1 of 2');
    await at(el, 1000);
    expect([el.state, el.phase, el.rep, el.set]).to.deep.equal(['running', 'flexion', 1, 1]);
    await at(el, 4500);
    expect([el.state, el.phase, el.rep, el.set]).to.deep.equal(['resting', 'rest', 2, 1]);
    expect(text($(el, '[data-rest-countdown]'))).to.equal('Next set in 2 s');
    await at(el, 6000);
    expect([el.state, el.phase, el.rep, el.set]).to.deep.equal(['running', 'extension', 1, 2]);
    expect(text($(el, '[part="counters"]'))).to.equal('Glide 1 of 2 · Set 2 of 2');
    await at(el, 10000);
    expect([el.state, el.phase, el.rep, el.set]).to.deep.equal(['complete', null, 2, 2]);
    expect($(el, '.complete')).to.not.equal(null);
  });

  it('pauses, resumes and resets with the right elapsed time; pause time does not count', async () => {
    const el = await timer(html`<nerve-glide-timer reps="5" phase-seconds="1"></nerve-glide-timer>`);
    const log = record(el);
    el.start();
    await at(el, 1500);
    el.pause();
    await el.updateComplete;
    expect(el.state).to.equal('paused');
    expect(log.at(-1)).to.deep.equal({ type: 'glide-pause', detail: { rep: 1, set: 1, elapsedMs: 1500 } });
    expect($(el, 'button.resume')).to.not.equal(null);
    // A long pause changes nothing, and ticks do nothing while paused.
    await at(el, 100000);
    expect([el.state, el.phase, el.rep]).to.deep.equal(['paused', 'flexion', 1]);
    el.pause();
    expect(log.filter((e) => e.type === 'glide-pause')).to.have.length(1);
    el.resume();
    expect(log.at(-1)).to.deep.equal({ type: 'glide-resume', detail: { rep: 1, set: 1, elapsedMs: 1500 } });
    await at(el, 100600); // 600 ms of session time later: 2100 ms in, glide 2 extension
    expect([el.state, el.phase, el.rep]).to.deep.equal(['running', 'extension', 2]);
    el.reset();
    await el.updateComplete;
    expect(log.at(-1)).to.deep.equal({ type: 'glide-reset', detail: { rep: 2, set: 1, elapsedMs: 2100 } });
    expect([el.state, el.phase, el.rep, el.set]).to.deep.equal(['idle', null, 0, 0]);
    expect($(el, 'button.start')).to.not.equal(null);
    el.reset();
    expect(log.filter((e) => e.type === 'glide-reset')).to.have.length(1);
  });

  it('does not restart a session in progress when start() is called again', async () => {
    const el = await timer(html`<nerve-glide-timer phase-seconds="1"></nerve-glide-timer>`);
    const log = record(el);
    el.start();
    await at(el, 1200);
    el.start();
    expect(log.filter((e) => e.type === 'glide-start')).to.have.length(1);
    expect(el.phase).to.equal('flexion');
  });

  it('works with the buttons: Start, Pause, Resume, Reset, and Again after completion', async () => {
    const el = await timer(html`<nerve-glide-timer reps="1" phase-seconds="1"></nerve-glide-timer>`);
    const log = record(el);
    $<HTMLButtonElement>(el, 'button.start')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('running');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.session'), 'focus moves to the session');
    $<HTMLButtonElement>(el, 'button.pause')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('paused');
    $<HTMLButtonElement>(el, 'button.resume')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('running');
    await at(el, 2000);
    expect(el.state).to.equal('complete');
    $<HTMLButtonElement>(el, 'button.again')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('running');
    expect(log.map((e) => e.type)).to.deep.equal([
      'glide-start',
      'glide-phase',
      'glide-pause',
      'glide-resume',
      'glide-phase',
      'glide-complete',
      'glide-reset',
      'glide-start',
      'glide-phase',
    ]);
    $<HTMLButtonElement>(el, 'button.reset')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('idle');
  });

  describe('keyboard', () => {
    it('Space on the element starts, pauses and resumes; Escape keeps progress', async () => {
      const el = await timer(html`<nerve-glide-timer phase-seconds="1"></nerve-glide-timer>`);
      const log = record(el);
      const started = space(el);
      expect(started.defaultPrevented, 'Space does not also scroll the page').to.equal(true);
      expect(el.state).to.equal('running');
      await at(el, 1500);
      space(el);
      expect(el.state).to.equal('paused');
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, composed: true, cancelable: true }));
      await el.updateComplete;
      expect([el.state, el.phase, el.rep]).to.deep.equal(['paused', 'flexion', 1]);
      space(el);
      expect(el.state).to.equal('running');
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, composed: true, cancelable: true }));
      await el.updateComplete;
      expect(el.state).to.equal('running');
      expect(log.map((e) => e.type)).to.deep.equal(['glide-start', 'glide-phase', 'glide-phase', 'glide-pause', 'glide-resume']);
      expect((log.at(-1)!.detail as { elapsedMs: number }).elapsedMs).to.equal(1500);
    });

    it('Space on the focused session panel pauses', async () => {
      const el = await timer(html`<nerve-glide-timer></nerve-glide-timer>`);
      el.start();
      await el.updateComplete;
      const panel = $(el, '.session')!;
      panel.focus();
      space(panel);
      expect(el.state).to.equal('paused');
    });

    it('Space on a button inside does not toggle a second time', async () => {
      const el = await timer(html`<nerve-glide-timer></nerve-glide-timer>`);
      el.start();
      await el.updateComplete;
      const event = space($(el, 'button.pause')!);
      expect(el.state).to.equal('running');
      expect(event.defaultPrevented).to.equal(false);
    });

    it('other keys do nothing', async () => {
      const el = await timer(html`<nerve-glide-timer></nerve-glide-timer>`);
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      expect(el.state).to.equal('idle');
    });
  });

  describe('attributes', () => {
    it('falls back to the defaults for invalid values and warns once each', async () => {
      const el = await timer(html`<nerve-glide-timer reps="-3" phase-seconds="abc"></nerve-glide-timer>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(el.reps).to.equal(10);
      expect(el.phaseSeconds).to.equal(2.5);
      expect(el.sets).to.equal(1);
      expect(el.restSeconds).to.equal(30);
      const reps = warnings.messages.filter((m) => m.includes('reps="-3"'));
      const phase = warnings.messages.filter((m) => m.includes('phase-seconds="abc"'));
      expect(reps).to.have.length(1);
      expect(phase).to.have.length(1);
      expect(reps[0]).to.contain('<nerve-glide-timer>').and.to.contain('using 10');
      expect(phase[0]).to.contain('using 2.5');
      const log = record(el);
      el.start();
      expect(log[0]).to.deep.equal({ type: 'glide-start', detail: { reps: 10, sets: 1, phaseSeconds: 2.5 } });
    });

    it('validates sets, rest-seconds, side and sound too', async () => {
      const el = await timer(html`<nerve-glide-timer sets="0" rest-seconds="600" side="middle" sound="false"></nerve-glide-timer>`);
      expect([el.sets, el.restSeconds, el.side, el.sound]).to.deep.equal([1, 30, 'none', false]);
      expect(warnings.messages.filter((m) => m.includes('<nerve-glide-timer>'))).to.have.length(4);
    });

    it('names the side in the cue when side is set', async () => {
      const el = await timer(html`<nerve-glide-timer side="left" phase-seconds="1"></nerve-glide-timer>`);
      el.start();
      await el.updateComplete;
      expect(text($(el, '[part="cue"]'))).to.contain('Straighten your left knee, pull your toes up toward you and look up');
      await at(el, 1000);
      expect(text($(el, '[part="cue"]'))).to.contain('Bend your left knee back down, point your toes away and tuck your chin down');
    });

    it('takes new attributes at the next start, not in the middle of a session', async () => {
      const el = await timer(html`<nerve-glide-timer reps="2" phase-seconds="1"></nerve-glide-timer>`);
      const log = record(el);
      el.start();
      el.setAttribute('reps', '4');
      await at(el, 4000);
      expect(log.at(-1)).to.deep.equal({ type: 'glide-complete', detail: { reps: 2, sets: 1, elapsedMs: 4000 } });
    });
  });

  describe('host cue texts', () => {
    it('uses slotted cues on screen and in the announcements', async () => {
      const el = await timer(html`<nerve-glide-timer phase-seconds="1">
        <span slot="extension-cue">Clinic: lift your foot.</span>
        <span slot="flexion-cue">Clinic: lower your foot.</span>
        <p slot="setup">Clinic set-up words.</p>
      </nerve-glide-timer>`);
      const setupSlot = $<HTMLSlotElement>(el, 'slot[name="setup"]')!;
      expect(setupSlot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Clinic set-up words.']);
      el.start();
      await el.updateComplete;
      expect($<HTMLSlotElement>(el, 'slot[name="extension-cue"]')!.assignedElements()).to.have.length(1);
      expect(live(el)).to.contain('Clinic: lift your foot.');
      await at(el, 1000);
      expect($<HTMLSlotElement>(el, 'slot[name="flexion-cue"]')!.assignedElements()).to.have.length(1);
      expect(live(el)).to.contain('Clinic: lower your foot.');
    });
  });

  describe('announcements', () => {
    it('announces each phase change and the completion, not every tick', async () => {
      const el = await timer(html`<nerve-glide-timer reps="2" phase-seconds="2"></nerve-glide-timer>`);
      el.start();
      await el.updateComplete;
      const region = $(el, '[aria-live="polite"]')!;
      expect(el.shadowRoot!.querySelectorAll('[aria-live]')).to.have.length(1);
      // With no side the cue names the painful leg, never just "your knee".
      expect(live(el)).to.equal('Glide 1 of 2. Straighten the knee of your painful leg, pull your toes up toward you and look up.');
      let changes = 0;
      const observer = new MutationObserver((records) => (changes += records.length));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      for (let t = 100; t < 2000; t += 100) await at(el, t);
      await Promise.resolve();
      expect(changes, 'no update within a phase').to.equal(0);
      await at(el, 2000);
      await Promise.resolve();
      expect(changes).to.be.greaterThan(0);
      expect(live(el)).to.equal('Bend that knee back down, point your toes away and tuck your chin down.');
      await at(el, 8000);
      expect(live(el)).to.contain('Well done');
      observer.disconnect();
    });
  });

  describe('live region: the full cue once, then short cues', () => {
    it('says the full cue at the first extension and the first flexion, then "Straighten. Glide n of N." and "Bend."', async () => {
      const el = await timer(html`<nerve-glide-timer reps="3" phase-seconds="1"></nerve-glide-timer>`);
      el.start();
      await el.updateComplete;
      const said = [live(el)];
      for (let t = 1000; t <= 5000; t += 1000) {
        await at(el, t);
        said.push(live(el));
      }
      expect(said).to.deep.equal([
        'Glide 1 of 3. Straighten the knee of your painful leg, pull your toes up toward you and look up.',
        'Bend that knee back down, point your toes away and tuck your chin down.',
        'Straighten. Glide 2 of 3.',
        'Bend.',
        'Straighten. Glide 3 of 3.',
        'Bend.',
      ]);
      // Short enough to finish within a 2.5 s phase: a handful of words.
      for (const text of said.slice(2)) expect(text.split(' ').length, text).to.be.at.most(5);
    });

    it('with sets: the rest, then the set named at its first glide; the full cue only in the first set', async () => {
      const el = await timer(html`<nerve-glide-timer reps="2" sets="2" phase-seconds="1" rest-seconds="1"></nerve-glide-timer>`);
      el.start();
      const said: string[] = [];
      for (let t = 0; t <= 8000; t += 1000) {
        await at(el, t);
        said.push(live(el));
      }
      expect(said).to.deep.equal([
        'Glide 1 of 2, set 1 of 2. Straighten the knee of your painful leg, pull your toes up toward you and look up.',
        'Bend that knee back down, point your toes away and tuck your chin down.',
        'Straighten. Glide 2 of 2.',
        'Bend.',
        // One second of rest: singular.
        'Set 1 done. Rest for 1 second.',
        'Straighten. Glide 1 of 2, set 2 of 2.',
        'Bend.',
        'Straighten. Glide 2 of 2.',
        'Bend.',
      ]);
    });

    it('a new session (Again) says the full cue once more; a host\'s slotted cue is the full cue', async () => {
      const el = await timer(html`<nerve-glide-timer reps="2" phase-seconds="1"><span slot="extension-cue">Clinic: lift your foot.</span></nerve-glide-timer>`);
      el.start();
      await at(el, 2000);
      expect(live(el)).to.equal('Straighten. Glide 2 of 2.');
      await at(el, 4000);
      expect(el.state).to.equal('complete');
      $<HTMLButtonElement>(el, 'button.again')!.click();
      await el.updateComplete;
      expect(live(el)).to.equal('Glide 1 of 2. Clinic: lift your foot.');
    });

    it('in German: the full cue, then the short ones', async () => {
      await setLocale('de');
      try {
        const el = await timer(html`<nerve-glide-timer reps="2" phase-seconds="1" side="left"></nerve-glide-timer>`);
        el.start();
        await el.updateComplete;
        expect(live(el)).to.match(/^Wiederholung 1 von 2\. .{20,}/);
        await at(el, 1000);
        expect(live(el)).to.match(/^Beugen Sie das linke Knie .{20,}/);
        await at(el, 2000);
        expect(live(el)).to.equal('Strecken. Wiederholung 2 von 2.');
        await at(el, 3000);
        expect(live(el)).to.equal('Beugen.');
      } finally {
        await setLocale(null);
      }
    });
  });

  describe('voice', () => {
    class FakeUtterance extends EventTarget {
      lang = '';
      voice: unknown = null;
      constructor(public text: string) {
        super();
      }
    }
    interface FakeSpeech {
      log: string[];
      utterances: FakeUtterance[];
      voices: { lang: string; name: string; default: boolean; localService?: boolean }[];
      speak(u: FakeUtterance): void;
      cancel(): void;
      getVoices(): { lang: string; name: string; default: boolean; localService?: boolean }[];
      finish(): void;
    }
    let speech: FakeSpeech;
    let saved: { synth?: PropertyDescriptor; utterance?: PropertyDescriptor };

    beforeEach(() => {
      saved = { synth: Object.getOwnPropertyDescriptor(window, 'speechSynthesis'), utterance: Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance') };
      speech = {
        log: [],
        utterances: [],
        voices: [],
        speak(u) {
          this.utterances.push(u);
          this.log.push(`speak ${u.text}`);
        },
        cancel() {
          this.log.push('cancel');
          // As browsers do: the pending utterance ends with an error event.
          for (const u of this.utterances.splice(0)) u.dispatchEvent(new Event('error'));
        },
        getVoices() {
          return this.voices;
        },
        finish() {
          for (const u of this.utterances.splice(0)) u.dispatchEvent(new Event('end'));
        },
      };
      Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: speech });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: FakeUtterance });
    });

    afterEach(() => {
      const restore = (name: string, descriptor: PropertyDescriptor | undefined) => {
        if (descriptor) Object.defineProperty(window, name, descriptor);
        else Reflect.deleteProperty(window, name);
      };
      restore('speechSynthesis', saved.synth);
      restore('SpeechSynthesisUtterance', saved.utterance);
    });

    it('speaks the short cue at each phase change, from the Start click on, each cutting off the one before', async () => {
      const el = await timer(html`<nerve-glide-timer voice reps="2" phase-seconds="1"></nerve-glide-timer>`);
      expect(speech.log).to.deep.equal([]);
      $<HTMLButtonElement>(el, 'button.start')!.click();
      // Inside the click: the first cue is spoken at once (browsers allow speech from a gesture).
      expect(speech.log).to.deep.equal(['speak Straighten. Glide 1 of 2.']);
      expect(speech.utterances[0]!.lang).to.equal('en');
      await at(el, 1000);
      // The first cue was still going: cancelled, then the next.
      expect(speech.log.slice(1)).to.deep.equal(['cancel', 'speak Bend.']);
      speech.finish();
      await at(el, 2000);
      // The previous one had ended: nothing to cancel (the page's other speech is left alone).
      expect(speech.log.slice(3)).to.deep.equal(['speak Straighten. Glide 2 of 2.']);
      speech.finish();
      await at(el, 3000);
      speech.finish();
      await at(el, 4000);
      expect(el.state).to.equal('complete');
      expect(speech.log.slice(4)).to.deep.equal(['speak Bend.', 'speak Well done. You have finished your nerve glides.']);
    });

    it('stops on pause, says where it is on Resume, stops on reset and on removal', async () => {
      const el = await timer(html`<nerve-glide-timer voice reps="3" phase-seconds="1"></nerve-glide-timer>`);
      el.start();
      await at(el, 1500);
      speech.log.length = 0;
      $<HTMLButtonElement>(el, 'button.pause')!.click();
      expect(speech.log).to.deep.equal(['cancel']);
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'button.resume')!.click();
      expect(speech.log).to.deep.equal(['cancel', 'speak Bend.']);
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'button.reset')!.click();
      expect(speech.log).to.deep.equal(['cancel', 'speak Bend.', 'cancel']);
      await el.updateComplete;
      el.start();
      speech.log.length = 0;
      el.remove();
      expect(speech.log).to.deep.equal(['cancel']);
    });

    it('stops at once when the attribute is removed mid-session, and says nothing more', async () => {
      const el = await timer(html`<nerve-glide-timer voice reps="3" phase-seconds="1"></nerve-glide-timer>`);
      el.start();
      await el.updateComplete;
      el.removeAttribute('voice');
      await el.updateComplete;
      expect(speech.log).to.deep.equal(['speak Straighten. Glide 1 of 3.', 'cancel']);
      await at(el, 2000);
      expect(speech.log).to.have.length(2);
      el.reset();
    });

    it('is silent without the attribute', async () => {
      const el = await timer(html`<nerve-glide-timer reps="2" phase-seconds="1"></nerve-glide-timer>`);
      $<HTMLButtonElement>(el, 'button.start')!.click();
      await at(el, 1000);
      el.pause();
      el.reset();
      expect(speech.log).to.deep.equal([]);
    });

    it('speaks in the page\'s language, with a voice for that region when there is one', async () => {
      speech.voices = [
        { lang: 'de-DE', name: 'Anna', default: false },
        { lang: 'es-ES', name: 'Monica', default: true },
        { lang: 'es-MX', name: 'Paulina', default: false },
      ];
      await setLocale('es-MX');
      try {
        const el = await timer(html`<nerve-glide-timer voice reps="2" phase-seconds="1"></nerve-glide-timer>`);
        el.start();
        const [first] = speech.utterances;
        expect(first!.text).to.equal('Estire. Deslizamiento 1 de 2.');
        expect(first!.lang).to.equal('es-MX');
        expect((first!.voice as { name: string }).name).to.equal('Paulina');
        el.reset();
      } finally {
        await setLocale(null);
      }
    });

    it('a browser without speech synthesis stays silent and the session goes on', async () => {
      delete (window as unknown as Record<string, unknown>).speechSynthesis;
      delete (window as unknown as Record<string, unknown>).SpeechSynthesisUtterance;
      const el = await timer(html`<nerve-glide-timer voice reps="1" phase-seconds="1"></nerve-glide-timer>`);
      $<HTMLButtonElement>(el, 'button.start')!.click();
      await at(el, 1000);
      el.pause();
      el.resume();
      await at(el, 2000);
      expect(el.state).to.equal('complete');
    });

    it('pickVoice: the exact tag, else the language (the default voice first), else none; never a voice on a server', () => {
      const voice = (lang: string, name: string, isDefault = false, localService = true) => ({ lang, name, default: isDefault, localService }) as unknown as SpeechSynthesisVoice;
      const voices = [voice('en-US', 'Alex', true), voice('en_GB', 'Daniel'), voice('fr-CA', 'Amelie'), voice('fr-FR', 'Thomas'), voice('de-DE', 'Google Deutsch', false, false)];
      expect(pickVoice(voices, 'en-GB')?.name).to.equal('Daniel');
      expect(pickVoice(voices, 'en-AU')?.name).to.equal('Alex');
      expect(pickVoice(voices, 'fr')?.name).to.equal('Amelie');
      expect(pickVoice(voices, 'de-DE')).to.equal(null);
      expect(pickVoice([], 'en')).to.equal(null);
    });

    it('stays silent (and warns once) when the only voices for the language would send the text to a server', async () => {
      speech.voices = [
        { lang: 'en-US', name: 'Google US English', default: false, localService: false },
        { lang: 'de-DE', name: 'Anna', default: true, localService: true },
      ] as typeof speech.voices;
      const el = await timer(html`<nerve-glide-timer voice reps="2" phase-seconds="1"></nerve-glide-timer>`);
      el.start();
      await at(el, 1000);
      expect(speech.log).to.deep.equal([]);
      expect(warnings.messages.filter((m) => m.includes('<nerve-glide-timer> voice: no voice on this device speaks "en"'))).to.have.length(1);
      el.reset();
    });
  });

  describe('reduced motion', () => {
    /** A matchMedia whose reduced-motion answer the test sets (and changes, as the system would). */
    function fakeReducedMotion(initially: boolean): { set(matches: boolean): void; restore(): void } {
      const original = window.matchMedia;
      const lists: (EventTarget & { matches: boolean; media: string })[] = [];
      let matches = initially;
      window.matchMedia = (query: string): MediaQueryList => {
        if (!query.includes('prefers-reduced-motion')) return original.call(window, query);
        const list = Object.assign(new EventTarget(), { matches, media: query });
        lists.push(list);
        return list as unknown as MediaQueryList;
      };
      return {
        set(value: boolean) {
          matches = value;
          for (const list of lists) {
            list.matches = value;
            list.dispatchEvent(Object.assign(new Event('change'), { matches: value, media: list.media }));
          }
        },
        restore() {
          window.matchMedia = original;
        },
      };
    }

    const dashOffset = (el: NerveGlideTimer) => Number($(el, '.ring .fill')!.getAttribute('stroke-dashoffset'));
    const RING = 2 * Math.PI * 42;

    it('the ring steps once a second, with the seconds shown, instead of sweeping; it follows the setting live', async () => {
      const media = fakeReducedMotion(true);
      try {
        const el = await timer(html`<nerve-glide-timer reps="2" phase-seconds="2.5"></nerve-glide-timer>`);
        el.start();
        await el.updateComplete;
        expect($(el, '.ring')!.classList.contains('stepped')).to.equal(true);
        const ringAt = async (t: number) => {
          await at(el, t);
          return { shown: text($(el, '.ring text')), fraction: Number((1 - dashOffset(el) / RING).toFixed(3)) };
        };
        // A 2.5 s phase shows 3, 2, 1, the ring at 0, 1/3 and 2/3, and nothing moves in between.
        expect(await ringAt(0)).to.deep.equal({ shown: '3', fraction: 0 });
        expect(await ringAt(400)).to.deep.equal({ shown: '3', fraction: 0 });
        expect(await ringAt(600)).to.deep.equal({ shown: '2', fraction: 0.333 });
        expect(await ringAt(1400)).to.deep.equal({ shown: '2', fraction: 0.333 });
        expect(await ringAt(1600)).to.deep.equal({ shown: '1', fraction: 0.667 });
        expect(await ringAt(2499)).to.deep.equal({ shown: '1', fraction: 0.667 });
        expect(await ringAt(2500)).to.deep.equal({ shown: '3', fraction: 0 });
        // The person turns reduced motion off: the ring sweeps again, at once.
        media.set(false);
        await el.updateComplete;
        expect($(el, '.ring')!.classList.contains('sweeping')).to.equal(true);
        expect((await ringAt(3000)).fraction).to.equal(0.2);
        await expect(el).to.be.accessible();
        el.reset();
      } finally {
        media.restore();
      }
    });

    it('sweeps smoothly without reduced motion', async () => {
      const media = fakeReducedMotion(false);
      try {
        const el = await timer(html`<nerve-glide-timer reps="2" phase-seconds="2.5"></nerve-glide-timer>`);
        el.start();
        await at(el, 400);
        expect($(el, '.ring')!.classList.contains('sweeping')).to.equal(true);
        expect(Number((1 - dashOffset(el) / RING).toFixed(3))).to.equal(0.16);
        el.reset();
      } finally {
        media.restore();
      }
    });

    it('ringFraction: exact when sweeping, whole seconds when stepped', () => {
      const segment = { kind: 'extension' as const, durationMs: 2500, rep: 1, set: 1 };
      const pos = (remainingInSegmentMs: number) => ({ segment, remainingInSegmentMs, fractionOfSegment: 1 - remainingInSegmentMs / 2500 });
      expect(ringFraction(pos(2100), false)).to.be.closeTo(0.16, 1e-9);
      expect(ringFraction(pos(2100), true)).to.equal(0);
      expect(ringFraction(pos(1000), true)).to.be.closeTo(2 / 3, 1e-9);
      expect(ringFraction(pos(0), true)).to.equal(1);
      expect(ringFraction({ segment: undefined, remainingInSegmentMs: 0, fractionOfSegment: 1 }, true)).to.equal(1);
    });

    it('with the browser\'s own reduced-motion setting (emulated): stepped ring, and nothing outside the figure animates or transitions', async function () {
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        // Only Chromium's DevTools protocol can emulate it here; the fake above covers the others.
        this.skip();
      }
      try {
        if (!matchMedia('(prefers-reduced-motion: reduce)').matches) this.skip();
        const el = await timer(html`<nerve-glide-timer reps="2" sets="2" rest-seconds="5" phase-seconds="2.5"></nerve-glide-timer>`);
        el.start();
        await at(el, 700);
        expect($(el, '.ring')!.classList.contains('stepped')).to.equal(true);
        const moving = [...el.shadowRoot!.querySelectorAll('*')]
          .filter((node) => !node.closest('.figure'))
          .filter((node) => {
            const style = getComputedStyle(node);
            const longest = (list: string) => Math.max(...list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1)));
            return (style.animationName !== 'none' && longest(style.animationDuration) > 0.001) || longest(style.transitionDuration) > 0.001;
          })
          .map((node) => `${node.localName}.${node.getAttribute('class') ?? ''}`);
        expect(moving).to.deep.equal([]);
        el.reset();
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('focus rings have room', () => {
    it('every focusable control\'s ring (3 px at 2 px offset) stays inside the element and clear of its neighbours, at 375 px', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><nerve-glide-timer reps="1" phase-seconds="1"></nerve-glide-timer></div>`);
      wrapper.style.width = '375px';
      const el = wrapper.querySelector<NerveGlideTimer>('nerve-glide-timer')!;
      el.clock = time.now;
      await el.updateComplete;
      const check = (screen: string) => {
        const box = el.getBoundingClientRect();
        const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a, summary, [tabindex="0"]')];
        expect(controls.length, screen).to.be.greaterThan(0);
        const rects = controls.map((c) => c.getBoundingClientRect());
        rects.forEach((r, i) => {
          const ring = 5; // outline 3 px + offset 2 px (core/styles.ts)
          expect(r.left - ring, `${screen}: ${controls[i]!.textContent?.trim()} left`).to.be.at.least(box.left);
          expect(r.right + ring, `${screen}: ${controls[i]!.textContent?.trim()} right`).to.be.at.most(box.right);
          rects.forEach((other, j) => {
            if (i === j) return;
            const overlapX = Math.min(r.right + ring, other.right) - Math.max(r.left - ring, other.left);
            const overlapY = Math.min(r.bottom + ring, other.bottom) - Math.max(r.top - ring, other.top);
            expect(overlapX > 0 && overlapY > 0, `${screen}: the ring of "${controls[i]!.textContent?.trim()}" would cover "${controls[j]!.textContent?.trim()}"`).to.equal(false);
          });
        });
      };
      check('set-up');
      el.start();
      await el.updateComplete;
      check('session');
      await at(el, 2000);
      check('complete');
      $<HTMLButtonElement>(el, 'button[data-response="unchanged"]')!.click();
      await el.updateComplete;
      check('complete, answered');
      // The session panel's own ring (3 px at 4 px offset) fits inside the element's padding.
      el.reset();
      el.start();
      await el.updateComplete;
      const panel = $(el, '.session')!.getBoundingClientRect();
      const root = $(el, '.root')!.getBoundingClientRect();
      expect(panel.left - 7).to.be.at.least(root.left);
      expect(panel.right + 7).to.be.at.most(root.right);
      el.reset();
    });
  });

  describe('completion screen', () => {
    it('keeps the element\'s frame and asks the symptom question before "Well done" and Again', async () => {
      const el = await timer(html`<nerve-glide-timer reps="2" phase-seconds="1"></nerve-glide-timer>`);
      el.start();
      await el.updateComplete;
      const frame = getComputedStyle($(el, '.root')!);
      const running = { border: frame.borderTopWidth, width: $(el, '.root')!.getBoundingClientRect().width };
      expect(parseFloat(running.border)).to.be.greaterThan(0);
      await at(el, 4000);
      const root = $(el, '.root')!;
      expect({ border: getComputedStyle(root).borderTopWidth, width: root.getBoundingClientRect().width }).to.deep.equal(running);
      const order = [...$(el, '.complete')!.querySelectorAll('.complete-title, .summary, .symptom-question, .well-done, .actions')].map((n) => n.className.split(' ')[0]);
      expect(order).to.deep.equal(['complete-title', 'summary', 'symptom-question', 'well-done', 'actions']);
      expect(text($(el, '.summary'))).to.equal('You did 2 glides.');
      expect(text($(el, '.well-done'))).to.equal('Well done!');
      expect(el.shadowRoot!.activeElement ?? null).to.satisfy((a: Element | null) => a === null || a.matches('.complete-title'));
      // Symptoms moved down the leg: the stop advice, and no "Well done" or "Again" beside it.
      $<HTMLButtonElement>(el, 'button[data-response="peripheralized"]')!.click();
      await el.updateComplete;
      expect($(el, '[part~="stop-advice"]')).to.not.equal(null);
      expect($(el, '.well-done')).to.equal(null);
      expect($(el, 'button.again')).to.equal(null);
      expect($(el, 'button.done')).to.not.equal(null);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, 'button[data-response="centralized"]')!.click();
      await el.updateComplete;
      expect($(el, '.well-done')).to.not.equal(null);
      expect($(el, 'button.again')).to.not.equal(null);
    });

    it('says "1 glide" for a single glide', async () => {
      const el = await timer(html`<nerve-glide-timer reps="1" phase-seconds="1"></nerve-glide-timer>`);
      expect(text($(el, '.dose'))).to.equal('1 glide, about 1 minute in all.');
      el.start();
      await at(el, 2000);
      expect(text($(el, '.summary'))).to.equal('You did 1 glide.');
    });

    for (const [lang, one, two, five] of [
      ['en', 'You did 1 glide.', 'You did 2 glides in each of 2 sets.', '5 glides, 5 sets, about 4 minutes in all.'],
      ['es', 'Ha hecho 1 deslizamiento.', 'Ha hecho 2 deslizamientos en cada una de las 2 series.', '5 deslizamientos, 5 series, alrededor de 4 minutos en total.'],
      ['fr', 'Vous avez fait 1 glissement.', 'Vous avez fait 2 glissements dans chacune des 2 séries.', '5 glissements, 5 séries, environ 4 minutes au total.'],
      ['de', 'Sie haben 1 Wiederholung gemacht.', 'Sie haben 2 Wiederholungen in jedem der 2 Durchgänge gemacht.', '5 Wiederholungen, 5 Durchgänge, insgesamt etwa 4 Minuten.'],
    ] as const) {
      it(`${lang}: counts on screen take the plural forms (1, 2 and 5)`, async () => {
        await setLocale(lang);
        try {
          const single = await timer(html`<nerve-glide-timer reps="1" phase-seconds="1"></nerve-glide-timer>`);
          single.start();
          await at(single, 2000);
          expect(text($(single, '.summary'))).to.equal(one);
          const double = await timer(html`<nerve-glide-timer reps="2" sets="2" rest-seconds="0" phase-seconds="1"></nerve-glide-timer>`);
          time.reset();
          double.start();
          await at(double, 8000);
          expect(text($(double, '.summary'))).to.equal(two);
          const five_ = await timer(html`<nerve-glide-timer reps="5" sets="5"></nerve-glide-timer>`);
          expect(text($(five_, '.dose'))).to.equal(five);
        } finally {
          await setLocale(null);
        }
      });
    }
  });

  describe('cleanup', () => {
    it('polls by itself while running, and nothing fires after removal', async () => {
      const el = await timer(html`<nerve-glide-timer></nerve-glide-timer>`);
      // Every poll reads the clock: counting the reads counts the polls the loop makes by itself.
      let ticks = 0;
      const clock = el.clock;
      el.clock = () => {
        ticks += 1;
        return clock();
      };
      const cancelled: number[] = [];
      const cleared: unknown[] = [];
      const originalCancel = window.cancelAnimationFrame;
      const originalClear = window.clearTimeout;
      window.cancelAnimationFrame = (id: number) => {
        cancelled.push(id);
        originalCancel.call(window, id);
      };
      window.clearTimeout = ((id?: number) => {
        cleared.push(id);
        originalClear.call(window, id);
      }) as typeof window.clearTimeout;
      try {
        el.start();
        // Generous: a page kept in the background may get its timeouts only once a second.
        await waitUntil(() => ticks >= 2, 'the loop polls the clock', { timeout: 8000 });
        const log = record(el);
        el.remove();
        expect(el.state).to.equal('paused');
        expect(cancelled.length + cleared.length).to.be.greaterThan(0);
        ticks = 0;
        time.advance(60000);
        // Not animation frames: a page the runner keeps in the background may get none at all.
        await sleep(400);
        expect(ticks, 'no frame or timeout fired after removal').to.equal(0);
        expect(log, 'no events after removal').to.deep.equal([]);
        // Back in the page it stays paused, still where it was.
        document.body.append(el);
        await sleep(300);
        expect(ticks).to.equal(0);
        expect(el.state).to.equal('paused');
        el.resume();
        expect(el.state).to.equal('running');
        el.remove();
      } finally {
        window.cancelAnimationFrame = originalCancel;
        window.clearTimeout = originalClear;
      }
    });
  });

  describe('wake lock', () => {
    interface FakeSentinel {
      released: boolean;
      release(): Promise<void>;
      addEventListener(type: string, listener: () => void): void;
      fire(): void;
    }
    let fake: { requests: number; sentinels: FakeSentinel[]; reject: boolean; request(type: string): Promise<FakeSentinel> };

    beforeEach(() => {
      fake = {
        requests: 0,
        sentinels: [],
        reject: false,
        request(type: string) {
          expect(type).to.equal('screen');
          this.requests += 1;
          if (this.reject) return Promise.reject(new DOMException('denied', 'NotAllowedError'));
          let onRelease: (() => void) | null = null;
          const sentinel: FakeSentinel = {
            released: false,
            release: async () => {
              sentinel.released = true;
            },
            addEventListener: (_type, listener) => (onRelease = listener),
            fire: () => {
              sentinel.released = true;
              onRelease?.();
            },
          };
          this.sentinels.push(sentinel);
          return Promise.resolve(sentinel);
        },
      };
      Object.defineProperty(navigator, 'wakeLock', { configurable: true, get: () => fake });
    });
    afterEach(() => {
      delete (navigator as unknown as Record<string, unknown>).wakeLock;
    });

    it('is held while running and let go on pause, completion and removal', async () => {
      const el = await timer(html`<nerve-glide-timer reps="1" phase-seconds="1"></nerve-glide-timer>`);
      el.start();
      await waitUntil(() => fake.sentinels.length === 1, 'requested on start');
      el.pause();
      await waitUntil(() => fake.sentinels[0]!.released, 'released on pause');
      el.resume();
      await waitUntil(() => fake.sentinels.length === 2, 'requested again on resume');
      await at(el, 2000);
      expect(el.state).to.equal('complete');
      await waitUntil(() => fake.sentinels[1]!.released, 'released on completion');
      $<HTMLButtonElement>(el, 'button.again')!.click();
      await waitUntil(() => fake.sentinels.length === 3, 'requested on again');
      el.remove();
      await waitUntil(() => fake.sentinels[2]!.released, 'released on removal');
      expect(fake.requests).to.equal(3);
    });

    it('asks again when the page becomes visible after the browser let it go', async () => {
      const el = await timer(html`<nerve-glide-timer></nerve-glide-timer>`);
      el.start();
      await waitUntil(() => fake.sentinels.length === 1);
      fake.sentinels[0]!.fire();
      // The runner may keep this page in the background, so say it is visible, as it would be.
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        await waitUntil(() => fake.sentinels.length === 2, 'requested again');
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
      el.reset();
      await waitUntil(() => fake.sentinels[1]!.released, 'released on reset');
    });

    it('runs without it when the request is refused', async () => {
      fake.reject = true;
      const el = await timer(html`<nerve-glide-timer phase-seconds="1"></nerve-glide-timer>`);
      el.start();
      await waitUntil(() => fake.requests === 1);
      await sleep(0);
      await at(el, 1000);
      expect(el.phase).to.equal('flexion');
    });
  });

  describe('sound', () => {
    it('creates the audio context on Start, plays a tone per phase and closes it on removal', async () => {
      const original = Object.getOwnPropertyDescriptor(window, 'AudioContext');
      const made: { oscillators: number; closed: boolean }[] = [];
      class FakeAudioContext {
        state = 'running';
        currentTime = 0;
        destination = {};
        record = { oscillators: 0, closed: false };
        constructor() {
          made.push(this.record);
        }
        createOscillator() {
          this.record.oscillators += 1;
          return { type: 'sine', frequency: { value: 0 }, connect: (n: unknown) => n, start() {}, stop() {} };
        }
        createGain() {
          const node = { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (n: unknown) => n };
          return node;
        }
        resume() {
          return Promise.resolve();
        }
        close() {
          this.record.closed = true;
          this.state = 'closed';
          return Promise.resolve();
        }
      }
      Object.defineProperty(window, 'AudioContext', { configurable: true, writable: true, value: FakeAudioContext });
      try {
        const el = await timer(html`<nerve-glide-timer sound phase-seconds="1"></nerve-glide-timer>`);
        expect(made).to.have.length(0);
        $<HTMLButtonElement>(el, 'button.start')!.click();
        expect(made).to.have.length(1);
        expect(made[0]!.oscillators).to.equal(1);
        await at(el, 1000);
        expect(made[0]!.oscillators).to.equal(2);
        el.remove();
        expect(made[0]!.closed).to.equal(true);
      } finally {
        if (original) Object.defineProperty(window, 'AudioContext', original);
        else delete (window as unknown as Record<string, unknown>).AudioContext;
      }
    });

    it('makes no sound without the attribute', async () => {
      const el = await timer(html`<nerve-glide-timer></nerve-glide-timer>`);
      $<HTMLButtonElement>(el, 'button.start')!.click();
      expect((el as unknown as { tones: { audio: unknown } }).tones.audio).to.equal(null);
      el.reset();
    });
  });

  describe('completion', () => {
    async function completed(): Promise<NerveGlideTimer> {
      const el = await timer(html`<nerve-glide-timer reps="1" phase-seconds="1"></nerve-glide-timer>`);
      el.start();
      await at(el, 2000);
      return el;
    }

    it('asks the symptom question; moved down the leg shows the stop advice', async () => {
      const el = await completed();
      const log = record(el);
      expect(text($(el, '.complete'))).to.contain('Well done');
      expect(text($(el, '.symptom-prompt'))).to.equal('Did your leg symptoms move up toward your back, stay the same, or move down your leg?');
      expect($(el, '.stop')).to.equal(null);
      $<HTMLButtonElement>(el, 'button[data-response="peripheralized"]')!.click();
      await el.updateComplete;
      const stop = $(el, '[part~="stop-advice"]');
      expect(stop).to.not.equal(null);
      expect(stop!.getAttribute('role')).to.equal('alert');
      expect(text(stop)).to.contain('Stop this exercise');
      expect($(el, 'button[data-response="peripheralized"]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(log).to.deep.equal([{ type: 'glide-feedback', detail: { response: 'peripheralized' } }]);
      $<HTMLButtonElement>(el, 'button[data-response="centralized"]')!.click();
      await el.updateComplete;
      expect($(el, '[part~="stop-advice"]')).to.equal(null);
      expect(text($(el, '.symptom-advice'))).to.contain('good sign');
    });

    it('every symptom answer carries the safety net with the page region\'s number', async () => {
      const before = document.documentElement.lang;
      document.documentElement.lang = 'en-AU';
      try {
        const el = await completed();
        for (const response of ['centralized', 'unchanged', 'peripheralized']) {
          $<HTMLButtonElement>(el, `button[data-response="${response}"]`)!.click();
          await el.updateComplete;
          expectSafetyNet($(el, '.symptom-advice'), '000', response);
        }
      } finally {
        document.documentElement.lang = before;
      }
    });
  });

  describe('set-up names the leg', () => {
    it('says the painful leg with no side, and the left or right leg with one; slumping can be eased', async () => {
      const none = await timer(html`<nerve-glide-timer></nerve-glide-timer>`);
      expect(text($(none, '.setup'))).to.contain('painful leg').and.contain('sit up a little straighter');
      const left = await timer(html`<nerve-glide-timer side="left"></nerve-glide-timer>`);
      expect(text($(left, '.setup'))).to.contain('left leg');
    });
  });

  describe('accessibility', () => {
    it('passes axe when idle', async () => {
      const el = await timer(html`<nerve-glide-timer></nerve-glide-timer>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe when running, paused and resting', async () => {
      const el = await timer(html`<nerve-glide-timer reps="1" sets="2" phase-seconds="1" rest-seconds="5" side="right"></nerve-glide-timer>`);
      el.start();
      await el.updateComplete;
      expect(el.state).to.equal('running');
      await expect(el).to.be.accessible();
      el.pause();
      await el.updateComplete;
      expect(el.state).to.equal('paused');
      await expect(el).to.be.accessible();
      el.resume();
      await at(el, 2500);
      expect(el.state).to.equal('resting');
      await expect(el).to.be.accessible();
      el.reset();
    });

    it('passes axe when complete, with the stop advice showing', async () => {
      const el = await timer(html`<nerve-glide-timer reps="1" phase-seconds="1"></nerve-glide-timer>`);
      el.start();
      await at(el, 2000);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, 'button[data-response="peripheralized"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
