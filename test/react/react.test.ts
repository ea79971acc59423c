/**
 * The generated React integrations (src/generated/react.ts and jsx.ts, published as
 * `sciatica-widgets/react` and `sciatica-widgets/jsx`), rendered by React 19 with react-dom/client.
 * React is CommonJS only; web-test-runner.config.mjs serves it to the browser as ES modules.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { act, createElement, createRef, type JSX, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  ExerciseCard,
  NerveGlideTimer,
  PainMap,
  RedFlagChecker,
  type ExerciseCardElement,
  type NerveGlideTimerElement,
  type PainMapElement,
  type RedFlagCheckerElement,
} from '../../src/generated/react.js';
import type {} from '../../src/generated/jsx.js';
import type { ExerciseFeedbackDetail, ExerciseStartDetail } from '../../src/exercise-card.js';
import type { GlidePhaseDetail, GlideStartDetail } from '../../src/nerve-glide-timer.js';
import type { PainMapChangeDetail } from '../../src/pain-map.js';
import type { RedFlagChangeDetail, RedFlagEmergencyDetail } from '../../src/red-flag-checker.js';
import type { WidgetErrorDetail } from '../../src/core/events.js';
import { captureWarnings } from '../helpers.js';

// Tells React that renders are wrapped in act(), so it flushes them before act() resolves.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
let warnings: ReturnType<typeof captureWarnings>;

beforeEach(() => {
  warnings = captureWarnings();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  warnings.restore();
});

async function render(node: ReactNode): Promise<void> {
  await act(async () => root.render(node));
}

/** Clicks like a person: the event reaches the element's own listeners inside its shadow root. */
async function click(target: Element | null | undefined): Promise<void> {
  expect(target, 'the control to click').to.be.instanceOf(Element);
  await act(async () => {
    target!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  });
}

const shadow = (el: Element | null) => el!.shadowRoot!;

describe('sciatica-widgets/react: the generated wrappers', () => {
  it('render the registered elements under their tags', async () => {
    const refs = {
      'exercise-card': createRef<ExerciseCardElement>(),
      'nerve-glide-timer': createRef<NerveGlideTimerElement>(),
      'pain-map': createRef<PainMapElement>(),
      'red-flag-checker': createRef<RedFlagCheckerElement>(),
    };
    await render([
      createElement(ExerciseCard, { key: 1, ref: refs['exercise-card'], exercise: 'glute-bridge' }),
      createElement(NerveGlideTimer, { key: 2, ref: refs['nerve-glide-timer'] }),
      createElement(PainMap, { key: 3, ref: refs['pain-map'] }),
      createElement(RedFlagChecker, { key: 4, ref: refs['red-flag-checker'] }),
    ]);
    for (const [tag, ref] of Object.entries(refs)) {
      expect(ref.current?.localName, tag).to.equal(tag);
      // Importing the wrappers registered the element: it is upgraded and has rendered its shadow root.
      expect(customElements.get(tag), tag).to.equal(ref.current!.constructor);
      await ref.current!.updateComplete;
      expect(ref.current!.shadowRoot?.querySelector('[part="base"]'), tag).to.not.equal(null);
    }
    expect([ExerciseCard.displayName, NerveGlideTimer.displayName, PainMap.displayName, RedFlagChecker.displayName]).to.deep.equal([
      'ExerciseCard',
      'NerveGlideTimer',
      'PainMap',
      'RedFlagChecker',
    ]);
  });

  it('RedFlagChecker: props reach the element; a yes to an emergency question calls onRedFlagEmergency', async () => {
    const ref = createRef<RedFlagCheckerElement>();
    const emergencies: RedFlagEmergencyDetail[] = [];
    const changes: RedFlagChangeDetail[] = [];
    await render(
      createElement(RedFlagChecker, {
        ref,
        emergencyNumber: '112',
        clinicName: 'Riverside Physio',
        mode: 'list',
        className: 'triage',
        onRedFlagEmergency: (event) => emergencies.push(event.detail),
        onRedFlagChange: (event) => changes.push(event.detail),
      }),
    );
    const el = ref.current!;
    expect(el.emergencyNumber).to.equal('112');
    expect(el.clinicName).to.equal('Riverside Physio');
    expect(el.className).to.equal('triage');
    await el.updateComplete;

    const yes = shadow(el).querySelector('input[type="radio"][name="saddle-numbness"][value="yes"]');
    await click(yes);
    await waitUntil(() => emergencies.length > 0, 'onRedFlagEmergency was called');
    expect(emergencies).to.deep.equal([{ flags: ['saddle-numbness'] }]);
    expect(changes).to.deep.equal([{ answers: { 'saddle-numbness': true }, level: 'emergency' }]);
    await el.updateComplete;
    // The emergency-number prop is what the emergency advice calls.
    expect(shadow(el).querySelector('[part="emergency-call"]')?.getAttribute('href')).to.equal('tel:112');
  });

  it('NerveGlideTimer: reps, sets and phaseSeconds reach the session; Start calls onGlideStart and onGlidePhase', async () => {
    const ref = createRef<NerveGlideTimerElement>();
    const starts: GlideStartDetail[] = [];
    const phases: GlidePhaseDetail[] = [];
    await render(
      createElement(NerveGlideTimer, {
        ref,
        reps: 3,
        sets: 2,
        phaseSeconds: 4,
        side: 'left',
        onGlideStart: (event) => starts.push(event.detail),
        onGlidePhase: (event) => phases.push(event.detail),
      }),
    );
    const el = ref.current!;
    await el.updateComplete;
    await click(shadow(el).querySelector('button.start'));
    await waitUntil(() => phases.length > 0, 'onGlidePhase was called');
    expect(starts).to.deep.equal([{ reps: 3, sets: 2, phaseSeconds: 4 }]);
    expect(phases[0]).to.deep.equal({ phase: 'extension', rep: 1, set: 1 });
    expect(el.state).to.equal('running');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="cue"]')?.textContent).to.contain('left');
  });

  it('PainMap: view reaches the element; marking a region calls onPainMapChange', async () => {
    const ref = createRef<PainMapElement>();
    const changes: PainMapChangeDetail[] = [];
    await render(createElement(PainMap, { ref, view: 'back', onPainMapChange: (event) => changes.push(event.detail) }));
    const el = ref.current!;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('svg.body')).to.have.length(1);

    await click(shadow(el).querySelector('path[data-region="left-buttock"]'));
    await el.updateComplete;
    const strength = shadow(el).querySelector<HTMLInputElement>('input[name="pm-strength"][value="6"]');
    expect(strength, 'the editor of the chosen region').to.not.equal(null);
    await act(async () => {
      strength!.click();
    });
    await waitUntil(() => changes.length > 0, 'onPainMapChange was called');
    expect(changes).to.deep.equal([{ value: { regions: { 'left-buttock': { intensity: 6, qualities: [] } } }, extent: 1, trend: null }]);
  });

  it('ExerciseCard: the symptom answer calls onExerciseFeedback; a new exercise prop that is unknown calls onWidgetError', async () => {
    const ref = createRef<ExerciseCardElement>();
    const feedback: ExerciseFeedbackDetail[] = [];
    const errors: WidgetErrorDetail[] = [];
    const card = (exercise: string) =>
      createElement(ExerciseCard, {
        ref,
        exercise,
        onExerciseFeedback: (event) => feedback.push(event.detail),
        onWidgetError: (event) => errors.push(event.detail),
      });
    await render(card('seated-nerve-glide'));
    const el = ref.current!;
    await el.updateComplete;
    // The card loads its exercise asynchronously.
    await waitUntil(() => shadow(el).querySelector('button[data-response="centralized"]'), 'the symptom question');
    await click(shadow(el).querySelector('button[data-response="centralized"]'));
    await waitUntil(() => feedback.length > 0, 'onExerciseFeedback was called');
    expect(feedback).to.deep.equal([{ exerciseId: 'seated-nerve-glide', response: 'centralized' }]);

    await render(card('no-such-exercise'));
    await waitUntil(() => errors.length > 0, 'onWidgetError was called');
    expect(errors[0]).to.include({ element: 'exercise-card', code: 'unknown-exercise' });
    expect(el.exercise).to.equal('no-such-exercise');
  });
});

type CardJsx = JSX.IntrinsicElements['exercise-card'];

describe('sciatica-widgets/jsx: the tags in React 19 JSX', () => {
  it('passes attributes and on<event> props of the typed intrinsic elements', async () => {
    const starts: ExerciseStartDetail[] = [];
    const props: CardJsx = {
      exercise: 'dead-bug',
      'no-feedback': true,
      'heading-level': 3,
      'onexercise-start': (event) => starts.push(event.detail),
    };
    await render(createElement('exercise-card', props));
    const el = container.querySelector<ExerciseCardElement>('exercise-card')!;
    await el.updateComplete;
    // dead-bug has no hold, so its one button is Mark done (which begins with exercise-start).
    await waitUntil(() => shadow(el).querySelector('button.mark-done'), 'the Mark done button');
    expect(el.noFeedback).to.equal(true);
    expect(el.headingLevel).to.equal(3);
    expect(shadow(el).querySelector('[part="feedback"]')).to.equal(null);
    expect(shadow(el).querySelector('[part="title"]')?.localName).to.equal('h3');

    await click(shadow(el).querySelector('button.mark-done'));
    await waitUntil(() => starts.length > 0, 'onexercise-start was called');
    expect(starts).to.deep.equal([{ exerciseId: 'dead-bug' }]);
  });

  it('rejects at compile time what the element rejects at run time', async () => {
    // Each @ts-expect-error fails `npm run typecheck` if the JSX types stop rejecting that value.
    const rejected: [string, CardJsx][] = [
      // @ts-expect-error side is 'both', 'left' or 'right'
      ['side="up"', { exercise: 'dead-bug', side: 'up' }],
      // @ts-expect-error heading-level is a number
      ['heading-level="three"', { exercise: 'dead-bug', 'heading-level': 'three' }],
      // @ts-expect-error condition is 'disc', 'stenosis', 'piriformis' or 'none'
      ['condition="knee"', { exercise: 'dead-bug', condition: 'knee' }],
    ];
    for (const [shown, props] of rejected) {
      await render(createElement('exercise-card', props));
      const el = container.querySelector<ExerciseCardElement>('exercise-card')!;
      await el.updateComplete;
      expect(
        warnings.messages.some((m) => m.includes(`<exercise-card>: ${shown} is not valid`)),
        `a warning about ${shown} in ${JSON.stringify(warnings.messages)}`,
      ).to.equal(true);
      await act(async () => root.render(null));
    }
  });
});
