import { expect } from '@open-wc/testing';
import {
  isExtentRank,
  isQuality,
  isRegionId,
  maxRank,
  painQualities,
  painRegions,
  qualityName,
  regionById,
  regionIds,
  regionParts,
  regionsInView,
} from '../../src/pain-map/regions.js';

// The ids and ranks design/API.md fixes as a stable public data format, written out here by hand
// (not derived from the catalogue) so a rename or re-rank in the source fails this test.
const apiRanks: Record<string, number> = {
  'low-back': 0,
  buttock: 1,
  hip: 1,
  groin: 1,
  'thigh-back': 2,
  'thigh-front': 2,
  'thigh-outer': 2,
  'knee-back': 3,
  'knee-front': 3,
  calf: 3,
  shin: 3,
  'foot-top': 4,
  sole: 4,
};

// Which view each part is drawn on (hip and outer thigh: front, see regions.ts).
const apiViews: Record<string, 'back' | 'front'> = {
  'low-back': 'back',
  buttock: 'back',
  'thigh-back': 'back',
  'knee-back': 'back',
  calf: 'back',
  sole: 'back',
  groin: 'front',
  'thigh-front': 'front',
  'knee-front': 'front',
  shin: 'front',
  'foot-top': 'front',
  hip: 'front',
  'thigh-outer': 'front',
};

describe('pain-map regions', () => {
  it('has every API.md id on both sides with its rank', () => {
    for (const [part, rank] of Object.entries(apiRanks)) {
      for (const side of ['left', 'right']) {
        const id = `${side}-${part}`;
        const region = regionById(id);
        expect(region, id).not.to.equal(undefined);
        expect(region!.rank, id).to.equal(rank);
        expect(region!.side, id).to.equal(side);
        expect(region!.part, id).to.equal(part);
        expect(region!.id, id).to.equal(id);
      }
    }
  });

  it('has exactly the API.md regions (26 sided, and the saddle area) and unique ids', () => {
    expect(regionIds.length).to.equal(27);
    expect(new Set(regionIds).size).to.equal(regionIds.length);
    expect([...regionParts].sort()).to.deep.equal([...Object.keys(apiRanks), 'saddle'].sort());
    for (const id of regionIds.slice(0, 26)) expect(id, id).to.match(/^(left|right)-[a-z]+(-[a-z]+)*$/);
    expect(regionIds[26]).to.equal('saddle');
  });

  it('has the saddle area with no side and no rank, on the back view (API.md)', () => {
    const saddle = regionById('saddle')!;
    expect(saddle.side).to.equal(null);
    expect(saddle.rank).to.equal(null);
    expect(saddle.view).to.equal('back');
    expect(saddle.name().toLowerCase()).to.contain('saddle').and.contain('between your legs');
  });

  it('keeps regionIds and painRegions in the same order, left side first, then the saddle area', () => {
    expect(regionIds).to.deep.equal(painRegions.map((r) => r.id));
    expect(regionIds.slice(0, 13).every((id) => id.startsWith('left-'))).to.equal(true);
    expect(regionIds.slice(13, 26).every((id) => id.startsWith('right-'))).to.equal(true);
  });

  it('puts each region on the view that draws it', () => {
    for (const region of painRegions) expect(region.view, region.id).to.equal(region.id === 'saddle' ? 'back' : apiViews[region.part]);
    expect(regionsInView('back').length + regionsInView('front').length).to.equal(27);
    expect(regionsInView('back').map((r) => r.id)).to.include('right-sole');
    expect(regionsInView('front').map((r) => r.id)).to.include('left-shin');
  });

  it('ranks are 0 to maxRank', () => {
    expect(maxRank).to.equal(4);
    for (const region of painRegions.filter((r) => r.id !== 'saddle')) expect(region.rank).to.be.within(0, maxRank);
  });

  it('isExtentRank accepts the whole numbers 0 to 4 and nothing else', () => {
    for (const rank of [0, 1, 2, 3, 4]) expect(isExtentRank(rank), String(rank)).to.equal(true);
    for (const bad of [5, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '2', null, undefined, {}, [2]]) {
      expect(isExtentRank(bad), String(bad)).to.equal(false);
    }
    for (const region of painRegions.filter((r) => r.id !== 'saddle')) expect(isExtentRank(region.rank), region.id).to.equal(true);
  });

  it('names every region plainly, with its own side and not the other', () => {
    const names = new Set<string>();
    for (const region of painRegions.filter((r) => r.side !== null)) {
      const name = region.name();
      expect(name, region.id).to.be.a('string').and.not.equal('');
      const words = name.toLowerCase().split(/\W+/);
      const other = region.side === 'left' ? 'right' : 'left';
      expect(words, `${region.id}: ${name}`).to.include(region.side!);
      expect(words, `${region.id}: ${name}`).not.to.include(other);
      names.add(name);
    }
    expect(names.size, 'names are distinct').to.equal(26);
  });

  it('uses the expected English names for a few regions', () => {
    expect(regionById('left-buttock')!.name()).to.equal('Left buttock');
    expect(regionById('right-knee-back')!.name()).to.equal('Back of right knee');
    expect(regionById('left-sole')!.name()).to.equal('Sole of left foot');
    expect(regionById('right-foot-top')!.name()).to.equal('Top of right foot');
  });

  it('isRegionId accepts only catalogue ids', () => {
    expect(isRegionId('left-calf')).to.equal(true);
    expect(isRegionId('right-low-back')).to.equal(true);
    for (const bad of ['calf', 'left-calff', 'Left-calf', 'middle-calf', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(isRegionId(bad), bad).to.equal(false);
    }
    for (const bad of [null, undefined, 3, {}, [], ['left-calf'], true]) expect(isRegionId(bad)).to.equal(false);
  });

  it('regionById returns undefined for unknown ids, including prototype names', () => {
    expect(regionById('left-toes')).to.equal(undefined);
    expect(regionById('__proto__')).to.equal(undefined);
    expect(regionById('constructor')).to.equal(undefined);
  });

  it('the catalogue is frozen', () => {
    expect(Object.isFrozen(painRegions)).to.equal(true);
    expect(Object.isFrozen(painRegions[0])).to.equal(true);
    expect(Object.isFrozen(regionIds)).to.equal(true);
  });
});

describe('pain-map qualities', () => {
  it('lists the six API.md qualities in order', () => {
    expect([...painQualities]).to.deep.equal(['aching', 'sharp', 'burning', 'shooting', 'numbness', 'tingling']);
  });

  it('names each quality, distinctly', () => {
    const names = painQualities.map((q) => qualityName(q));
    for (const name of names) expect(name).to.be.a('string').and.not.equal('');
    expect(new Set(names).size).to.equal(6);
    expect(qualityName('burning')).to.equal('Burning');
    expect(qualityName('numbness')).to.equal('Numbness');
  });

  it('isQuality accepts only the list', () => {
    for (const q of painQualities) expect(isQuality(q)).to.equal(true);
    for (const bad of ['Burning', 'stabbing', '', '__proto__', null, 1, ['aching']]) expect(isQuality(bad)).to.equal(false);
  });
});
