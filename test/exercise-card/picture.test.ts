/**
 * The card's moving picture (issue 16): the loop is made by the browser (Web Animations on the body
 * parts), a visible button pauses it (WCAG 2.2.2) and shows the still end pose with its arrow, the
 * loop never starts under prefers-reduced-motion, and it is cancelled when the card leaves the page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import { loadExercise } from '../../src/content/exercises/index.js';

const $ = <T extends Element = HTMLElement>(el: ExerciseCard, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const running = (el: ExerciseCard) => el.shadowRoot!.getAnimations().filter((a) => a.playState === 'running');
const shown = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';

/** A card on screen, once its loop has started (it starts when the picture first comes into view). */
async function card(id = 'glute-bridge'): Promise<ExerciseCard> {
  await loadExercise(id);
  const el = await fixture<ExerciseCard>(html`<exercise-card exercise=${id}></exercise-card>`);
  await waitUntil(() => running(el).length > 0 || matchMedia('(prefers-reduced-motion: reduce)').matches || el.shadowRoot!.querySelector('button.motion')?.textContent?.includes('Play'), 'the loop did not start', { timeout: 5000 }).catch(() => undefined);
  return el;
}

/** Makes matchMedia report a reduced-motion preference until `restore()`. */
function reduceMotion(): { restore(): void } {
  const original = window.matchMedia;
  window.matchMedia = (query: string) => {
    if (!query.includes('prefers-reduced-motion')) return original.call(window, query);
    return { matches: true, media: query, addEventListener() {}, removeEventListener() {} } as unknown as MediaQueryList;
  };
  return { restore: () => (window.matchMedia = original) };
}

describe('exercise-card picture', () => {
  it('moves: one running animation per body part, with a visible Pause button and the text alternative on the picture', async () => {
    const el = await card();
    const picture = $(el, 'svg[part="picture"]')!;
    expect(picture.getAttribute('role')).to.equal('img');
    expect(picture.getAttribute('aria-label')).to.contain('lifts the hips');
    const parts = picture.querySelectorAll('.moving [data-i]').length;
    expect(parts).to.be.greaterThan(20);
    expect(running(el)).to.have.length(parts);
    expect(picture.classList.contains('run')).to.equal(true);
    expect(shown(picture.querySelector('.moving'))).to.equal(true);
    expect(shown(picture.querySelector('.still'))).to.equal(false);
    const button = $(el, 'button.motion')!;
    expect(button.textContent.trim()).to.equal('Pause the movement');
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  it('Pause stops the loop and shows the still end pose with its arrow; Play starts it again', async () => {
    const el = await card();
    const picture = $(el, 'svg[part="picture"]')!;
    $(el, 'button.motion')!.click();
    await el.updateComplete;
    expect(running(el)).to.have.length(0);
    expect(shown(picture.querySelector('.moving'))).to.equal(false);
    expect(shown(picture.querySelector('.still'))).to.equal(true);
    expect(picture.querySelectorAll('.still .arrow').length).to.be.greaterThan(0);
    expect($(el, 'button.motion')!.textContent.trim()).to.equal('Play the movement');
    $(el, 'button.motion')!.click();
    await el.updateComplete;
    await waitUntil(() => running(el).length > 20, 'the loop did not start again');
    expect($(el, 'button.motion')!.textContent.trim()).to.equal('Pause the movement');
  });

  it('under prefers-reduced-motion: no animation at all, the still end pose with its arrow', async () => {
    const reduce = reduceMotion();
    try {
      const el = await card('clamshell');
      const picture = $(el, 'svg[part="picture"]')!;
      expect(el.shadowRoot!.getAnimations()).to.have.length(0);
      expect(picture.classList.contains('run')).to.equal(false);
      expect(shown(picture.querySelector('.still'))).to.equal(true);
      // The moving copy is never drawn when it cannot move: one body, not two.
      expect(picture.querySelectorAll('.moving [data-i]')).to.have.length(0);
      expect(picture.querySelectorAll('.still [data-i], .still path').length).to.be.greaterThan(0);
    } finally {
      reduce.restore();
    }
  });

  it('starts only on screen, and cancels the loop when the card leaves the page, every time (100 cycles); restarts it when the card comes back', async function () {
    this.timeout(60000);
    await loadExercise('plank');
    const all: Animation[] = [];
    for (let i = 0; i < 100; i++) {
      const el = document.createElement('exercise-card');
      el.setAttribute('exercise', 'plank');
      document.body.prepend(el);
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.getAnimations().length > 20, `cycle ${i}: the loop did not start`);
      all.push(...el.shadowRoot!.getAnimations());
      el.remove();
    }
    expect(all.length).to.be.at.least(2000);
    expect(all.filter((a) => a.playState !== 'idle')).to.have.length(0);
    // Removed before it ever came into view: nothing was started at all.
    const gone = document.createElement('exercise-card');
    gone.setAttribute('exercise', 'plank');
    document.body.append(gone);
    await gone.updateComplete;
    gone.remove();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(gone.shadowRoot!.getAnimations()).to.have.length(0);
    const el = await card('plank');
    const first = running(el).length;
    el.remove();
    document.body.append(el);
    await el.updateComplete;
    await waitUntil(() => running(el).length === first, 'the loop did not restart');
    el.remove();
  });

  it('switching to another exercise replaces the loop, and a host exercise gets its own still picture without a button', async () => {
    const el = await card();
    const before = el.shadowRoot!.getAnimations();
    await loadExercise('walking');
    el.exercise = 'walking';
    await el.updateComplete;
    expect(before.length).to.be.greaterThan(20);
    await waitUntil(() => before.every((a) => a.playState === 'idle') && running(el).length > 20, 'the old loop was not replaced');
    expect($(el, 'svg[part="picture"]')!.getAttribute('aria-label')).to.contain('walking');
    el.exercise = {
      id: 'my-wall-sit',
      title: 'Wall sit',
      category: 'activation',
      aim: 'Strong legs.',
      steps: ['Sit against a wall.'],
      dose: { reps: 5, frequency: 'Twice a day' },
      equipment: [],
      cautions: { general: [] },
      illustration: { alt: 'A person sitting against a wall.', render: () => html`<circle r="4"></circle>` as never },
    };
    await el.updateComplete;
    const picture = $(el, 'svg[part="picture"]')!;
    expect(picture.getAttribute('viewBox')).to.equal('0 0 240 150');
    expect(picture.getAttribute('aria-label')).to.equal('A person sitting against a wall.');
    expect($(el, 'button.motion')).to.equal(null);
    expect(el.shadowRoot!.getAnimations().filter((a) => a.playState !== 'idle')).to.have.length(0);
  });
});
