/**
 * Polls a timestamp clock for an element: on every animation frame while the page is visible, and at
 * least every `fallbackMs` through a timeout, because browsers stop animation frames in hidden tabs.
 * It only decides *when* to look; what time it is always comes from the clock (timeline.ts), so a late
 * or skipped callback never stretches a session. The callback re-arms it with `schedule()`.
 */
export class FrameLoop {
  private frameId: number | null = null;
  private timeoutId: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly onTick: () => void,
    private readonly fallbackMs = 250,
  ) {}

  /** Arms the next animation frame and the fallback timeout (each at most once). */
  schedule(): void {
    if (this.frameId === null && typeof requestAnimationFrame === 'function') this.frameId = requestAnimationFrame(this.onFrame);
    if (this.timeoutId === null) this.timeoutId = setTimeout(this.onTimeout, this.fallbackMs);
  }

  /** Cancels whatever is armed: nothing runs after this until the next `schedule()`. */
  stop(): void {
    if (this.frameId !== null) cancelAnimationFrame(this.frameId);
    if (this.timeoutId !== null) clearTimeout(this.timeoutId);
    this.frameId = null;
    this.timeoutId = null;
  }

  private readonly onFrame = (): void => {
    this.frameId = null;
    this.onTick();
  };

  private readonly onTimeout = (): void => {
    this.timeoutId = null;
    this.onTick();
  };
}
