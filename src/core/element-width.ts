/**
 * How wide the element itself is, as a Lit reactive controller: a phone-sized layout is chosen by the
 * element's own width, not the viewport's, because a widget may sit in a narrow sidebar of a wide page
 * or fill a phone. The element re-renders only when its width crosses `breakpoint` (a ResizeObserver
 * reports every pixel). Without ResizeObserver it stays wide.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ElementWidthController implements ReactiveController {
  /** Whether the element is narrower than the breakpoint, as of the latest layout. */
  narrow = false;
  private observer: ResizeObserver | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Widths below this many CSS pixels count as narrow. */
    private readonly breakpoint: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Measured once now, so the first render already has the right layout (no flash from wide to narrow).
    const width = this.host.getBoundingClientRect().width;
    if (width > 0) this.narrow = width < this.breakpoint;
    if (typeof ResizeObserver !== 'function') return;
    this.observer ??= new ResizeObserver((entries) => {
      const width = entries.at(-1)?.contentRect.width ?? 0;
      // A hidden element (display: none) measures 0: keep the last layout rather than flip to narrow.
      // Applied a task later: re-rendering inside the observer's callback changes the layout it is
      // measuring, which browsers report as a "ResizeObserver loop" error on the page.
      if (width > 0) setTimeout(() => this.set(width < this.breakpoint));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private set(narrow: boolean): void {
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.host.requestUpdate();
  }
}
