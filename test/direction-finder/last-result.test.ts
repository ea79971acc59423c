import { expect } from '@open-wc/testing';
import {
  daysBetween,
  forgetLastResult,
  lastResultFormat,
  lastResultVersion,
  loadLastResult,
  parseResult,
  parseStoredResult,
  saveLastResult,
  serializeStoredResult,
  type StoredResult,
} from '../../src/direction-finder/last-result.js';
import type { DirectionResult } from '../../src/direction-finder/protocol.js';

const extensionFound: DirectionResult = {
  direction: 'extension',
  stenosisPattern: false,
  rounds: [
    { movement: 'extension', before: { extent: 3, intensity: 6 }, after: { extent: 3, intensity: 6 }, response: 'unchanged', spreading: false },
    { movement: 'extension', before: { extent: 3, intensity: 6 }, after: { extent: 1, intensity: 7 }, response: 'centralized', spreading: false },
  ],
};

const stored: StoredResult = { date: '2026-05-01', result: extensionFound };

const text = (data: unknown) => JSON.stringify(data);
const envelope = (result: unknown, extra: Record<string, unknown> = {}) => ({ format: lastResultFormat, version: lastResultVersion, date: '2026-05-01', result, ...extra });

describe('direction-finder last result: the stored format', () => {
  it('round-trips a result and its day', () => {
    const parsed = parseStoredResult(serializeStoredResult(stored));
    expect(parsed).to.deep.equal({ status: 'ok', stored });
  });

  it('writes only the documented fields, with the format marker and version', () => {
    const data = JSON.parse(serializeStoredResult(stored)) as Record<string, unknown>;
    expect(Object.keys(data).sort()).to.deep.equal(['date', 'format', 'result', 'version']);
    expect(data.format).to.equal('sciatica-widgets/direction-finder-result');
    expect(data.version).to.equal(1);
  });

  it('nothing stored (null, blank) is no result and no problem', () => {
    expect(parseStoredResult(null)).to.deep.equal({ status: 'ok', stored: null });
    expect(parseStoredResult('  ')).to.deep.equal({ status: 'ok', stored: null });
  });

  it('calls anything that is not its own data unreadable, saying why, and never throws', () => {
    const cases: [string, string][] = [
      ['not JSON', '{oops'],
      ['another script', text({ theme: 'dark' })],
      ['a pain map history', text({ format: 'sciatica-widgets/pain-map-history', version: 1, entries: [] })],
      ['a later version', text({ ...envelope(extensionFound), version: 2 })],
      ['no date', text(envelope(extensionFound, { date: undefined }))],
      ['an impossible date', text(envelope(extensionFound, { date: '2026-02-30' }))],
      ['no result', text(envelope(null))],
      ['an array', '[1,2,3]'],
      ['JSON null', 'null'],
    ];
    for (const [name, raw] of cases) {
      const parsed = parseStoredResult(raw);
      expect(parsed.status, name).to.equal('unreadable');
      expect(parsed.status === 'unreadable' && parsed.problem.length > 10, name).to.equal(true);
    }
  });

  it('takes a result only when it holds together', () => {
    const round = extensionFound.rounds[1]!;
    const bad: [string, unknown][] = [
      ['unknown direction', { ...extensionFound, direction: 'sideways' }],
      ['no rounds', { ...extensionFound, rounds: [] }],
      ['rounds not a list', { ...extensionFound, rounds: 'many' }],
      ['too many rounds', { ...extensionFound, rounds: Array(7).fill(round) }],
      ['stenosis not a boolean', { ...extensionFound, stenosisPattern: 'no' }],
      ['extent out of range', { ...extensionFound, rounds: [{ ...round, after: { extent: 5, intensity: 1 } }] }],
      ['intensity a string', { ...extensionFound, rounds: [{ ...round, before: { extent: 2, intensity: '6' } }] }],
      ['intensity a fraction', { ...extensionFound, rounds: [{ ...round, before: { extent: 2, intensity: 6.5 } }] }],
      ['unknown response', { ...extensionFound, rounds: [{ ...round, response: 'better' }] }],
      ['spreading not a boolean', { ...extensionFound, rounds: [{ ...round, spreading: 0 }] }],
      ['unknown movement', { ...extensionFound, rounds: [{ ...round, movement: 'twist' }] }],
      // A direction must be the movement of the round that found it: the plan's words describe that round.
      ['direction not its last round', { ...extensionFound, direction: 'flexion' }],
      ['a proxy that throws', new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } })],
    ];
    for (const [name, value] of bad) expect(parseResult(value), name).to.equal(null);
    // Only the record's own fields count: a polluted prototype cannot supply the rounds.
    const inherited = Object.assign(Object.create({ rounds: [round] }) as object, { direction: 'none', stenosisPattern: false });
    expect(parseResult(inherited), 'rounds from the prototype').to.equal(null);
    expect(parseResult({ ...extensionFound, direction: 'none' }), 'none after any rounds').to.not.equal(null);
  });

  it('counts whole calendar days, across a daylight-saving change and a year end', () => {
    expect(daysBetween('2026-05-01', '2026-05-01')).to.equal(0);
    expect(daysBetween('2026-05-01', '2026-05-04')).to.equal(3);
    expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).to.equal(1);
    expect(daysBetween('2026-05-04', '2026-05-01')).to.equal(-3);
  });
});

describe('direction-finder last result: localStorage', () => {
  const key = 'df-test-last-result';
  afterEach(() => localStorage.removeItem(key));

  it('saves, loads and forgets under the key only', () => {
    const before = localStorage.length;
    expect(loadLastResult(key)).to.deep.equal({ status: 'ok', stored: null });
    expect(saveLastResult(key, stored)).to.deep.equal({ status: 'saved' });
    expect(localStorage.length).to.equal(before + 1);
    expect(loadLastResult(key)).to.deep.equal({ status: 'ok', stored });
    expect(forgetLastResult(key)).to.equal('forgotten');
    expect(localStorage.getItem(key)).to.equal(null);
    expect(localStorage.length).to.equal(before);
  });

  it('says what happened when storage refuses, instead of throwing', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(saveLastResult(key, stored)).to.deep.equal({ status: 'quota', reason: 'QuotaExceededError' });
    } finally {
      Storage.prototype.setItem = original;
    }
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      expect(loadLastResult(key)).to.deep.equal({ status: 'unavailable' });
    } finally {
      Storage.prototype.getItem = getItem;
    }
  });
});
