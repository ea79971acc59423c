import { expect } from '@open-wc/testing';
import {
  QUESTIONNAIRE_URL,
  REQUEST_PRIORITY_SYSTEM,
  TRIAGE_LEVEL_EXTENSION_URL,
  TRIAGE_PRIORITY_EXTENSION_URL,
  buildQuestionnaire,
  buildQuestionnaireResponse,
  priorityFor,
} from '../../src/red-flag-checker/fhir.js';
import type { FhirExtension } from '../../src/red-flag-checker/fhir.js';
import { redFlagItems, triage } from '../../src/red-flag-checker/triage.js';
import type { UrgencyLevel } from '../../src/red-flag-checker/triage.js';

function allNo(overrides: Record<string, boolean | undefined> = {}): Record<string, boolean | undefined> {
  const answers: Record<string, boolean | undefined> = {};
  for (const item of redFlagItems) answers[item.id] = false;
  return { ...answers, ...overrides };
}

function extension(extensions: FhirExtension[] | undefined, url: string): FhirExtension | undefined {
  return extensions?.find((candidate) => candidate.url === url);
}

describe('buildQuestionnaire', () => {
  const questionnaire = buildQuestionnaire('1.2.3');

  it('is a FHIR R4 Questionnaire with a fixed identity', () => {
    expect(questionnaire.resourceType).to.equal('Questionnaire');
    expect(questionnaire.id).to.equal('sciatica-red-flags');
    expect(questionnaire.url).to.equal('urn:sciatica-widgets:questionnaire:red-flags');
    expect(questionnaire.url).to.equal(QUESTIONNAIRE_URL);
    expect(questionnaire.version).to.equal('1.2.3');
    expect(questionnaire.status).to.equal('active');
    expect(questionnaire.name).to.match(/^[A-Z][A-Za-z0-9_]*$/);
    expect(questionnaire.title).to.be.a('string').and.not.equal('');
  });

  it('has one required boolean item per red flag, in bank order', () => {
    expect(questionnaire.item.map((item) => item.linkId)).to.deep.equal(redFlagItems.map((item) => item.id));
    questionnaire.item.forEach((item, index) => {
      expect(item.type, item.linkId).to.equal('boolean');
      expect(item.required, item.linkId).to.equal(true);
      expect(item.text, item.linkId).to.equal(redFlagItems[index]!.question());
    });
  });

  it('records on each item the priority and level a yes would mean', () => {
    questionnaire.item.forEach((item, index) => {
      const level = redFlagItems[index]!.level;
      expect(extension(item.extension, TRIAGE_LEVEL_EXTENSION_URL)?.valueCode, item.linkId).to.equal(level);
      const coding = extension(item.extension, TRIAGE_PRIORITY_EXTENSION_URL)?.valueCoding;
      expect(coding?.system, item.linkId).to.equal(REQUEST_PRIORITY_SYSTEM);
      expect(coding?.code, item.linkId).to.equal(priorityFor(level));
    });
  });

  it('records the language only when given', () => {
    expect(questionnaire).to.not.have.property('language');
    expect(buildQuestionnaire('1.2.3', { language: 'de' }).language).to.equal('de');
  });

  it('survives a JSON round trip unchanged (no functions or undefined left in it)', () => {
    expect(JSON.parse(JSON.stringify(questionnaire))).to.deep.equal(questionnaire);
  });
});

describe('priorityFor', () => {
  it('maps the levels onto FHIR request-priority by rank', () => {
    expect(priorityFor('emergency')).to.equal('stat');
    expect(priorityFor('urgent')).to.equal('asap');
    expect(priorityFor('soon')).to.equal('urgent');
    expect(priorityFor('self-care')).to.equal('routine');
  });
});

describe('buildQuestionnaireResponse', () => {
  const authored = new Date(Date.UTC(2024, 4, 6, 10, 30, 0));

  it('is a completed QuestionnaireResponse pointing at the versioned Questionnaire', () => {
    const answers = allNo({ fever: true });
    const response = buildQuestionnaireResponse(answers, triage(answers), { authored, version: '1.2.3' });
    expect(response.resourceType).to.equal('QuestionnaireResponse');
    expect(response.questionnaire).to.equal('urn:sciatica-widgets:questionnaire:red-flags|1.2.3');
    expect(response.status).to.equal('completed');
    expect(response.authored).to.equal('2024-05-06T10:30:00.000Z');
  });

  it('answers every item with valueBoolean, in bank order, with the question text', () => {
    const answers = allNo({ fever: true, 'bowel-control': true });
    const response = buildQuestionnaireResponse(answers, triage(answers), { authored, version: '1.0.0' });
    expect(response.item.map((item) => item.linkId)).to.deep.equal(redFlagItems.map((item) => item.id));
    response.item.forEach((item, index) => {
      expect(item.text, item.linkId).to.equal(redFlagItems[index]!.question());
      expect(item.answer, item.linkId).to.deep.equal([{ valueBoolean: answers[item.linkId] }]);
    });
    const fever = response.item.find((item) => item.linkId === 'fever')!;
    expect(fever.answer[0]!.valueBoolean).to.equal(true);
    const chest = response.item.find((item) => item.linkId === 'chest-pain')!;
    expect(chest.answer[0]!.valueBoolean).to.equal(false);
  });

  const cases: Array<[UrgencyLevel, Record<string, boolean | undefined>, string, string]> = [
    ['emergency', allNo({ 'saddle-numbness': true, fever: true }), 'stat', 'STAT'],
    ['urgent', allNo({ 'foot-drop': true, osteoporosis: true }), 'asap', 'ASAP'],
    ['soon', allNo({ 'getting-worse': true }), 'urgent', 'Urgent'],
    ['self-care', allNo(), 'routine', 'Routine'],
  ];
  for (const [level, answers, code, display] of cases) {
    it(`codes a ${level} outcome as request-priority ${code}`, () => {
      const response = buildQuestionnaireResponse(answers, triage(answers), { authored, version: '1.0.0' });
      const priority = extension(response.extension, 'urn:sciatica-widgets:fhir:triage-priority');
      expect(priority?.valueCoding).to.deep.equal({ system: 'http://hl7.org/fhir/request-priority', code, display });
      expect(extension(response.extension, TRIAGE_LEVEL_EXTENSION_URL)?.valueCode).to.equal(level);
    });
  }

  it('is in progress, with only the answered items, while questions are open', () => {
    const answers = { 'bladder-control': false, osteoporosis: true };
    const response = buildQuestionnaireResponse(answers, triage(answers), { authored, version: '1.0.0' });
    expect(response.status).to.equal('in-progress');
    expect(response.item.map((item) => item.linkId)).to.deep.equal(['bladder-control', 'osteoporosis']);
    expect(response.item.map((item) => item.answer)).to.deep.equal([[{ valueBoolean: false }], [{ valueBoolean: true }]]);
  });

  it('carries an emergency yes before the rest is answered', () => {
    const answers = { 'both-legs-weakness': true };
    const response = buildQuestionnaireResponse(answers, null, { authored, version: '1.0.0' });
    expect(response.status).to.equal('in-progress');
    expect(extension(response.extension, TRIAGE_PRIORITY_EXTENSION_URL)?.valueCoding?.code).to.equal('stat');
    expect(extension(response.extension, TRIAGE_LEVEL_EXTENSION_URL)?.valueCode).to.equal('emergency');
  });

  it('has no outcome while nothing is answered yes and questions are open', () => {
    const response = buildQuestionnaireResponse({ fever: false }, null, { authored, version: '1.0.0' });
    expect(response).to.not.have.property('extension');
    expect(response.item).to.have.length(1);
  });

  it('leaves out unknown ids and non-boolean values', () => {
    const answers = { 'made-up-flag': true, fever: 'yes', osteoporosis: false } as unknown as Record<string, boolean>;
    const response = buildQuestionnaireResponse(answers, null, { authored, version: '1.0.0' });
    expect(response.item.map((item) => item.linkId)).to.deep.equal(['osteoporosis']);
  });

  it('writes authored as an ISO 8601 UTC string, from a Date or a string', () => {
    const fromString = buildQuestionnaireResponse({}, null, { authored: '2024-05-06T12:30:00+02:00', version: '1.0.0' });
    expect(fromString.authored).to.equal('2024-05-06T10:30:00.000Z');
    const fromDate = buildQuestionnaireResponse({}, null, { authored, version: '1.0.0' });
    expect(fromDate.authored).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('throws a RangeError for an authored value that is not a date', () => {
    expect(() => buildQuestionnaireResponse({}, null, { authored: 'not a date', version: '1.0.0' })).to.throw(RangeError);
  });

  it('records the language only when given', () => {
    expect(buildQuestionnaireResponse({}, null, { authored, version: '1.0.0' })).to.not.have.property('language');
    expect(buildQuestionnaireResponse({}, null, { authored, version: '1.0.0', language: 'fr' }).language).to.equal('fr');
  });

  it('survives a JSON round trip unchanged', () => {
    const answers = allNo({ 'night-pain': true });
    const response = buildQuestionnaireResponse(answers, triage(answers), { authored, version: '1.0.0' });
    expect(JSON.parse(JSON.stringify(response))).to.deep.equal(response);
  });
});
