/**
 * The library's events: one typed map of event names to detail types, and one helper that
 * makes every event the same way (bubbling and composed, so a host listening on `document`
 * hears events from inside other shadow roots too).
 *
 * Each element adds its own events to `SciaticaEventDetails` by declaration merging:
 *
 *     declare module '../core/events.js' {
 *       interface SciaticaEventDetails { 'glide-start': GlideStartDetail }
 *     }
 *
 * and they then appear in `GlobalEventHandlersEventMap`, so `addEventListener('glide-start', e => e.detail…)`
 * is typed in the host's code.
 */

/** Detail of `widget-error`, fired by any element when it falls into its error state. */
export interface WidgetErrorDetail {
  /** Tag name of the element that failed, e.g. `exercise-card`. */
  element: string;
  /** Stable machine-readable reason, e.g. `unknown-exercise`. */
  code: string;
  /** What went wrong, in English, for the host developer. */
  message: string;
}

// Merged into by every element module; the shape (name → detail) is the public contract.
 
export interface SciaticaEventDetails {
  'widget-error': WidgetErrorDetail;
}

export type SciaticaEventName = keyof SciaticaEventDetails;

export type SciaticaEventMap = {
  [K in SciaticaEventName]: CustomEvent<SciaticaEventDetails[K]>;
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends SciaticaEventMap {}
}

/** Dispatches a library event from `target`: bubbles, composed, typed detail. Returns `dispatchEvent`'s answer. */
export function emit<K extends SciaticaEventName>(target: EventTarget, type: K, detail: SciaticaEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
}
