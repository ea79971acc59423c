import { expect } from '@open-wc/testing';
import { formatDate, formatDaysAgo, formatNumber } from '../../src/core/format.js';
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

  it('says how many days ago, in words for today and yesterday, in the page\'s language; never in the future', async () => {
    await setLocale('en-GB');
    expect([0, 1, 3].map(formatDaysAgo)).to.deep.equal(['today', 'yesterday', '3 days ago']);
    expect(formatDaysAgo(-2)).to.equal('today');
    expect(formatDaysAgo(Number.NaN)).to.equal('today');
    await setLocale('de-DE');
    expect(formatDaysAgo(3)).to.equal('vor 3 Tagen');
    await setLocale('es');
    expect(formatDaysAgo(1)).to.equal('ayer');
    await setLocale('fr');
    expect(formatDaysAgo(3)).to.equal('il y a 3 jours');
  });
});
