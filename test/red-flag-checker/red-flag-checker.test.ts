import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/red-flag-checker.js';
import { RedFlagChecker } from '../../src/red-flag-checker/red-flag-checker.js';
import type { RedFlagChangeDetail, RedFlagResultDetail } from '../../src/red-flag-checker/red-flag-checker.js';
import { redFlagItems } from '../../src/red-flag-checker/triage.js';
import { captureWarnings, expectSafetyNet } from '../helpers.js';

let warnings: ReturnType<typeof captureWarnings>;
let originalLang: string;
beforeEach(() => {
  warnings = captureWarnings();
  originalLang = document.documentElement.lang;
});
afterEach(() => {
  warnings.restore();
  document.documentElement.lang = originalLang;
});

const root = (el: RedFlagChecker) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: RedFlagChecker, selector: string) => root(el).querySelector<T & Element>(selector);
const radio = (el: RedFlagChecker, id: string, yes: boolean) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.name === id && r.value === (yes ? 'yes' : 'no'));
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (el: RedFlagChecker) => root(el).activeElement as HTMLElement | null;

/** Clicks the yes/no radio of one question, as a person would. */
async function answer(el: RedFlagChecker, id: string, yes: boolean): Promise<void> {
  const input = radio(el, id, yes);
  expect(input, `radio ${id} ${yes ? 'yes' : 'no'}`).to.not.equal(undefined);
  input!.click();
  await el.updateComplete;
}

/** Answers every question in list mode: no, except the ids given as yes. */
async function answerAll(el: RedFlagChecker, yes: string[] = []): Promise<void> {
  for (const item of redFlagItems) await answer(el, item.id, yes.includes(item.id));
}

async function submitList(el: RedFlagChecker): Promise<void> {
  $<HTMLButtonElement>(el, 'button.see-result')!.click();
  await el.updateComplete;
}

/** A list-mode checker answered (no except `yes`) and submitted. */
async function completed(yes: string[], attrs: { clinic?: boolean } = {}): Promise<RedFlagChecker> {
  const el = attrs.clinic
    ? await fixture<RedFlagChecker>(html`<red-flag-checker clinic-name="Riverside Physio" clinic-phone="+44 20 7946 0000"></red-flag-checker>`)
    : await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
  await answerAll(el, yes);
  await submitList(el);
  return el;
}

describe('<red-flag-checker> registration and list mode', () => {
  it('is registered and defaults to mode="auto": a list, at this width, with every question in a fieldset', async () => {
    expect(customElements.get('red-flag-checker')).to.equal(RedFlagChecker);
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
    expect(el.mode).to.equal('auto');
    expect(el.getBoundingClientRect().width).to.be.at.least(480);
    const fieldsets = root(el).querySelectorAll('fieldset[part="question"]');
    expect(fieldsets.length).to.equal(redFlagItems.length);
    for (const fs of fieldsets) {
      expect(fs.querySelector('legend')?.textContent?.trim()).to.not.equal('');
      expect(fs.querySelectorAll('input[type="radio"]').length).to.equal(2);
    }
    expect(root(el).querySelectorAll('.group h2.group-heading').length).to.be.greaterThan(3);
    // Question groups are headings, not landmarks: a screen reader's region list stays short.
    expect(root(el).querySelectorAll('section.group, [role="region"]').length).to.equal(0);
    expect($(el, '[part="emergency"]')).to.equal(null);
    expect(el.result).to.equal(null);
    expect(el.answers).to.deep.equal({});
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('links each hint to its question with aria-describedby', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
    const fs = $(el, 'fieldset[data-id="saddle-numbness"]')!;
    const hintId = fs.getAttribute('aria-describedby');
    expect(hintId).to.be.a('string');
    expect(text(root(el).getElementById(hintId!))).to.contain('saddle');
  });

  it('asks for the missing answers instead of a result, and focuses the first one', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
    const results: Event[] = [];
    el.addEventListener('red-flag-result', (e) => results.push(e));
    await answer(el, redFlagItems[0]!.id, false);
    await submitList(el);
    await waitUntil(() => active(el)?.getAttribute('name') === redFlagItems[1]!.id, 'focus on the first unanswered question');
    expect(text($(el, '.notice'))).to.contain(String(redFlagItems.length - 1));
    expect($(el, '[part="result"]')).to.equal(null);
    expect(results).to.have.length(0);
  });

  it('answers is a copy', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
    await answer(el, 'fever', true);
    const copy = el.answers;
    copy.fever = false;
    expect(el.answers).to.deep.equal({ fever: true });
  });
});

describe('<red-flag-checker> emergency', () => {
  it('shows the alert at the top on the first emergency yes, keeps focus on the answer, fires the event once', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker emergency-number="112"></red-flag-checker>`);
    const emergencies: CustomEvent[] = [];
    el.addEventListener('red-flag-emergency', (e) => emergencies.push(e));
    await answer(el, 'fever', false);
    // As a person does: focus on the answer (a tap or Tab), then choose it.
    radio(el, 'saddle-numbness', true)!.focus();
    await answer(el, 'saddle-numbness', true);
    const alert = $(el, '[part="emergency"]')!;
    expect(alert).to.not.equal(null);
    expect(alert.getAttribute('role')).to.equal('alert');
    // At the very top of the content, before the questions.
    expect($(el, '.root')!.firstElementChild).to.equal(alert);
    expect(text(alert)).to.contain('Get emergency help now');
    expect($<HTMLAnchorElement>(el, '[part="emergency-call"]')!.getAttribute('href')).to.equal('tel:112');
    // The person keeps their place: focus stays on the answer they gave (the alert is announced).
    expect(active(el) === radio(el, 'saddle-numbness', true), 'focus stays on the answer').to.equal(true);
    expect(el.result).to.equal(null);
    expect(emergencies).to.have.length(1);
    expect(emergencies[0]!.detail).to.deep.equal({ flags: ['saddle-numbness'] });
    await expect(el).to.be.accessible();

    // More emergency yeses: still one event; the person can go on answering.
    await answer(el, 'bladder-control', true);
    await answer(el, 'chest-pain', true);
    expect(emergencies).to.have.length(1);
    expect(radio(el, 'chest-pain', true)!.checked).to.equal(true);
    expect(root(el).querySelectorAll('[role="alert"]').length).to.equal(1);
  });

  it('fires again after reset()', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
    let count = 0;
    el.addEventListener('red-flag-emergency', () => (count += 1));
    await answer(el, 'chest-pain', true);
    el.reset();
    await el.updateComplete;
    expect($(el, '[part="emergency"]')).to.equal(null);
    await answer(el, 'chest-pain', true);
    expect(count).to.equal(2);
  });

  it('takes the number from <html lang="en-GB"> (999)', async () => {
    document.documentElement.lang = 'en-GB';
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
    await answer(el, 'bowel-control', true);
    expect($<HTMLAnchorElement>(el, '[part="emergency-call"]')!.getAttribute('href')).to.equal('tel:999');
    expect(text($(el, '[part="emergency"]'))).to.contain('Call 999');
  });

  it('says "your local emergency number", with no link, for an unknown region', async () => {
    document.documentElement.lang = 'en-JP';
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
    await answer(el, 'bowel-control', true);
    const alert = $(el, '[part="emergency"]')!;
    expect(text(alert)).to.contain('your local emergency number');
    expect(alert.querySelector('a')).to.equal(null);
  });

  it('shows an emergency-number holding markup as text only, and keeps only digits in the href', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker emergency-number=${'<b>112</b>'}></red-flag-checker>`);
    await answer(el, 'chest-pain', true);
    const alert = $(el, '[part="emergency"]')!;
    expect(alert.querySelector('b')).to.equal(null);
    expect(root(el).querySelector('b')).to.equal(null);
    expect(alert.textContent).to.contain('<b>112</b>');
    expect($<HTMLAnchorElement>(el, '[part="emergency-call"]')!.getAttribute('href')).to.equal('tel:112');
  });
});

describe('<red-flag-checker> results', () => {
  it('emergency: advice, the number, the summary, focus on the heading', async () => {
    const el = await completed(['bladder-retention'], { clinic: true });
    const result = $(el, '[part="result"]')!;
    expect(result.getAttribute('data-level')).to.equal('emergency');
    expect(text(result.querySelector('h2'))).to.equal('Get emergency help now');
    expect(text(result)).to.contain('your local emergency number');
    expect(text(result)).to.not.contain('Riverside Physio');
    await waitUntil(() => active(el)?.classList.contains('result-title'), 'focus on the result heading');
    expect(text($(el, '[part="summary"] .flags'))).to.contain(redFlagItems.find((i) => i.id === 'bladder-retention')!.question());
    await expect(el).to.be.accessible();
  });

  it('urgent: today, with the clinic name and phone link', async () => {
    const el = await completed(['foot-drop', 'osteoporosis'], { clinic: true });
    const result = $(el, '[part="result"]')!;
    expect(result.getAttribute('data-level')).to.equal('urgent');
    expect(text(result)).to.contain('Contact a doctor today').and.contain('Today.');
    // One large primary action: call the clinic, with its number.
    const call = result.querySelector('[part="clinic-call"]')!;
    expect(text(call)).to.equal('Call Riverside Physio +44 20 7946 0000');
    expect(call.getAttribute('href')).to.equal('tel:+442079460000');
    expect(root(el).querySelectorAll('[part="summary"] li').length).to.equal(2);
    expect($(el, '[part="emergency"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('soon: the next few days, with the clinic', async () => {
    const el = await completed(['new-pain-age'], { clinic: true });
    const result = $(el, '[part="result"]')!;
    expect(result.getAttribute('data-level')).to.equal('soon');
    expect(text(result)).to.contain('Book an appointment').and.contain('In the next few days.');
    expect(text(result.querySelector('[part="clinic-call"]'))).to.contain('Call Riverside Physio');
    await expect(el).to.be.accessible();
  });

  it('self-care: no warning signs, not a diagnosis, what to do if it changes, no clinic, never "fine"', async () => {
    const el = await completed([], { clinic: true });
    const result = $(el, '[part="result"]')!;
    expect(result.getAttribute('data-level')).to.equal('self-care');
    const words = text(result);
    expect(words).to.contain('No warning signs reported').and.contain('not a diagnosis').and.contain('If anything changes');
    expect(words.toLowerCase()).to.not.contain('fine');
    expect(words).to.not.contain('Riverside Physio');
    expect(result.querySelector('.clinic')).to.equal(null);
    expect(text($(el, '[part="summary"]'))).to.contain('Answered no to every question.');
    await expect(el).to.be.accessible();
  });

  it('self-care: the safety net names the emergency signs and the number, and "what helps now" lists self-care', async () => {
    document.documentElement.lang = 'en-GB';
    const el = await completed([]);
    const result = $(el, '[part="result"]')!;
    expectSafetyNet(result, '999', 'en-GB page');
    expect(text(result)).to.not.contain('as the questions say');
    const tips = [...result.querySelectorAll('[part="tips"] li')].map(text);
    expect(tips.length).to.be.within(3, 6);
    expect(tips.join(' ')).to.contain('short walks').and.contain('cold pack').and.contain('wallet').and.contain('sofa');
    el.setAttribute('emergency-number', '112');
    await el.updateComplete;
    expectSafetyNet(result, '112', 'emergency-number="112"');
    document.documentElement.lang = 'en';
    el.removeAttribute('emergency-number');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expectSafetyNet($(el, '[part="result"]'), null, 'no region, no attribute');
    await expect(el).to.be.accessible();
  });

  it('asks about a new change in bladder feeling, and a yes to it is an emergency', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker emergency-number="999"></red-flag-checker>`);
    const question = $(el, 'fieldset[data-id="bladder-sensation"]');
    expect(text(question)).to.contain('cannot feel when your bladder is full or empty');
    await answer(el, 'bladder-sensation', true);
    expect($(el, '[part="emergency"]')?.getAttribute('role')).to.equal('alert');
    expect(el.answers['bladder-sensation']).to.equal(true);
  });

  it('the summary has the date and a Print button that prints; print CSS hides the controls', async () => {
    const el = await completed(['fever']);
    const year = String(new Date().getFullYear());
    expect(text($(el, '[part="summary"] .when'))).to.contain(year);
    const original = window.print;
    let printed = 0;
    window.print = () => (printed += 1);
    try {
      $<HTMLButtonElement>(el, 'button.print')!.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    const css = RedFlagChecker.elementStyles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
    expect(css).to.match(/@media print[\s\S]*button[\s\S]*display: none/);
  });

  it('"Start again" clears everything and fires red-flag-change with empty answers', async () => {
    const el = await completed(['fever']);
    const change = oneEvent(el, 'red-flag-change');
    $<HTMLButtonElement>(el, 'button.start-again')!.click();
    const event = (await change) as CustomEvent<RedFlagChangeDetail>;
    expect(event.detail).to.deep.equal({ answers: {}, level: null });
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(el.result).to.equal(null);
    expect($(el, '[part="result"]')).to.equal(null);
    expect(radio(el, redFlagItems[0]!.id, true)!.checked).to.equal(false);
    await waitUntil(() => active(el)?.getAttribute('name') === redFlagItems[0]!.id, 'focus on the first question');
  });
});

describe('<red-flag-checker> events', () => {
  it('red-flag-change carries a copy of the answers and the level so far', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
    const first = oneEvent(el, 'red-flag-change');
    radio(el, 'foot-drop', true)!.click();
    const event = (await first) as CustomEvent<RedFlagChangeDetail>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ answers: { 'foot-drop': true }, level: 'urgent' });
    const second = oneEvent(el, 'red-flag-change');
    radio(el, 'foot-drop', false)!.click();
    expect(((await second) as CustomEvent<RedFlagChangeDetail>).detail).to.deep.equal({ answers: { 'foot-drop': false }, level: null });
  });

  it('red-flag-result carries level, flags, answers and a FHIR QuestionnaireResponse', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker></red-flag-checker>`);
    await answerAll(el, ['fever', 'osteoporosis']);
    const resultEvent = oneEvent(el, 'red-flag-result');
    await submitList(el);
    const { detail } = (await resultEvent) as CustomEvent<RedFlagResultDetail>;
    expect(detail.level).to.equal('urgent');
    expect(detail.flags).to.deep.equal(['fever', 'osteoporosis']);
    expect(Object.keys(detail.answers)).to.have.length(redFlagItems.length);
    expect(detail.answers.fever).to.equal(true);
    const qr = detail.questionnaireResponse;
    expect(qr.resourceType).to.equal('QuestionnaireResponse');
    expect(qr.status).to.equal('completed');
    expect(qr.item).to.have.length(redFlagItems.length);
    expect(qr.item.find((i) => i.linkId === 'fever')!.answer).to.deep.equal([{ valueBoolean: true }]);
    expect(qr.item.find((i) => i.linkId === 'chest-pain')!.answer).to.deep.equal([{ valueBoolean: false }]);
    expect(el.result).to.deep.equal({ level: 'urgent', flags: ['fever', 'osteoporosis'] });
  });

  it('reset() clears answers and goes back to the first question', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker mode="stepper"></red-flag-checker>`);
    await answer(el, redFlagItems[0]!.id, false);
    $<HTMLButtonElement>(el, 'button.next')!.click();
    await el.updateComplete;
    expect(text($(el, '.progress'))).to.equal(`Question 2 of ${redFlagItems.length}`);
    let changes = 0;
    el.addEventListener('red-flag-change', () => (changes += 1));
    el.reset();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(text($(el, '.progress'))).to.equal(`Question 1 of ${redFlagItems.length}`);
    expect(changes).to.equal(1);
    el.reset();
    expect(changes, 'nothing to clear: no event').to.equal(1);
  });
});

describe('<red-flag-checker> bad attributes', () => {
  it('mode="x" falls back to auto with one warning', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker mode="x"></red-flag-checker>`);
    expect(el.mode).to.equal('auto');
    expect(root(el).querySelectorAll('fieldset').length).to.equal(redFlagItems.length);
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<red-flag-checker>').and.contain('mode').and.contain('"x"').and.contain('"auto"');
  });

  it('an emergency-number without digits warns once and falls back to the words', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker emergency-number="call us"></red-flag-checker>`);
    await answer(el, 'chest-pain', true);
    expect(warnings.messages).to.have.length(1);
    expect(text($(el, '[part="emergency"]'))).to.contain('your local emergency number').and.not.contain('call us');
  });
});

describe('<red-flag-checker> stepper mode', () => {
  it('shows one question at a time with progress, Back and Next', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker mode="stepper"></red-flag-checker>`);
    expect(root(el).querySelectorAll('fieldset').length).to.equal(1);
    expect(text($(el, '.progress'))).to.equal(`Question 1 of ${redFlagItems.length}`);
    expect(text($(el, 'legend'))).to.equal(redFlagItems[0]!.question());
    expect($<HTMLButtonElement>(el, 'button.back')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();

    // Next without an answer stays and says why.
    $<HTMLButtonElement>(el, 'button.next')!.click();
    await el.updateComplete;
    expect(text($(el, '.progress'))).to.equal(`Question 1 of ${redFlagItems.length}`);
    expect(text($(el, '.notice'))).to.contain('Choose yes or no');

    await answer(el, redFlagItems[0]!.id, false);
    $<HTMLButtonElement>(el, 'button.next')!.click();
    await el.updateComplete;
    expect(text($(el, 'legend'))).to.equal(redFlagItems[1]!.question());
    expect(radio(el, redFlagItems[1]!.id, true)!.checked).to.equal(false);
    expect(radio(el, redFlagItems[1]!.id, false)!.checked).to.equal(false);

    $<HTMLButtonElement>(el, 'button.back')!.click();
    await el.updateComplete;
    expect(text($(el, 'legend'))).to.equal(redFlagItems[0]!.question());
    expect(radio(el, redFlagItems[0]!.id, false)!.checked).to.equal(true);
  });

  it('the emergency alert appears above the question on an emergency yes', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker mode="stepper" emergency-number="911"></red-flag-checker>`);
    radio(el, redFlagItems[0]!.id, true)!.focus();
    await answer(el, redFlagItems[0]!.id, true);
    const alert = $(el, '[part="emergency"]')!;
    expect($(el, '.root')!.firstElementChild === alert, 'the alert comes first').to.equal(true);
    expect(active(el) === radio(el, redFlagItems[0]!.id, true), 'focus stays on the answer').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keyboard alone completes it (sendKeys: Space, Tab, arrow keys, Enter)', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker mode="stepper"></red-flag-checker>`);
    const results: CustomEvent<RedFlagResultDetail>[] = [];
    el.addEventListener('red-flag-result', (e) => results.push(e));
    // The person tabs into the element: the first focusable thing is the first question's "Yes".
    radio(el, redFlagItems[0]!.id, true)!.focus();
    await sendKeys({ press: ' ' }); // Space checks the focused radio
    await waitUntil(() => $(el, '[part="emergency"]') !== null, 'the alert shows');
    // Focus stays on the answer, so the person goes on where they were.
    expect(active(el)?.getAttribute('name')).to.equal(redFlagItems[0]!.id);
    // Enter in a form submits it: Next.
    await sendKeys({ press: 'Enter' });
    for (let i = 1; i < redFlagItems.length; i += 1) {
      const id = redFlagItems[i]!.id;
      await waitUntil(() => active(el)?.getAttribute('name') === id, `focus on question ${i + 1}`);
      await sendKeys({ press: 'ArrowDown' }); // from "Yes" to "No", which checks it
      await waitUntil(() => el.answers[id] === false, `question ${i + 1} answered no`);
      await sendKeys({ press: 'Enter' });
    }
    await waitUntil(() => results.length === 1, 'the result event');
    expect(results[0]!.detail.level).to.equal('emergency');
    expect(results[0]!.detail.flags).to.deep.equal([redFlagItems[0]!.id]);
    await waitUntil(() => active(el)?.classList.contains('result-title'), 'focus on the result heading');
  });
});

describe('<red-flag-checker> on a phone and with assistive tech', () => {
  it('an emergency yes lower down keeps the person where they are: focus, scroll position, the alert in view', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker mode="list" emergency-number="999"></red-flag-checker>`);
    const yes = radio(el, 'both-legs-weakness', true)!;
    yes.scrollIntoView({ block: 'center' });
    const before = window.scrollY;
    const topBefore = yes.getBoundingClientRect().top;
    yes.focus();
    await answer(el, 'both-legs-weakness', true);
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    expect(active(el) === yes, 'focus stays on the answer').to.equal(true);
    // The question does not jump: the page may scroll by the alert's height (scroll anchoring), but
    // the answer stays where it was on screen, give or take the box's own height where anchoring is missing.
    const topAfter = yes.getBoundingClientRect().top;
    expect(topAfter, 'the answer stays in view').to.be.within(0, window.innerHeight);
    expect(Math.abs(window.scrollY - before) < 10 || Math.abs(topAfter - topBefore) < 10, 'no jump to the top').to.equal(true);
    const alert = $(el, '[part="emergency"]')!;
    expect(getComputedStyle(alert).position).to.equal('sticky');
    const box = alert.getBoundingClientRect();
    expect(box.top, 'the alert is in view').to.be.within(-1, window.innerHeight);
    expect(box.bottom).to.be.at.most(window.innerHeight + 1);
    expect(alert.querySelector('a.call')!.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('mode="auto" is a stepper below 480 px of the element\'s width and a list above, following it live', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"><red-flag-checker></red-flag-checker></div>`);
    const el = wrapper.querySelector('red-flag-checker') as RedFlagChecker;
    await el.updateComplete;
    expect(root(el).querySelectorAll('fieldset').length, 'stepper at 400 px').to.equal(1);
    await answer(el, redFlagItems[0]!.id, false);
    wrapper.style.width = '600px';
    await waitUntil(() => root(el).querySelectorAll('fieldset').length === redFlagItems.length, 'a list at 600 px');
    expect(radio(el, redFlagItems[0]!.id, false)!.checked, 'answers are kept').to.equal(true);
    wrapper.style.width = '479px';
    await waitUntil(() => root(el).querySelectorAll('fieldset').length === 1, 'a stepper again at 479 px');
  });

  it('answers are large tiles with a clearly filled chosen state', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker mode="list"></red-flag-checker>`);
    await answer(el, 'fever', true);
    const chosen = radio(el, 'fever', true)!.closest('label')!;
    const other = radio(el, 'fever', false)!.closest('label')!;
    expect(chosen.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(chosen).backgroundColor).to.not.equal(getComputedStyle(other).backgroundColor);
  });

  it('each result is one care card with one primary action; the emergency result shows its advice once', async () => {
    document.documentElement.lang = 'en-GB';
    const emergency = await completed(['saddle-numbness']);
    expect(root(emergency).querySelectorAll('[part="emergency"]').length, 'no second alert over the result').to.equal(0);
    expect(root(emergency).querySelectorAll('.care-card').length).to.equal(1);
    expect(root(emergency).querySelectorAll('.care-card a.call').length).to.equal(1);
    expect(text($(emergency, '.care-card'))).to.contain('Get emergency help now');
    const urgent = await completed(['fever'], { clinic: true });
    const calls = root(urgent).querySelectorAll('.care-card a.call');
    expect(calls.length).to.equal(1);
    expect(getComputedStyle(calls[0]!).whiteSpace === 'nowrap' || getComputedStyle(calls[0]!.querySelector('.number')!).whiteSpace === 'nowrap', 'the number never breaks').to.equal(true);
    // Print is a secondary action.
    expect($(urgent, 'button.print')!.classList.contains('secondary')).to.equal(true);
    await expect(urgent).to.be.accessible();
  });

  it('heading-level sets the level of its headings', async () => {
    const el = await fixture<RedFlagChecker>(html`<red-flag-checker mode="list" heading-level="3"></red-flag-checker>`);
    expect(root(el).querySelectorAll('h3.group-heading').length).to.be.greaterThan(3);
    expect(root(el).querySelectorAll('h2').length).to.equal(0);
    await answerAll(el, ['fever']);
    await submitList(el);
    expect($(el, '.result-title')!.localName).to.equal('h3');
    expect($(el, '#summary-title')!.localName).to.equal('h4');
  });
});
