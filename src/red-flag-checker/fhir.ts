/**
 * The red-flag checker in FHIR R4 terms, so a clinic's system can take the answers as they are:
 * a `Questionnaire` describing the questions and a `QuestionnaireResponse` holding one person's
 * answers and the triage outcome.
 *
 * Pure: builds plain objects, sends nothing anywhere. The interfaces below are the small part of
 * FHIR R4 these resources use, written out here so the library needs no FHIR dependency.
 */
import { redFlagQuestionnaireVersion } from '../content/red-flags.js';
import { levelSoFar, redFlagItems, unansweredIds } from './triage.js';
import type { Answers, TriageResult, UrgencyLevel } from './triage.js';

/** A FHIR `Coding`: one code from one code system. */
export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}

/** A FHIR `Extension` with the value types this library uses. */
export interface FhirExtension {
  url: string;
  valueCoding?: FhirCoding;
  valueCode?: string;
}

/** A FHIR R4 `Questionnaire.item` (only yes/no questions here). */
export interface QuestionnaireItem {
  linkId: string;
  text: string;
  type: 'boolean';
  required: boolean;
  extension?: FhirExtension[];
}

/** The parts of a FHIR R4 `Questionnaire` resource that this library fills in. */
export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  language?: string;
  subjectType?: string[];
  item: QuestionnaireItem[];
}

/** One answer of a FHIR R4 `QuestionnaireResponse.item`. */
export interface QuestionnaireResponseAnswer {
  valueBoolean: boolean;
}

/** A FHIR R4 `QuestionnaireResponse.item`. */
export interface QuestionnaireResponseItem {
  linkId: string;
  text: string;
  answer: QuestionnaireResponseAnswer[];
}

/** The parts of a FHIR R4 `QuestionnaireResponse` resource that this library fills in. */
export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  questionnaire: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  authored: string;
  language?: string;
  extension?: FhirExtension[];
  item: QuestionnaireResponseItem[];
}

/** Canonical URL of the red-flag Questionnaire. A URN, because the library owns no web host. */
export const QUESTIONNAIRE_URL = 'urn:sciatica-widgets:questionnaire:red-flags';

/** Extension carrying the FHIR request priority of a triage outcome (or of one question's "yes"). */
export const TRIAGE_PRIORITY_EXTENSION_URL = 'urn:sciatica-widgets:fhir:triage-priority';

/** Extension carrying the library's own level (`emergency`, `urgent`, `soon`, `self-care`) as a code. */
export const TRIAGE_LEVEL_EXTENSION_URL = 'urn:sciatica-widgets:fhir:triage-level';

/** FHIR's code system for how urgent a request is: routine | urgent | asap | stat. */
export const REQUEST_PRIORITY_SYSTEM = 'http://hl7.org/fhir/request-priority';

/** A code of FHIR's request-priority code system. */
export type RequestPriority = 'stat' | 'asap' | 'urgent' | 'routine';

// FHIR's request-priority codes read, from most to least urgent, stat > asap > urgent > routine,
// so the library's four levels map one to one in the same order. Note the off-by-one in names:
// our `urgent` (see a doctor today) is FHIR `asap`, and our `soon` (next few days) is FHIR
// `urgent`; the codes are matched by rank, not by the English word.
const PRIORITY: Readonly<Record<UrgencyLevel, { code: RequestPriority; display: string }>> = {
  emergency: { code: 'stat', display: 'STAT' },
  urgent: { code: 'asap', display: 'ASAP' },
  soon: { code: 'urgent', display: 'Urgent' },
  'self-care': { code: 'routine', display: 'Routine' },
};

/** The FHIR request-priority code for a triage level (emergency → stat … self-care → routine). */
export function priorityFor(level: UrgencyLevel): RequestPriority {
  return PRIORITY[level].code;
}

function triageExtensions(level: UrgencyLevel): FhirExtension[] {
  return [
    {
      url: TRIAGE_PRIORITY_EXTENSION_URL,
      valueCoding: { system: REQUEST_PRIORITY_SYSTEM, code: PRIORITY[level].code, display: PRIORITY[level].display },
    },
    // The priority alone cannot say "no warning signs" vs "routine referral"; the level can.
    { url: TRIAGE_LEVEL_EXTENSION_URL, valueCode: level },
  ];
}

/**
 * The red-flag questions as a FHIR R4 `Questionnaire`. Each item is a required yes/no question whose
 * `linkId` is the item id; its extensions give the priority and level that a "yes" would mean.
 *
 * `text` is the question in the locale active when this is called (English unless the page has
 * switched language); pass `options.language` (e.g. `'de'`) to record which one that was.
 * `version` defaults to the version of the question set (`redFlagQuestionnaireVersion`), which the
 * element's responses point at; integrators register this Questionnaire on their FHIR server.
 */
export function buildQuestionnaire(version: string = redFlagQuestionnaireVersion, options: { language?: string } = {}): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: 'sciatica-red-flags',
    url: QUESTIONNAIRE_URL,
    version,
    name: 'SciaticaRedFlags',
    title: 'Sciatica red flags',
    status: 'active',
    ...(options.language ? { language: options.language } : {}),
    subjectType: ['Patient'],
    item: redFlagItems.map((item) => ({
      linkId: item.id,
      text: item.question(),
      type: 'boolean',
      required: true,
      extension: triageExtensions(item.level),
    })),
  };
}

/** Options for `buildQuestionnaireResponse`. */
export interface QuestionnaireResponseOptions {
  /** When the answers were given: a `Date`, or a string `Date` can parse. Written as UTC ISO 8601. */
  authored: Date | string;
  /** The version of the `Questionnaire` the answers belong to (the element passes `redFlagQuestionnaireVersion`). */
  version: string;
  /** The locale of the question texts, e.g. `'fr'`. */
  language?: string;
}

/**
 * One person's answers as a FHIR R4 `QuestionnaireResponse` pointing at `buildQuestionnaire(version)`.
 *
 * Only answered questions appear as items. `status` is `completed` once every question has an
 * answer, otherwise `in-progress`. The outcome is carried as extensions (FHIR request priority plus
 * the library's level): from `result` (pass `triage(answers)`) when there is one, otherwise the
 * level so far, so that an emergency "yes" is in the record even before the rest is answered; with
 * no result and no "yes" yet there is no outcome extension.
 *
 * Throws a `RangeError` if `options.authored` is not a valid date.
 */
export function buildQuestionnaireResponse(
  answers: Answers,
  result: TriageResult | null,
  options: QuestionnaireResponseOptions,
): QuestionnaireResponse {
  const level = result?.level ?? levelSoFar(answers);
  const items: QuestionnaireResponseItem[] = [];
  for (const item of redFlagItems) {
    const value = answers[item.id];
    // Only real booleans are answers (see triage.ts); anything else is left out as unanswered.
    if (value !== true && value !== false) continue;
    items.push({ linkId: item.id, text: item.question(), answer: [{ valueBoolean: value }] });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${QUESTIONNAIRE_URL}|${options.version}`,
    status: unansweredIds(answers).length === 0 ? 'completed' : 'in-progress',
    authored: toIsoString(options.authored),
    ...(options.language ? { language: options.language } : {}),
    ...(level ? { extension: triageExtensions(level) } : {}),
    item: items,
  };
}

function toIsoString(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`buildQuestionnaireResponse: "authored" is not a valid date: ${String(value)}`);
  }
  return date.toISOString();
}
