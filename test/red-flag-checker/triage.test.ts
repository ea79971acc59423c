import { expect } from '@open-wc/testing';
import { emergencyNumberFor } from '../../src/core/emergency.js';
import {
  assess,
  emergencyFlags,
  levelSoFar,
  redFlagItems,
  triage,
  unansweredIds,
  urgencyAdvice,
} from '../../src/red-flag-checker/triage.js';
import type { Answers, UrgencyLevel } from '../../src/red-flag-checker/triage.js';

/** The levels, most urgent first. */
const urgencyOrder: UrgencyLevel[] = ['emergency', 'urgent', 'soon', 'self-care'];

/** Every item answered no, then the given overrides. */
function allNo(overrides: Record<string, boolean | undefined> = {}): Record<string, boolean | undefined> {
  const answers: Record<string, boolean | undefined> = {};
  for (const item of redFlagItems) answers[item.id] = false;
  return { ...answers, ...overrides };
}

function idsAt(level: UrgencyLevel): string[] {
  return redFlagItems.filter((item) => item.level === level).map((item) => item.id);
}

describe('red-flag item bank', () => {
  it('has about 22–28 items', () => {
    expect(redFlagItems.length).to.be.within(22, 28);
  });

  it('has unique kebab-case ids', () => {
    const ids = redFlagItems.map((item) => item.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id, id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('lists emergency items first, then urgent, then soon', () => {
    const ranks = redFlagItems.map((item) => urgencyOrder.indexOf(item.level));
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    expect(idsAt('emergency')).to.have.length.greaterThan(0);
    expect(idsAt('urgent')).to.have.length.greaterThan(0);
    expect(idsAt('soon')).to.have.length.greaterThan(0);
  });

  it('gives every item a yes/no question, a known group and at least one source', () => {
    const groups = ['bladder-bowel', 'sensation', 'strength', 'pain-pattern', 'general-health', 'history', 'progress'];
    for (const item of redFlagItems) {
      const question = item.question();
      expect(question.trim(), item.id).to.not.equal('');
      expect(question.trim().endsWith('?'), `${item.id} asks a question`).to.equal(true);
      expect(groups, item.id).to.include(item.group);
      expect(item.sources.length, item.id).to.be.greaterThan(0);
      for (const source of item.sources) expect(source.title.trim(), item.id).to.not.equal('');
      if (item.hint) expect(item.hint().trim(), item.id).to.not.equal('');
    }
  });

  it('covers the red flags of CLINICAL.md at the right level', () => {
    const expected: Record<string, UrgencyLevel> = {
      'bladder-control': 'emergency',
      'bladder-retention': 'emergency',
      'bladder-sensation': 'emergency',
      'bowel-control': 'emergency',
      'saddle-numbness': 'emergency',
      'both-legs-pain': 'emergency',
      'both-legs-weakness': 'emergency',
      'sexual-function': 'emergency',
      'chest-pain': 'emergency',
      'serious-accident': 'emergency',
      'foot-drop': 'urgent',
      'one-leg-weakness': 'urgent',
      fever: 'urgent',
      'weight-loss': 'urgent',
      'back-lump': 'urgent',
      'night-pain': 'urgent',
      'cancer-history': 'urgent',
      'not-better-two-weeks': 'soon',
      'getting-worse': 'soon',
      'spreading-down-leg': 'soon',
      'long-term-steroids': 'soon',
      'weakened-immune-system': 'soon',
      'injecting-drugs': 'soon',
      osteoporosis: 'soon',
      'new-pain-age': 'soon',
    };
    for (const [id, level] of Object.entries(expected)) {
      const item = redFlagItems.find((candidate) => candidate.id === id);
      expect(item, `item ${id} exists`).to.not.equal(undefined);
      expect(item!.level, id).to.equal(level);
    }
  });

  it('says "new" where CLINICAL.md does', () => {
    for (const id of ['bladder-control', 'bladder-retention', 'bladder-sensation', 'bowel-control', 'sexual-function']) {
      const item = redFlagItems.find((candidate) => candidate.id === id)!;
      expect(item.question().toLowerCase(), id).to.contain('new');
    }
  });

  it('says the time frame of the history questions ("ever", "first", "3 months", "past year")', () => {
    const question = (id: string) => redFlagItems.find((candidate) => candidate.id === id)!.question().toLowerCase();
    expect(question('cancer-history')).to.contain('ever');
    expect(question('new-pain-age')).to.contain('first');
    expect(question('long-term-steroids')).to.contain('3 months');
    expect(question('injecting-drugs')).to.contain('past year');
  });

  it('asks one thing per question: no question joins two with "and"', () => {
    // "…and is this pain new", "…and did it start before 20": each question asks one thing.
    for (const item of redFlagItems) expect(item.question(), item.id).to.not.match(/,? and (is|did|do|are|have)\b/i);
  });

  it('retires split ids rather than reusing them for another question', () => {
    const ids = redFlagItems.map((item) => item.id);
    expect(ids).to.not.include('immune-risk');
  });

  it('explains the saddle area and foot drop in plain words', () => {
    const saddle = redFlagItems.find((item) => item.id === 'saddle-numbness')!;
    const footDrop = redFlagItems.find((item) => item.id === 'foot-drop')!;
    expect(saddle.hint?.()).to.contain('saddle');
    expect(footDrop.hint?.().toLowerCase()).to.contain('foot drop');
  });
});

describe('the most urgent level wins', () => {
  it('picks the more urgent of two yes answers, whichever way round', () => {
    const first = (level: UrgencyLevel) => redFlagItems.find((item) => item.level === level)!.id;
    for (const [a, b, wins] of [
      ['soon', 'urgent', 'urgent'],
      ['urgent', 'soon', 'urgent'],
      ['emergency', 'soon', 'emergency'],
      ['soon', 'emergency', 'emergency'],
      ['urgent', 'emergency', 'emergency'],
    ] as const) {
      expect(triage(allNo({ [first(a)]: true, [first(b)]: true }))?.level, `${a} + ${b}`).to.equal(wins);
    }
    expect(triage(allNo({ 'foot-drop': true, fever: true }))?.level).to.equal('urgent');
  });
});

describe('triage', () => {
  it('gives self-care with no flags when every answer is no', () => {
    expect(triage(allNo())).to.deep.equal({ level: 'self-care', flags: [] });
  });

  for (const item of redFlagItems) {
    it(`gives ${item.level} for "${item.id}" alone`, () => {
      expect(triage(allNo({ [item.id]: true }))).to.deep.equal({ level: item.level, flags: [item.id] });
    });
  }

  it('lets the most urgent yes win', () => {
    expect(triage(allNo({ 'not-better-two-weeks': true, 'foot-drop': true }))).to.deep.equal({
      level: 'urgent',
      flags: ['foot-drop', 'not-better-two-weeks'],
    });
    expect(triage(allNo({ osteoporosis: true, fever: true, 'saddle-numbness': true }))).to.deep.equal({
      level: 'emergency',
      flags: ['saddle-numbness', 'fever', 'osteoporosis'],
    });
    expect(triage(allNo({ 'getting-worse': true, 'spreading-down-leg': true }))?.level).to.equal('soon');
    expect(triage(allNo({ 'chest-pain': true, 'bladder-control': true }))).to.deep.equal({
      level: 'emergency',
      flags: ['bladder-control', 'chest-pain'],
    });
  });

  it('gives emergency when everything is yes, with every id flagged in bank order', () => {
    const answers = Object.fromEntries(redFlagItems.map((item) => [item.id, true]));
    expect(triage(answers)).to.deep.equal({ level: 'emergency', flags: redFlagItems.map((item) => item.id) });
  });

  it('lists flags in item-bank order, not answer order', () => {
    const answers = allNo();
    answers['new-pain-age'] = true;
    answers['bowel-control'] = true;
    answers['weight-loss'] = true;
    expect(triage(answers)?.flags).to.deep.equal(['bowel-control', 'weight-loss', 'new-pain-age']);
  });

  it('returns null while any question is unanswered', () => {
    expect(triage({})).to.equal(null);
    for (const item of redFlagItems) {
      const answers = Object.fromEntries(Object.entries(allNo()).filter(([id]) => id !== item.id));
      expect(triage(answers), `without ${item.id}`).to.equal(null);
    }
    expect(triage(allNo({ osteoporosis: undefined }))).to.equal(null);
    // Even an emergency yes does not make the final result early: levelSoFar is for that.
    expect(triage({ 'saddle-numbness': true })).to.equal(null);
  });

  it('treats anything but a real boolean as unanswered', () => {
    const answers = { ...allNo(), fever: 'yes' } as unknown as Answers;
    expect(triage(answers)).to.equal(null);
    expect(unansweredIds(answers)).to.deep.equal(['fever']);
  });

  it('ignores ids that are not in the item bank', () => {
    expect(triage(allNo({ 'made-up-flag': true, constructor: true }))).to.deep.equal({ level: 'self-care', flags: [] });
    expect(triage({ 'made-up-flag': true })).to.equal(null);
    expect(levelSoFar({ 'made-up-flag': true })).to.equal(null);
    expect(emergencyFlags({ 'made-up-flag': true })).to.deep.equal([]);
  });
});

describe('levelSoFar, emergencyFlags and friends, before everything is answered', () => {
  it('is null with no answers, or only no answers so far', () => {
    expect(levelSoFar({})).to.equal(null);
    expect(levelSoFar({ 'bladder-control': false, fever: false })).to.equal(null);
  });

  it('gives the most urgent yes so far', () => {
    expect(levelSoFar({ osteoporosis: true })).to.equal('soon');
    expect(levelSoFar({ osteoporosis: true, 'weight-loss': true })).to.equal('urgent');
    expect(levelSoFar({ osteoporosis: true, 'serious-accident': true, fever: false })).to.equal('emergency');
  });

  it('agrees with triage once everything is answered', () => {
    expect(levelSoFar(allNo())).to.equal('self-care');
    expect(levelSoFar(allNo({ 'back-lump': true }))).to.equal(triage(allNo({ 'back-lump': true }))?.level);
  });

  it('reports emergency yes answers at once, and only those', () => {
    expect(emergencyFlags({})).to.deep.equal([]);
    expect(emergencyFlags({ 'foot-drop': true, osteoporosis: true })).to.deep.equal([]);
    expect(emergencyFlags({ 'both-legs-pain': true, 'foot-drop': true, 'bladder-control': true })).to.deep.equal([
      'bladder-control',
      'both-legs-pain',
    ]);
    expect(emergencyFlags({ 'bladder-control': false, 'chest-pain': true })).to.deep.equal(['chest-pain']);
  });

  it('lists yes answers and open questions in bank order', () => {
    expect(assess({ fever: true, 'bladder-control': true, osteoporosis: false }).result).to.equal(null);
    expect(triage(allNo({ fever: true, 'bladder-control': true }))?.flags).to.deep.equal(['bladder-control', 'fever']);
    const open = unansweredIds({ 'bladder-control': false });
    expect(open).to.have.length(redFlagItems.length - 1);
    expect(open[0]).to.equal(redFlagItems[1]!.id);
    expect(unansweredIds(allNo())).to.deep.equal([]);
  });
});

describe('urgency advice', () => {
  const levels: UrgencyLevel[] = ['emergency', 'urgent', 'soon', 'self-care'];

  function allText(level: UrgencyLevel): string[] {
    const advice = urgencyAdvice[level];
    return [advice.title(), advice.action('999'), advice.action(null), advice.timeframe()];
  }

  it('has a title, action and timeframe for every level', () => {
    for (const level of levels) {
      for (const text of allText(level)) expect(text.trim(), level).to.not.equal('');
    }
  });

  it('never tells anyone they are fine', () => {
    for (const level of levels) {
      for (const text of allText(level)) {
        expect(text, level).to.not.match(/you\s+are\s+fine/i);
        expect(text, level).to.not.match(/you['’]re\s+fine/i);
      }
    }
  });

  it('says the self-care outcome is not a diagnosis and what to do if things change', () => {
    const text = allText('self-care').join(' ').toLowerCase();
    expect(text).to.contain('not a diagnosis');
    expect(text).to.contain('no warning signs reported');
    expect(text).to.contain('changes');
  });

  it('names the emergency number when known, and "your local emergency number" otherwise', () => {
    expect(urgencyAdvice.emergency.action('112')).to.contain('112');
    expect(urgencyAdvice.emergency.action('112').toLowerCase()).to.contain('emergency department');
    expect(urgencyAdvice.emergency.action(null).toLowerCase()).to.contain('your local emergency number');
  });

  it('says today for urgent and the next few days for soon', () => {
    expect(allText('urgent').join(' ').toLowerCase()).to.contain('today');
    expect(allText('soon').join(' ').toLowerCase()).to.contain('next few days');
    expect(allText('soon').join(' ').toLowerCase()).to.contain('physiotherapist');
  });

  it('says "physical therapist" on an en-US or en-CA page and "physiotherapist" elsewhere, never both', async () => {
    const before = document.documentElement.lang;
    try {
      for (const [lang, term, other] of [
        ['en-US', 'physical therapist', 'physiotherapist'],
        ['en-CA', 'physical therapist', 'physiotherapist'],
        ['en-GB', 'physiotherapist', 'physical therapist'],
        ['en-AU', 'physiotherapist', 'physical therapist'],
        ['en', 'physiotherapist', 'physical therapist'],
      ] as const) {
        document.documentElement.lang = lang;
        await new Promise((resolve) => setTimeout(resolve));
        const soon = urgencyAdvice.soon.action(null).toLowerCase();
        expect(soon, lang).to.contain(term).and.not.contain(other);
      }
    } finally {
      document.documentElement.lang = before;
    }
  });
});

describe('emergencyNumberFor', () => {
  it('knows the numbers CLINICAL.md lists', () => {
    expect(emergencyNumberFor('US')).to.equal('911');
    expect(emergencyNumberFor('CA')).to.equal('911');
    expect(emergencyNumberFor('GB')).to.equal('999');
    expect(emergencyNumberFor('DE')).to.equal('112');
    expect(emergencyNumberFor('FR')).to.equal('112');
    expect(emergencyNumberFor('ES')).to.equal('112');
    expect(emergencyNumberFor('IE')).to.equal('112');
    expect(emergencyNumberFor('AU')).to.equal('000');
    expect(emergencyNumberFor('NZ')).to.equal('111');
  });

  it('covers all 27 EU member states with 112', () => {
    const eu = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
    expect(eu).to.have.length(27);
    for (const code of eu) expect(emergencyNumberFor(code), code).to.equal('112');
  });

  it('knows the Latin American regions the Spanish translation serves', () => {
    expect(emergencyNumberFor('MX')).to.equal('911');
    expect(emergencyNumberFor('AR')).to.equal('107');
    expect(emergencyNumberFor('CO')).to.equal('123');
    expect(emergencyNumberFor('CL')).to.equal('131');
  });

  it('accepts any case', () => {
    expect(emergencyNumberFor('gb')).to.equal('999');
    expect(emergencyNumberFor('nz')).to.equal('111');
  });

  it('returns null rather than guess', () => {
    expect(emergencyNumberFor(null)).to.equal(null);
    expect(emergencyNumberFor('ZZ')).to.equal(null);
    expect(emergencyNumberFor('')).to.equal(null);
    expect(emergencyNumberFor('419')).to.equal(null);
  });
});

describe('assess', () => {
  it('agrees with triage, levelSoFar, emergencyFlags and unansweredIds for the same answers', () => {
    const samples: Record<string, boolean | undefined>[] = [{}, allNo(), allNo({ fever: true }), allNo({ 'saddle-numbness': true, osteoporosis: true })];
    // Partly answered: every other item answered, some yes.
    const partial: Record<string, boolean | undefined> = {};
    redFlagItems.forEach((item, i) => {
      if (i % 2 === 0) partial[item.id] = i % 6 === 0;
    });
    samples.push(partial);
    for (const answers of samples) {
      const a = assess(answers);
      expect(a.result, JSON.stringify(answers)).to.deep.equal(triage(answers));
      expect(a.level).to.equal(levelSoFar(answers));
      expect(a.emergency).to.deep.equal(emergencyFlags(answers));
      expect(a.missing).to.deep.equal(unansweredIds(answers));
    }
  });
});
