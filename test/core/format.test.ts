import { expect } from '@open-wc/testing';
import { formatDate, formatNumber } from '../../src/core/format.js';
import { setLocale } from '../../src/core/locale.js';

describe('format', () => {
  afterEach(async () => {
    await setLocale(null);
  });

  it("writes numbers in the page's language, and follows a language change (formatters are cached per locale)", async () => {
    await setLocale('de-DE');
    expect(formatNumber(2.5)).to.equal('2,5');
    expect(formatNumber(2.5)).to.equal('2,5');
    await setLocale('en-US');
    expect(formatNumber(2.5)).to.equal('2.5');
    expect(formatNumber(1234.56, { maximumFractionDigits: 0 })).to.equal('1,235');
    await setLocale('de-DE');
    expect(formatNumber(1234.56, { maximumFractionDigits: 0 })).to.equal('1.235');
  });

  it('options that Intl refuses fall back to plain text instead of throwing', () => {
    expect(formatNumber(3, { maximumFractionDigits: 999 })).to.equal('3');
    expect(formatDate(new Date('nonsense'), { dateStyle: 'long' })).to.equal('Invalid Date');
  });

  it('writes dates with the given options', async () => {
    await setLocale('en-GB');
    expect(formatDate(new Date(2026, 10, 23), { day: 'numeric', month: 'long', year: 'numeric' })).to.equal('23 November 2026');
  });
});
