import { expect } from '@open-wc/testing';
import { booleanSpec, describeValue, enumSpec, numberSpec } from '../../src/core/attributes.js';

describe('enumSpec', () => {
  const spec = enumSpec(['list', 'stepper'], 'list');
  it('accepts its values, ignoring case and spaces', () => {
    expect(spec.parse('stepper')).to.deep.equal({ valid: true, value: 'stepper' });
    expect(spec.parse('  LIST ')).to.deep.equal({ valid: true, value: 'list' });
  });
  it('rejects anything else', () => {
    for (const bad of ['', 'grid', 'list stepper', 3, {}, true]) expect(spec.parse(bad).valid, String(bad)).to.equal(false);
  });
  it('describes itself for warnings', () => {
    expect([spec.fallback, spec.fallbackText, spec.expected]).to.deep.equal(['list', '"list"', 'list, stepper']);
  });
});

describe('numberSpec', () => {
  const reps = numberSpec({ min: 1, max: 100, integer: true }, 10);
  const seconds = numberSpec({ min: 0.5, max: 60 }, 2.5);
  const optional = numberSpec({ min: 1, max: 10 }, undefined);
  it('accepts numbers and numeric strings in range', () => {
    expect(reps.parse('12')).to.deep.equal({ valid: true, value: 12 });
    expect(reps.parse(' 7 ')).to.deep.equal({ valid: true, value: 7 });
    expect(seconds.parse('2.75')).to.deep.equal({ valid: true, value: 2.75 });
    expect(seconds.parse(60)).to.deep.equal({ valid: true, value: 60 });
  });
  it('rejects out of range, fractions for whole numbers, NaN, infinity and text', () => {
    for (const bad of ['-3', '0', '101', '2.5', 'abc', '', '  ', 'NaN', 'Infinity', '1e400', Number.NaN, null, [], '12px']) {
      expect(reps.parse(bad).valid, String(bad)).to.equal(false);
    }
    expect(seconds.parse('0.1').valid).to.equal(false);
  });
  it('can have no fallback (an optional override)', () => {
    expect(optional.fallback).to.equal(undefined);
    expect(optional.fallbackText).to.equal('the default');
    expect(reps.fallbackText).to.equal('10');
  });
});

describe('booleanSpec', () => {
  const spec = booleanSpec('compact');
  it('is on when present, however it is written', () => {
    for (const on of ['', 'compact', 'true', 'TRUE', true]) expect(spec.parse(on), String(on)).to.deep.equal({ valid: true, value: true });
    expect(spec.parse(false)).to.deep.equal({ valid: true, value: false });
  });
  it('treats "false" and other text as invalid (falls back to off)', () => {
    for (const bad of ['false', 'no', '0', 1]) expect(spec.parse(bad).valid, String(bad)).to.equal(false);
    expect(spec.fallback).to.equal(false);
  });
});

describe('describeValue', () => {
  it('quotes strings and shortens long ones', () => {
    expect(describeValue('abc')).to.equal('"abc"');
    expect(describeValue(Number.NaN)).to.equal('"NaN"');
    expect(describeValue({ a: 1 })).to.equal('"{\\"a\\":1}"');
    expect(describeValue('y'.repeat(500)).length).to.be.lessThan(70);
  });
  it('copes with values JSON cannot show', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).to.equal('"[object Object]"');
    expect(describeValue(undefined)).to.equal('"undefined"');
  });
});
