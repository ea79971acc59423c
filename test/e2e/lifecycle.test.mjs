// Issue 9: elements created before the bundle loads (upgrade) and after it, moved between parents
// while in use, and removed while a timer runs.
//
// What the timers do when they leave the page (src/nerve-glide-timer/nerve-glide-timer.ts
// disconnectedCallback, and the same in the exercise card): a running session catches up once (any
// phase crossed until that moment is still fired, on the detached element), then pauses without a
// glide-pause event and stops every frame, timeout, wake lock and sound. Put back in the page (a move
// is a removal and an insertion) it stays paused, showing Resume, and continues from the same
// place when the person presses it. A removed timer fires nothing more.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  EVENT_TYPES,
  answerRedFlags,
  assertClean,
  click,
  markRegion,
  openPage,
  setup,
  shadow,
  skipReason,
  useEveryElement,
  waitFor,
  waitForEvents,
  waitForRender,
} from './helpers.mjs';

const PAGES = '/test/e2e/pages';

/** Records every event of the element with `id` on the element itself: it hears them even while detached. */
function listenOnElement(frame, id) {
  return frame.evaluate(
    (i, types) => {
      const el = document.getElementById(i);
      el.__own = [];
      for (const type of types) el.addEventListener(type, (e) => el.__own.push({ type, detail: JSON.parse(JSON.stringify(e.detail ?? null)), connected: el.isConnected }));
    },
    id,
    EVENT_TYPES,
  );
}

const ownEvents = (frame, id) => frame.evaluate((i) => document.getElementById(i).__own, id);

describe('element lifecycle', { skip: skipReason }, () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.close());

  it('created before the bundle (with properties set before the upgrade) and after it: all work', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/upgrade.html`));
    const { frame } = probe;
    try {
      await waitForRender(frame, ['#pm0', '#rf', '#ec', '#ng', '#pm', '#rf2', '#ec2', '#ng2', '#pm2']);
      // Properties set on the not-yet-upgraded elements took effect.
      const props = await frame.evaluate(() => ({
        exercise: document.getElementById('ec').exerciseId,
        holdSeconds: document.getElementById('ec').holdSeconds,
        reps: document.getElementById('ng').reps,
        phaseSeconds: document.getElementById('ng').phaseSeconds,
        pm: document.getElementById('pm').value,
        pm0: document.getElementById('pm0').value,
      }));
      assert.deepEqual(props, {
        exercise: 'glute-bridge',
        holdSeconds: 1,
        reps: 1,
        phaseSeconds: 1,
        pm: { regions: { 'right-buttock': { intensity: 4, qualities: [] } } },
        pm0: { regions: { 'left-buttock': { intensity: 5, qualities: ['aching'] } } },
      });
      await shadow(frame, '#pm', '.list li[data-region="right-buttock"]');
      await useEveryElement(frame, { rf: '#rf', ec: '#ec', ng: '#ng', pm: '#pm' });
      await useEveryElement(frame, { rf: '#rf2', ec: '#ec2', ng: '#ng2', pm: '#pm2' });
      await markRegion(frame, '#pm0', 'right-calf');
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });

  it('moved to another parent mid-use: answers and marks stay, a running timer pauses and resumes where it was', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/lifecycle.html`));
    const { frame } = probe;
    const move = (id) => frame.evaluate((i) => document.getElementById('b').append(document.getElementById(i)), id);
    try {
      await waitForRender(frame, ['#rf', '#ec', '#ng', '#pm']);
      await listenOnElement(frame, 'ng');

      // The glide timer, moved while it runs (in the first glide).
      await click(frame, '#ng', 'button.start');
      await waitForEvents(frame, 'glide-phase', { id: 'ng', count: 2 });
      await move('ng');
      const moved = await frame.evaluate(() => {
        const ng = document.getElementById('ng');
        return { parent: ng.parentElement.id, state: ng.state, started: ng.rep >= 1 };
      });
      assert.deepEqual(moved, { parent: 'b', state: 'paused', started: true });
      // Paused silently: no glide-pause, and the screen offers Resume.
      assert.deepEqual((await ownEvents(frame, 'ng')).filter((e) => e.type === 'glide-pause'), []);
      await shadow(frame, '#ng', '.paused-label');
      await click(frame, '#ng', 'button.resume');
      await waitForEvents(frame, 'glide-complete', { id: 'ng', timeout: 30000 });
      const own = await ownEvents(frame, 'ng');
      // Every phase exactly once and in order, across the move: nothing skipped, nothing repeated.
      assert.deepEqual(
        own.filter((e) => e.type === 'glide-phase').map((e) => `${e.detail.phase} ${e.detail.rep}`),
        ['extension 1', 'flexion 1', 'extension 2', 'flexion 2', 'extension 3', 'flexion 3'],
      );
      assert.deepEqual(
        own.map((e) => e.type).filter((t) => t !== 'glide-phase'),
        ['glide-start', 'glide-resume', 'glide-complete'],
      );
      // Session time excludes the pause: exactly the schedule's length (6 phases of 1 s).
      assert.equal(own.find((e) => e.type === 'glide-complete').detail.elapsedMs, 6000);
      await click(frame, '#ng', '.symptom-choices button[data-response="unchanged"]');
      await waitForEvents(frame, 'glide-feedback', { id: 'ng' });

      // The exercise card, moved during its hold countdown: paused, then resumed to the end.
      await click(frame, '#ec', '.timer button.start');
      await waitForEvents(frame, 'exercise-start', { id: 'ec' });
      await move('ec');
      assert.equal(await frame.evaluate(() => document.getElementById('ec').holdState), 'paused');
      await click(frame, '#ec', '.timer button.resume');
      await waitFor(frame, () => document.getElementById('ec').holdState === 'complete', [], { timeout: 30000, message: 'the moved card to finish its holds' });
      await click(frame, '#ec', '.timer button.mark-done');
      await waitForEvents(frame, 'exercise-complete', { id: 'ec' });

      // The checker, moved halfway through: the answers stay and it can be finished.
      for (const q of ['bladder-control', 'bladder-retention', 'bowel-control']) await click(frame, '#rf', `fieldset[data-id="${q}"] input[value="no"]`);
      await move('rf');
      assert.deepEqual(await frame.evaluate(() => document.getElementById('rf').answers), {
        'bladder-control': false,
        'bladder-retention': false,
        'bowel-control': false,
      });
      const result = await answerRedFlags(frame, '#rf');
      assert.equal(result.detail.level, 'self-care');

      // The pain map, moved with a mark: the mark stays and it can be edited.
      await markRegion(frame, '#pm', 'left-calf');
      await move('pm');
      assert.deepEqual(Object.keys(await frame.evaluate(() => document.getElementById('pm').value.regions)), ['left-calf']);
      const change = await markRegion(frame, '#pm', 'right-thigh-back', { quality: 'tingling' });
      assert.deepEqual(Object.keys(change.detail.value.regions).sort(), ['left-calf', 'right-thigh-back']);

      assert.equal(await frame.evaluate(() => document.getElementById('b').children.length), 4);
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });

  it('moved while running, twice in a row and back: still one session that finishes', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/lifecycle.html`));
    const { frame } = probe;
    try {
      await waitForRender(frame, ['#ng']);
      await listenOnElement(frame, 'ng');
      await click(frame, '#ng', 'button.start');
      await waitForEvents(frame, 'glide-phase', { id: 'ng' });
      await frame.evaluate(() => {
        const ng = document.getElementById('ng');
        document.getElementById('b').append(ng);
        document.getElementById('a').append(ng);
      });
      await click(frame, '#ng', 'button.resume');
      const { complete } = await completeGlideFromRunning(frame, 'ng');
      assert.equal(complete.detail.reps, 3);
      const own = await ownEvents(frame, 'ng');
      assert.equal(own.filter((e) => e.type === 'glide-phase').length, 6);
      assert.equal(own.filter((e) => e.type === 'glide-start').length, 1);
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });

  it('removed while a timer runs: no error, and nothing more from it', async () => {
    const probe = await openPage(env.browser, env.url(`${PAGES}/lifecycle.html`));
    const { frame } = probe;
    try {
      await waitForRender(frame, ['#ng-removed', '#ng-control', '#ec-removed', '#ec-control']);
      for (const id of ['ng-removed', 'ec-removed']) await listenOnElement(frame, id);

      // Each timer starts, then its control starts with the same settings: by the time a control
      // has finished, the removed one would have finished too, had it kept running.
      await click(frame, '#ng-removed', 'button.start');
      await click(frame, '#ng-control', 'button.start');
      await click(frame, '#ec-removed', '.timer button.start');
      await click(frame, '#ec-control', '.timer button.start');
      await waitForEvents(frame, 'glide-phase', { id: 'ng-removed' });
      await waitFor(frame, () => document.getElementById('ec-removed').holdState === 'running');
      const atRemoval = await frame.evaluate(() => {
        const ng = document.getElementById('ng-removed');
        const ec = document.getElementById('ec-removed');
        ng.remove();
        ec.remove();
        // Kept only so the test can look at them later; the page has let go of them.
        window.__removed = { ng, ec };
        return { ng: ng.__own.length, ec: ec.__own.length, ngState: ng.state, ecState: ec.holdState };
      });
      assert.equal(atRemoval.ngState, 'paused');
      assert.equal(atRemoval.ecState, 'paused');
      assert.ok(atRemoval.ng >= 2, 'the removed timer had not started');

      await waitForEvents(frame, 'glide-complete', { id: 'ng-control', timeout: 30000 });
      await waitFor(frame, () => document.getElementById('ec-control').holdState === 'complete', [], { timeout: 30000, message: 'the control card to finish' });

      const later = await frame.evaluate(() => {
        const { ng, ec } = window.__removed;
        return { ng: ng.__own.length, ec: ec.__own.length, ngState: ng.state, ecState: ec.holdState, connected: ng.isConnected || ec.isConnected };
      });
      assert.deepEqual(later, { ng: atRemoval.ng, ec: atRemoval.ec, ngState: 'paused', ecState: 'paused', connected: false });
      await assertClean(probe);
    } finally {
      await probe.close();
    }
  });
});

/** Waits for a running glide session of the element with `id` to end, then answers its question. */
async function completeGlideFromRunning(frame, id) {
  const [complete] = await waitForEvents(frame, 'glide-complete', { id, timeout: 30000 });
  await click(frame, `#${id}`, '.symptom-choices button[data-response="centralized"]');
  const [feedback] = await waitForEvents(frame, 'glide-feedback', { id });
  return { complete, feedback };
}

