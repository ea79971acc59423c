/**
 * Whether a media query matches, as a Lit reactive controller that re-renders its element when the
 * answer changes (the person turns on "reduce motion" while the page is open). For what CSS alone
 * cannot do: a template that must differ, such as a progress ring drawn by script that steps once a
 * second instead of sweeping under `prefers-reduced-motion: reduce`. Without `matchMedia` it never matches.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MediaQueryController implements ReactiveController {
  /** Whether the query matches, as of the latest change. */
  matches = false;
  private list: MediaQueryList | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.list ??= matchMedia(this.query);
    this.matches = this.list.matches;
    this.list.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
  }

  private readonly onChange = (event: MediaQueryListEvent): void => {
    if (event.matches === this.matches) return;
    this.matches = event.matches;
    this.host.requestUpdate();
  };
}
