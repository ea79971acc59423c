import { expect } from '@open-wc/testing';
import {
  emptyPainMap,
  extent,
  intensityText,
  isIntensity,
  isMarked,
  markedRegionIds,
  parsePainMap,
  redFlags,
  serializePainMap,
  summarize,
  trend,
  trendText,
  withMark,
  worstIntensity,
} from '../../src/pain-map/centralization.js';
import type { PainMap, PainMapSummary, RegionMark } from '../../src/pain-map/centralization.js';
import type { Quality, RegionId } from '../../src/pain-map/regions.js';

/** A map from a compact description: id → intensity, or [intensity, ...qualities]. */
function painMap(marks: Partial<Record<RegionId, number | [number, ...Quality[]]>>): PainMap {
  const regions: Partial<Record<RegionId, RegionMark>> = {};
  for (const [id, spec] of Object.entries(marks) as [RegionId, number | [number, ...Quality[]]][]) {
    regions[id] = Array.isArray(spec) ? { intensity: spec[0], qualities: spec.slice(1) as Quality[] } : { intensity: spec, qualities: [] };
  }
  return { regions };
}

describe('pain-map isIntensity', () => {
  it('accepts the whole numbers 0 to 10 and nothing else', () => {
    for (let i = 0; i <= 10; i++) expect(isIntensity(i), String(i)).to.equal(true);
    for (const bad of [11, -1, 3.5, Number.NaN, Number.NEGATIVE_INFINITY, '7', null, undefined, {}, [3]]) {
      expect(isIntensity(bad), String(bad)).to.equal(false);
    }
  });
});

describe('pain-map isMarked', () => {
  it('counts intensity above 0 or any quality as marked', () => {
    expect(isMarked(undefined)).to.equal(false);
    expect(isMarked({ intensity: 0, qualities: [] })).to.equal(false);
    expect(isMarked({ intensity: 1, qualities: [] })).to.equal(true);
    expect(isMarked({ intensity: 0, qualities: ['numbness'] })).to.equal(true);
  });
});

describe('pain-map extent', () => {
  it('is null when nothing is marked', () => {
    expect(extent(emptyPainMap())).to.equal(null);
    expect(extent(painMap({ 'left-calf': 0, 'right-sole': 0 }))).to.equal(null);
  });

  it('is the highest rank marked, on either side', () => {
    expect(extent(painMap({ 'left-low-back': 5 }))).to.equal(0);
    expect(extent(painMap({ 'right-low-back': 8, 'right-buttock': 2 }))).to.equal(1);
    expect(extent(painMap({ 'left-groin': 3 }))).to.equal(1);
    expect(extent(painMap({ 'left-hip': 3 }))).to.equal(1);
    expect(extent(painMap({ 'left-low-back': 9, 'right-thigh-outer': 1 }))).to.equal(2);
    expect(extent(painMap({ 'left-buttock': 4, 'left-thigh-back': 4, 'left-calf': 3 }))).to.equal(3);
    expect(extent(painMap({ 'left-knee-front': 2 }))).to.equal(3);
    expect(extent(painMap({ 'right-shin': 2, 'left-foot-top': 1 }))).to.equal(4);
    expect(extent(painMap({ 'right-sole': 1 }))).to.equal(4);
  });

  it('counts numbness with no pain, and ignores regions at 0 with no quality', () => {
    expect(extent(painMap({ 'left-low-back': 6, 'left-sole': [0, 'numbness'] }))).to.equal(4);
    expect(extent(painMap({ 'left-low-back': 6, 'left-sole': 0 }))).to.equal(0);
  });

  it('ignores ids that are not in the catalogue', () => {
    const map = { regions: { 'left-toes': { intensity: 9, qualities: [] } } } as unknown as PainMap;
    expect(extent(map)).to.equal(null);
  });

  it('lists marked regions in catalogue order', () => {
    expect(markedRegionIds(painMap({ 'right-calf': 2, 'left-sole': 0, 'left-buttock': 1 }))).to.deep.equal([
      'left-buttock',
      'right-calf',
    ]);
  });
});

describe('pain-map worstIntensity', () => {
  it('is null when nothing is marked', () => {
    expect(worstIntensity(emptyPainMap())).to.equal(null);
  });

  it('is the highest intensity', () => {
    expect(worstIntensity(painMap({ 'left-low-back': 3, 'left-calf': 7, 'right-shin': 5 }))).to.equal(7);
  });

  it('is 0 when the only symptoms are qualities', () => {
    expect(worstIntensity(painMap({ 'left-calf': [0, 'tingling'] }))).to.equal(0);
  });
});

describe('pain-map trend', () => {
  const backAndCalf = painMap({ 'left-low-back': 4, 'left-buttock': 5, 'left-thigh-back': 5, 'left-calf': 6 });

  it('is null without a previous map', () => {
    expect(trend(null, backAndCalf)).to.equal(null);
    expect(trend(undefined, backAndCalf)).to.equal(null);
  });

  it('back hurts more but leg pain retreated → centralizing', () => {
    const now = painMap({ 'left-low-back': 8, 'left-buttock': 3 });
    expect(trend(backAndCalf, now)).to.equal('centralizing');
  });

  it('spreading to the foot → peripheralizing, even if every intensity is lower', () => {
    const now = painMap({ 'left-low-back': 1, 'left-calf': 2, 'left-sole': [1, 'tingling'] });
    expect(trend(backAndCalf, now)).to.equal('peripheralizing');
  });

  it('same extent with different intensity → unchanged', () => {
    const now = painMap({ 'left-low-back': 1, 'left-knee-back': 9 });
    expect(trend(backAndCalf, now)).to.equal('unchanged');
    expect(trend(backAndCalf, backAndCalf)).to.equal('unchanged');
  });

  it('uses the furthest region on either side', () => {
    const before = painMap({ 'left-calf': 5, 'right-buttock': 5 });
    // Left leg settles to the thigh while the right spreads to the calf: extent stays 3.
    expect(trend(before, painMap({ 'left-thigh-back': 5, 'right-calf': 5 }))).to.equal('unchanged');
    // The right spreads to the foot: peripheralizing, whatever the left does.
    expect(trend(before, painMap({ 'left-low-back': 2, 'right-foot-top': 5 }))).to.equal('peripheralizing');
  });

  it('leg symptoms last time, nothing marked now → centralizing', () => {
    expect(trend(backAndCalf, emptyPainMap())).to.equal('centralizing');
  });

  it('nothing marked last time, leg symptoms now → peripheralizing', () => {
    expect(trend(emptyPainMap(), painMap({ 'right-calf': 3 }))).to.equal('peripheralizing');
  });

  it('nothing marked and back-only compare as unchanged (no leg symptoms either time)', () => {
    const backOnly = painMap({ 'left-low-back': 6 });
    expect(trend(emptyPainMap(), backOnly)).to.equal('unchanged');
    expect(trend(backOnly, emptyPainMap())).to.equal('unchanged');
    expect(trend(emptyPainMap(), emptyPainMap())).to.equal('unchanged');
  });

  it('numbness in the foot with no pain still peripheralizes', () => {
    const before = painMap({ 'left-thigh-back': 4 });
    expect(trend(before, painMap({ 'left-thigh-back': 2, 'left-sole': [0, 'numbness'] }))).to.equal('peripheralizing');
  });
});

describe('pain-map summarize and text', () => {
  it('summarizes extent and worst intensity before and after', () => {
    const before = painMap({ 'left-low-back': 4, 'left-calf': 6 });
    const after = painMap({ 'left-low-back': 8 });
    expect(summarize(before, after)).to.deep.equal({
      trend: 'centralizing',
      extentBefore: 3,
      extentAfter: 0,
      worstBefore: 6,
      worstAfter: 8,
    });
    expect(summarize(null, after)).to.deep.equal({
      trend: null,
      extentBefore: null,
      extentAfter: 0,
      worstBefore: null,
      worstAfter: 8,
    });
  });

  it('says nothing about a trend without a previous map', () => {
    expect(trendText(summarize(null, painMap({ 'left-calf': 2 })))).to.equal(null);
  });

  it('calls centralizing a good sign, and says the back may hurt more', () => {
    const text = trendText(summarize(painMap({ 'left-calf': 5 }), painMap({ 'left-low-back': 7 })))!;
    expect(text).to.match(/good sign/i);
    expect(text).to.match(/toward your back/i);
    expect(text).to.match(/back hurts more/i);
  });

  it('says when symptoms have gone, with what to do if they come back', () => {
    const text = trendText(summarize(painMap({ 'left-calf': 5 }), emptyPainMap()))!;
    expect(text).to.match(/not marked any symptoms/i);
    expect(text).to.match(/good sign/i);
    expect(text).to.match(/stop/i);
  });

  it('peripheralizing carries the stop rule and when to see a clinician', () => {
    const text = trendText(summarize(painMap({ 'left-buttock': 5 }), painMap({ 'left-calf': 3 })))!;
    expect(text).to.match(/spread/i);
    expect(text).to.match(/stop/i);
    expect(text).to.match(/doctor|physical therapist/i);
    expect(text).not.to.match(/good sign/i);
  });

  it('unchanged is neutral', () => {
    const same = trendText(summarize(painMap({ 'left-calf': 5 }), painMap({ 'left-shin': 2 })))!;
    expect(same).to.match(/as far/i);
    expect(same).not.to.match(/good sign|stop/i);
    const noLeg = trendText(summarize(emptyPainMap(), painMap({ 'left-low-back': 3 })))!;
    expect(noLeg).to.match(/buttock or leg/i);
  });

  it('never says "fine" or diagnoses', () => {
    const maps = [emptyPainMap(), painMap({ 'left-low-back': 3 }), painMap({ 'left-calf': 5 }), painMap({ 'left-sole': 2 })];
    for (const before of maps) {
      for (const after of maps) {
        const summary = summarize(before, after);
        const text = `${trendText(summary) ?? ''} ${intensityText(summary) ?? ''}`;
        expect(text).not.to.match(/\bfine\b|diagnos|sciatica|disc|nerve/i);
      }
    }
  });

  it('reports the worst intensity beside the trend', () => {
    const summary: PainMapSummary = summarize(painMap({ 'left-calf': 5 }), painMap({ 'left-low-back': 8 }));
    expect(intensityText(summary)).to.equal('Your worst pain is 8 out of 10. Last time it was 5 out of 10.');
    expect(intensityText(summarize(null, painMap({ 'left-calf': 4 })))).to.equal('Your worst pain is 4 out of 10.');
    expect(intensityText(summarize(painMap({ 'left-calf': 4 }), emptyPainMap()))).to.match(/No symptoms marked.*4 out of 10/);
    expect(intensityText(summarize(null, emptyPainMap()))).to.equal(null);
  });
});

describe('pain-map withMark', () => {
  it('sets and removes a mark without changing the original', () => {
    const original = painMap({ 'left-calf': 5 });
    const added = withMark(original, 'right-sole', { intensity: 2, qualities: ['tingling', 'burning', 'tingling'] });
    expect(added.regions['right-sole']).to.deep.equal({ intensity: 2, qualities: ['burning', 'tingling'] });
    expect(added.regions['left-calf']).to.deep.equal({ intensity: 5, qualities: [] });
    expect(original.regions['right-sole']).to.equal(undefined);
    const removed = withMark(added, 'left-calf', null);
    expect(Object.keys(removed.regions)).to.deep.equal(['right-sole']);
    expect(added.regions['left-calf']).not.to.equal(undefined);
  });
});

describe('pain-map serializePainMap', () => {
  it('sorts ids, orders qualities as the catalogue, and leaves out unmarked regions', () => {
    const map = {
      regions: {
        'right-calf': { intensity: 3, qualities: ['tingling', 'aching'] },
        'left-sole': { intensity: 0, qualities: [] },
        'left-buttock': { intensity: 0, qualities: ['numbness'] },
        'left-calf': { intensity: 6, qualities: [] },
      },
    } as PainMap;
    const out = serializePainMap(map);
    expect(Object.keys(out.regions)).to.deep.equal(['left-buttock', 'left-calf', 'right-calf']);
    expect(out.regions['right-calf']!.qualities).to.deep.equal(['aching', 'tingling']);
    expect(JSON.stringify(out)).to.equal(
      '{"regions":{"left-buttock":{"intensity":0,"qualities":["numbness"]},"left-calf":{"intensity":6,"qualities":[]},"right-calf":{"intensity":3,"qualities":["aching","tingling"]}}}',
    );
  });

  it('round-trips through JSON and parsePainMap', () => {
    const map = painMap({
      'left-low-back': [7, 'aching'],
      'right-thigh-outer': [2, 'burning', 'shooting'],
      'right-sole': [0, 'numbness', 'tingling'],
    });
    const text = JSON.stringify(serializePainMap(map));
    const parsed = parsePainMap(text);
    expect(parsed.problems).to.deep.equal([]);
    expect(serializePainMap(parsed.map)).to.deep.equal(serializePainMap(map));
    expect(JSON.stringify(serializePainMap(parsed.map))).to.equal(text);
    expect(extent(parsed.map)).to.equal(4);
  });

  it('returns fresh objects', () => {
    const map = painMap({ 'left-calf': [5, 'sharp'] });
    const out = serializePainMap(map);
    out.regions['left-calf']!.qualities.push('aching');
    expect(map.regions['left-calf']!.qualities).to.deep.equal(['sharp']);
  });
});

describe('pain-map parsePainMap', () => {
  it('says whether the input was a map at all (a regions object), so {} is not taken for an empty earlier map', () => {
    expect(parsePainMap('{"regions":{}}').hasRegions).to.equal(true);
    expect(parsePainMap({ regions: { 'left-calf': { intensity: 3, qualities: [] } } }).hasRegions).to.equal(true);
    expect(parsePainMap('{}').hasRegions).to.equal(false);
    expect(parsePainMap({ value: { regions: {} } }).hasRegions).to.equal(false);
    expect(parsePainMap('{"regions":"left-calf"}').hasRegions).to.equal(false);
    expect(parsePainMap('not json').hasRegions).to.equal(false);
    expect(parsePainMap('').hasRegions).to.equal(false);
  });

  const good = { intensity: 5, qualities: ['burning'] };

  function parsedIds(input: unknown): string[] {
    return Object.keys(parsePainMap(input).map.regions);
  }

  it('accepts a valid map as an object or as JSON text', () => {
    const input = { regions: { 'left-calf': good, 'right-low-back': { intensity: 0, qualities: ['numbness'] } } };
    for (const form of [input, JSON.stringify(input)]) {
      const { map, problems } = parsePainMap(form);
      expect(problems).to.deep.equal([]);
      expect(map.regions['left-calf']).to.deep.equal({ intensity: 5, qualities: ['burning'] });
      expect(map.regions['right-low-back']).to.deep.equal({ intensity: 0, qualities: ['numbness'] });
    }
  });

  it('treats nothing given as an empty map without problems', () => {
    for (const input of [null, undefined, '', '   ', {}, { regions: {} }, 'null', { date: '2024-01-01' }]) {
      const { map, problems } = parsePainMap(input);
      expect(map, String(input)).to.deep.equal({ regions: {} });
      expect(problems, String(input)).to.deep.equal([]);
    }
  });

  it('accepts a mark without qualities', () => {
    const { map, problems } = parsePainMap({ regions: { 'left-calf': { intensity: 4 } } });
    expect(problems).to.deep.equal([]);
    expect(map.regions['left-calf']).to.deep.equal({ intensity: 4, qualities: [] });
  });

  it('drops unknown region ids and names them', () => {
    const { map, problems } = parsePainMap({ regions: { 'left-calf': good, 'left-toes': good, 'middle-back': good } });
    expect(Object.keys(map.regions)).to.deep.equal(['left-calf']);
    expect(problems).to.have.length(2);
    expect(problems.join('\n')).to.include('"left-toes"').and.include('"middle-back"');
  });

  for (const bad of [11, -1, 3.5, '7', NaN, Infinity, null, true, [5], { value: 5 }, undefined]) {
    it(`drops a region whose intensity is ${typeof bad === 'string' ? JSON.stringify(bad) : String(bad)}`, () => {
      const { map, problems } = parsePainMap({ regions: { 'left-calf': { intensity: bad, qualities: ['aching'] }, 'right-calf': good } });
      expect(Object.keys(map.regions)).to.deep.equal(['right-calf']);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include('"left-calf"').and.include('intensity');
    });
  }

  it('accepts intensities 0 and 10, and turns -0 into 0', () => {
    const { map, problems } = parsePainMap({
      regions: { 'left-calf': { intensity: 0, qualities: [] }, 'right-calf': { intensity: 10, qualities: [] }, 'left-sole': { intensity: -0, qualities: [] } },
    });
    expect(problems).to.deep.equal([]);
    expect(map.regions['left-calf']!.intensity).to.equal(0);
    expect(map.regions['right-calf']!.intensity).to.equal(10);
    expect(Object.is(map.regions['left-sole']!.intensity, 0)).to.equal(true);
  });

  it('drops a region whose mark is not an object', () => {
    for (const bad of [5, 'burning', null, [5, 'burning'], true]) {
      const { map, problems } = parsePainMap({ regions: { 'left-calf': bad } });
      expect(map.regions, String(bad)).to.deep.equal({});
      expect(problems, String(bad)).to.have.length(1);
      expect(problems[0]).to.include('"left-calf"');
    }
  });

  it('drops unknown qualities, removes repeats, and orders the rest', () => {
    const { map, problems } = parsePainMap({
      regions: { 'left-calf': { intensity: 3, qualities: ['tingling', 'stabbing', 'Burning', 'tingling', 42, null, 'aching'] } },
    });
    expect(map.regions['left-calf']).to.deep.equal({ intensity: 3, qualities: ['aching', 'tingling'] });
    const text = problems.join('\n');
    expect(text).to.include('"stabbing"').and.include('"Burning"').and.include('42').and.include('repeated');
  });

  it('ignores qualities that are not a list but keeps the region', () => {
    const { map, problems } = parsePainMap({ regions: { 'left-calf': { intensity: 3, qualities: 'burning' } } });
    expect(map.regions['left-calf']).to.deep.equal({ intensity: 3, qualities: [] });
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include('qualities');
  });

  it('reports invalid JSON text and returns an empty map', () => {
    for (const text of ['{', '{"regions": {"left-calf": {intensity: 5}}}', 'not json', "{'regions':{}}", '[1,2', '\u0000']) {
      const { map, problems } = parsePainMap(text);
      expect(map, text).to.deep.equal({ regions: {} });
      expect(problems, text).to.have.length(1);
      expect(problems[0]).to.include('not valid JSON');
    }
  });

  it('reports wrong shapes', () => {
    for (const input of [[], [{ regions: {} }], 42, true, '42', '"text"', '[]', () => 1, Symbol('x'), 10n]) {
      const { map, problems } = parsePainMap(input);
      expect(map, typeof input).to.deep.equal({ regions: {} });
      expect(problems, typeof input).to.have.length(1);
    }
    for (const regions of [[], 'left-calf', 5, null, true]) {
      const { map, problems } = parsePainMap({ regions });
      expect(map).to.deep.equal({ regions: {} });
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include('"regions"');
    }
  });

  it('is not fooled by __proto__, constructor or a polluted prototype', () => {
    const text = '{"regions": {"__proto__": {"intensity": 9, "qualities": []}, "constructor": {"intensity": 9}, "left-calf": {"intensity": 2, "qualities": []}}, "__proto__": {"regions": {"right-sole": {"intensity": 9}}}}';
    const { map, problems } = parsePainMap(text);
    expect(Object.keys(map.regions)).to.deep.equal(['left-calf']);
    expect(problems).to.have.length(2);
    expect(problems.join('\n')).to.include('"__proto__"').and.include('"constructor"');
    expect(({} as Record<string, unknown>).intensity).to.equal(undefined);
    expect(Object.getPrototypeOf(map.regions)).to.equal(Object.prototype);

    // A map whose prototype supplies `regions` or `intensity` must not be believed.
    const inherited = Object.create({ regions: { 'left-sole': { intensity: 9, qualities: [] } } }) as object;
    expect(parsedIds(inherited)).to.deep.equal([]);
    const inheritedIntensity = { regions: { 'left-sole': Object.create({ intensity: 9 }) as object } };
    expect(parsedIds(inheritedIntensity)).to.deep.equal([]);
  });

  it('never throws on hostile objects', () => {
    const throwingGetter = {
      get regions(): never {
        throw new Error('boom');
      },
    };
    const throwingProxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
        get() {
          throw new Error('boom');
        },
      },
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    for (const input of [throwingGetter, { regions: throwingProxy }, throwingProxy, revocable.proxy, { regions: { 'left-calf': throwingProxy } }]) {
      const result = parsePainMap(input);
      expect(result.map).to.deep.equal({ regions: {} });
      expect(result.problems.length).to.be.greaterThan(0);
    }
  });

  it('never throws on large or deeply nested input', () => {
    const big = 'x'.repeat(100_000);
    expect(parsePainMap(big).problems).to.have.length(1);
    expect(parsePainMap(big).problems[0]!.length).to.be.below(200);

    const huge = ' '.repeat(1_000_001) + '{}';
    expect(parsePainMap(huge).problems[0]).to.include('characters');

    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(parsePainMap(deep).map).to.deep.equal({ regions: {} });
    expect(parsePainMap(deep).problems).to.have.length(1);

    const deepInRegion = `{"regions":{"left-calf":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}}`;
    const nested = parsePainMap(deepInRegion);
    expect(nested.map).to.deep.equal({ regions: {} });
    expect(nested.problems).to.have.length(1);

    let deepObject: unknown = { intensity: 1 };
    for (let i = 0; i < 10_000; i++) deepObject = { regions: deepObject };
    expect(() => parsePainMap(deepObject)).not.to.throw();
  });

  it('keeps the problem list short', () => {
    const regions: Record<string, unknown> = {};
    for (let i = 0; i < 500; i++) regions[`junk-${i}`] = good;
    regions['left-calf'] = good;
    const { map, problems } = parsePainMap({ regions });
    expect(Object.keys(map.regions)).to.deep.equal(['left-calf']);
    expect(problems).to.have.length(21);
    expect(problems[20]).to.include('480 more');
  });

  it('shortens long bad keys and values in problems', () => {
    const longKey = 'k'.repeat(10_000);
    const { problems } = parsePainMap({ regions: { [longKey]: good, 'left-calf': { intensity: 'v'.repeat(10_000) } } });
    expect(problems).to.have.length(2);
    for (const problem of problems) expect(problem.length).to.be.below(200);
  });

  it('puts regions in catalogue order whatever the input order', () => {
    const ids = parsedIds({ regions: { 'right-sole': good, 'left-calf': good, 'left-low-back': good } });
    expect(ids).to.deep.equal(['left-low-back', 'left-calf', 'right-sole']);
  });
});

describe('redFlags', () => {
  const map = (regions: Record<string, number>) =>
    parsePainMap({ regions: Object.fromEntries(Object.entries(regions).map(([id, intensity]) => [id, { intensity }])) }).map;

  it('raises both-legs only for thigh-and-below on the left and on the right', () => {
    expect(redFlags(map({ 'left-calf': 4 }))).to.deep.equal([]);
    expect(redFlags(map({ 'left-buttock': 4, 'right-buttock': 4, 'left-hip': 2, 'right-groin': 2 }))).to.deep.equal([]);
    expect(redFlags(map({ 'left-low-back': 4, 'right-low-back': 4 }))).to.deep.equal([]);
    expect(redFlags(map({ 'left-thigh-back': 1, 'right-sole': 1 }))).to.deep.equal(['both-legs']);
    expect(redFlags(map({ 'left-knee-front': 1, 'right-thigh-outer': 1 }))).to.deep.equal(['both-legs']);
  });

  it('raises saddle for any mark there, numbness alone included, and ignores unmarked regions', () => {
    expect(redFlags(parsePainMap({ regions: { saddle: { intensity: 0, qualities: ['numbness'] } } }).map)).to.deep.equal(['saddle']);
    expect(redFlags(parsePainMap({ regions: { saddle: { intensity: 0 } } }).map)).to.deep.equal([]);
    expect(redFlags(map({ saddle: 3, 'left-calf': 2, 'right-calf': 2 }))).to.deep.equal(['both-legs', 'saddle']);
  });

  it('the saddle area never changes the extent or the trend', () => {
    expect(extent(map({ saddle: 8 }))).to.equal(null);
    expect(trend(map({ 'left-calf': 3 }), map({ 'left-calf': 3, saddle: 5 }))).to.equal('unchanged');
  });
});
