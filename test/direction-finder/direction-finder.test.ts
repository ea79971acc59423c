import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/direction-finder.js';
import { DirectionFinder } from '../../src/direction-finder/direction-finder.js';
import { lastResultFormat, serializeStoredResult } from '../../src/direction-finder/last-result.js';
import { maxRoundsPerMovement, safetyItems, type DirectionStep } from '../../src/direction-finder/protocol.js';
import { localIsoDate } from '../../src/pain-map/history.js';
import { captureWarnings, expectSafetyNet } from '../helpers.js';

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  warnings = captureWarnings();
});
afterEach(() => {
  warnings.restore();
});

const root = (el: DirectionFinder) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: DirectionFinder, selector: string) => root(el).querySelector<T & Element>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (el: DirectionFinder) => root(el).activeElement as HTMLElement | null;

type Recorded = { type: string; detail: Record<string, unknown> };

/** Records the element's own events, in order. */
function record(el: DirectionFinder): Recorded[] {
  const events: Recorded[] = [];
  for (const type of ['direction-step', 'direction-emergency', 'direction-result']) {
    el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent<Record<string, unknown>>).detail }));
  }
  return events;
}

const steps = (events: Recorded[]) => events.filter((e) => e.type === 'direction-step').map((e) => e.detail.step as DirectionStep);

function click(el: DirectionFinder, selector: string): void {
  const node = $(el, selector);
  expect(node, selector).to.not.equal(null);
  node!.click();
}

/** Answers one safety question by clicking its tile, as a person would. */
async function answerSafety(el: DirectionFinder, id: string, yes: boolean): Promise<void> {
  click(el, `input[name="${id}"][value="${yes ? 'yes' : 'no'}"]`);
  await el.updateComplete;
}

/** Every safety question no, then Continue: the test moves to `before`. */
async function passSafety(el: DirectionFinder): Promise<void> {
  for (const item of safetyItems) await answerSafety(el, item.id, false);
  click(el, 'button.next');
  await el.updateComplete;
  expect(el.step).to.equal('before');
}

/** Chooses where it reaches and how strong, then Next. */
async function reading(el: DirectionFinder, extent: number, intensity: number): Promise<void> {
  click(el, `input[name="df-extent"][value="${extent}"]`);
  click(el, `input[name="df-intensity"][value="${intensity}"]`);
  await el.updateComplete;
  click(el, 'form.reading button.next');
  await el.updateComplete;
}

/** Finishes a round: "I have done them", or "Stop: it is spreading". */
async function roundDone(el: DirectionFinder, spreading = false): Promise<void> {
  click(el, spreading ? 'button.spreading' : 'button.round-done');
  await el.updateComplete;
}

async function atExtension(markup = html`<direction-finder emergency-number="999"></direction-finder>`): Promise<DirectionFinder> {
  const el = await fixture<DirectionFinder>(markup);
  await passSafety(el);
  await reading(el, 3, 6);
  expect(el.step).to.equal('extension');
  return el;
}

describe('<direction-finder> registration and the safety step', () => {
  it('is registered, starts at the safety step with the nine questions, and warns about nothing', async () => {
    expect(customElements.get('direction-finder')).to.equal(DirectionFinder);
    const el = await fixture<DirectionFinder>(html`<direction-finder></direction-finder>`);
    expect(el.step).to.equal('safety');
    expect(el.result).to.equal(null);
    const questions = root(el).querySelectorAll('fieldset[part="question"]');
    expect([...questions].map((q) => q.getAttribute('data-id'))).to.deep.equal(safetyItems.map((item) => item.id));
    for (const q of questions) expect(q.querySelectorAll('input[type="radio"]').length).to.equal(2);
    expect($(el, 'h2.step-title')).to.not.equal(null);
    expect($(el, '.stages li[aria-current="step"]')?.textContent).to.contain('Safety questions');
    expect($(el, '[part="emergency"]')).to.equal(null);
    expect($(el, '[part="disclaimer"]')).to.not.equal(null);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('asks for the missing answers instead of moving on, and focuses the first one', async () => {
    const el = await fixture<DirectionFinder>(html`<direction-finder></direction-finder>`);
    const events = record(el);
    await answerSafety(el, safetyItems[0]!.id, false);
    click(el, 'button.next');
    await el.updateComplete;
    expect(el.step).to.equal('safety');
    expect(text($(el, '.notice'))).to.contain(String(safetyItems.length - 1));
    await waitUntil(() => active(el)?.getAttribute('name') === safetyItems[1]!.id, 'focus on the first unanswered question');
    expect(events).to.deep.equal([]);
  });

  it('an emergency yes shows the emergency advice at once, fires direction-emergency, and stops the test', async () => {
    const el = await fixture<DirectionFinder>(html`<direction-finder emergency-number="112"></direction-finder>`);
    const events = record(el);
    await answerSafety(el, 'bladder-control', false);
    const yes = $<HTMLInputElement>(el, 'input[name="saddle-numbness"][value="yes"]')!;
    yes.focus();
    await answerSafety(el, 'saddle-numbness', true);
    expect(events).to.deep.equal([{ type: 'direction-emergency', detail: { flags: ['saddle-numbness'], level: 'emergency' } }]);
    const box = $(el, '[part="emergency"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(text(box)).to.contain('Call 112');
    expect($(el, '[part="emergency-call"]')?.getAttribute('href')).to.equal('tel:112');
    expect(text(box)).to.contain('do not do the movements');
    // The call stays in view while the person scrolls through the rest of the questions.
    expect(getComputedStyle(box).position).to.equal('sticky');
    // First in the step, before the questions; focus stays on the answer.
    expect($(el, '.step')!.firstElementChild).to.equal(box);
    expect(active(el)).to.equal(yes);
    // Stopped: no Continue, only Start again; the step does not change, whatever else is answered.
    expect($(el, 'button.next')).to.equal(null);
    expect($(el, 'button.start-again')).to.not.equal(null);
    for (const item of safetyItems) if (item.id !== 'saddle-numbness') await answerSafety(el, item.id, false);
    expect(el.step).to.equal('safety');
    expect(steps(events)).to.deep.equal([]);
    // A yes cannot be taken back by changing the answer.
    await answerSafety(el, 'saddle-numbness', false);
    expect($<HTMLInputElement>(el, 'input[name="saddle-numbness"][value="yes"]')!.checked).to.equal(true);
    expect($(el, '[part="emergency"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an urgent yes shows "contact a doctor today" with the clinic and the safety net; a later emergency yes raises it', async () => {
    const el = await fixture<DirectionFinder>(html`<direction-finder emergency-number="999" clinic-name="Riverside Physio" clinic-phone="020 7946 0000"></direction-finder>`);
    const events = record(el);
    await answerSafety(el, 'foot-drop', true);
    const card = $(el, '[part="stop"]')!;
    expect(card.getAttribute('role')).to.equal('alert');
    expect(text(card)).to.contain('Contact a doctor today');
    expect($(el, '[part="clinic-call"]')?.getAttribute('href')).to.equal('tel:02079460000');
    expectSafetyNet(card, '999', 'urgent stop');
    expect($(el, '[part="emergency"]')).to.equal(null);
    // First in the step but not sticky: on a phone it is taller than the screen and would hide the questions.
    expect($(el, '.step')!.firstElementChild).to.equal(card);
    expect(getComputedStyle(card).position).to.equal('static');
    await expect(el).to.be.accessible();
    await answerSafety(el, 'bladder-control', true);
    expect(events).to.deep.equal([
      { type: 'direction-emergency', detail: { flags: ['foot-drop'], level: 'urgent' } },
      { type: 'direction-emergency', detail: { flags: ['bladder-control', 'foot-drop'], level: 'emergency' } },
    ]);
    expect($(el, '[part="emergency"]')).to.not.equal(null);
    expect($(el, '[part="stop"]')).to.equal(null);
  });

  it('"Start again" after a stop goes back to unanswered questions, with focus on the heading', async () => {
    const el = await fixture<DirectionFinder>(html`<direction-finder></direction-finder>`);
    const events = record(el);
    await answerSafety(el, 'both-legs-pain', true);
    click(el, 'button.start-again');
    await el.updateComplete;
    expect($(el, '[part="emergency"]')).to.equal(null);
    expect([...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].some((r) => r.checked)).to.equal(false);
    await waitUntil(() => active(el)?.id === 'df-step-title', 'focus on the heading');
    // Still the safety step: no direction-step.
    expect(steps(events)).to.deep.equal([]);
    await passSafety(el);
  });
});

describe('<direction-finder> the steps and their events', () => {
  it('press-ups that centralize: each step fires direction-step, focus moves to its heading, the result fires direction-result', async () => {
    const el = await fixture<DirectionFinder>(html`<direction-finder emergency-number="999"></direction-finder>`);
    const events = record(el);
    await passSafety(el);
    await waitUntil(() => active(el)?.id === 'df-step-title', 'focus on the before heading');
    expect(text(active(el))).to.equal('Where do you feel it now?');
    await reading(el, 3, 6);
    await waitUntil(() => text(active(el)) === 'Press-ups: round 1', 'focus on the movement heading');
    await roundDone(el);
    expect(el.step).to.equal('after-extension');
    expect(text($(el, '.reference'))).to.equal('When you started the press-ups: Knee or lower leg, 6 out of 10.');
    await reading(el, 1, 7);
    expect(steps(events)).to.deep.equal(['before', 'extension', 'after-extension', 'result']);
    const result = events.filter((e) => e.type === 'direction-result');
    expect(result).to.have.length(1);
    expect(result[0]!.detail).to.deep.equal({
      direction: 'extension',
      rounds: [{ movement: 'extension', before: { extent: 3, intensity: 6 }, after: { extent: 1, intensity: 7 }, response: 'centralized', spreading: false }],
      stenosisPattern: false,
    });
    // The result event comes after the step event.
    expect(events.at(-1)!.type).to.equal('direction-result');
    expect(el.result?.direction).to.equal('extension');
    await waitUntil(() => active(el)?.id === 'df-step-title', 'focus on the result heading');
    expect(text(active(el))).to.equal('Bending backward looks like your direction');
    const card = $(el, '[part="result"]')!;
    expect(card.classList.contains('level-self-care')).to.equal(true);
    expect(text(card)).to.contain('about 10 press-ups every 2 hours');
    expectSafetyNet(card, '999', 'the plan');
    expect(root(el).querySelectorAll('[data-response]').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('the movement step shows the exercise from the catalogue, the dose, the stop rule and a tap count', async () => {
    const el = await atExtension();
    expect($(el, 'svg[part="picture"]')?.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
    const listed = [...root(el).querySelectorAll('[part="steps"] li')].map(text);
    expect(listed[0]).to.contain('Lie on your front');
    // The catalogue's "keep going" step is the test's own question here, so it is left out.
    expect(listed.join(' ')).to.not.contain('this direction suits you');
    expect(text($(el, '[part="stop-rule"]'))).to.contain('Stop at once if pain, numbness or tingling spreads further down your leg.');
    expect(text($(el, '.count'))).to.equal('0 of about 10');
    for (let i = 0; i < 3; i++) click(el, 'button.count-one');
    await el.updateComplete;
    expect(text($(el, '.count'))).to.equal('3 of about 10');
    expect($(el, '.count')!.getAttribute('aria-live')).to.equal('polite');
    // The stop button is the first control after the heading, and stays in view.
    const stop = $(el, '[part="stop-bar"] button.spreading')!;
    expect(text(stop)).to.equal('Stop: it is spreading down my leg');
    expect(getComputedStyle($(el, '[part="stop-bar"]')!).position).to.equal('sticky');
    await expect(el).to.be.accessible();
    // A new round starts its count at 0.
    await roundDone(el);
    await reading(el, 3, 6);
    expect(el.step).to.equal('extension');
    expect(text($(el, '.count'))).to.equal('0 of about 10');
    expect(text($(el, '.lead'))).to.contain('round 2 of at most 3');
  });

  it('"Stop: it is spreading" ends the press-ups for good: the next reading counts as spreading, then knees to chest', async () => {
    const el = await atExtension();
    const events = record(el);
    await roundDone(el, true);
    expect(el.step).to.equal('after-extension');
    expect(text($(el, '.spreading-note'))).to.contain('counts as spreading');
    await expect(el).to.be.accessible();
    // Even a reading that moved up: the spread felt during the movement decides.
    await reading(el, 2, 6);
    expect(el.step).to.equal('flexion');
    expect(text($(el, '.lead'))).to.contain('made your leg symptoms worse');
    expect(text($(el, '.step-title'))).to.equal('Knees to chest: round 1');
    await roundDone(el);
    await reading(el, 1, 4);
    expect(steps(events)).to.deep.equal(['after-extension', 'flexion', 'after-flexion', 'result']);
    const detail = events.find((e) => e.type === 'direction-result')!.detail as { direction: string; stenosisPattern: boolean; rounds: { spreading: boolean; response: string }[] };
    expect(detail.direction).to.equal('flexion');
    expect(detail.rounds.map((r) => [r.response, r.spreading])).to.deep.equal([
      ['peripheralized', true],
      ['centralized', false],
    ]);
    // Worse bending backward, better bending forward: the pattern is mentioned, never diagnosed.
    expect(detail.stenosisPattern).to.equal(true);
    expect($(el, '[data-section="pattern"]')).to.not.equal(null);
    expect(text($(el, '[part="result"]'))).to.contain('Leave out the press-ups');
    await expect(el).to.be.accessible();
  });

  it('three rounds at most each way: unchanged throughout ends with "no clear direction", the clinic line and the 90-90 rest', async () => {
    const el = await atExtension(html`<direction-finder emergency-number="999" clinic-name="Riverside Physio" clinic-phone="020 7946 0000"></direction-finder>`);
    const events = record(el);
    for (let round = 1; round <= maxRoundsPerMovement; round++) {
      expect(el.step, `extension round ${round}`).to.equal('extension');
      expect(text($(el, '.step-title'))).to.equal(`Press-ups: round ${round}`);
      await roundDone(el);
      await reading(el, 3, 6);
    }
    expect(el.step).to.equal('flexion');
    expect(text($(el, '.lead'))).to.contain('3 rounds of press-ups did not change your symptoms');
    for (let round = 1; round <= maxRoundsPerMovement; round++) {
      expect(el.step, `flexion round ${round}`).to.equal('flexion');
      await roundDone(el);
      await reading(el, 3, 5);
    }
    expect(el.step).to.equal('result');
    expect(steps(events)).to.deep.equal([
      'after-extension', 'extension', 'after-extension', 'extension', 'after-extension', 'flexion',
      'after-flexion', 'flexion', 'after-flexion', 'flexion', 'after-flexion', 'result',
    ]);
    const result = el.result!;
    expect(result.direction).to.equal('none');
    expect(result.rounds.map((r) => r.movement)).to.deep.equal(['extension', 'extension', 'extension', 'flexion', 'flexion', 'flexion']);
    const card = $(el, '[part="result"]')!;
    expect(card.classList.contains('level-soon')).to.equal(true);
    expect(text($(el, '.step-title'))).to.equal('No clear direction found');
    expect(text(card)).to.contain('90-90 rest position');
    expect($(el, '[part="clinic-call"]')?.getAttribute('href')).to.equal('tel:02079460000');
    expect(text($(el, '[part="clinic-call"]'))).to.equal('Call Riverside Physio 020 7946 0000');
    expectSafetyNet(card, '999', 'no direction');
    // The report lists all six rounds.
    expect(root(el).querySelectorAll('[part="report"] [data-response]').length).to.equal(6);
    await expect(el).to.be.accessible();
  });

  it('reset() goes back to the safety step from anywhere, fires direction-step once, and keeps nothing', async () => {
    const el = await atExtension();
    const events = record(el);
    click(el, 'button.count-one');
    el.reset();
    await el.updateComplete;
    expect(el.step).to.equal('safety');
    expect(el.result).to.equal(null);
    expect(events).to.deep.equal([{ type: 'direction-step', detail: { step: 'safety' } }]);
    expect([...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].some((r) => r.checked)).to.equal(false);
    // At the safety step already: nothing to fire.
    el.reset();
    await el.updateComplete;
    expect(events).to.have.length(1);
    // And the whole test runs again from there.
    await passSafety(el);
    await reading(el, 2, 5);
    expect(text($(el, '.count'))).to.equal('0 of about 10');
  });

  it('a reading needs both answers: Next without them says which is missing and focuses it', async () => {
    const el = await fixture<DirectionFinder>(html`<direction-finder></direction-finder>`);
    await passSafety(el);
    click(el, 'form.reading button.next');
    await el.updateComplete;
    expect(el.step).to.equal('before');
    expect(text($(el, '.notice'))).to.equal('Choose how far down you feel it and how strong it is there.');
    await waitUntil(() => active(el)?.getAttribute('name') === 'df-extent', 'focus on the levels');
    click(el, 'input[name="df-extent"][value="2"]');
    await el.updateComplete;
    expect(text($(el, '.notice'))).to.equal('Choose how strong it is there.');
    click(el, 'form.reading button.next');
    await el.updateComplete;
    await waitUntil(() => active(el)?.getAttribute('name') === 'df-intensity', 'focus on the strengths');
    expect(el.step).to.equal('before');
    // Nothing is chosen for the person: after a round, both questions are asked afresh.
    click(el, 'input[name="df-intensity"][value="4"]');
    click(el, 'form.reading button.next');
    await el.updateComplete;
    await roundDone(el);
    expect([...root(el).querySelectorAll<HTMLInputElement>('input[name^="df-"]')].some((r) => r.checked)).to.equal(false);
  });

  it('the "how far down" choices: five levels, each a radio with its name and a figure marking that level', async () => {
    const el = await fixture<DirectionFinder>(html`<direction-finder></direction-finder>`);
    await passSafety(el);
    const levels = [...root(el).querySelectorAll('[part="levels"] label.level')];
    expect(levels.map(text)).to.deep.equal(['Back only', 'Buttock or hip', 'Thigh', 'Knee or lower leg', 'Foot or toes']);
    for (const [index, level] of levels.entries()) {
      expect(level.querySelector('input[type="radio"]')?.getAttribute('value')).to.equal(String(index));
      const figure = level.querySelector('svg.level-figure')!;
      expect(figure.getAttribute('aria-hidden')).to.equal('true');
      // The level itself is marked, and every level above it on the way down.
      expect(figure.querySelectorAll('path.furthest').length, `level ${index}`).to.be.greaterThan(0);
      expect(figure.querySelectorAll('path.reach').length > 0, `level ${index} shows the way down`).to.equal(index > 0);
    }
    expect(root(el).querySelectorAll('[part="strengths"] input[type="radio"]').length).to.equal(11);
    await expect(el).to.be.accessible();
  });

  it('heading-level sets the step headings and the plan\'s inner headings', async () => {
    const el = await fixture<DirectionFinder>(html`<direction-finder heading-level="4"></direction-finder>`);
    expect($(el, 'h4.step-title')).to.not.equal(null);
    await passSafety(el);
    await reading(el, 3, 6);
    expect($(el, 'h4.step-title')).to.not.equal(null);
    await roundDone(el);
    await reading(el, 2, 6);
    expect($(el, 'h4.step-title')).to.not.equal(null);
    expect(root(el).querySelectorAll('.plan-section h5').length).to.be.greaterThan(2);
    expect(root(el).querySelectorAll('h2, h3').length).to.equal(0);
  });
});

describe('<direction-finder> accessibility in every step', () => {
  it('axe finds nothing at each of the seven steps, both stops and the storage note, and each step has one h2', async () => {
    const key = `df-axe-${Math.random().toString(36).slice(2)}`;
    const el = await fixture<DirectionFinder>(html`<direction-finder emergency-number="999" clinic-name="Riverside Physio" clinic-phone="020 7946 0000" storage-key=${key}></direction-finder>`);
    const seen: string[] = [];
    const check = async () => {
      await el.updateComplete;
      seen.push(el.step);
      expect(root(el).querySelectorAll('h2.step-title').length, `${el.step}: one step heading`).to.equal(1);
      await expect(el).to.be.accessible();
    };
    await check(); // safety
    await passSafety(el);
    await check(); // before
    await reading(el, 2, 5);
    await check(); // extension
    await roundDone(el, true);
    await check(); // after-extension (spreading)
    await reading(el, 2, 5);
    await check(); // flexion
    await roundDone(el);
    await check(); // after-flexion
    await reading(el, 1, 3);
    await check(); // result (flexion), with "kept in this browser"
    expect(el.result?.direction).to.equal('flexion');
    expect($(el, '.storage-status')).to.not.equal(null);
    expect(seen).to.deep.equal(['safety', 'before', 'extension', 'after-extension', 'flexion', 'after-flexion', 'result']);
    // Last time's result above the safety questions, then each stop.
    el.reset();
    await el.updateComplete;
    expect($(el, '[part="last-time"]')).to.not.equal(null);
    await check();
    await answerSafety(el, 'foot-drop', true);
    expect($(el, '[part="stop"]')).to.not.equal(null);
    await check();
    await answerSafety(el, 'saddle-numbness', true);
    expect($(el, '[part="emergency"]')).to.not.equal(null);
    await check();
    localStorage.removeItem(key);
  });
});

describe('<direction-finder> keyboard only', () => {
  it('completes the test with Tab, arrow keys, Space and Enter', async () => {
    const el = await fixture<DirectionFinder>(html`<direction-finder></direction-finder>`);
    const events = record(el);
    // The person tabs into the element: the first question's "Yes".
    $<HTMLInputElement>(el, `input[name="${safetyItems[0]!.id}"][value="yes"]`)!.focus();
    for (const [index, item] of safetyItems.entries()) {
      await waitUntil(() => active(el)?.getAttribute('name') === item.id, `focus in question ${index + 1}`);
      await sendKeys({ press: 'ArrowDown' }); // from "Yes" to "No", which checks it
      await waitUntil(() => $<HTMLInputElement>(el, `input[name="${item.id}"][value="no"]`)!.checked, `question ${index + 1} answered no`);
      if (index < safetyItems.length - 1) await sendKeys({ press: 'Tab' });
    }
    await sendKeys({ press: 'Enter' }); // Enter in a form submits it: Continue
    await waitUntil(() => el.step === 'before' && active(el)?.id === 'df-step-title', 'the before step, focus on its heading');
    // Where: Tab into the levels, two steps down to "Thigh".
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => active(el)?.getAttribute('name') === 'df-extent', 'focus in the levels');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => $<HTMLInputElement>(el, 'input[name="df-extent"][value="2"]')!.checked, 'thigh chosen');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => active(el)?.getAttribute('name') === 'df-intensity', 'focus in the strengths');
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => $<HTMLInputElement>(el, 'input[name="df-intensity"][value="6"]')!.checked, 'strength 6 chosen');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.step === 'extension' && active(el)?.id === 'df-step-title', 'the press-ups, focus on the heading');
    // The stop button is the first Tab stop; then the picture's Pause, Count one, "I have done them".
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => active(el)?.classList.contains('spreading') === true, 'focus on the stop button');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => active(el)?.classList.contains('motion') === true, 'focus on the picture\'s Pause');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => active(el)?.classList.contains('count-one') === true, 'focus on Count one');
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '.count-number')) === '2', 'counted twice');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => active(el)?.classList.contains('round-done') === true, 'focus on "I have done them"');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.step === 'after-extension' && active(el)?.id === 'df-step-title', 'after the press-ups');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' }); // buttock or hip: moved up from the thigh
    await waitUntil(() => $<HTMLInputElement>(el, 'input[name="df-extent"][value="1"]')!.checked, 'buttock chosen');
    await sendKeys({ press: 'Tab' });
    for (let i = 0; i < 7; i++) await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => $<HTMLInputElement>(el, 'input[name="df-intensity"][value="7"]')!.checked, 'strength 7 chosen');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.step === 'result' && active(el)?.id === 'df-step-title', 'the result, focus on its heading');
    expect(el.result?.direction).to.equal('extension');
    expect(steps(events)).to.deep.equal(['before', 'extension', 'after-extension', 'result']);
  });
});

describe('<direction-finder> attributes', () => {
  it('warns once about each bad attribute and uses the default', async () => {
    const el = await fixture<DirectionFinder>(html`<direction-finder heading-level="9" theme="purple" emergency-number="call us"></direction-finder>`);
    expect(el.headingLevel).to.equal(2);
    expect(el.theme).to.equal('auto');
    expect(el.emergencyNumber).to.equal(null);
    const ours = warnings.messages.filter((m) => m.includes('<direction-finder>'));
    expect(ours.some((m) => m.includes('heading-level="9"') && m.includes('using 2'))).to.equal(true);
    expect(ours.some((m) => m.includes('theme="purple"'))).to.equal(true);
    expect(ours.some((m) => m.includes('emergency-number="call us"'))).to.equal(true);
    expect(ours).to.have.length(3);
    // Once each: the same bad values again, and more renders, add nothing.
    el.setAttribute('heading-level', '9');
    el.setAttribute('theme', 'purple');
    await passSafety(el);
    await el.updateComplete;
    expect(warnings.messages.filter((m) => m.includes('<direction-finder>'))).to.have.length(3);
    // Script sets a clinic name that is not text: left out, with a warning.
    (el as unknown as { clinicName: unknown }).clinicName = { name: 'x' };
    await el.updateComplete;
    expect(el.clinicName).to.equal(null);
    expect(warnings.messages.some((m) => m.includes('clinic-name='))).to.equal(true);
    // Free text is text: any clinic name or storage key is valid and quiet.
    const before = warnings.messages.length;
    el.setAttribute('clinic-name', '<b>Riverside</b>');
    el.setAttribute('storage-key', ' ');
    await el.updateComplete;
    expect(warnings.messages.length).to.equal(before);
    localStorage.removeItem(' ');
  });

  it('step and result are read-only', async () => {
    const el = await fixture<DirectionFinder>(html`<direction-finder></direction-finder>`);
    expect(() => ((el as unknown as { step: string }).step = 'result')).to.throw();
    expect(el.step).to.equal('safety');
  });
});

describe('<direction-finder> storage-key', () => {
  const key = 'df-element-test';
  afterEach(() => localStorage.removeItem(key));

  /** A stored result from `daysAgo` days back. */
  function storeResult(direction: 'extension' | 'none', daysAgo: number): void {
    const day = new Date();
    day.setDate(day.getDate() - daysAgo);
    const round = { movement: 'extension' as const, before: { extent: 3 as const, intensity: 6 }, after: { extent: 1 as const, intensity: 6 }, response: 'centralized' as const, spreading: false };
    localStorage.setItem(
      key,
      serializeStoredResult({
        date: localIsoDate(day),
        result: direction === 'extension' ? { direction, rounds: [round], stenosisPattern: false } : { direction, rounds: [{ ...round, after: round.before, response: 'unchanged' }], stenosisPattern: false },
      }),
    );
  }

  it('without storage-key, localStorage is never touched', async () => {
    const calls: string[] = [];
    const { getItem, setItem, removeItem } = Storage.prototype;
    Storage.prototype.getItem = function (k: string) {
      calls.push(`get ${k}`);
      return getItem.call(this, k);
    };
    Storage.prototype.setItem = function (k: string, v: string) {
      calls.push(`set ${k}`);
      setItem.call(this, k, v);
    };
    Storage.prototype.removeItem = function (k: string) {
      calls.push(`remove ${k}`);
      removeItem.call(this, k);
    };
    try {
      const el = await atExtension();
      await roundDone(el);
      await reading(el, 1, 5);
      expect(el.step).to.equal('result');
      expect($(el, '.storage-status')).to.equal(null);
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem, removeItem });
    }
    expect(calls).to.deep.equal([]);
  });

  it('keeps the result with its day when the test ends, offers it next time, and forgets it on request', async () => {
    const el = await atExtension(html`<direction-finder storage-key=${key}></direction-finder>`);
    expect(localStorage.getItem(key)).to.equal(null);
    await roundDone(el);
    await reading(el, 1, 5);
    const stored = JSON.parse(localStorage.getItem(key)!) as { format: string; date: string; result: { direction: string } };
    expect(stored.format).to.equal(lastResultFormat);
    expect(stored.date).to.equal(localIsoDate(new Date()));
    expect(stored.result.direction).to.equal('extension');
    expect(text($(el, '.storage-status'))).to.contain('kept in this browser');

    const next = await fixture<DirectionFinder>(html`<direction-finder storage-key=${key}></direction-finder>`);
    const note = $(next, '[part="last-time"]')!;
    expect(text(note)).to.contain('Your direction last time: bending backward (extension), today.');
    expect(text(note)).to.contain('Do about 10 press-ups every 2 hours');
    await expect(next).to.be.accessible();
    click(next, '[part="last-time"] button.forget');
    await next.updateComplete;
    expect(localStorage.getItem(key)).to.equal(null);
    expect(text($(next, '[part="last-time"]'))).to.contain('Forgotten');
    await waitUntil(() => active(next)?.classList.contains('storage-status') === true, 'focus stays in the note');
  });

  it('says how long ago, in words, and "no clear direction" for none', async () => {
    storeResult('extension', 3);
    const el = await fixture<DirectionFinder>(html`<direction-finder storage-key=${key}></direction-finder>`);
    expect(text($(el, '[part="last-time"]'))).to.contain('Your direction last time: bending backward (extension), 3 days ago.');
    storeResult('none', 1);
    const none = await fixture<DirectionFinder>(html`<direction-finder storage-key=${key}></direction-finder>`);
    expect(text($(none, '[part="last-time"]'))).to.contain('Last time (yesterday), the test found no clear direction.');
  });

  it('ignores data under the key that is not a result, with one warning, and leaves it until a new result replaces it', async () => {
    localStorage.setItem(key, '{"theme":"dark"}');
    const el = await atExtension(html`<direction-finder storage-key=${key}></direction-finder>`);
    const ours = warnings.messages.filter((m) => m.includes(`storage-key="${key}"`));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('not a direction-finder result');
    expect(localStorage.getItem(key)).to.equal('{"theme":"dark"}');
    await roundDone(el);
    await reading(el, 1, 5);
    expect((JSON.parse(localStorage.getItem(key)!) as { format: string }).format).to.equal(lastResultFormat);
  });

  it('says so politely when storage refuses, and the result still shows', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await atExtension(html`<direction-finder storage-key=${key}></direction-finder>`);
      await roundDone(el);
      await reading(el, 1, 5);
      expect(el.step).to.equal('result');
      expect(text($(el, '.storage-status'))).to.contain('could not keep the result');
      expect(warnings.messages.some((m) => m.includes('could not keep the result (QuotaExceededError)'))).to.equal(true);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
