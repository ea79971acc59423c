/**
 * How wide the element itself is, as a Lit reactive controller: a phone-sized layout is chosen by the
 * element's own width, not the viewport's, because a widget may sit in a narrow sidebar of a wide page
 * or fill a phone. The element re-renders only when its width crosses one of its `breakpoints` (a
 * ResizeObserver reports every pixel). Without ResizeObserver it is laid out as wide.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ElementWidthController implements ReactiveController {
  /** The element's width at the latest layout, in CSS pixels (0 until measured: laid out as wide). */
  private width = 0;
  private observer: ResizeObserver | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Widths in CSS pixels at which the layout changes. */
    private readonly breakpoints: readonly number[],
  ) {
    host.addController(this);
  }

  /** Whether the element is narrower than `breakpoint` (one of its breakpoints), as of the latest layout. */
  below(breakpoint: number): boolean {
    return this.width > 0 && this.width < breakpoint;
  }

  hostConnected(): void {
    // Measured once now, so the first render already has the right layout (no flash from wide to narrow).
    const width = this.host.getBoundingClientRect().width;
    if (width > 0) this.width = width;
    if (typeof ResizeObserver !== 'function') return;
    this.observer ??= new ResizeObserver((entries) => {
      const observed = entries.at(-1)?.contentRect.width ?? 0;
      // A hidden element (display: none) measures 0: keep the last layout rather than flip to narrow.
      // Applied a task later: re-rendering inside the observer's callback changes the layout it is
      // measuring, which browsers report as a "ResizeObserver loop" error on the page.
      if (observed > 0) setTimeout(() => this.set(observed));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  // Re-renders only when a breakpoint lies between the old width and the new one.
  private set(width: number): void {
    const crossed = this.breakpoints.some((b) => this.width < b !== width < b);
    this.width = width;
    if (crossed) this.host.requestUpdate();
  }
}
