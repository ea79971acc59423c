import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/exercise-card.js';
import { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import { getLocale, setLocale } from '../../src/core/locale.js';
import { captureWarnings, fakeClock, onFakeClock, expectSafetyNet, loadCatalogue } from '../helpers.js';

const CARD_EVENTS = ['exercise-start', 'exercise-complete', 'exercise-feedback', 'widget-error'] as const;

let warnings: ReturnType<typeof captureWarnings>;
/** The fake clock the timed elements in these tests read (test/helpers.ts). */
const time = fakeClock();
const at = onFakeClock(time);

beforeEach(() => {
  warnings = captureWarnings();
  time.reset();
});
afterEach(() => warnings.restore());

const $ = <T extends Element = HTMLElement>(el: ExerciseCard, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: ExerciseCard, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const live = (el: ExerciseCard) => text($(el, '[data-live]'));
const visible = (node: Element | null) => !!node && node.getBoundingClientRect().height > 0;

/** A card on the fake clock. */
async function card(template: ReturnType<typeof html>): Promise<ExerciseCard> {
  const el = await fixture<ExerciseCard>(template);
  el.clock = time.now;
  return el;
}

/** Records the card's events as `type` plus detail. */
function record(el: EventTarget): { type: string; detail: unknown }[] {
  const log: { type: string; detail: unknown }[] = [];
  for (const type of CARD_EVENTS) el.addEventListener(type, (e) => log.push({ type, detail: (e as CustomEvent).detail }));
  return log;
}

/**
 * Creates a card with listeners attached before it connects (so the first render's events are
 * heard), optionally with children, and waits for it to render.
 */
async function build(setup: (el: ExerciseCard) => void): Promise<{ el: ExerciseCard; log: { type: string; detail: unknown }[] }> {
  const el = document.createElement('exercise-card');
  const log = record(el);
  setup(el);
  document.body.append(el);
  await el.updateComplete;
  return { el, log };
}

const click = async (el: ExerciseCard, selector: string) => {
  const button = $(el, selector);
  expect(button, selector).to.not.equal(null);
  button!.click();
  await el.updateComplete;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A valid host exercise (no illustration: JSON cannot carry one). */
const hostExercise = () => ({
  id: 'my-wall-squat',
  title: 'Wall sit',
  category: 'activation',
  aim: 'Make your thighs stronger.',
  steps: ['Stand with your back to a wall.', 'Slide down a little.', 'Slide back up.'],
  dose: { reps: 5, holdSeconds: 10, frequency: 'Twice a day' },
  equipment: ['A wall'],
  cautions: { general: ['Only go as low as is comfortable.'], disc: ['Keep your back against the wall.'] },
  stopRule: 'Stop if your knees hurt.',
  sources: ['Riverside Physio'],
});

describe('<exercise-card>', () => {
  describe('the catalogue', () => {
    it('renders every catalogue id with title, picture, dose, steps and stop rule, no console error or warning, and passes axe', async function () {
      this.timeout(120000);
      const errors: string[] = [];
      const originalError = console.error;
      console.error = (...args: unknown[]) => {
        errors.push(args.map(String).join(' '));
        originalError.apply(console, args);
      };
      try {
        const exerciseCatalogue = await loadCatalogue();
        expect(exerciseCatalogue.length).to.be.at.least(22);
        for (const exercise of exerciseCatalogue) {
          const el = await fixture<ExerciseCard>(html`<exercise-card exercise=${exercise.id}></exercise-card>`);
          expect($(el, '[part="error"]'), exercise.id).to.equal(null);
          expect(el.exerciseId).to.equal(exercise.id);
          expect(text($(el, '[part="title"]')), exercise.id).to.not.equal('');
          expect($(el, 'svg[part="picture"][role="img"]')?.getAttribute('aria-label'), exercise.id).to.be.a('string').and.not.equal('');
          expect(text($(el, '[part="dose"]')), exercise.id).to.not.equal('');
          expect($$(el, '[part="steps"] li').length, exercise.id).to.equal(exercise.steps.length);
          expect(text($(el, '[part="stop"]')), exercise.id).to.contain('Stop this movement if pain or tingling spreads further down your leg.');
          await expect(el, exercise.id).to.be.accessible();
          el.remove();
        }
        expect(warnings.messages).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
      } finally {
        console.error = originalError;
      }
    });

    it('shows the category, aim, equipment, cautions, harder version and the sources in a closed disclosure', async () => {
      const el = await card(html`<exercise-card exercise="mckenzie-press-up"></exercise-card>`);
      expect(text($(el, '[part="category"]'))).to.equal('Finding your direction');
      expect(text($(el, '.aim'))).to.contain('Bend your back gently backward');
      expect(text($(el, '.equipment'))).to.contain('A yoga mat or carpet');
      expect(text($(el, '.harder'))).to.contain('pushing up on your hands');
      // The exercise's own stop rule joins the general one.
      expect(text($(el, '[part="stop"]'))).to.contain('try the other direction instead');
      const sources = $<HTMLDetailsElement>(el, 'details[part="sources"]')!;
      expect(sources.open).to.equal(false);
      expect(text(sources.querySelector('summary'))).to.equal('Where this comes from');
      expect(text(sources)).to.contain('May S, Aina A').and.contain('2012');
      expect(text($(el, '[part="disclaimer"]'))).to.contain('For information only');
    });

    it('uses an h2 title by default and a configurable heading level, sub-headings one below', async () => {
      const el = await card(html`<exercise-card exercise="glute-bridge"></exercise-card>`);
      expect($(el, '[part="title"]')!.localName).to.equal('h2');
      expect($$(el, '.details h3').map(text)).to.include('How to do it');
      el.headingLevel = 4;
      await el.updateComplete;
      expect($(el, '[part="title"]')!.localName).to.equal('h4');
      expect($$(el, '.details h5').map(text)).to.include('How to do it');
      expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal($(el, '[part="title"]')!.id);
    });
  });

  describe('attributes', () => {
    it('shows the catalogue dose, and each override in the dose line and in exercise-complete', async () => {
      const el = await card(html`<exercise-card exercise="hip-flexor-stretch"></exercise-card>`);
      expect(text($(el, '[part="dose"]'))).to.equal('How much: 2 times · hold 30 seconds · each side · Once a day, at the end of your routine');
      el.setAttribute('sets', '3');
      el.setAttribute('reps', '6');
      el.setAttribute('hold-seconds', '7.5');
      el.setAttribute('frequency', 'twice a day');
      el.setAttribute('side', 'left');
      await el.updateComplete;
      expect([el.sets, el.reps, el.holdSeconds, el.frequency, el.side]).to.deep.equal([3, 6, 7.5, 'twice a day', 'left']);
      expect(text($(el, '[part="dose"]'))).to.equal('How much: 3 sets of 6 · hold 7.5 seconds · left side only · twice a day');
      el.setAttribute('side', 'right');
      await el.updateComplete;
      expect(text($(el, '[part="dose"]'))).to.contain('right side only');
      const log = record(el);
      el.markDone();
      // Marked done without Start: exercise-start comes first (the event contract of the class JSDoc).
      expect(log).to.deep.equal([
        { type: 'exercise-start', detail: { exerciseId: 'hip-flexor-stretch' } },
        { type: 'exercise-complete', detail: { exerciseId: 'hip-flexor-stretch', sets: 3, reps: 6, holdSeconds: 7.5, side: 'right', minutes: null } },
      ]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('formats the dose numbers for the page language', async () => {
      const el = await card(html`<exercise-card exercise="glute-bridge" hold-seconds="2.5"></exercise-card>`);
      expect(text($(el, '[part="dose"]'))).to.contain('hold 2.5 seconds');
      document.documentElement.lang = 'de';
      try {
        await waitUntil(() => getLocale() === 'de', 'German is loaded');
        el.requestUpdate();
        await el.updateComplete;
        expect(text($(el, '[part="dose"]'))).to.contain('2,5');
      } finally {
        document.documentElement.lang = 'en';
        await waitUntil(() => getLocale() === 'en', 'back to English');
      }
    });

    it('ignores side for an exercise that is not one-sided, and reports side: null; unset values are null', async () => {
      const el = await card(html`<exercise-card exercise="mckenzie-press-up" side="left"></exercise-card>`);
      expect(text($(el, '[part="dose"]'))).to.not.contain('side');
      const log = record(el);
      el.markDone();
      const complete = (entries: typeof log) => entries.find((e) => e.type === 'exercise-complete');
      expect(complete(log)).to.deep.equal({ type: 'exercise-complete', detail: { exerciseId: 'mckenzie-press-up', sets: null, reps: 10, holdSeconds: null, side: null, minutes: null } });
      const walk = await card(html`<exercise-card exercise="walking"></exercise-card>`);
      const walkLog = record(walk);
      walk.markDone();
      expect(complete(walkLog)!.detail).to.deep.equal({ exerciseId: 'walking', sets: null, reps: null, holdSeconds: null, side: null, minutes: 10 });
    });

    it('falls back from bad values and warns once for each, naming element, attribute, value and fallback', async () => {
      const el = await card(
        html`<exercise-card exercise="clamshell" reps="-3" sets="lots" hold-seconds="0" side="up" condition="knee" compact="false" no-feedback="no" heading-level="9"></exercise-card>`,
      );
      expect([el.reps, el.sets, el.holdSeconds, el.side, el.condition, el.compact, el.noFeedback, el.headingLevel]).to.deep.equal([
        undefined,
        undefined,
        undefined,
        'both',
        'none',
        false,
        false,
        2,
      ]);
      expect(text($(el, '[part="dose"]'))).to.equal('How much: 2 sets of 10 · each side · Once a day, after the rolling and before the stretches');
      expect(warnings.messages).to.have.length(8);
      const expectWarning = (fragment: string) =>
        expect(warnings.messages.filter((m) => m.includes('<exercise-card>') && m.includes(fragment)), fragment).to.have.length(1);
      expectWarning('reps="-3" is not valid (expected a whole number from 1 to 100); using the default');
      expectWarning('sets="lots"');
      expectWarning('hold-seconds="0"');
      expectWarning('side="up" is not valid (expected both, left, right); using "both"');
      expectWarning('condition="knee" is not valid (expected none, disc, stenosis, piriformis); using "none"');
      expectWarning('compact="false"');
      expectWarning('no-feedback="no"');
      expectWarning('heading-level="9"');
      // Re-rendering does not warn again.
      el.requestUpdate();
      await el.updateComplete;
      el.setAttribute('reps', '-3');
      await el.updateComplete;
      expect(warnings.messages).to.have.length(8);
      await expect(el).to.be.accessible();
    });

    it('no-feedback hides the symptom question', async () => {
      const el = await card(html`<exercise-card exercise="glute-bridge" no-feedback></exercise-card>`);
      expect($(el, '[part="feedback"]')).to.equal(null);
      expect($(el, '[part="symptom-question"]')).to.equal(null);
      el.noFeedback = false;
      await el.updateComplete;
      expect($(el, '[part="symptom-question"]')).to.not.equal(null);
    });
  });

  describe('condition', () => {
    it('brings that condition\'s cautions to the top under a heading naming it', async () => {
      const el = await card(html`<exercise-card exercise="mckenzie-press-up"></exercise-card>`);
      const groups = () => $$(el, '[part="cautions"] .caution-group').map((g) => g.getAttribute('data-condition'));
      expect(groups()).to.deep.equal(['general', 'stenosis']);
      el.setAttribute('condition', 'stenosis');
      await el.updateComplete;
      expect(groups()).to.deep.equal(['stenosis', 'general']);
      const first = $(el, '[part="cautions"] .caution-group')!;
      expect(text(first.querySelector('h4'))).to.equal('For spinal stenosis (narrowing of the spine)');
      expect(text(first.querySelector('li'))).to.contain('bending backward can make it worse');
      expect(first.classList.contains('chosen')).to.equal(true);
      await expect(el).to.be.accessible();
      // A condition the exercise has no cautions for keeps the usual order.
      el.setAttribute('condition', 'disc');
      await el.updateComplete;
      expect(groups()).to.deep.equal(['general', 'stenosis']);
    });
  });

  describe('compact mode', () => {
    it('shows title, picture, dose and the stop rule; the steps are behind a disclosure', async () => {
      const el = await card(html`<exercise-card exercise="glute-bridge" compact></exercise-card>`);
      expect(visible($(el, '[part="title"]'))).to.equal(true);
      expect(visible($(el, '[part="picture"]'))).to.equal(true);
      expect(visible($(el, '[part="dose"]'))).to.equal(true);
      expect(visible($(el, '[part="stop"]'))).to.equal(true);
      expect(visible($(el, '[part="steps"]'))).to.equal(false);
      expect(visible($(el, '[part="cautions"]'))).to.equal(false);
      const toggle = $(el, '[part="toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('ec-details');
      expect(text(toggle)).to.equal('Show steps');
      await expect(el).to.be.accessible();
      await click(el, '[part="toggle"]');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Hide steps');
      expect(visible($(el, '[part="steps"]'))).to.equal(true);
      expect(visible($(el, '[part="stop"]'))).to.equal(true);
      await expect(el).to.be.accessible();
      await click(el, '[part="toggle"]');
      expect(visible($(el, '[part="steps"]'))).to.equal(false);
      // Not compact: no toggle, everything showing.
      el.compact = false;
      await el.updateComplete;
      expect($(el, '[part="toggle"]')).to.equal(null);
      expect(visible($(el, '[part="steps"]'))).to.equal(true);
    });
  });

  describe('hold countdown', () => {
    it('runs holds and relaxes on the shared clock, with the rep counter, seconds left and one announcement per change', async () => {
      const el = await card(html`<exercise-card exercise="glute-bridge" reps="3" hold-seconds="2"></exercise-card>`);
      const log = record(el);
      expect(text($(el, '.timer-intro'))).to.equal('Press Start for a countdown: 3 × 2 seconds.');
      await click(el, 'button.start');
      expect(el.holdState).to.equal('running');
      expect(log).to.deep.equal([{ type: 'exercise-start', detail: { exerciseId: 'glute-bridge' } }]);
      expect(text($(el, '[data-counter]'))).to.equal('Hold 1 of 3');
      expect(text($(el, '[data-seconds]'))).to.equal('2');
      expect(live(el)).to.equal('Hold 1 of 3. Hold for 2 seconds.');
      await at(el, 1200);
      expect(text($(el, '[data-seconds]'))).to.equal('1');
      expect(live(el)).to.equal('Hold 1 of 3. Hold for 2 seconds.');
      await at(el, 2000); // relax (3 s) begins exactly at the boundary
      expect(text($(el, '[data-counter]'))).to.equal('Relax · 1 of 3 done');
      expect(text($(el, '[data-seconds]'))).to.equal('3');
      expect(live(el)).to.equal('Relax for 3 seconds.');
      await at(el, 4999);
      expect(text($(el, '[data-counter]'))).to.equal('Relax · 1 of 3 done');
      await at(el, 5000);
      expect(text($(el, '[data-counter]'))).to.equal('Hold 2 of 3');
      expect(live(el)).to.equal('Hold 2 of 3. Hold for 2 seconds.');
      await expect(el).to.be.accessible();
      // Pause: time stops counting.
      await click(el, 'button.pause');
      expect(el.holdState).to.equal('paused');
      expect(live(el)).to.equal('Paused.');
      expect(text($(el, '.paused-label'))).to.equal('Paused');
      await at(el, 60000);
      expect(text($(el, '[data-counter]'))).to.equal('Hold 2 of 3');
      expect(text($(el, '[data-seconds]'))).to.equal('2');
      await expect(el).to.be.accessible();
      await click(el, 'button.resume');
      expect(el.holdState).to.equal('running');
      expect(live(el)).to.equal('Going again.');
      await at(el, 61500); // 1500 ms of session time after the resume: 6500 in, still hold 2
      expect(text($(el, '[data-counter]'))).to.equal('Hold 2 of 3');
      expect(text($(el, '[data-seconds]'))).to.equal('1');
      await at(el, 62000); // 7000 in: relax 2
      expect(text($(el, '[data-counter]'))).to.equal('Relax · 2 of 3 done');
      await at(el, 65000); // 10000 in: hold 3
      expect(text($(el, '[data-counter]'))).to.equal('Hold 3 of 3');
      await at(el, 67000); // 12000 in: done
      expect(el.holdState).to.equal('complete');
      expect(text($(el, '[data-counter]'))).to.equal('All 3 holds done');
      expect(live(el)).to.equal('All 3 holds done. Press Mark done when you have finished.');
      expect($(el, '[data-seconds]')).to.equal(null);
      expect(log.filter((e) => e.type === 'exercise-start')).to.have.length(1);
      await expect(el).to.be.accessible();
      // Reset goes back to Start.
      await click(el, 'button.reset');
      expect(el.holdState).to.equal('idle');
      expect($(el, 'button.start')).to.not.equal(null);
    });

    it('catches up after a long gap and completes once', async () => {
      const el = await card(html`<exercise-card exercise="door-frame-decompression"></exercise-card>`);
      el.start();
      await at(el, 600000);
      expect(el.holdState).to.equal('complete');
      expect(text($(el, '[data-counter]'))).to.equal('All 3 holds done');
    });

    it('uses the sets as holds for a dose of sets of one hold (plank)', async () => {
      const el = await card(html`<exercise-card exercise="plank"></exercise-card>`);
      el.start();
      await el.updateComplete;
      expect(text($(el, '[data-counter]'))).to.equal('Hold 1 of 3');
      expect(text($(el, '[data-seconds]'))).to.equal('20');
    });

    it('polls by itself, and removal mid-countdown leaves nothing scheduled', async () => {
      const el = await card(html`<exercise-card exercise="glute-bridge" reps="5" hold-seconds="10"></exercise-card>`);
      // Every poll reads the clock: counting the reads counts the polls the loop makes by itself.
      let ticks = 0;
      const clock = el.clock;
      el.clock = () => {
        ticks += 1;
        return clock();
      };
      const pending = new Set<unknown>();
      const originals = {
        raf: window.requestAnimationFrame,
        caf: window.cancelAnimationFrame,
        st: window.setTimeout,
        ct: window.clearTimeout,
      };
      // Track only the element's scheduling (its callbacks are its own bound handlers).
      window.requestAnimationFrame = (cb: FrameRequestCallback) => {
        const id = originals.raf.call(window, (t) => {
          pending.delete(`raf${id}`);
          cb(t);
        });
        pending.add(`raf${id}`);
        return id;
      };
      window.cancelAnimationFrame = (id: number) => {
        pending.delete(`raf${id}`);
        originals.caf.call(window, id);
      };
      // The card's fallback poll is a 250 ms timeout; other timeouts (the test runner's) are not its own.
      window.setTimeout = ((cb: () => void, ms?: number) => {
        const id: number = originals.st.call(window, () => {
          pending.delete(`st${id}`);
          cb();
        }, ms) as unknown as number;
        if (ms === 250) pending.add(`st${id}`);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        pending.delete(`st${id}`);
        originals.ct.call(window, id);
      }) as typeof window.clearTimeout;
      try {
        el.start();
        // Generous: a page kept in the background may get its timeouts only once a second.
        await waitUntil(() => ticks >= 2, 'the loop polls the clock', { timeout: 8000 });
        expect(pending.size).to.be.greaterThan(0);
        const log = record(el);
        el.remove();
        expect(pending.size, 'nothing scheduled after removal').to.equal(0);
        expect(el.holdState).to.equal('paused');
        ticks = 0;
        time.advance(60000);
        // Not nextFrame(): a page the runner keeps in the background may get no frames at all.
        await sleep(400);
        expect(ticks).to.equal(0);
        expect(log).to.deep.equal([]);
      } finally {
        Object.assign(window, {
          requestAnimationFrame: originals.raf,
          cancelAnimationFrame: originals.caf,
          setTimeout: originals.st,
          clearTimeout: originals.ct,
        });
      }
    });
  });

  describe('events', () => {
    it('an exercise without a hold has one filled "Mark done" and no Start; it fires exercise-start then exercise-complete, once per go', async () => {
      const el = await card(html`<exercise-card exercise="glute-bridge"></exercise-card>`);
      const log = record(el);
      expect($(el, '.timer-intro')).to.equal(null);
      expect($(el, 'button.start')).to.equal(null);
      expect($$(el, '.timer button').map((b) => b.className.trim())).to.deep.equal(['mark-done']);
      await expect(el).to.be.accessible();
      await click(el, 'button.mark-done');
      expect(log).to.deep.equal([
        { type: 'exercise-start', detail: { exerciseId: 'glute-bridge' } },
        { type: 'exercise-complete', detail: { exerciseId: 'glute-bridge', sets: 2, reps: 10, holdSeconds: null, side: null, minutes: null } },
      ]);
      expect(text($(el, '.done-message'))).to.equal('Done. Well done!');
      expect(live(el)).to.equal('Marked as done. Well done!');
      expect($(el, 'button.mark-done')).to.equal(null);
      await expect(el).to.be.accessible();
      el.markDone();
      expect(log).to.have.length(2);
      await click(el, 'button.again');
      expect($(el, 'button.start')).to.equal(null);
      expect($(el, '.done-message')).to.equal(null);
      // The next go begins with its own exercise-start.
      await click(el, 'button.mark-done');
      expect(log.map((e) => e.type)).to.deep.equal(['exercise-start', 'exercise-complete', 'exercise-start', 'exercise-complete']);
    });

    it('start() from script still works on an exercise without a hold, and Mark done then fires no second exercise-start', async () => {
      const el = await card(html`<exercise-card exercise="glute-bridge"></exercise-card>`);
      const log = record(el);
      el.start();
      await el.updateComplete;
      expect(text($(el, '.timer-intro'))).to.contain('Press Mark done');
      expect($(el, 'button.start')).to.equal(null);
      await click(el, 'button.mark-done');
      expect(log.map((e) => e.type)).to.deep.equal(['exercise-start', 'exercise-complete']);
    });

    it('an exercise with a hold has Start (filled) and Mark done (outlined); Mark done without Start fires exercise-start first', async () => {
      const el = await card(html`<exercise-card exercise="bird-dog"></exercise-card>`);
      const log = record(el);
      expect($$(el, '.timer button').map((b) => b.className.trim())).to.deep.equal(['start', 'secondary mark-done']);
      await click(el, 'button.mark-done');
      expect(log.map((e) => e.type)).to.deep.equal(['exercise-start', 'exercise-complete']);
      // Start, then Mark done: one exercise-start for the go.
      await click(el, 'button.again');
      await click(el, 'button.start');
      await click(el, 'button.mark-done');
      expect(log.map((e) => e.type)).to.deep.equal(['exercise-start', 'exercise-complete', 'exercise-start', 'exercise-complete']);
    });

    it('Mark done during a countdown stops it and reports the dose', async () => {
      const el = await card(html`<exercise-card exercise="side-plank" side="right"></exercise-card>`);
      const log = record(el);
      el.start();
      await at(el, 3000);
      await click(el, 'button.mark-done');
      expect(el.holdState).to.equal('idle');
      expect(log.map((e) => e.type)).to.deep.equal(['exercise-start', 'exercise-complete']);
      expect(log[1]!.detail).to.deep.equal({ exerciseId: 'side-plank', sets: 3, reps: null, holdSeconds: 15, side: 'right', minutes: null });
    });

    for (const [label, response, advice] of [
      ['Moved up toward my back', 'centralized', 'That is a good sign'],
      ['Stayed the same', 'unchanged', 'going as planned'],
      ['Moved down my leg', 'peripheralized', 'Stop this exercise for now.'],
    ] as const) {
      it(`exercise-feedback: "${label}" → ${response}`, async () => {
        const el = await card(html`<exercise-card exercise="seated-nerve-glide"></exercise-card>`);
        const log = record(el);
        await click(el, `button[data-response="${response}"]`);
        expect(log).to.deep.equal([{ type: 'exercise-feedback', detail: { exerciseId: 'seated-nerve-glide', response } }]);
        expect($(el, `button[data-response="${response}"]`)!.getAttribute('aria-pressed')).to.equal('true');
        expect(text($(el, '[part~="symptom-advice"]'))).to.contain(advice);
        const alert = $(el, '[role="alert"]');
        if (response === 'peripheralized') {
          expect(alert).to.not.equal(null);
          expect(visible(alert)).to.equal(true);
          expect(alert!.classList.contains('stop')).to.equal(true);
          expect(getComputedStyle(alert!).borderTopWidth).to.equal('3px');
        } else {
          expect(alert).to.equal(null);
        }
        // The same answer again fires nothing.
        await click(el, `button[data-response="${response}"]`);
        expect(log).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    it('every symptom answer carries the safety net with the emergency number', async () => {
      const el = await card(html`<exercise-card exercise="mckenzie-press-up" emergency-number="911"></exercise-card>`);
      for (const response of ['centralized', 'unchanged', 'peripheralized']) {
        await click(el, `button[data-response="${response}"]`);
        expectSafetyNet($(el, '[part~="symptom-advice"]'), '911', response);
      }
      el.removeAttribute('emergency-number');
      await el.updateComplete;
      expectSafetyNet($(el, '[part~="symptom-advice"]'), null, 'no number known');
    });

    it('"moved down my leg" after Mark done: no "Well done" and no "Do it again" beside the stop advice; another answer brings them back', async () => {
      const el = await card(html`<exercise-card exercise="glute-bridge"></exercise-card>`);
      await click(el, 'button.mark-done');
      await click(el, 'button[data-response="peripheralized"]');
      expect(text($(el, '.done-message'))).to.equal('Done.');
      expect($(el, 'button.again')).to.equal(null);
      expect(visible($(el, '[role="alert"]'))).to.equal(true);
      await expect(el).to.be.accessible();
      await click(el, 'button[data-response="unchanged"]');
      expect(text($(el, '.done-message'))).to.equal('Done. Well done!');
      expect($(el, 'button.again')).to.not.equal(null);
    });

    it('reset() from the done state goes back to the start: the host page can begin another session', async () => {
      const el = await card(html`<exercise-card exercise="bird-dog" reps="1" hold-seconds="1"></exercise-card>`);
      await click(el, 'button.mark-done');
      await click(el, 'button[data-response="peripheralized"]');
      expect($(el, 'button.start')).to.equal(null);
      el.reset();
      await el.updateComplete;
      expect($(el, '.done-message')).to.equal(null);
      expect($(el, 'button.start')).to.not.equal(null);
    });

    it('"moved down my leg" pauses a running countdown', async () => {
      const el = await card(html`<exercise-card exercise="bird-dog"></exercise-card>`);
      el.start();
      await at(el, 1000);
      await click(el, 'button[data-response="peripheralized"]');
      expect(el.holdState).to.equal('paused');
      expect(visible($(el, '[role="alert"]'))).to.equal(true);
    });

    it('events bubble out of the shadow root and are composed', async () => {
      const el = await card(html`<exercise-card exercise="glute-bridge"></exercise-card>`);
      let event: CustomEvent | null = null;
      const listener = (e: Event) => (event = e as CustomEvent);
      document.addEventListener('exercise-start', listener);
      try {
        el.start();
        expect(event).to.not.equal(null);
        expect(event!.bubbles && event!.composed).to.equal(true);
      } finally {
        document.removeEventListener('exercise-start', listener);
      }
    });
  });

  describe('the symptom question on a phone', () => {
    /** A card in a box of `width` px (the element lays itself out by its own width). */
    async function cardAt(width: number, markup = html`<exercise-card exercise="seated-nerve-glide"></exercise-card>`): Promise<ExerciseCard> {
      const box = await fixture<HTMLDivElement>(html`<div>${markup}</div>`);
      box.style.width = `${width}px`;
      const el = box.querySelector<ExerciseCard>('exercise-card')!;
      el.clock = time.now;
      await el.updateComplete;
      return el;
    }

    it('at 375 px: three stacked tiles, each as wide as the question, with ↑ = ↓ marks hidden from screen readers', async () => {
      const el = await cardAt(375);
      const question = $(el, '.symptom-question')!.getBoundingClientRect();
      const tiles = $$<HTMLButtonElement>(el, '.symptom-choices button');
      expect(tiles.map((b) => b.dataset.response)).to.deep.equal(['centralized', 'unchanged', 'peripheralized']);
      const rects = tiles.map((b) => b.getBoundingClientRect());
      for (const r of rects) {
        expect(r.width, 'full width').to.be.closeTo(question.width, 1);
        expect(r.height, 'a large target').to.be.at.least(48);
      }
      expect(rects[1]!.top, 'stacked').to.be.at.least(rects[0]!.bottom);
      expect(rects[2]!.top, 'stacked').to.be.at.least(rects[1]!.bottom);
      const marks = tiles.map((b) => b.querySelector('.mark')!);
      expect(marks.map((m) => text(m))).to.deep.equal(['↑', '=', '↓']);
      expect(marks.map((m) => m.getAttribute('aria-hidden'))).to.deep.equal(['true', 'true', 'true']);
      // The words carry the meaning: the label without the mark.
      expect(tiles.map((b) => text(b.querySelector('.choice-text')))).to.deep.equal(['Moved up toward my back', 'Stayed the same', 'Moved down my leg']);
      await expect(el).to.be.accessible();
    });

    it('at 375 px the chosen tile is filled, and the stop advice stands clear of it', async () => {
      const el = await cardAt(375);
      const before = getComputedStyle($(el, 'button[data-response="peripheralized"]')!).backgroundColor;
      await click(el, 'button[data-response="peripheralized"]');
      const chosen = $(el, 'button[data-response="peripheralized"]')!;
      expect(getComputedStyle(chosen).backgroundColor).to.not.equal(before);
      expect(getComputedStyle(chosen.querySelector('.mark')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      const gap = $(el, '[part~="stop-advice"]')!.getBoundingClientRect().top - chosen.getBoundingClientRect().bottom;
      expect(gap, 'room between the answer and the stop advice').to.be.at.least(20);
      await expect(el).to.be.accessible();
    });

    it('on a wide screen the tiles keep a readable width, still stacked', async () => {
      const el = await cardAt(1200);
      const tiles = $$(el, '.symptom-choices button').map((b) => b.getBoundingClientRect());
      for (const r of tiles) expect(r.width).to.be.at.most(481);
      expect(tiles[1]!.top).to.be.at.least(tiles[0]!.bottom);
    });
  });

  describe('"Where this comes from"', () => {
    it('is a disclosure with a visible chevron that turns when it opens, and underlined control text', async () => {
      const el = await card(html`<exercise-card exercise="mckenzie-press-up"></exercise-card>`);
      const details = $<HTMLDetailsElement>(el, 'details[part="sources"]')!;
      const summary = details.querySelector('summary')!;
      const chevron = () => getComputedStyle(summary, '::before');
      expect(chevron().content).to.not.equal('none');
      expect(parseFloat(chevron().width)).to.be.greaterThan(4);
      expect(parseFloat(chevron().borderRightWidth)).to.be.greaterThan(1);
      expect(parseFloat(chevron().borderBottomWidth)).to.be.greaterThan(1);
      const closed = chevron().transform;
      expect(getComputedStyle(summary).cursor).to.equal('pointer');
      expect(getComputedStyle(summary.querySelector('.summary-text')!).textDecorationLine).to.contain('underline');
      expect(summary.getBoundingClientRect().height).to.be.at.least(44);
      summary.click();
      await el.updateComplete;
      expect(details.open).to.equal(true);
      expect(chevron().transform).to.not.equal(closed);
      await expect(el).to.be.accessible();
    });
  });

  describe('counts in the countdown', () => {
    it('says "second left" at 1, "Hold done" for one hold, and "hold 1 second" in the dose', async () => {
      const el = await card(html`<exercise-card exercise="glute-bridge" reps="1" hold-seconds="2"></exercise-card>`);
      expect(text($(el, '.timer-intro'))).to.equal('Press Start for a countdown: 1 × 2 seconds.');
      await click(el, 'button.start');
      expect(text($(el, '.seconds .unit'))).to.equal('seconds left');
      expect(live(el)).to.equal('Hold 1 of 1. Hold for 2 seconds.');
      await at(el, 1500);
      expect(text($(el, '.seconds'))).to.equal('1 second left');
      await at(el, 2000);
      expect(text($(el, '[data-counter]'))).to.equal('Hold done');
      expect(live(el)).to.equal('Hold done. Press Mark done when you have finished.');
      el.setAttribute('hold-seconds', '1');
      await el.updateComplete;
      expect(text($(el, '[part="dose"]'))).to.contain('hold 1 second ·');
    });

    for (const [lang, left, intro] of [
      ['es', 'segundo restante', 'Pulse «Empezar» para una cuenta atrás: 2 × 1 segundo.'],
      ['fr', 'seconde restante', 'Appuyez sur Commencer pour lancer un compte à rebours : 2 × 1 seconde.'],
      ['de', 'Sekunde übrig', 'Drücken Sie auf „Starten“ für einen Countdown: 2 × 1 Sekunde.'],
    ] as const) {
      it(`${lang}: the countdown's counts take the plural forms`, async () => {
        await setLocale(lang);
        try {
          const el = await card(html`<exercise-card exercise="glute-bridge" reps="2" hold-seconds="1"></exercise-card>`);
          expect(text($(el, '.timer-intro'))).to.equal(intro);
          el.start();
          await at(el, 100);
          expect(text($(el, '.seconds .unit'))).to.equal(left);
          el.reset();
        } finally {
          await setLocale(null);
        }
      });
    }
  });

  describe('error states', () => {
    it('an unknown id: error state and widget-error naming the id and where the ids are listed', async () => {
      const { el, log } = await build((e) => e.setAttribute('exercise', 'knee-bends'));
      expect(log).to.have.length(1);
      const detail = log[0]!.detail as { element: string; code: string; message: string };
      expect(log[0]!.type).to.equal('widget-error');
      expect(detail.element).to.equal('exercise-card');
      expect(detail.code).to.equal('unknown-exercise');
      expect(detail.message).to.contain('knee-bends').and.contain('window.SciaticaWidgets.exercises');
      expect(text($(el, '[part="error"]'))).to.contain('knee-bends');
      expect($(el, '[part="title"]')).to.equal(null);
      expect(el.exerciseId).to.equal(null);
      expect(warnings.messages.filter((m) => m.includes('knee-bends'))).to.have.length(1);
      await expect(el).to.be.accessible();
      // Fixing the attribute recovers.
      el.setAttribute('exercise', 'glute-bridge');
      await el.updateComplete;
      expect($(el, '[part="error"]')).to.equal(null);
      expect(text($(el, '[part="title"]'))).to.equal('Glute bridge');
      el.remove();
    });

    it('no exercise at all: missing-exercise', async () => {
      const failed = new Promise((resolve) => addEventListener('widget-error', resolve, { once: true, capture: true }));
      const { el, log } = await build(() => undefined);
      await failed; // it waits for the page to configure it first (late-configuration.test.ts)
      await el.updateComplete;
      expect(log.map((e) => (e.detail as { code: string }).code)).to.deep.equal(['missing-exercise']);
      expect($(el, '[part="error"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
      el.remove();
    });
  });

  describe('a host\'s own exercise', () => {
    it('a valid object in the exercise property is shown without a picture, and its id is in the events', async () => {
      const el = await card(html`<exercise-card exercise="glute-bridge"></exercise-card>`);
      el.exercise = hostExercise();
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal('Wall sit');
      expect($(el, '[part="picture"]')).to.equal(null);
      expect(text($(el, '[part="dose"]'))).to.equal('How much: 5 times · hold 10 seconds · Twice a day');
      expect($$(el, '[part="steps"] li')).to.have.length(3);
      expect(text($(el, '[part="stop"]'))).to.contain('Stop this movement if pain or tingling spreads further down your leg.').and.contain('Stop if your knees hurt.');
      expect(text($(el, '[part="category"]'))).to.equal('Strength and control');
      await expect(el).to.be.accessible();
      const log = record(el);
      el.start();
      el.markDone();
      expect(log.map((e) => e.detail)).to.deep.equal([
        { exerciseId: 'my-wall-squat' },
        { exerciseId: 'my-wall-squat', sets: null, reps: 5, holdSeconds: 10, side: null, minutes: null },
      ]);
      // A string assigned to the property is a catalogue id again.
      el.exercise = 'walking';
      await el.updateComplete;
      expect(el.exerciseId).to.equal('walking');
      expect($(el, '[part="picture"]')).to.not.equal(null);
    });

    it('an invalid object: error state naming the field, and widget-error', async () => {
      const { el, log } = await build((e) => {
        e.exercise = { ...hostExercise(), dose: { reps: 5 } };
      });
      expect(log).to.have.length(1);
      const detail = log[0]!.detail as { element: string; code: string; message: string };
      expect(detail.code).to.equal('invalid-exercise');
      expect(detail.element).to.equal('exercise-card');
      expect(detail.message).to.contain('dose.frequency').and.contain('must be a non-empty text');
      expect(text($(el, '[part="error"]'))).to.contain('dose.frequency');
      await expect(el).to.be.accessible();
      // Fixed: shown, and the error state is gone.
      el.exercise = hostExercise();
      await el.updateComplete;
      expect($(el, '[part="error"]')).to.equal(null);
      expect(text($(el, '[part="title"]'))).to.equal('Wall sit');
      el.remove();
    });

    it('a valid child <script type="application/json">, read on connect and when it changes', async () => {
      const json = JSON.stringify(hostExercise());
      const { el, log } = await build((e) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = json;
        e.append(script);
      });
      expect(log).to.deep.equal([]);
      expect(text($(el, '[part="title"]'))).to.equal('Wall sit');
      expect($(el, '[part="picture"]')).to.equal(null);
      await expect(el).to.be.accessible();
      // The host edits the script: the card follows.
      el.querySelector('script')!.textContent = JSON.stringify({ ...hostExercise(), title: 'Wall sit, easier' });
      await waitUntil(() => text($(el, '[part="title"]')) === 'Wall sit, easier', 'the card follows the new JSON');
      // The script beats the exercise attribute; an object in the property beats the script.
      el.setAttribute('exercise', 'glute-bridge');
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal('Wall sit, easier');
      el.exercise = { ...hostExercise(), id: 'from-property', title: 'From the property' };
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal('From the property');
      // Back to the id, and the script removed: the catalogue exercise.
      el.exercise = 'glute-bridge';
      el.querySelector('script')!.remove();
      await waitUntil(() => text($(el, '[part="title"]')) === 'Glute bridge', 'the catalogue exercise once the script is gone');
      el.remove();
    });

    it('an invalid child JSON script: error state naming the field, and widget-error', async () => {
      const { el, log } = await build((e) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify({ ...hostExercise(), category: 'yoga' });
        e.append(script);
      });
      expect(log).to.have.length(1);
      expect((log[0]!.detail as { code: string }).code).to.equal('invalid-exercise');
      expect((log[0]!.detail as { message: string }).message).to.contain('"category"');
      expect(text($(el, '[part="error"]'))).to.contain('category');
      await expect(el).to.be.accessible();
      // Unparsable JSON names the exercise as a whole.
      el.querySelector('script')!.textContent = '{ not json';
      await waitUntil(() => log.length === 2, 'a second widget-error');
      expect((log[1]!.detail as { message: string }).message).to.contain('could not be parsed');
      el.remove();
    });

    it('stops watching its children once removed', async () => {
      const { el } = await build((e) => e.setAttribute('exercise', 'glute-bridge'));
      el.remove();
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(hostExercise());
      el.append(script);
      await sleep(20);
      expect(text($(el, '[part="title"]'))).to.equal('Glute bridge');
      // Back in the page it reads them again.
      document.body.append(el);
      await waitUntil(() => text($(el, '[part="title"]')) === 'Wall sit', 'reads the children on connect');
      el.remove();
    });
  });

  it('can be registered under another tag', async () => {
    expect(ExerciseCard.define()).to.equal(true);
    expect(ExerciseCard.define('clinic-exercise-card')).to.equal(true);
    const el = await fixture<ExerciseCard>(html`<clinic-exercise-card exercise="walking"></clinic-exercise-card>`);
    expect(el).to.be.instanceOf(ExerciseCard);
    expect(text($(el, '[part="title"]'))).to.not.equal('');
  });
});
