/**
 * The one base class of every sciatica-widgets element. It gives each element, the same way:
 * - a guarded `define(tag?)` that never throws and copes with the library being loaded twice;
 * - validated attributes: `static properties = { mode: attribute('mode', enumSpec(…)) }` falls back to
 *   the documented default and warns once per element and bad value;
 * - an error state (`fail()`) that renders a polite message and fires `widget-error`, and for missing
 *   configuration a grace period first (`failWhenStillMissing()`), so a framework can set it late;
 * - typed events (`emit()`), shared host styles and theme, the disclaimer, and live localization.
 */
import { LitElement, html, type nothing, type PropertyDeclaration, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { describeValue, enumSpec, type AttributeSpec } from './attributes.js';
import { emergencyNumberSpec, pageEmergencyNumber } from './emergency.js';
import { headingLevelSpec } from './headings.js';
import { emit, type SciaticaEventDetails, type SciaticaEventName, type WidgetErrorDetail } from './events.js';
import { ensureLocalization } from './locale.js';
import { hostStyles } from './styles.js';
import { VERSION } from '../generated/version.js';
import { warnOnce, warnOtherVersion } from './warn.js';

/** A Lit property declaration that carries an attribute spec for the base class to apply. */
export interface ValidatedDeclaration<T> extends PropertyDeclaration {
  attribute: string;
  spec: AttributeSpec<T>;
}

/**
 * Declares a validated attribute/property pair for `static properties`. The property always reads
 * as a valid value: the spec's fallback until set, and instead of anything invalid.
 */
export function attribute<T>(name: string, spec: AttributeSpec<T>, options: PropertyDeclaration = {}): ValidatedDeclaration<T> {
  return { ...options, attribute: name, spec, noAccessor: true };
}

function isValidated(options: PropertyDeclaration | undefined): options is ValidatedDeclaration<unknown> {
  return !!options && 'spec' in options;
}

/**
 * Calls `then` once the page has had its chance to configure its elements: after the `load` event
 * (deferred and async scripts, such as a framework's bundle, have run) and when the browser is next
 * idle (`requestIdleCallback`, at most 2 s later), or where there is no idle callback (Safari), after
 * the next two frames and a task. Measured in Next.js 16 (issue 17): the element is defined 21 ms after
 * `load` and hydration sets its properties 12 ms after that, a few tasks later, so "the next task after
 * DOMContentLoaded" is too early; an idle browser has finished hydrating. Always at least one task after
 * the call. Returns a function that cancels.
 */
function afterPageSettles(then: () => void): () => void {
  let cancel = () => {};
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') {
      // A task first: Firefox may run an idle callback before a timer the page set a moment earlier.
      const timer = setTimeout(() => {
        const id = requestIdleCallback(() => then(), { timeout: 2000 });
        cancel = () => cancelIdleCallback(id);
      }, 0);
      cancel = () => clearTimeout(timer);
    } else {
      let frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          const timer = setTimeout(then, 0);
          cancel = () => clearTimeout(timer);
        });
      });
      cancel = () => cancelAnimationFrame(frame);
    }
  };
  if (typeof document === 'undefined' || document.readyState === 'complete') whenIdle();
  else {
    addEventListener('load', whenIdle, { once: true });
    cancel = () => removeEventListener('load', whenIdle);
  }
  return () => cancel();
}

export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/**
 * @attr {'auto'|'light'|'dark'} [theme=auto] - Colour scheme: `auto` follows the person's system setting; `light` or `dark` pins one.
 * @attr {number} [heading-level=2] - The level of the element's own top heading, a whole number from 2 to 6, so it fits under the page's headings (under an `<h2>`, use 3); its inner headings follow one level down.
 * @attr {string} emergency-number - The number to call in an emergency, such as `999` in the UK, named in the emergency advice and in every safety net ("…call 999 or go to an emergency department now"). Shown as text; its digits, `+`, `*` and `#` make the `tel:` link. Default: from the region of `<html lang>` (en-US 911, en-GB 999, EU 112, en-AU 000, en-NZ 111), else the words "your local emergency number".
 * @fires {CustomEvent<WidgetErrorDetail>} widget-error - The element could not work and shows its error state. Detail: `{ element, code, message }`.
 * @csspart base - The element's outer box.
 * @csspart error - The box shown instead of the element's content when it cannot work.
 * @csspart disclaimer - The short educational disclaimer under every element.
 * @cssprop [--sw-color-text=#1c2733] - Main text colour.
 * @cssprop [--sw-color-muted=#4a5866] - Secondary text colour.
 * @cssprop [--sw-color-surface=#ffffff] - Background of the element.
 * @cssprop [--sw-color-surface-alt=#f2f5f7] - Background of panels inside the element.
 * @cssprop [--sw-color-border=#b8c4cf] - Borders and dividers.
 * @cssprop [--sw-color-accent=#0b6b75] - Buttons, links and highlights.
 * @cssprop [--sw-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--sw-color-focus=#1f56c4] - Keyboard focus ring.
 * @cssprop [--sw-color-danger=#a8201a] - Emergency and stop advice.
 * @cssprop [--sw-color-danger-surface=#fdecea] - Background of emergency and stop advice.
 * @cssprop [--sw-color-warning=#7a4a00] - Urgent advice and cautions.
 * @cssprop [--sw-color-warning-surface=#fff3dc] - Background of urgent advice and cautions.
 * @cssprop [--sw-color-success=#1b6535] - Good signs, such as centralizing pain.
 * @cssprop [--sw-color-success-surface=#e6f4ea] - Background of good signs.
 * @cssprop [--sw-radius=12px] - Corner radius.
 * @cssprop [--sw-font-family=system-ui] - Font family.
 * @cssprop [--sw-font-size=16px] - Base font size; everything inside scales with it.
 */
export abstract class SciaticaElement extends LitElement {
  /** The tag this class registers under by default, e.g. `exercise-card`. */
  static readonly defaultTag: string = '';

  /** The library version this class belongs to; the define guard compares it across copies. */
  static readonly libraryVersion: string = VERSION;

  static override styles = [hostStyles];

  static override properties: PropertyDeclarations = {
    theme: attribute('theme', enumSpec(themes, 'auto'), { reflect: true }),
    emergencyNumber: attribute('emergency-number', emergencyNumberSpec),
    headingLevel: attribute('heading-level', headingLevelSpec),
    failure: { state: true, attribute: false },
  };

  /** Colour scheme: `auto` follows the system setting. */
  declare theme: Theme;

  /** The number to call in an emergency; when unset, it comes from the page's region. */
  declare emergencyNumber: string | null;

  /** The level of the element's own top heading (2–6); inner headings are one level down. */
  declare headingLevel: number;

  /** Why the element cannot work, or `null`. Set through `fail()`. */
  protected declare failure: WidgetErrorDetail | null;

  /**
   * Registers the element under `tag` (default: its own tag). Never throws. Returns whether this
   * class now answers to that tag.
   *
   * - already registered by this same class, or by another copy of the same library version
   *   (the bundle loaded twice): silent;
   * - registered by another version, or by some other element: one `console.warn`, and the first
   *   registration keeps working.
   */
  static define(tag?: string): boolean {
    const name = tag ?? this.defaultTag;
    try {
      const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
      if (!registry) return false;
      // Another copy of the library (or some other element) may hold the tag: its statics, if any, say which.
      const existing: (CustomElementConstructor & { libraryVersion?: string; defaultTag?: string }) | undefined = registry.get(name);
      if (existing) {
        // This class, or the subclass a custom tag name gets (below), already serves the tag.
        if ((existing as unknown) === this || existing.prototype instanceof this) return true;
        // Another copy of this same version (the bundle loaded twice): it already serves the tag.
        if (existing.libraryVersion === VERSION && existing.defaultTag === this.defaultTag) return false;
        if (existing.libraryVersion) warnOtherVersion(existing.libraryVersion, VERSION);
        else
          warnOnce(
            name,
            'define',
            `<${name}> is already defined by another element on this page; call ${this.name}.define('another-name') to use sciatica-widgets under another tag.`,
          );
        return false;
      }
      // A constructor can be registered under one name only, so a custom name gets its own subclass
      // and the default tag stays free for this class.
      registry.define(name, name === this.defaultTag ? (this as unknown as CustomElementConstructor) : class extends (this as unknown as typeof HTMLElement) {});
      return true;
    } catch (error) {
      warnOnce(name || 'define', 'define-failed', `could not define <${name}>: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  /**
   * Installs the validating accessor of each property declared with `attribute()` (Lit was told
   * `noAccessor`, so it still maps the attribute to the property, as a raw string, and the accessor
   * validates whatever arrives, from the attribute or from script).
   */
  protected static override finalize(): void {
    super.finalize();
    type Host = SciaticaElement & Record<PropertyKey, unknown>;
    for (const [name, options] of this.elementProperties) {
      if (!isValidated(options) || name in this.prototype) continue;
      const { spec, attribute: attributeName } = options;
      const store = Symbol(`${String(name)}Value`);
      Object.defineProperty(this.prototype, name, {
        configurable: true,
        enumerable: true,
        get(this: Host) {
          return store in this ? this[store] : spec.fallback;
        },
        set(this: Host, raw: unknown) {
          const old = this[name];
          this[store] = this.validate(attributeName, raw, spec);
          this.requestUpdate(name, old);
        },
      });
    }
  }

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.failure = null;
  }

  override connectedCallback(): void {
    ensureLocalization();
    super.connectedCallback();
  }

  /** The emergency number every advice and safety net names: the attribute, else the page region's, else `null`. */
  protected get effectiveEmergencyNumber(): string | null {
    return this.emergencyNumber ?? pageEmergencyNumber();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken off the page: the grace period starts again if it comes back (a framework moving it).
    this.stopLateConfigurationWait();
  }

  /** The element's tag as used on the page (which may be a custom one from `define(tag)`). */
  protected get tag(): string {
    return this.localName;
  }

  /**
   * Applies an attribute spec to a raw value: a valid value passes, `null`/`undefined` give the
   * fallback quietly, anything else gives the fallback and one warning per element and value.
   */
  protected validate<T>(attributeName: string, raw: unknown, spec: AttributeSpec<T>): T {
    if (raw === null || raw === undefined) return spec.fallback;
    const parsed = spec.parse(raw);
    if (parsed.valid) return parsed.value;
    const shown = describeValue(raw);
    this.warn(`${attributeName}=${shown}`, `${attributeName}=${shown} is not valid (expected ${spec.expected}); using ${spec.fallbackText}.`);
    return spec.fallback;
  }

  /**
   * Tells the host developer something is off, once per element and `key`, as every element does:
   * the library's prefix, then `<tag>:` and the message.
   */
  protected warn(key: string, message: string): void {
    warnOnce(this, key, `<${this.tag}>: ${message}`);
  }

  /**
   * After the next render, moves focus to what `target` names: a selector in the shadow root, or a
   * function that finds the element (for choices a selector cannot express). With `onlyFromInside`,
   * focus moves only if it was inside the element (or lost to `<body>` when the focused button was
   * re-rendered away): a countdown that changes screens must not pull focus from elsewhere on the page.
   */
  protected async focusAfterUpdate(
    target: string | (() => HTMLElement | SVGElement | null | undefined),
    { onlyFromInside = false }: { onlyFromInside?: boolean } = {},
  ): Promise<void> {
    await this.updateComplete;
    const element = typeof target === 'string' ? this.renderRoot.querySelector<HTMLElement>(target) : target();
    if (!element) return;
    const active = document.activeElement;
    if (onlyFromInside && !(active === this || active === document.body || active === null || this.shadowRoot?.activeElement)) return;
    element.focus();
  }

  /** Dispatches one of the library's events from this element (bubbles, composed, typed detail). */
  protected emit<K extends SciaticaEventName>(type: K, detail: SciaticaEventDetails[K]): boolean {
    return emit(this, type, detail);
  }

  /**
   * Puts the element into its error state: it renders a polite message instead of its content,
   * warns once in the console, and fires `widget-error`. Repeating the same failure does nothing.
   */
  protected fail(code: string, message: string): void {
    if (this.failure?.code === code && this.failure.message === message) return;
    this.failure = { element: this.tag, code, message };
    this.warn(`error:${code}:${message}`, message);
    this.emit('widget-error', { ...this.failure });
  }

  /** The grace period for missing configuration: waiting (timer or listener), or over for this connection. */
  private lateConfiguration: { stop: () => void } | 'over' | null = null;

  /**
   * Fails with `code` only if the element is still missing its configuration once the page has had
   * its chance to give it (API.md, "Everywhere"): a framework (React's wrappers, Next.js hydration, Vue)
   * creates and connects the element first and sets its properties a moment later, and that is not an
   * error. The chance ends when the page has loaded and the browser is next idle (`afterPageSettles`);
   * for an element added later, the first idle moment after this call (made from its first update).
   * Then, if `stillMissing()` is true and the element is on the page, it fails as `fail()` does; a
   * call after the grace period fails at once. Several calls during one wait share it; removal cancels it.
   */
  protected failWhenStillMissing(code: string, message: string, stillMissing: () => boolean): void {
    if (this.lateConfiguration === 'over') {
      if (stillMissing()) this.fail(code, message);
      return;
    }
    if (this.lateConfiguration) return;
    this.lateConfiguration = {
      stop: afterPageSettles(() => {
        this.lateConfiguration = 'over';
        if (this.isConnected && stillMissing()) this.fail(code, message);
      }),
    };
  }

  private stopLateConfigurationWait(): void {
    if (this.lateConfiguration && this.lateConfiguration !== 'over') this.lateConfiguration.stop();
    this.lateConfiguration = null;
  }

  /** Leaves the error state (e.g. when the host fixes the attribute that caused it). */
  protected recover(): void {
    this.failure = null;
  }

  /** The element's own content. The base adds the error state and the disclaimer around it. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  protected override render(): TemplateResult {
    if (this.failure) return this.renderError(this.failure);
    let content: TemplateResult | typeof nothing;
    try {
      content = this.renderContent();
    } catch (error) {
      // A bug must not throw into the host page: show the error state instead.
      const detail = { element: this.tag, code: 'render-failed', message: error instanceof Error ? error.message : String(error) };
      queueMicrotask(() => this.fail(detail.code, detail.message));
      return this.renderError(detail);
    }
    return html`<div class="root" part="base">
      ${content}
      <p part="disclaimer" class="disclaimer">
        ${msg('For information only: this does not diagnose you or replace advice from a health professional.')}
      </p>
    </div>`;
  }

  private renderError(failure: WidgetErrorDetail): TemplateResult {
    return html`<div class="root" part="base">
      <div part="error" class="error" role="status">
        <p>${msg('Sorry, this part of the page could not be shown.')}</p>
        <p class="error-detail">${failure.message}</p>
      </div>
    </div>`;
  }
}
