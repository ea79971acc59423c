import { expect } from '@open-wc/testing';
import { isNavigationKey, nextRegion, orderedShapes } from '../../src/pain-map/navigation.js';
import type { RegionShape } from '../../src/pain-map/body.js';

const both = orderedShapes(['back', 'front']);
const shape = (id: string, view: 'back' | 'front' = 'back'): RegionShape => {
  const found = both.find((s) => s.id === id && s.view === view);
  if (!found) throw new Error(`no ${id} on the ${view} view`);
  return found;
};

describe('nextRegion (keyboard movement between regions)', () => {
  it('orders the back view first, each top to bottom and left to right', () => {
    expect(both[0]!.view).to.equal('back');
    expect(both[both.length - 1]!.view).to.equal('front');
    const back = both.filter((s) => s.view === 'back');
    for (let i = 1; i < back.length; i += 1) expect(back[i]!.y >= back[i - 1]!.y).to.equal(true);
    expect(both.map((s) => s.id)).to.include('saddle');
  });

  it('Left and Right step through reading order and stop at the ends; Home and End jump', () => {
    const first = both[0]!;
    const last = both[both.length - 1]!;
    expect(nextRegion(both, first, 'ArrowLeft')).to.equal(first);
    expect(nextRegion(both, first, 'ArrowRight')).to.equal(both[1]);
    expect(nextRegion(both, last, 'ArrowRight')).to.equal(last);
    expect(nextRegion(both, both[5]!, 'Home')).to.equal(first);
    expect(nextRegion(both, both[5]!, 'End')).to.equal(last);
  });

  it('Up and Down move along the same leg of the same view', () => {
    expect(nextRegion(both, shape('left-buttock'), 'ArrowDown').id).to.equal('left-thigh-back');
    expect(nextRegion(both, shape('left-thigh-back'), 'ArrowDown').id).to.equal('left-knee-back');
    expect(nextRegion(both, shape('left-calf'), 'ArrowUp').id).to.equal('left-knee-back');
    expect(nextRegion(both, shape('right-shin', 'front'), 'ArrowDown').id).to.equal('right-foot-top');
    // At the bottom or top it stays put.
    expect(nextRegion(both, shape('left-sole'), 'ArrowDown').id).to.equal('left-sole');
    expect(nextRegion(both, shape('right-low-back'), 'ArrowUp').id).to.equal('right-low-back');
  });

  it('knows which keys are its own', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']) expect(isNavigationKey(key), key).to.equal(true);
    for (const key of ['Enter', ' ', '5', 'Tab', 'Escape', 'PageDown']) expect(isNavigationKey(key), key).to.equal(false);
  });
});
