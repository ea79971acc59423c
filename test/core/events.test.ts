import { expect } from '@open-wc/testing';
import { emit } from '../../src/core/events.js';

describe('emit', () => {
  it('dispatches a bubbling, composed CustomEvent with the detail', () => {
    const target = document.createElement('div');
    document.body.append(target);
    const seen: Event[] = [];
    const listener = (e: Event) => seen.push(e);
    document.addEventListener('widget-error', listener);
    try {
      const detail = { element: 'test-widget', code: 'c', message: 'm' };
      expect(emit(target, 'widget-error', detail)).to.equal(true);
      expect(seen).to.have.length(1);
      const event = seen[0] as CustomEvent;
      expect(event).to.be.instanceOf(CustomEvent);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.cancelable).to.equal(false);
      expect(event.detail).to.equal(detail);
      expect(event.target).to.equal(target);
    } finally {
      document.removeEventListener('widget-error', listener);
      target.remove();
    }
  });

  it('is typed for host code (checked by tsc --noEmit over test/)', () => {
    // If the GlobalEventHandlersEventMap augmentation broke, `event.detail` would not type-check here.
    const listener = (event: GlobalEventHandlersEventMap['widget-error']) => event.detail.code.toUpperCase();
    document.addEventListener('widget-error', listener);
    document.removeEventListener('widget-error', listener);
    // @ts-expect-error: a detail missing `code` and `message` is rejected at compile time.
    const wrong = () => emit(document, 'widget-error', { element: 'x' });
    // @ts-expect-error: unknown event names are rejected at compile time.
    const unknown = () => emit(document, 'no-such-event', {});
    expect(typeof wrong).to.equal('function');
    expect(typeof unknown).to.equal('function');
  });
});
