import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { WakeLockController } from '../../src/core/wake-lock.js';

class WakeHost extends LitElement {
  readonly wake = new WakeLockController(this);
}
customElements.define('wake-lock-host', WakeHost);

/** A fake Screen Wake Lock API: counts requests and releases; requests resolve when told to. */
function fakeWakeLock() {
  const state = { requests: 0, releases: 0, held: 0, resolvers: [] as (() => void)[], refuse: false };
  const api = {
    request: () => {
      state.requests += 1;
      if (state.refuse) return Promise.reject(new DOMException('refused', 'NotAllowedError'));
      return new Promise((resolve) =>
        state.resolvers.push(() => {
          state.held += 1;
          resolve({
            release: () => {
              state.releases += 1;
              state.held -= 1;
              return Promise.resolve();
            },
          });
        }),
      );
    },
  };
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, get: () => api });
  return { state, grant: () => state.resolvers.shift()?.() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('WakeLockController', () => {
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).wakeLock;
    document.querySelectorAll('wake-lock-host').forEach((el) => el.remove());
  });

  async function host(): Promise<WakeHost> {
    const el = document.createElement('wake-lock-host') as WakeHost;
    document.body.append(el);
    await el.updateComplete;
    return el;
  }

  it('asks once for the screen to stay on, and lets it go on release()', async () => {
    const { state, grant } = fakeWakeLock();
    const el = await host();
    const asked = el.wake.keepAwake();
    void el.wake.keepAwake();
    grant();
    await asked;
    expect(state.requests).to.equal(1);
    expect(state.held).to.equal(1);
    el.wake.release();
    await settle();
    expect(state.held).to.equal(0);
  });

  it('a release while the request is on its way lets the lock go as soon as it arrives', async () => {
    const { state, grant } = fakeWakeLock();
    const el = await host();
    const asked = el.wake.keepAwake();
    el.wake.release();
    grant();
    await asked;
    await settle();
    expect(state.held).to.equal(0);
  });

  it('removal from the page releases it', async () => {
    const { state, grant } = fakeWakeLock();
    const el = await host();
    const asked = el.wake.keepAwake();
    grant();
    await asked;
    el.remove();
    await settle();
    expect(state.held).to.equal(0);
  });

  it('asks again when the page is seen again, only while wanted', async () => {
    const { state, grant } = fakeWakeLock();
    const el = await host();
    const asked = el.wake.keepAwake();
    grant();
    await asked;
    // The browser drops the lock when the page is hidden; simulate that, then "visible" again.
    (el.wake as unknown as { sentinel: unknown }).sentinel = null;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(state.requests).to.equal(document.visibilityState === 'visible' ? 2 : 1);
    grant();
    el.wake.release();
    const before = state.requests;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(state.requests).to.equal(before);
  });

  it('works without the API and when the browser refuses', async () => {
    const el = await host();
    await el.wake.keepAwake();
    el.wake.release();
    const { state } = fakeWakeLock();
    state.refuse = true;
    await el.wake.keepAwake();
    expect(state.requests).to.equal(1);
    el.wake.release();
  });
});
