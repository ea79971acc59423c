// API.md, "Everywhere": an element that lacks its configuration when it upgrades waits for the page to
// configure it, and only if it is still unconfigured once the page has had its chance (loaded, and the
// browser next idle; for an element added later, idle after it was added) does it warn and fire
import type { WidgetErrorDetail } from '../../src/core/events.js';
// widget-error. These tests count tasks (setTimeout 0) or wait for the event, never milliseconds.
import { expect } from '@open-wc/testing';
import '../../src/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import { captureWarnings, nextEvent } from '../helpers.js';

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

/** Lets `n` tasks run (each a setTimeout 0, queued behind the element's own). */
async function tasks(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** A card made the way a framework makes one: created and connected with nothing set yet. */
function unconfigured(): { el: ExerciseCard; errors: CustomEvent<WidgetErrorDetail>[] } {
  const el = document.createElement('exercise-card');
  const errors: CustomEvent<WidgetErrorDetail>[] = [];
  el.addEventListener('widget-error', (e) => errors.push(e));
  return { el, errors };
}

const missingWarnings = () => warnings.messages.filter((m) => m.includes('no exercise to show'));
const title = (el: ExerciseCard) => el.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim() ?? null;
const errorBox = (el: ExerciseCard) => el.shadowRoot!.querySelector('[part="error"]');

describe('<exercise-card> configured late (a framework sets exercise after the upgrade)', () => {
  it('the page is long loaded: exercise set a task after connecting gives no warning and no widget-error', async () => {
    expect(document.readyState).to.not.equal('loading');
    const { el, errors } = unconfigured();
    document.body.append(el);
    // React's effects and Vue's property bindings run after the element is connected, in a later task.
    setTimeout(() => (el.exercise = 'glute-bridge'), 0);
    await tasks(3);
    await el.updateComplete;
    expect(title(el)).to.equal('Glute bridge');
    expect(errors).to.have.length(0);
    expect(missingWarnings()).to.have.length(0);
    expect(errorBox(el)).to.equal(null);
    el.remove();
  });

  it('while it waits it shows no error box, only its (empty) frame', async () => {
    const { el, errors } = unconfigured();
    document.body.append(el);
    await el.updateComplete;
    expect(errorBox(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="base"]')).to.not.equal(null);
    expect(errors).to.have.length(0);
    el.remove();
  });

  it('a child JSON script added a task later is used, without an error first', async () => {
    const { el, errors } = unconfigured();
    document.body.append(el);
    setTimeout(() => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({
        id: 'wall-sit',
        title: 'Wall sit',
        category: 'activation',
        aim: 'Strength in the thighs.',
        steps: ['Lean on a wall.', 'Slide down a little.', 'Come back up.'],
        dose: { reps: 5, holdSeconds: 10, frequency: 'Once a day' },
      });
      el.append(script);
    }, 0);
    await tasks(3);
    await el.updateComplete;
    expect(title(el)).to.equal('Wall sit');
    expect(errors).to.have.length(0);
    expect(missingWarnings()).to.have.length(0);
    el.remove();
  });

  it('never configured: the error still comes, once, with one warning', async () => {
    const { el, errors } = unconfigured();
    const failed = nextEvent<CustomEvent>(el, 'widget-error');
    document.body.append(el);
    const event = await failed;
    expect(event.detail).to.deep.include({ element: 'exercise-card', code: 'missing-exercise' });
    expect(event.bubbles && event.composed).to.equal(true);
    await tasks(5);
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(missingWarnings()).to.have.length(1);
    expect(errorBox(el)).to.not.equal(null);
    // Configuring it after the error still works, and clears the error state.
    el.exercise = 'dead-bug';
    await el.updateComplete;
    expect(errorBox(el)).to.equal(null);
    expect(title(el)).to.equal('Dead bug');
    el.remove();
  });

  it('added to the page later: the wait starts when it is added, not when the page loaded', async () => {
    const { el, errors } = unconfigured();
    await tasks(3); // created well before it is added
    document.body.append(el);
    setTimeout(() => el.setAttribute('exercise', 'plank'), 0);
    await tasks(3);
    await el.updateComplete;
    expect(title(el)).to.equal('Plank');
    expect(errors).to.have.length(0);
    expect(missingWarnings()).to.have.length(0);
    el.remove();
  });

  it('added to the page later and never configured: the error comes once', async () => {
    const { el, errors } = unconfigured();
    await tasks(3);
    const failed = nextEvent<CustomEvent>(el, 'widget-error');
    document.body.append(el);
    expect((await failed).detail.code).to.equal('missing-exercise');
    await tasks(3);
    expect(errors).to.have.length(1);
    expect(missingWarnings()).to.have.length(1);
    el.remove();
  });

  it('removed before the wait ends: no error off the page, and a fresh wait when it comes back', async () => {
    const { el, errors } = unconfigured();
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await tasks(3);
    expect(errors).to.have.length(0);
    // A framework moving it: back on the page, configured a task later.
    document.body.append(el);
    setTimeout(() => (el.exercise = 'clamshell'), 0);
    await tasks(3);
    await el.updateComplete;
    expect(title(el)).to.equal('Clamshell');
    expect(errors).to.have.length(0);
    expect(missingWarnings()).to.have.length(0);
    el.remove();
  });

  it('after the wait, taking the exercise away is an error at once', async () => {
    const { el, errors } = unconfigured();
    el.setAttribute('exercise', 'glute-bridge');
    document.body.append(el);
    await el.updateComplete;
    const failed = nextEvent<CustomEvent>(el, 'widget-error');
    el.removeAttribute('exercise');
    // The first time it is missing, it waits for the page…
    await el.updateComplete;
    expect(errors).to.have.length(0);
    await failed;
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['missing-exercise']);
    el.setAttribute('exercise', 'glute-bridge');
    await el.updateComplete;
    expect(title(el)).to.equal('Glute bridge');
    // …and after that the page has had its chance: no more waiting.
    el.removeAttribute('exercise');
    await el.updateComplete;
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['missing-exercise', 'missing-exercise']);
    el.remove();
  });
});
