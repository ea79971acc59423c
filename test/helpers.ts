/** Shared test helpers. */
import { exerciseIds, loadExercise } from '../src/content/exercises/index.js';
import type { Exercise } from '../src/content/exercises/types.js';

/**
 * Records console.warn calls until `restore()`. Warnings still reach the console too, so a
 * failing test shows them.
 */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return {
    messages,
    restore() {
      console.warn = original;
    },
  };
}

/** Resolves with the next event of `type` on `target`. */
export function nextEvent<T extends Event>(target: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as T), { once: true }));
}

/** Every catalogue exercise, loaded (each lives behind its own dynamic import), in catalogue order. */
export async function loadCatalogue(): Promise<Exercise[]> {
  const all = await Promise.all(exerciseIds.map((id) => loadExercise(id)));
  return all.filter((e): e is Exercise => e !== undefined);
}

/**
 * Checks that `node` carries the concrete safety net (docs/clinical-basis.md, "Safety net"): the
 * emergency signs in plain words (the saddle area, bladder or bowels, both legs) and what to do, with
 * the number as a `tel:` link when one is known, else "your local emergency number".
 */
export function expectSafetyNet(node: Element | null | undefined, number: string | null, where = 'safety net'): void {
  if (!node) throw new Error(`${where}: not found`);
  const net = node.matches('.safety-net') ? node : node.querySelector('.safety-net');
  if (!net) throw new Error(`${where}: no .safety-net inside`);
  const words = (net.textContent ?? '').replace(/\s+/g, ' ').toLowerCase();
  for (const sign of ['numbness between your legs or around your bottom', 'bladder or bowels', 'sciatica in both legs', 'emergency department now']) {
    if (!words.includes(sign)) throw new Error(`${where}: does not say "${sign}": ${words}`);
  }
  if (number) {
    if (!words.includes(`call ${number}`)) throw new Error(`${where}: does not say "call ${number}": ${words}`);
    const link = net.querySelector('a[href^="tel:"]');
    if (link?.getAttribute('href') !== `tel:${number.replace(/[^\d+*#]/g, '')}`) throw new Error(`${where}: no tel: link to ${number}`);
  } else if (!words.includes('your local emergency number')) {
    throw new Error(`${where}: names no number and does not say "your local emergency number"`);
  }
}

/**
 * A fake monotonic clock for the timed elements (`el.clock = time.now`) and the session clock: time
 * moves only when a test says so, so timing is exact and never depends on the machine.
 */
export function fakeClock(start = 1000): { now: () => number; set(ms: number): void; advance(ms: number): void; reset(): void } {
  let now = start;
  return {
    now: () => now,
    set: (ms: number) => (now = ms),
    advance: (ms: number) => (now += ms),
    reset: () => (now = start),
  };
}

/** Puts a timed element on the fake clock and returns a function that moves the clock to `t` ms after the start and polls, as a frame would. */
export function onFakeClock(time: ReturnType<typeof fakeClock>, start = 1000) {
  return async (el: HTMLElement & { tick(): void; updateComplete: Promise<unknown> }, t: number): Promise<void> => {
    time.set(start + t);
    el.tick();
    await el.updateComplete;
  };
}
