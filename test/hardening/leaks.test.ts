/**
 * Leaks (issue 9): an element that is created, put in the page and removed a thousand times (a
 * single-page app re-rendering a route, a CMS preview) must leave nothing behind: no pending timer
 * or animation frame, no listener on a global target, no observer still observing, no wake lock and
 * no audio context.
 *
 * How it counts: while a test runs, window's timer functions, `addEventListener` /
 * `removeEventListener` on the global targets (window, document, <html>, visualViewport and every
 * MediaQueryList from matchMedia), the observers' `observe` / `unobserve` / `disconnect`, a fake
 * `navigator.wakeLock` and a fake `AudioContext` keep a ledger of what is outstanding: scheduled and
 * not yet fired or cleared, added and not removed, observing and not disconnected, requested and
 * not released, created and not closed. After the cycles the ledger must be empty.
 *
 * The ledger is checked right after the last removal, before any task can run: a timer that was
 * not cleared is still pending then, so a one-shot leak cannot hide by firing. It is checked again
 * after a few frames and a timeout, which catches anything that re-arms itself.
 *
 * The first describe proves the counting with two control elements: one that leaks one of
 * everything per cycle (the ledger must show exactly that), and one that sets up the same things
 * and cleans them up (the ledger must be empty).
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';

// --- the ledger ---------------------------------------------------------------------------------

interface Ledger {
  timeouts: Set<number>;
  intervals: Set<number>;
  frames: Set<number>;
  listeners: { target: EventTarget; name: string; type: string; listener: unknown; capture: boolean }[];
  observers: Map<object, { kind: string; targets: Set<object> }>;
  wakeLocks: number;
  audioContexts: number;
  /** Totals, to show that the cycles did exercise what the ledger watches. */
  scheduled: { timeouts: number; frames: number; listeners: number; observes: number; wakeLocks: number; audioContexts: number };
}

type Restore = () => void;

/** Saved before anything is patched: the harness's own waits must not be counted. */
const real = {
  setTimeout: window.setTimeout.bind(window),
  requestAnimationFrame: window.requestAnimationFrame.bind(window),
};

function newLedger(): Ledger {
  return {
    timeouts: new Set(),
    intervals: new Set(),
    frames: new Set(),
    listeners: [],
    observers: new Map(),
    wakeLocks: 0,
    audioContexts: 0,
    scheduled: { timeouts: 0, frames: 0, listeners: 0, observes: 0, wakeLocks: 0, audioContexts: 0 },
  };
}

/** Replaces `object[key]` for the test, with a way to put it back. */
function patch<T extends object, K extends keyof T>(object: T, key: K, value: T[K], restores: Restore[]): void {
  const own = Object.getOwnPropertyDescriptor(object, key);
  Object.defineProperty(object, key, { configurable: true, writable: true, value });
  restores.push(() => {
    if (own) Object.defineProperty(object, key, own);
    else Reflect.deleteProperty(object, key);
  });
}

/** Starts counting. Returns the ledger and a function that stops counting and restores everything. */
function instrument(): { ledger: Ledger; restore: Restore } {
  const ledger = newLedger();
  const restores: Restore[] = [];

  // Timers: pending from scheduling until fired or cleared. clearTimeout and clearInterval share one
  // id space in browsers, so either clears either.
  type Schedule = (handler: TimerHandler, timeout?: number, ...args: unknown[]) => number;
  const st = window.setTimeout as unknown as Schedule;
  const si = window.setInterval as unknown as Schedule;
  const { clearTimeout: ct, clearInterval: ci, requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
  patch(window, 'setTimeout', ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id: number = st.call(
      window,
      typeof handler === 'function'
        ? (...a: unknown[]) => {
            ledger.timeouts.delete(id);
            (handler as (...b: unknown[]) => void)(...a);
          }
        : handler,
      timeout,
      ...args,
    );
    ledger.timeouts.add(id);
    ledger.scheduled.timeouts++;
    return id;
  }) as typeof setTimeout, restores);
  const clear = (id?: number) => {
    if (id === undefined) return;
    ledger.timeouts.delete(id);
    ledger.intervals.delete(id);
  };
  patch(window, 'clearTimeout', ((id?: number) => {
    clear(id);
    ct.call(window, id);
  }) as typeof clearTimeout, restores);
  patch(window, 'setInterval', ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id: number = si.call(window, handler, timeout, ...args);
    ledger.intervals.add(id);
    ledger.scheduled.timeouts++;
    return id;
  }) as typeof setInterval, restores);
  patch(window, 'clearInterval', ((id?: number) => {
    clear(id);
    ci.call(window, id);
  }) as typeof clearInterval, restores);
  patch(window, 'requestAnimationFrame', ((callback: FrameRequestCallback) => {
    const id = raf.call(window, (time: number) => {
      ledger.frames.delete(id);
      callback(time);
    });
    ledger.frames.add(id);
    ledger.scheduled.frames++;
    return id;
  }), restores);
  patch(window, 'cancelAnimationFrame', ((id: number) => {
    ledger.frames.delete(id);
    caf.call(window, id);
  }), restores);

  // Listeners on the global targets. A listener is one (type, callback, capture) triple per target,
  // as the DOM counts them: adding it twice is one, and `once` or an aborted `signal` removes it.
  const watched = new Map<EventTarget, string>([
    [window, 'window'],
    [document, 'document'],
    [document.documentElement, '<html>'],
  ]);
  if (window.visualViewport) watched.set(window.visualViewport, 'visualViewport');
  const mm = window.matchMedia;
  patch(window, 'matchMedia', ((query: string) => {
    const list = mm.call(window, query);
    watched.set(list, `matchMedia(${query})`);
    return list;
  }), restores);
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const captureOf = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : !!options?.capture);
  const find = (target: EventTarget, type: string, listener: unknown, capture: boolean) =>
    ledger.listeners.findIndex((l) => l.target === target && l.type === type && l.listener === listener && l.capture === capture);
  const forget = (target: EventTarget, type: string, listener: unknown, capture: boolean) => {
    const index = find(target, type, listener, capture);
    if (index >= 0) ledger.listeners.splice(index, 1);
  };
  patch(EventTarget.prototype, 'addEventListener', function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    add.call(this, type, listener, options);
    const name = watched.get(this);
    if (!name || !listener) return;
    const capture = captureOf(options);
    if (typeof options === 'object' && options.signal?.aborted) return;
    if (find(this, type, listener, capture) >= 0) return;
    ledger.listeners.push({ target: this, name, type, listener, capture });
    ledger.scheduled.listeners++;
    if (typeof options === 'object' && options.once) add.call(this, type, () => forget(this, type, listener, capture), { once: true, capture });
    if (typeof options === 'object' && options.signal) add.call(options.signal, 'abort', () => forget(this, type, listener, capture), { once: true });
  }, restores);
  patch(EventTarget.prototype, 'removeEventListener', function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    remove.call(this, type, listener, options);
    if (listener) forget(this, type, listener, captureOf(options));
  }, restores);
  // The old MediaQueryList API: addListener(fn) is addEventListener('change', fn).
  if (typeof MediaQueryList !== 'undefined') {
    const addListener = MediaQueryList.prototype.addListener;
    const removeListener = MediaQueryList.prototype.removeListener;
    patch(MediaQueryList.prototype, 'addListener', function (this: MediaQueryList, listener: ((this: MediaQueryList, ev: MediaQueryListEvent) => unknown) | null) {
      addListener.call(this, listener);
      if (listener && find(this, 'change', listener, false) < 0) {
        ledger.listeners.push({ target: this, name: watched.get(this) ?? 'MediaQueryList', type: 'change', listener, capture: false });
        ledger.scheduled.listeners++;
      }
    }, restores);
    patch(MediaQueryList.prototype, 'removeListener', function (this: MediaQueryList, listener: ((this: MediaQueryList, ev: MediaQueryListEvent) => unknown) | null) {
      removeListener.call(this, listener);
      if (listener) forget(this, 'change', listener, false);
    }, restores);
  }

  // Observers: observing from the first observe() until disconnect(), or until every target is unobserved.
  for (const kind of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
    const Base = window[kind] as unknown as new (...args: unknown[]) => { observe(...a: unknown[]): void; disconnect(): void; unobserve?(t: object): void };
    if (typeof Base !== 'function') continue;
    class Counted extends Base {
      override observe(target: object, ...rest: unknown[]): void {
        super.observe(target, ...rest);
        const entry = ledger.observers.get(this) ?? { kind, targets: new Set<object>() };
        entry.targets.add(target);
        ledger.observers.set(this, entry);
        ledger.scheduled.observes++;
      }
      override unobserve(target: object): void {
        super.unobserve?.(target);
        const entry = ledger.observers.get(this);
        entry?.targets.delete(target);
        if (entry && entry.targets.size === 0) ledger.observers.delete(this);
      }
      override disconnect(): void {
        super.disconnect();
        ledger.observers.delete(this);
      }
    }
    patch(window, kind, Counted as unknown as (typeof window)[typeof kind], restores);
  }

  // A wake lock that counts: active from request until released (the sentinel's release(), once).
  const wakeLock = {
    async request(type: string) {
      ledger.wakeLocks++;
      ledger.scheduled.wakeLocks++;
      const listeners: (() => void)[] = [];
      const sentinel = {
        type,
        released: false,
        async release() {
          if (sentinel.released) return;
          sentinel.released = true;
          ledger.wakeLocks--;
          for (const listener of listeners) listener();
        },
        addEventListener(eventType: string, listener: () => void) {
          if (eventType === 'release') listeners.push(listener);
        },
        removeEventListener() {},
      };
      return sentinel;
    },
  };
  patch(navigator as unknown as Record<string, unknown>, 'wakeLock', wakeLock, restores);

  // An AudioContext that counts: open from construction until close().
  class CountedAudioContext {
    state: AudioContextState = 'running';
    currentTime = 0;
    destination = {};
    constructor() {
      ledger.audioContexts++;
      ledger.scheduled.audioContexts++;
    }
    async resume(): Promise<void> {}
    async close(): Promise<void> {
      if (this.state === 'closed') return;
      this.state = 'closed';
      ledger.audioContexts--;
    }
    createOscillator() {
      const node = { type: 'sine', frequency: { value: 0 }, connect: (next: unknown) => next, start() {}, stop() {} };
      return node;
    }
    createGain() {
      return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (next: unknown) => next };
    }
  }
  patch(window as unknown as Record<string, unknown>, 'AudioContext', CountedAudioContext, restores);
  patch(window as unknown as Record<string, unknown>, 'webkitAudioContext', CountedAudioContext, restores);

  return {
    ledger,
    restore: () => {
      for (const undo of restores.reverse()) undo();
    },
  };
}

/** What is still outstanding, in words, so a failure says what leaked. */
function outstanding(ledger: Ledger): string[] {
  const left: string[] = [];
  if (ledger.timeouts.size) left.push(`${ledger.timeouts.size} timeout(s)`);
  if (ledger.intervals.size) left.push(`${ledger.intervals.size} interval(s)`);
  if (ledger.frames.size) left.push(`${ledger.frames.size} animation frame(s)`);
  const byTarget = new Map<string, number>();
  for (const l of ledger.listeners) byTarget.set(`${l.name} ${l.type}`, (byTarget.get(`${l.name} ${l.type}`) ?? 0) + 1);
  for (const [key, count] of byTarget) left.push(`${count} listener(s) on ${key}`);
  const byKind = new Map<string, number>();
  for (const { kind } of ledger.observers.values()) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  for (const [kind, count] of byKind) left.push(`${count} ${kind}(s) observing`);
  if (ledger.wakeLocks) left.push(`${ledger.wakeLocks} wake lock(s)`);
  if (ledger.audioContexts) left.push(`${ledger.audioContexts} audio context(s)`);
  return left;
}

/** Lets every timer, frame and promise that is going to run, run (with the real timer functions). */
async function letTimePass(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => real.requestAnimationFrame(resolve));
  await new Promise((resolve) => real.setTimeout(resolve, 300));
}

// --- the cycles ---------------------------------------------------------------------------------

type Setup = (el: HTMLElement, index: number) => void | Promise<void>;

interface CycleOptions {
  tag: string;
  cycles: number;
  attributes?: (index: number) => Record<string, string>;
  /** Put one element in the page first, outside the count (default true). */
  warm?: boolean;
  /** Runs after the element has rendered, before it is removed (e.g. start its timer). */
  beforeRemove?: Setup;
}

/**
 * Creates, appends and removes `cycles` elements, in batches of 25 so the page stays small. A
 * quarter of them are removed before they have rendered (connect and disconnect in one task); of
 * the rest, every third is moved (removed and appended again) after `beforeRemove`, then removed.
 */
async function cycle({ tag, cycles, attributes, beforeRemove }: CycleOptions): Promise<void> {
  const container = document.createElement('div');
  document.body.append(container);
  const batch = 25;
  for (let start = 0; start < cycles; start += batch) {
    const elements: HTMLElement[] = [];
    for (let i = start; i < Math.min(cycles, start + batch); i++) {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes?.(i) ?? {})) el.setAttribute(name, value);
      container.append(el);
      if (i % 4 === 1) el.remove();
      else elements.push(el);
    }
    await Promise.all(elements.map((el) => (el as LitElement).updateComplete));
    for (const [n, el] of elements.entries()) {
      await beforeRemove?.(el, start + n);
      if (n % 3 === 2) {
        el.remove();
        container.append(el);
        await (el as LitElement).updateComplete;
      }
    }
    for (const el of elements) el.remove();
    // Whatever the removals started (a wake lock released, an audio context closed) settles in microtasks.
    await Promise.all(elements.map((el) => (el as LitElement).updateComplete));
  }
  container.remove();
  // A wake lock request still on its way when its element was removed is released when it arrives.
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

let harness: { ledger: Ledger; restore: Restore } | null = null;
afterEach(() => {
  harness?.restore();
  harness = null;
});

/** Runs `cycles` and returns the ledger, checked at once and again after time has passed. */
async function expectNoLeaks(options: CycleOptions): Promise<Ledger> {
  // One element first, outside the count: the library's one-time setup (localization, its single
  // observer of <html lang>) is not a per-element leak.
  if (options.warm !== false) {
    const warm = document.createElement(options.tag);
    for (const [name, value] of Object.entries(options.attributes?.(0) ?? {})) warm.setAttribute(name, value);
    document.body.append(warm);
    await (warm as LitElement).updateComplete;
    warm.remove();
  }

  harness = instrument();
  const { ledger } = harness;
  await cycle(options);
  expect(outstanding(ledger), `<${options.tag}> after ${options.cycles} cycles`).to.deep.equal([]);
  await letTimePass();
  expect(outstanding(ledger), `<${options.tag}> after ${options.cycles} cycles and some time`).to.deep.equal([]);
  return ledger;
}

// --- controls: the counting works ---------------------------------------------------------------

/** Sets up one of everything the ledger watches; cleans up in disconnectedCallback unless it is leaky. */
class ControlElement extends HTMLElement {
  leaky = false;
  private cleanup: (() => void)[] = [];
  connectedCallback(): void {
    const noop = () => undefined;
    const timeout = setTimeout(noop, 60_000);
    const interval = setInterval(noop, 60_000);
    const frame = requestAnimationFrame(noop);
    const onResize = () => undefined;
    window.addEventListener('resize', onResize);
    window.addEventListener('resize', onResize); // the same listener twice is one
    const onVisibility = () => undefined;
    document.addEventListener('visibilitychange', onVisibility, { capture: true });
    const onClick = () => undefined;
    document.documentElement.addEventListener('click', onClick);
    const list = matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => undefined;
    list.addEventListener('change', onScheme);
    const onOldScheme = () => undefined;
    list.addListener(onOldScheme);
    const onViewport = () => undefined;
    window.visualViewport?.addEventListener('resize', onViewport);
    // Removed by themselves: a `once` listener that fires, and one whose signal is aborted.
    window.addEventListener('control-ping', noop, { once: true });
    window.dispatchEvent(new Event('control-ping'));
    const abort = new AbortController();
    window.addEventListener('scroll', noop, { signal: abort.signal });
    abort.abort();
    const mutations = new MutationObserver(noop);
    mutations.observe(this, { attributes: true });
    const resizes = new ResizeObserver(noop);
    resizes.observe(this);
    const intersections = new IntersectionObserver(noop);
    intersections.observe(this);
    const lock = (navigator as unknown as { wakeLock: { request(t: string): Promise<{ release(): Promise<void> }> } }).wakeLock.request('screen');
    const audio = new (window as unknown as { AudioContext: new () => { close(): Promise<void> } }).AudioContext();
    this.cleanup = [
      () => clearTimeout(timeout),
      () => clearInterval(interval),
      () => cancelAnimationFrame(frame),
      () => window.removeEventListener('resize', onResize),
      () => document.removeEventListener('visibilitychange', onVisibility, { capture: true }),
      () => document.documentElement.removeEventListener('click', onClick),
      () => list.removeEventListener('change', onScheme),
      () => list.removeListener(onOldScheme),
      () => window.visualViewport?.removeEventListener('resize', onViewport),
      () => mutations.disconnect(),
      () => resizes.unobserve(this),
      () => intersections.disconnect(),
      () => void lock.then((sentinel) => sentinel.release()),
      () => void audio.close(),
    ];
  }
  disconnectedCallback(): void {
    if (!this.leaky) for (const undo of this.cleanup) undo();
    this.cleanup = [];
  }
}
customElements.define('hardening-leak-control', ControlElement);

describe('leaks: the counting works', () => {
  it('sees every kind of leak from a control element that leaks one of each per cycle', async () => {
    harness = instrument();
    const { ledger } = harness;
    const container = document.createElement('div');
    document.body.append(container);
    const cycles = 3;
    const leaky: ControlElement[] = [];
    for (let i = 0; i < cycles; i++) {
      const el = document.createElement('hardening-leak-control') as ControlElement;
      el.leaky = true;
      container.append(el);
      el.remove();
      leaky.push(el);
    }
    await Promise.resolve();
    const visualViewport = window.visualViewport ? [`${cycles} listener(s) on visualViewport resize`] : [];
    expect(outstanding(ledger)).to.deep.equal([
      `${cycles} timeout(s)`,
      `${cycles} interval(s)`,
      `${cycles} animation frame(s)`,
      `${cycles} listener(s) on window resize`,
      `${cycles} listener(s) on document visibilitychange`,
      `${cycles} listener(s) on <html> click`,
      // Both the new and the old API, on the one MediaQueryList each cycle asked for.
      `${2 * cycles} listener(s) on matchMedia((prefers-color-scheme: dark)) change`,
      ...visualViewport,
      `${cycles} MutationObserver(s) observing`,
      `${cycles} ResizeObserver(s) observing`,
      `${cycles} IntersectionObserver(s) observing`,
      `${cycles} wake lock(s)`,
      `${cycles} audio context(s)`,
    ]);
    // Clean up what the control leaked, with the ledger still counting (it must reach zero).
    for (const el of leaky) {
      el.leaky = false;
      container.append(el);
      el.remove();
    }
    for (const id of ledger.timeouts) clearTimeout(id);
    for (const id of ledger.intervals) clearInterval(id);
    for (const id of ledger.frames) cancelAnimationFrame(id);
    for (const l of [...ledger.listeners]) l.target.removeEventListener(l.type, l.listener as EventListener, l.capture);
    for (const observer of [...ledger.observers.keys()]) (observer as MutationObserver).disconnect();
    container.remove();
    await Promise.resolve();
    expect(outstanding(ledger).filter((l) => !/wake lock|audio/.test(l))).to.deep.equal([]);
  });

  it('sees nothing from a control element that cleans up after itself', async () => {
    // No warm-up: the control has no one-time setup, and it needs the fake wake lock to be in place.
    const ledger = await expectNoLeaks({ tag: 'hardening-leak-control', cycles: 20, warm: false });
    // And it did count: each connected cycle scheduled one of everything.
    expect(ledger.scheduled.wakeLocks).to.be.greaterThan(10);
    expect(ledger.scheduled.audioContexts).to.be.greaterThan(10);
    expect(ledger.scheduled.observes).to.be.greaterThan(30);
  });
});

// --- the elements -------------------------------------------------------------------------------

const CYCLES = 1000;

describe('leaks: 1,000 create/append/remove cycles', () => {
  it('<red-flag-checker>', async function () {
    this.timeout(120_000);
    const ledger = await expectNoLeaks({
      tag: 'red-flag-checker',
      cycles: CYCLES,
      // Mostly the stepper (one question: a lighter render, to keep the test fast), some lists.
      attributes: (i) => ({ mode: i % 4 === 0 ? 'list' : 'stepper', 'clinic-name': 'Clinic', 'clinic-phone': '020 7946 0000' }),
      // Answer an emergency question: the advice takes focus after the next update, by then removed.
      beforeRemove: (el, i) => {
        if (i % 8 === 0) el.shadowRoot!.querySelector<HTMLInputElement>('input[name="saddle-numbness"][value="yes"]')?.click();
      },
    });
    // Each connection adds a locale listener on window (removed again on disconnect): the ledger saw them.
    expect(ledger.scheduled.listeners).to.be.at.least(CYCLES * 0.75);
  });

  it('<exercise-card>', async function () {
    this.timeout(120_000);
    const ledger = await expectNoLeaks({
      tag: 'exercise-card',
      cycles: CYCLES,
      attributes: (i) => ({ exercise: ['glute-bridge', 'hip-flexor-stretch', 'walking'][i % 3]!, ...(i % 5 === 0 ? { compact: '' } : {}) }),
    });
    // The card observes its children (for a host's JSON script) while connected.
    expect(ledger.scheduled.observes).to.be.at.least(CYCLES * 0.75);
  });

  it('<exercise-card> with its hold countdown running when removed', async function () {
    this.timeout(120_000);
    let started = 0;
    const ledger = await expectNoLeaks({
      tag: 'exercise-card',
      cycles: CYCLES,
      attributes: () => ({ exercise: 'hip-flexor-stretch', 'hold-seconds': '30' }),
      beforeRemove: (el) => {
        const card = el as HTMLElement & { start(): void; holdState: string };
        const state = () => card.holdState;
        if (state() !== 'idle') return; // moved elements come back paused
        card.start();
        if (state() === 'running') started++;
      },
    });
    expect(started, 'countdowns started').to.equal(CYCLES * 0.75);
    // The countdown polls with an animation frame and a fallback timeout: the ledger saw them scheduled.
    expect(ledger.scheduled.frames).to.be.at.least(started);
    expect(ledger.scheduled.timeouts).to.be.at.least(started);
  });

  it('<nerve-glide-timer>', async function () {
    this.timeout(120_000);
    await expectNoLeaks({ tag: 'nerve-glide-timer', cycles: CYCLES, attributes: (i): Record<string, string> => (i % 2 ? { sound: '' } : {}) });
  });

  it('<nerve-glide-timer> running when removed (with its wake lock, and sound on every other one)', async function () {
    this.timeout(120_000);
    let started = 0;
    let withSound = 0;
    const ledger = await expectNoLeaks({
      tag: 'nerve-glide-timer',
      cycles: CYCLES,
      attributes: (i) => ({ reps: '3', 'phase-seconds': '1', ...(i % 2 ? { sound: '' } : {}) }),
      beforeRemove: async (el, i) => {
        const timer = el as HTMLElement & { start(): void; pause(): void; resume(): void; state: string };
        const state = () => timer.state;
        if (state() !== 'idle') return; // moved elements come back paused
        timer.start();
        if (state() === 'running') started++;
        if (state() === 'running' && timer.hasAttribute('sound')) withSound++;
        // Some are paused and resumed first, and some removed while their wake lock request is still on its way.
        if (i % 5 === 0) {
          timer.pause();
          timer.resume();
        }
        if (i % 7 !== 0) await Promise.resolve();
      },
    });
    expect(started, 'sessions started').to.equal(CYCLES * 0.75);
    expect(ledger.scheduled.wakeLocks, 'wake locks requested').to.be.at.least(started);
    expect(ledger.scheduled.audioContexts, 'audio contexts opened').to.equal(withSound);
    expect(withSound).to.be.greaterThan(0);
    expect(ledger.scheduled.frames).to.be.at.least(started);
  });

  it('<pain-map>', async function () {
    this.timeout(120_000);
    await expectNoLeaks({
      tag: 'pain-map',
      cycles: CYCLES,
      attributes: (i) => ({
        value: '{"regions":{"left-calf":{"intensity":5,"qualities":["burning"]}}}',
        ...(i % 4 ? { previous: '{"regions":{"left-sole":{"intensity":3}}}', view: 'back' } : {}),
        // Read only (nothing is saved without a click), under a key nothing else uses.
        ...(i % 3 === 0 ? { 'storage-key': 'hardening-leaks-never-written' } : {}),
      }),
      beforeRemove: (el, i) => {
        // Open the editor on a region: it moves focus after the next update, by then removed.
        if (i % 8 === 0) el.shadowRoot!.querySelector<SVGElement>('path[data-region="left-calf"]')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      },
    });
    expect(localStorage.getItem('hardening-leaks-never-written')).to.equal(null);
  });

  it('<direction-finder> removed at each step (the press-ups moving on screen, a stop, half-answered)', async function () {
    this.timeout(180_000);
    let moving = 0;
    await expectNoLeaks({
      tag: 'direction-finder',
      cycles: CYCLES,
      // Read when set, written only when a test ends (none does here), under a key nothing else uses.
      attributes: (i): Record<string, string> => (i % 3 === 0 ? { 'storage-key': 'hardening-leaks-df-never-written' } : {}),
      beforeRemove: async (el, i) => {
        const root = el.shadowRoot!;
        const finder = el as HTMLElement & { step: string; updateComplete: Promise<unknown> };
        const kind = i % 4;
        if (kind === 0) return;
        if (kind === 3) {
          // A yes stops the test: the emergency box with its call link.
          root.querySelector<HTMLInputElement>('input[name="saddle-numbness"][value="yes"]')!.click();
          return;
        }
        for (const radio of root.querySelectorAll<HTMLInputElement>('input[type="radio"][value="no"]')) radio.click();
        await finder.updateComplete;
        root.querySelector<HTMLButtonElement>('button.next')!.click();
        // Some are removed while the exercises are still loading and focus is on its way to the heading.
        if (kind === 1) return;
        await finder.updateComplete;
        root.querySelector<HTMLInputElement>('input[name="df-extent"][value="3"]')!.click();
        root.querySelector<HTMLInputElement>('input[name="df-intensity"][value="5"]')!.click();
        await finder.updateComplete;
        root.querySelector<HTMLButtonElement>('form.reading button.next')!.click();
        await finder.updateComplete;
        if (finder.step === 'extension') moving++;
      },
    });
    // About a quarter of the 750 that render reach the press-ups (and their moving picture).
    expect(moving, 'removed during the press-ups').to.be.greaterThan(CYCLES / 10);
    expect(localStorage.getItem('hardening-leaks-df-never-written')).to.equal(null);
  });
});
