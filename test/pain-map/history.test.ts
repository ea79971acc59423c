import { expect } from '@open-wc/testing';
import { chartPoints, deleteHistory, historyFormat, isIsoDate, latestBefore, loadHistory, localIsoDate, parseHistory, saveHistory, serializeHistory, withEntry } from '../../src/pain-map/history.js';
import type { PainMap } from '../../src/pain-map/centralization.js';

const calf: PainMap = { regions: { 'left-calf': { intensity: 7, qualities: ['burning'] } } };
const back: PainMap = { regions: { 'left-low-back': { intensity: 3, qualities: [] } } };

describe('pain-map history (pure)', () => {
  it('round-trips entries and keeps one per day, in date order', () => {
    let entries = withEntry([], '2024-05-02', calf);
    entries = withEntry(entries, '2024-05-01', back);
    entries = withEntry(entries, '2024-05-02', back);
    expect(entries.map((e) => e.date)).to.deep.equal(['2024-05-01', '2024-05-02']);
    const parsed = parseHistory(serializeHistory(entries));
    expect(parsed.readable).to.equal(true);
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.entries[1]!.map.regions['left-low-back']?.intensity).to.equal(3);
  });

  it('treats nothing stored as an empty, readable history', () => {
    expect(parseHistory(null)).to.deep.equal({ entries: [], readable: true, problems: [] });
  });

  it('calls garbage and foreign data unreadable, never throwing', () => {
    for (const text of ['{not json', '[1,2]', '{"entries":[]}', '"hi"', 'null', `{"format":"${historyFormat}","version":2,"entries":[]}`, `{"format":"${historyFormat}","version":1}`]) {
      const parsed = parseHistory(text);
      expect(parsed.readable, text).to.equal(false);
      expect(parsed.entries).to.deep.equal([]);
      expect(parsed.problems.length, text).to.be.greaterThan(0);
    }
  });

  it('drops entries with bad dates and bad map parts with problems', () => {
    const text = JSON.stringify({
      format: historyFormat,
      version: 1,
      entries: [{ date: '2024-02-30', map: {} }, { date: 'yesterday' }, 7, { date: '2024-03-01', map: { regions: { 'left-calf': { intensity: 11 }, 'left-sole': { intensity: 2 } } } }],
    });
    const parsed = parseHistory(text);
    expect(parsed.readable).to.equal(true);
    expect(parsed.entries.map((e) => e.date)).to.deep.equal(['2024-03-01']);
    expect(Object.keys(parsed.entries[0]!.map.regions)).to.deep.equal(['left-sole']);
    expect(parsed.problems.length).to.equal(4);
  });

  it('validates ISO dates and writes local dates', () => {
    expect(isIsoDate('2024-02-29')).to.equal(true);
    expect(isIsoDate('2023-02-29')).to.equal(false);
    expect(isIsoDate('2024-1-01')).to.equal(false);
    expect(localIsoDate(new Date(2024, 0, 5, 23, 59))).to.equal('2024-01-05');
  });

  it('finds the latest entry before a day', () => {
    const entries = withEntry(withEntry(withEntry([], '2024-05-01', back), '2024-05-03', calf), '2024-05-05', back);
    expect(latestBefore(entries, '2024-05-05')?.date).to.equal('2024-05-03');
    expect(latestBefore(entries, '2024-05-01')).to.equal(null);
  });

  it('places chart points on their scales', () => {
    const points = chartPoints(withEntry(withEntry([], '2024-05-01', back), '2024-05-02', calf), 100, 50, 10);
    expect(points.map((p) => p.x)).to.deep.equal([10, 90]);
    expect(points[0]!.extentY).to.equal(40);
    expect(points[1]!.extentY).to.equal(17.5);
    expect(points[1]!.worstY).to.equal(19);
    expect(chartPoints(withEntry([], '2024-05-01', back), 100, 50, 10)[0]!.x).to.equal(50);
  });
});

describe('pain-map history in storage (loadHistory, saveHistory, deleteHistory)', () => {
  const key = () => `pm-history-test-${Math.random().toString(36).slice(2)}`;

  it('saves, loads and deletes, saying what happened each time', () => {
    const k = key();
    expect(loadHistory(k)).to.deep.equal({ status: 'ok', entries: [], problems: [] });
    expect(saveHistory(k, withEntry([], '2024-05-01', calf))).to.deep.equal({ status: 'saved' });
    const loaded = loadHistory(k);
    expect(loaded.status).to.equal('ok');
    if (loaded.status === 'ok') expect(loaded.entries.map((e) => e.date)).to.deep.equal(['2024-05-01']);
    expect(deleteHistory(k)).to.equal('deleted');
    expect(localStorage.getItem(k)).to.equal(null);
  });

  it('reports another script\'s data under the key as unreadable and leaves it alone', () => {
    const k = key();
    localStorage.setItem(k, '{"theme":"dark"}');
    const loaded = loadHistory(k);
    expect(loaded.status).to.equal('unreadable');
    expect(localStorage.getItem(k)).to.equal('{"theme":"dark"}');
    localStorage.removeItem(k);
  });

  it('reports a full storage as quota and storage that throws as unavailable, never throwing', () => {
    const original = Storage.prototype.setItem;
    const originalGet = Storage.prototype.getItem;
    try {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      const full = saveHistory(key(), withEntry([], '2024-05-01', calf));
      expect(full).to.deep.equal({ status: 'quota', reason: 'QuotaExceededError' });
      Storage.prototype.setItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      expect(saveHistory(key(), []).status).to.equal('unavailable');
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      expect(loadHistory(key())).to.deep.equal({ status: 'unavailable' });
    } finally {
      Storage.prototype.setItem = original;
      Storage.prototype.getItem = originalGet;
    }
  });
});
