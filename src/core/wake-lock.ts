/**
 * Keeps the screen on while an element needs it (a guided session the person follows without
 * touching the phone), as a Lit reactive controller: `keepAwake()` while it runs, `release()` when it
 * pauses or ends; removal from the page releases it too.
 *
 * The Screen Wake Lock API is optional: where it is missing or refused (no permission, low battery,
 * page hidden), the element simply works without it. Browsers drop the lock when the page is hidden,
 * so it is asked for again when the page is seen again, for as long as it is wanted.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The part of `WakeLockSentinel` used here (not in every TypeScript DOM lib yet). */
interface WakeLockLike {
  release(): Promise<void>;
  addEventListener?(type: 'release', listener: () => void): void;
}

export class WakeLockController implements ReactiveController {
  private sentinel: WakeLockLike | null = null;
  private wanted = false;
  private pending = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.release();
  }

  /** Asks for the screen to stay on, until `release()`. */
  async keepAwake(): Promise<void> {
    this.wanted = true;
    if (this.sentinel || this.pending) return;
    try {
      const api = (navigator as { wakeLock?: { request(type: 'screen'): Promise<WakeLockLike> } }).wakeLock;
      if (!api) return;
      this.pending = true;
      const sentinel = await api.request('screen');
      this.pending = false;
      if (!this.stillWanted()) {
        // Released (paused, completed or removed) while the request was on its way.
        sentinel.release().catch(() => undefined);
        return;
      }
      this.sentinel = sentinel;
      sentinel.addEventListener?.('release', () => {
        if (this.sentinel === sentinel) this.sentinel = null;
      });
    } catch {
      // Unsupported or refused: the element works without it.
      this.pending = false;
    }
  }

  // A method, not `this.wanted` inline: release() may have run while the request was awaited.
  private stillWanted(): boolean {
    return this.wanted;
  }

  /** Lets the screen turn off again. */
  release(): void {
    this.wanted = false;
    const sentinel = this.sentinel;
    this.sentinel = null;
    if (!sentinel) return;
    try {
      sentinel.release().catch(() => undefined);
    } catch {
      // Already released.
    }
  }

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible' && this.wanted) void this.keepAwake();
  };
}
