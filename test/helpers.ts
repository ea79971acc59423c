/** Shared test helpers. */

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
