/**
 * Hostile input (issue 9): every attribute and every attribute-backed property of every element,
 * fed values a careless or malicious host page could give it.
 *
 * The list of attributes comes from custom-elements.json (fetched from the test server), and the
 * first test fails when the manifest names an attribute or writable property that `ELEMENTS` below
 * does not cover, so a new attribute cannot be added without deciding how it must treat bad input.
 * (Read-only properties such as `extent` or `state` are getters: a host cannot set them.)
 *
 * The rules every value is held to (design/API.md "Everywhere"):
 * - Nothing reaches the page: no `error` / `unhandledrejection` on window, no exception out of a
 *   setter, `setAttribute` or `updateComplete`.
 * - Nothing runs: `window.__pwned` stays unset, and the shadow DOM holds no element a payload could
 *   have created (script, img, iframe, …), no `on…` attribute and no `javascript:`/`data:` URL.
 *   Object.prototype and Array.prototype gain nothing (`__proto__` / `constructor` keys in JSON).
 * - Warnings, decided per kind of attribute:
 *   - keyword, number and boolean attributes, and `emergency-number`: an invalid value gives at
 *     least one `[sciatica-widgets]` warning naming the attribute; a valid one none;
 *   - the JSON maps (`value`, `previous`): each problem is a warning naming the attribute and only
 *     the valid part is kept. Blank text and JSON `null` mean "no map", quietly. A `previous` without
 *     `regions` (`{}`, an event detail passed by mistake) is no earlier map: ignored with a warning,
 *     because comparing with it would call any leg symptom "spreading" (a false stop warning);
 *   - free text (`frequency`, `clinic-name`, `clinic-phone`, `storage-key`): every string is a valid
 *     value (it is shown as text, or only used as a key), so no warning; odd Unicode is the host's
 *     business. A non-text value set from script is left out with a warning (a finite number is used
 *     as its digits);
 *   - `exercise`: an id that is not in the catalogue is the "cannot work" case: error state, a
 *     `widget-error` event and a warning naming the attribute.
 *   Every library warning stays short (under 2,000 characters), so a 100 KB value cannot flood the console.
 * - Render: an invalid value renders exactly what the element renders without the attribute (same
 *   elements, same text: the documented fallback); a valid value renders the normal UI with no error
 *   state. The rendered text never contains a 100 KB value, except in a free-text attribute that is
 *   shown (`frequency`, `clinic-name`, `clinic-phone`, and `emergency-number`, which is shown when valid).
 * - Setting a good value after a bad one renders exactly what a fresh element with the good value
 *   renders.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { redFlagItems } from '../../src/red-flag-checker/triage.js';
import { references } from '../../src/content/references.js';
import { regionsInView, type BodyView } from '../../src/pain-map/regions.js';
import { exerciseCategories } from '../../src/content/exercises/types.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

type Tag = 'red-flag-checker' | 'exercise-card' | 'nerve-glide-timer' | 'pain-map' | 'direction-finder';
type Host = LitElement & Record<string, unknown>;

// --- what each attribute accepts (the rules the test holds the elements to) ----------------------

/** A decimal number as HTML writes one; `0x10`, `1_000` or `Infinity` are not numbers to a page author. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

type Rule =
  | { kind: 'enum'; values: readonly string[]; fallback: string }
  | { kind: 'number'; min: number; max: number; integer: boolean; fallback: number | undefined }
  | { kind: 'boolean' }
  /** Free text; `shown`: it appears in the rendered text. A non-text value from script warns and is left out. */
  | { kind: 'text'; shown: boolean }
  /** `emergency-number`: text with at least one digit. */
  | { kind: 'phone' }
  | { kind: 'exercise' }
  | { kind: 'map' };

type Verdict =
  /** Valid: the property reads `value`. */
  | { valid: true; value: unknown }
  /** Invalid: warning, fallback (or for `exercise`, the error state with `code`). */
  | { valid: false; code?: string };

function judge(rule: Rule, attribute: string, raw: unknown): Verdict {
  // Unset: the fallback, quietly (API.md: "missing … falls back").
  if (raw === null || raw === undefined) {
    switch (rule.kind) {
      case 'exercise':
        return { valid: false, code: 'missing-exercise' };
      case 'enum':
      case 'number':
        return { valid: true, value: rule.fallback };
      case 'boolean':
        return { valid: true, value: false };
      default:
        return { valid: true, value: null };
    }
  }
  switch (rule.kind) {
    case 'enum': {
      const match = typeof raw === 'string' ? rule.values.find((v) => v === raw.trim().toLowerCase()) : undefined;
      return match === undefined ? { valid: false } : { valid: true, value: match };
    }
    case 'number': {
      let n = Number.NaN;
      if (typeof raw === 'number') n = raw;
      else if (typeof raw === 'string' && DECIMAL.test(raw.trim())) n = Number(raw.trim());
      const ok = Number.isFinite(n) && n >= rule.min && n <= rule.max && (!rule.integer || Number.isInteger(n));
      return ok ? { valid: true, value: n + 0 } : { valid: false };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { valid: true, value: raw };
      const text = typeof raw === 'string' ? raw.trim().toLowerCase() : null;
      return text === '' || text === 'true' || text === attribute ? { valid: true, value: true } : { valid: false };
    }
    case 'text':
      if (typeof raw === 'string') return { valid: true, value: raw };
      if (typeof raw === 'number' && Number.isFinite(raw)) return { valid: true, value: raw };
      return { valid: false };
    case 'phone':
      return typeof raw === 'string' && /\d/.test(raw) ? { valid: true, value: raw.trim() } : { valid: false };
    case 'exercise':
      if (typeof raw !== 'string') return { valid: false, code: 'invalid-exercise' };
      if (raw.trim() === '') return { valid: false, code: 'missing-exercise' };
      return { valid: false, code: 'unknown-exercise' }; // hostile strings are never catalogue ids
    case 'map':
      return mapVerdict(raw, attribute);
  }
}

/**
 * The generic hostile values against a JSON map: blank text and JSON `null` mean "no map". For
 * `value`, an object without `regions` is a map with nothing marked (its other fields are the
 * host's own); for `previous` it is not an earlier map (comparing with it would call any leg
 * symptom "spreading"), so it is ignored with a warning. The rest is not a map.
 */
function mapVerdict(raw: unknown, attribute: string): Verdict {
  if (typeof raw === 'string') {
    if (raw.trim() === '') return { valid: true, value: null };
    try {
      const parsed: unknown = JSON.parse(raw);
      if (parsed === null) return { valid: true, value: null };
      if (attribute === 'value' && typeof parsed === 'object' && !Array.isArray(parsed) && !Object.hasOwn(parsed, 'regions')) return { valid: true, value: null };
    } catch {
      // not JSON: invalid
    }
  }
  return { valid: false };
}

interface AttributeCase {
  attribute: string;
  property: string;
  rule: Rule;
  /** A good value, to show that a good value after a bad one restores normal behaviour. */
  good: string;
  /** What the element must be driven to for the attribute to show (the rest of the time it is not rendered). */
  stage?: (el: Host) => Promise<void>;
}

const headingLevel: AttributeCase = { attribute: 'heading-level', property: 'headingLevel', rule: { kind: 'number', min: 2, max: 6, integer: true, fallback: 2 }, good: '4' };
const theme: AttributeCase = { attribute: 'theme', property: 'theme', rule: { kind: 'enum', values: ['auto', 'light', 'dark'], fallback: 'auto' }, good: 'dark' };

/** Answers every red-flag question (no, except `yes`) by clicking, as a person would, then asks for the result. */
async function answerRedFlags(el: Host, yes: string[], submit: boolean): Promise<void> {
  const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  expect(radios.length, 'red-flag radios').to.equal(redFlagItems.length * 2);
  for (const item of redFlagItems) {
    const wanted = yes.includes(item.id) ? 'yes' : 'no';
    radios.find((r) => r.name === item.id && r.value === wanted)!.click();
  }
  await settle(el);
  if (submit) {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.see-result')!.click();
    await settle(el);
  }
}
/** The urgent result, which shows the clinic's name and phone. */
const urgentResult = (el: Host) => answerRedFlags(el, ['foot-drop'], true);
/** The emergency advice, which shows the emergency number. */
const emergencyAdvice = (el: Host) => answerRedFlags(el, ['saddle-numbness'], false);
/** The symptom question answered: its advice carries the safety net, which shows the emergency number. */
async function symptomAnswered(el: Host): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-response="unchanged"]')!.click();
  await settle(el);
}
/** A glide session run to its end (fake clock), then the symptom question answered. */
async function glideAnswered(el: Host): Promise<void> {
  let now = 0;
  const timer = el as unknown as { clock: () => number; start(): void; tick(): void };
  timer.clock = () => now;
  timer.start();
  now = 10 * 60 * 1000;
  timer.tick();
  await settle(el);
  await symptomAnswered(el);
}

/** The direction finder stopped by one safety answer yes (its advice shows the clinic or the emergency number). */
async function finderStopped(el: Host, id: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${id}"][value="yes"]`)!.click();
  await settle(el);
}

const ELEMENTS: Record<Tag, { base: Record<string, string>; attributes: AttributeCase[] }> = {
  'red-flag-checker': {
    base: {},
    attributes: [
      { attribute: 'mode', property: 'mode', rule: { kind: 'enum', values: ['auto', 'list', 'stepper'], fallback: 'auto' }, good: 'stepper' },
      { attribute: 'emergency-number', property: 'emergencyNumber', rule: { kind: 'phone' }, good: '112', stage: emergencyAdvice },
      { attribute: 'clinic-name', property: 'clinicName', rule: { kind: 'text', shown: true }, good: 'Riverside Physio', stage: urgentResult },
      { attribute: 'clinic-phone', property: 'clinicPhone', rule: { kind: 'text', shown: true }, good: '+44 20 7946 0000', stage: urgentResult },
      headingLevel,
      theme,
    ],
  },
  'exercise-card': {
    // One-sided, with reps and a hold: every dose attribute changes what it shows.
    base: { exercise: 'hip-flexor-stretch' },
    attributes: [
      { attribute: 'exercise', property: 'exercise', rule: { kind: 'exercise' }, good: 'glute-bridge' },
      { attribute: 'sets', property: 'sets', rule: { kind: 'number', min: 1, max: 20, integer: true, fallback: undefined }, good: '3' },
      { attribute: 'reps', property: 'reps', rule: { kind: 'number', min: 1, max: 100, integer: true, fallback: undefined }, good: '12' },
      { attribute: 'hold-seconds', property: 'holdSeconds', rule: { kind: 'number', min: 1, max: 600, integer: false, fallback: undefined }, good: '45' },
      { attribute: 'frequency', property: 'frequency', rule: { kind: 'text', shown: true }, good: 'twice a day' },
      { attribute: 'side', property: 'side', rule: { kind: 'enum', values: ['both', 'left', 'right'], fallback: 'both' }, good: 'left' },
      { attribute: 'condition', property: 'condition', rule: { kind: 'enum', values: ['none', 'disc', 'stenosis', 'piriformis'], fallback: 'none' }, good: 'stenosis' },
      { attribute: 'compact', property: 'compact', rule: { kind: 'boolean' }, good: '' },
      { attribute: 'no-feedback', property: 'noFeedback', rule: { kind: 'boolean' }, good: 'no-feedback' },
      headingLevel,
      { attribute: 'emergency-number', property: 'emergencyNumber', rule: { kind: 'phone' }, good: '112', stage: symptomAnswered },
      theme,
    ],
  },
  'nerve-glide-timer': {
    base: {},
    attributes: [
      { attribute: 'reps', property: 'reps', rule: { kind: 'number', min: 1, max: 50, integer: true, fallback: 10 }, good: '5' },
      { attribute: 'sets', property: 'sets', rule: { kind: 'number', min: 1, max: 10, integer: true, fallback: 1 }, good: '3' },
      { attribute: 'phase-seconds', property: 'phaseSeconds', rule: { kind: 'number', min: 1, max: 15, integer: false, fallback: 2.5 }, good: '12' },
      { attribute: 'rest-seconds', property: 'restSeconds', rule: { kind: 'number', min: 0, max: 300, integer: false, fallback: 30 }, good: '300' },
      { attribute: 'side', property: 'side', rule: { kind: 'enum', values: ['none', 'left', 'right'], fallback: 'none' }, good: 'left' },
      { attribute: 'sound', property: 'sound', rule: { kind: 'boolean' }, good: 'sound' },
      { attribute: 'voice', property: 'voice', rule: { kind: 'boolean' }, good: 'voice' },
      { attribute: 'emergency-number', property: 'emergencyNumber', rule: { kind: 'phone' }, good: '112', stage: glideAnswered },
      headingLevel,
      theme,
    ],
  },
  'pain-map': {
    // One view: half the drawing to render for each value (the `view` test renders both).
    base: { view: 'back' },
    attributes: [
      { attribute: 'view', property: 'view', rule: { kind: 'enum', values: ['back', 'front', 'both'], fallback: 'both' }, good: 'front' },
      { attribute: 'value', property: 'value', rule: { kind: 'map' }, good: '{"regions":{"left-calf":{"intensity":6,"qualities":["burning"]}}}' },
      { attribute: 'previous', property: 'previous', rule: { kind: 'map' }, good: '{"regions":{"left-sole":{"intensity":4}}}' },
      { attribute: 'readonly', property: 'readonly', rule: { kind: 'boolean' }, good: '' },
      // Only used as a localStorage key (read, never written without a click), never shown.
      { attribute: 'storage-key', property: 'storageKey', rule: { kind: 'text', shown: false }, good: 'hardening-good-key' },
      // With the saddle area marked (EXTRA_BASE) the emergency advice shows, with the number.
      { attribute: 'emergency-number', property: 'emergencyNumber', rule: { kind: 'phone' }, good: '112' },
      headingLevel,
      theme,
    ],
  },
  'direction-finder': {
    base: {},
    attributes: [
      // The urgent advice (foot drop) shows the clinic's name and phone; the emergency box the number.
      { attribute: 'clinic-name', property: 'clinicName', rule: { kind: 'text', shown: true }, good: 'Riverside Physio', stage: (el) => finderStopped(el, 'foot-drop') },
      { attribute: 'clinic-phone', property: 'clinicPhone', rule: { kind: 'text', shown: true }, good: '+44 20 7946 0000', stage: (el) => finderStopped(el, 'foot-drop') },
      // Only used as a localStorage key (read when set, written only when a test ends), never shown.
      { attribute: 'storage-key', property: 'storageKey', rule: { kind: 'text', shown: false }, good: 'hardening-good-key' },
      { attribute: 'emergency-number', property: 'emergencyNumber', rule: { kind: 'phone' }, good: '112', stage: (el) => finderStopped(el, 'saddle-numbness') },
      headingLevel,
      theme,
    ],
  },
};

const TAGS = Object.keys(ELEMENTS) as Tag[];

// Changes in `nerve-glide-timer` restSeconds/phaseSeconds are not visible on the set-up screen
// unless there is more than one set, so those run with sets="2".
const EXTRA_BASE: Partial<Record<string, Record<string, string>>> = {
  'nerve-glide-timer/rest-seconds': { sets: '2' },
  'pain-map/emergency-number': { value: '{"regions":{"saddle":{"intensity":3}}}' },
};

// --- hostile values -----------------------------------------------------------------------------

const KB100 = 100 * 1024;
/** Hostile attribute values: [label, value]. */
const HOSTILE_STRINGS: [string, string][] = [
  ['img onerror', '<img src=x onerror="window.__pwned=1">'],
  ['script breakout', '"><script>window.__pwned=1</script>'],
  ['svg onload', "'><svg onload=window.__pwned=1><animate onbegin=window.__pwned=1 attributeName=x dur=1s>"],
  ['details ontoggle', '<details open ontoggle="window.__pwned=1">x</details>'],
  ['javascript: URL', 'javascript:window.__pwned=1'],
  ['javascript: URL, mixed case and spaces', '  JaVaScRiPt:window.__pwned=1//'],
  ['data: URL', 'data:text/html,<script>window.__pwned=1</script>'],
  ['template literal', '${window.__pwned=1}'],
  ['1e308', '1e308'],
  ['2^53 + 1', '9007199254740993'],
  ['400 ones', '1'.repeat(400)],
  ['NaN', 'NaN'],
  ['Infinity', 'Infinity'],
  ['-Infinity', '-Infinity'],
  ['negative', '-1'],
  ['negative fraction', '-2.5'],
  ['-0', '-0'],
  ['zero', '0'],
  ['fraction', '1.5'],
  ['hex', '0x10'],
  ['number with unit', '12px'],
  ['empty', ''],
  ['whitespace', ' \t\n '],
  ['100 KB of text', `A${'x'.repeat(KB100)}`],
  ['100 KB of markup', `<b>${'<img src=x onerror="window.__pwned=1">'.repeat(Math.ceil(KB100 / 38))}`],
  ['100 KB of digits', `9${'9'.repeat(KB100)}`],
  ['RTL override', '\u202Eevil\u202C list'],
  ['zero-width joiners', 'l\u200Di\u200Ds\u200Dt'],
  ['emoji', '👩‍⚕️🦵💥'],
  ['lone surrogates', '\uD800list\uDFFF'],
  ['NUL', 'li\u0000st'],
  ['BOM and NBSP', '\uFEFFlist\u00A0'],
  ['fullwidth digits', '１２'],
  ['JSON null', 'null'],
  ['JSON object', '{"a":1}'],
];

/** Hostile property values (labels, since Symbols and Proxies cannot be printed safely). */
function hostileProperties(): [string, unknown][] {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  cyclic.regions = cyclic;
  const trap = () => {
    throw new Error('hostile trap');
  };
  const throwingProxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap, apply: trap });
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  return [
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['-0', -0],
    ['0', 0],
    ['-1', -1],
    ['1.5', 1.5],
    ['1e308', 1e308],
    ['2^53 + 1', 9007199254740993],
    ['true', true],
    ['false', false],
    ['null', null],
    ['undefined', undefined],
    ['{}', {}],
    ['[]', []],
    ['[5]', [5]],
    ['new Number(5)', new Number(5)],
    ['new String("list")', new String('list')],
    ['Symbol', Symbol('hostile')],
    ['BigInt', 10n],
    ['function', () => 5],
    ['Object.create(null)', Object.create(null)],
    ['throwing getter', Object.defineProperty({}, 'regions', { get: trap, enumerable: true })],
    ['throwing toString', { toString: trap, valueOf: trap, toJSON: trap }],
    ['throwing Proxy', throwingProxy],
    ['revoked Proxy', revocable.proxy],
    ['cyclic', cyclic],
    ['Date', new Date(0)],
    ...HOSTILE_STRINGS.filter(([label]) => ['img onerror', 'javascript: URL', 'empty', '100 KB of markup', 'lone surrogates', 'NUL'].includes(label)),
  ];
}

// --- hostile JSON for the pain map --------------------------------------------------------------

type Regions = Record<string, { intensity: number; qualities: string[] }>;
interface JsonCase {
  name: string;
  json: string;
  /** The map the element must end up with (only what was valid). */
  regions: Regions;
  /** Whether a warning naming the attribute is required. */
  warns: boolean;
  /** The same for `previous`, when it differs (an object without `regions` is no earlier map). */
  previousWarns?: boolean;
  /** `previous` keeps a map with nothing marked (a real `regions` with nothing wrong in it). */
  previousKept?: boolean;
  /** Different expectations when the host parses the JSON and sets the object (the text length limit does not apply). */
  object?: Partial<Pick<JsonCase, 'warns' | 'previousWarns' | 'previousKept'>>;
}

const nested = (depth: number, inner: string) => '['.repeat(depth) + inner + ']'.repeat(depth);
const calf = (intensity: number, qualities: string[] = []): Regions => ({ 'left-calf': { intensity, qualities } });

const JSON_CASES: JsonCase[] = [
  { name: 'not JSON', json: '{regions: {left-calf: 5}}', regions: {}, warns: true },
  { name: 'truncated', json: '{"regions":{"left-calf":{"intensity":5', regions: {}, warns: true },
  { name: 'JSON with a BOM', json: '\uFEFF{"regions":{"left-calf":{"intensity":5}}}', regions: {}, warns: true },
  { name: 'NaN is not JSON', json: '{"regions":{"left-calf":{"intensity":NaN}}}', regions: {}, warns: true },
  { name: 'single quotes', json: "{'regions':{}}", regions: {}, warns: true },
  { name: 'a number', json: '42', regions: {}, warns: true },
  { name: 'a string', json: '"left-calf"', regions: {}, warns: true },
  { name: 'true', json: 'true', regions: {}, warns: true },
  { name: 'an array', json: '[{"regions":{"left-calf":{"intensity":5}}}]', regions: {}, warns: true },
  // JSON null means "no map", like leaving the attribute out (centralization.ts, parsePainMap).
  { name: 'null', json: 'null', regions: {}, warns: false },
  // Extra top-level keys are the host's own data and are kept quiet (pain-map.ts, parseObject).
  { name: 'no regions', json: '{"date":"2024-01-01"}', regions: {}, warns: false, previousWarns: true },
  { name: 'an event detail instead of its value', json: '{"value":{"regions":{"left-calf":{"intensity":5}}},"extent":3,"trend":null}', regions: {}, warns: false, previousWarns: true },
  { name: 'regions null', json: '{"regions":null}', regions: {}, warns: true },
  { name: 'regions an array', json: '{"regions":[{"id":"left-calf","intensity":5}]}', regions: {}, warns: true },
  { name: 'regions a string', json: '{"regions":"left-calf"}', regions: {}, warns: true },
  { name: 'mark an array', json: '{"regions":{"left-calf":[5]}}', regions: {}, warns: true },
  { name: 'mark a number', json: '{"regions":{"left-calf":5}}', regions: {}, warns: true },
  { name: 'mark null', json: '{"regions":{"left-calf":null}}', regions: {}, warns: true },
  { name: 'intensity a string', json: '{"regions":{"left-calf":{"intensity":"7"},"right-sole":{"intensity":3}}}', regions: { 'right-sole': { intensity: 3, qualities: [] } }, warns: true },
  { name: 'intensity a fraction', json: '{"regions":{"left-calf":{"intensity":3.5}}}', regions: {}, warns: true },
  { name: 'intensity 11', json: '{"regions":{"left-calf":{"intensity":11}}}', regions: {}, warns: true },
  { name: 'intensity -1', json: '{"regions":{"left-calf":{"intensity":-1}}}', regions: {}, warns: true },
  { name: 'intensity 1e308', json: '{"regions":{"left-calf":{"intensity":1e308}}}', regions: {}, warns: true },
  { name: 'intensity 1e999 (Infinity)', json: '{"regions":{"left-calf":{"intensity":1e999}}}', regions: {}, warns: true },
  { name: 'intensity 2^53 + 1', json: '{"regions":{"left-calf":{"intensity":9007199254740993}}}', regions: {}, warns: true },
  { name: 'intensity -0 with a quality', json: '{"regions":{"left-calf":{"intensity":-0,"qualities":["numbness"]}}}', regions: calf(0, ['numbness']), warns: false },
  { name: 'intensity null', json: '{"regions":{"left-calf":{"intensity":null}}}', regions: {}, warns: true },
  { name: 'intensity true', json: '{"regions":{"left-calf":{"intensity":true}}}', regions: {}, warns: true },
  { name: 'intensity an object', json: '{"regions":{"left-calf":{"intensity":{"valueOf":5}}}}', regions: {}, warns: true },
  { name: 'intensity missing', json: '{"regions":{"left-calf":{"qualities":["burning"]}}}', regions: {}, warns: true },
  { name: 'qualities a string', json: '{"regions":{"left-calf":{"intensity":4,"qualities":"burning"}}}', regions: calf(4), warns: true },
  { name: 'qualities wrong types', json: '{"regions":{"left-calf":{"intensity":4,"qualities":[1,null,{},["burning"],"burning"]}}}', regions: calf(4, ['burning']), warns: true },
  { name: 'unknown quality', json: '{"regions":{"left-calf":{"intensity":4,"qualities":["stabbing","Burning"]}}}', regions: calf(4), warns: true },
  { name: 'unknown ids', json: '{"regions":{"left-foot":{"intensity":4},"Left-Calf":{"intensity":4},"left_calf":{"intensity":4}," left-calf":{"intensity":4},"":{"intensity":4},"toString":{"intensity":4},"hasOwnProperty":{"intensity":4}}}', regions: {}, warns: true },
  // JSON.parse keeps the last of repeated keys, so a repeated region id cannot be seen: no warning is required.
  { name: 'duplicate region ids', json: '{"regions":{"left-calf":{"intensity":2},"left-calf":{"intensity":9}}}', regions: calf(9), warns: false },
  { name: 'duplicate qualities', json: '{"regions":{"left-calf":{"intensity":4,"qualities":["burning","aching","burning"]}}}', regions: calf(4, ['aching', 'burning']), warns: true },
  { name: 'markup in ids and qualities', json: '{"regions":{"<img src=x onerror=\\"window.__pwned=1\\">":{"intensity":5},"left-calf":{"intensity":5,"qualities":["<script>window.__pwned=1</script>"]}}}', regions: calf(5), warns: true },
  { name: 'deeply nested arrays', json: nested(100_000, '1'), regions: {}, warns: true },
  { name: 'deeply nested qualities', json: `{"regions":{"left-calf":{"intensity":4,"qualities":${nested(10_000, '"burning"')}}}}`, regions: calf(4), warns: true },
  { name: 'deeply nested objects', json: `{"regions":{"left-calf":${'{"intensity":'.repeat(10_000)}1${'}'.repeat(10_000)}}}`, regions: {}, warns: true },
  {
    name: '__proto__ and constructor keys',
    json: '{"__proto__":{"polluted":"yes","regions":{"right-sole":{"intensity":9}}},"constructor":{"prototype":{"polluted":"yes"}},"regions":{"__proto__":{"intensity":9,"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"intensity":9},"left-calf":{"intensity":2,"qualities":["tingling"],"__proto__":{"polluted":"yes"}}}}',
    regions: calf(2, ['tingling']),
    warns: true,
  },
  { name: 'huge array of qualities', json: `{"regions":{"left-calf":{"intensity":4,"qualities":[${'"burning",'.repeat(90_000)}"aching"]}}}`, regions: calf(4, ['aching', 'burning']), warns: true },
  { name: 'huge top-level array', json: `[${'0,'.repeat(200_000)}0]`, regions: {}, warns: true },
  {
    name: 'thousands of unknown ids',
    json: `{"regions":{${Array.from({ length: 5_000 }, (_, i) => `"region-${i}":{"intensity":1}`).join(',')},"left-calf":{"intensity":1}}}`,
    regions: calf(1),
    warns: true,
  },
  { name: 'over a megabyte', json: `{"regions":{},"pad":"${'x'.repeat(1_100_000)}"}`, regions: {}, warns: true, object: { warns: false, previousKept: true } },
];

// --- the harness --------------------------------------------------------------------------------

const PREFIX = '[sciatica-widgets]';
let warnings: string[] = [];
let originalWarn: typeof console.warn;
const pageErrors: string[] = [];
const widgetErrors: { target: EventTarget | null; detail: { element: string; code: string; message: string } }[] = [];
let container: HTMLElement;

const onError = (event: ErrorEvent) => pageErrors.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(`unhandledrejection: ${String(event.reason)}`);
const onWidgetError = (event: Event) => widgetErrors.push({ target: event.target, detail: (event as CustomEvent).detail });

const prototypeKeys = () => [Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype)].map((k) => k.sort().join(','));
let prototypesBefore: string[];
let storageBefore: number;

before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('widget-error', onWidgetError);
});
after(async () => {
  // An <img onerror> or <details ontoggle> payload would run a task or more after it was parsed:
  // wait once, at the end, then look (the shadow DOM checks after each value catch it at once).
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(window.__pwned, 'window.__pwned: a payload ran').to.equal(undefined);
  expect(pageErrors, 'errors that reached the page').to.deep.equal([]);
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  document.removeEventListener('widget-error', onWidgetError);
});

beforeEach(() => {
  warnings = [];
  originalWarn = console.warn;
  // Collected, not forwarded: thousands of expected warnings would drown the test output.
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map((a) => String(a)).join(' '));
  };
  pageErrors.length = 0;
  widgetErrors.length = 0;
  prototypesBefore = prototypeKeys();
  storageBefore = localStorage.length;
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(function () {
  console.warn = originalWarn;
  container.remove();
  if (this.currentTest?.state === 'failed') return;
  expect(window.__pwned, 'window.__pwned: a payload ran').to.equal(undefined);
  expect(pageErrors, 'errors that reached the page').to.deep.equal([]);
  expect(prototypeKeys(), 'Object.prototype / Array.prototype changed').to.deep.equal(prototypesBefore);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype.polluted').to.equal(undefined);
  expect(localStorage.length, 'localStorage written without the person saving').to.equal(storageBefore);
});

/** Waits until the element has rendered everything it is going to (including a failure's re-render). */
async function settle(el: LitElement): Promise<void> {
  for (let i = 0; i < 10 && !(await el.updateComplete); i++);
  // The exercise card may load its content asynchronously: wait for the card or its error state.
  if (el.localName === 'exercise-card') {
    for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('[part="card"], [part="error"]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await el.updateComplete;
    }
  }
}

/** Creates an element with attributes (before it connects, as the parser would), connected and rendered. */
async function create(tag: Tag, attributes: Record<string, string>, what: string): Promise<Host> {
  const el = document.createElement(tag) as unknown as Host;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  try {
    await settle(el);
  } catch (error) {
    throw new Error(`${what}: updateComplete rejected: ${String(error)}`);
  }
  return el;
}

/** Text of the shadow root, whitespace collapsed; the red-flag result's time stamp is left out (it changes by the minute). */
function shadowText(el: Element): string {
  const root = el.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('style, .when')) continue;
    parts.push(node.nodeValue ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** What a render is made of: every element (tag and part) and the text. */
function snapshot(el: Element): { shape: string[]; text: string } {
  const shape = [...el.shadowRoot!.querySelectorAll('*')].map((node) => {
    const part = node.getAttribute('part');
    return part ? `${node.localName}[${part}]` : node.localName;
  });
  return { shape, text: shadowText(el) };
}

/** Elements and attributes only a payload would have put into the shadow DOM. */
const INJECTED_TAGS = new Set(['script', 'img', 'image', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'audio', 'video', 'source', 'portal', 'foreignobject', 'animate', 'set']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'data', 'poster']);

function expectNothingInjected(el: Element, what: string): void {
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    expect(INJECTED_TAGS.has(node.localName.toLowerCase()), `${what}: <${node.localName}> in the shadow DOM`).to.equal(false);
    for (const attribute of node.attributes) {
      expect(attribute.name.toLowerCase().startsWith('on'), `${what}: ${attribute.name}= on <${node.localName}>`).to.equal(false);
      if (URL_ATTRIBUTES.has(attribute.name.toLowerCase())) {
        expect(/^\s*(javascript|data|vbscript):/i.test(attribute.value), `${what}: ${attribute.name}="${attribute.value.slice(0, 80)}"`).to.equal(false);
      }
    }
  }
  // Every link an element makes is a phone link built from digits, +, * and # only, or the web
  // address of one of the library's own references (never anything from an attribute).
  const referenceUrls = new Set(references.map((ref) => ref.url));
  for (const link of el.shadowRoot!.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (referenceUrls.has(href)) continue;
    expect(href, `${what}: link`).to.match(/^tel:[\d+*]*(?:%23[\d+*]*)*$/);
  }
  // The light DOM is the host's: nothing is added to it.
  expect(el.children.length, `${what}: children added to the host element`).to.equal(0);
}

/** The warnings since `from` that come from the library. */
const libraryWarnings = (from: number) => warnings.slice(from).filter((w) => w.startsWith(PREFIX));

/** Whether a warning names the attribute (or property) as a word, after the element's own tag. */
function names(warning: string, tag: string, ...words: string[]): boolean {
  const text = warning.replace(`<${tag}>`, '');
  return words.some((word) => new RegExp(`(^|[^\\w-])${word.replace(/[-]/g, '\\-')}([^\\w-]|$)`).test(text));
}

/** The element's normal UI is there (no error state). */
function expectNormalUi(el: Host, tag: Tag, what: string): void {
  const root = el.shadowRoot!;
  expect(root.querySelector('[part="error"]'), `${what}: error state`).to.equal(null);
  expect(root.querySelector('[part="disclaimer"]'), `${what}: disclaimer`).to.not.equal(null);
  switch (tag) {
    case 'red-flag-checker':
      expect(root.querySelectorAll('fieldset[part="question"]').length + root.querySelectorAll('[part="result"]').length, `${what}: questions`).to.be.greaterThan(0);
      break;
    case 'exercise-card':
      expect(root.querySelector('[part="card"] [part="title"]')?.textContent?.trim(), `${what}: title`).to.not.equal('');
      expect(root.querySelector('[part="stop"]'), `${what}: stop rule`).to.not.equal(null);
      break;
    case 'nerve-glide-timer':
      // The set-up screen, or (staged for the emergency number) the completion screen.
      expect(root.querySelector('[part="setup"] button.start') ?? root.querySelector('[part="complete"] [part="symptom-question"]'), `${what}: start button or symptom question`).to.not.equal(null);
      break;
    case 'pain-map': {
      // One drawn region per catalogue region of the view(s) the element shows.
      const shown = el.view as BodyView | 'both';
      const views: BodyView[] = shown === 'both' ? ['back', 'front'] : [shown];
      const expected = views.reduce((n, view) => n + regionsInView(view).length, 0);
      expect(root.querySelectorAll('path[data-region]').length, `${what}: regions`).to.equal(expected);
      expect(expected, `${what}: regions in the catalogue`).to.be.greaterThan(0);
      break;
    }
    case 'direction-finder':
      // The four stages, and the safety questions or (staged) the advice that stopped the test.
      expect(root.querySelectorAll('[part="stages"] li').length, `${what}: stages`).to.equal(4);
      expect(root.querySelectorAll('fieldset[part="question"]').length + root.querySelectorAll('[part="stop"], [part="emergency"]').length, `${what}: questions or advice`).to.be.greaterThan(0);
      break;
  }
}

/** Error and rejection checks after each value, so a failure names the value that caused it. */
function expectNoPageErrors(what: string): void {
  expect(pageErrors, `${what}: errors that reached the page`).to.deep.equal([]);
  expect(window.__pwned, `${what}: window.__pwned`).to.equal(undefined);
  expect(prototypeKeys(), `${what}: Object.prototype / Array.prototype changed`).to.deep.equal(prototypesBefore);
}

function expectShortWarnings(from: number, what: string): void {
  for (const warning of libraryWarnings(from)) expect(warning.length, `${what}: warning of ${warning.length} characters`).to.be.lessThan(2000);
}

/**
 * The checks common to an attribute and a property: `raw` was given for `c` on `el`; `reference`
 * is what the element renders without the attribute; `from` and `errorsFrom` mark where this
 * value's warnings and widget-error events start.
 */
function expectHandled(
  el: Host,
  tag: Tag,
  c: AttributeCase,
  raw: unknown,
  label: string,
  from: number,
  errorsFrom: number,
  reference: { shape: string[]; text: string },
): void {
  const what = `<${tag}> ${c.attribute} = ${label}`;
  const verdict = judge(c.rule, c.attribute, raw);
  expectNoPageErrors(what);
  expectNothingInjected(el, what);
  expectShortWarnings(from, what);
  const mine = libraryWarnings(from);
  const naming = mine.filter((w) => names(w, tag, c.attribute, c.property));
  const events = widgetErrors.slice(errorsFrom).filter((e) => e.target === el);
  const now = snapshot(el);
  const long = typeof raw === 'string' && raw.length > 10_000;
  const shownText = c.rule.kind === 'text' ? c.rule.shown : c.rule.kind === 'phone' && verdict.valid;
  if (long && !shownText) expect(now.text.includes(raw.slice(0, 100)), `${what}: the 100 KB value is in the rendered text`).to.equal(false);

  if (c.rule.kind === 'exercise') {
    expect(verdict.valid, `${what}: the test's own verdict`).to.equal(false);
    const code = (verdict as { code: string }).code;
    // The polite error state: a status message in the element's box, instead of the card.
    expect(el.shadowRoot!.querySelector('[part="error"][role="status"]'), `${what}: error state`).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part="card"]'), `${what}: card`).to.equal(null);
    expect(events.map((e) => e.detail.code), `${what}: widget-error`).to.deep.equal([code]);
    expect(events[0]!.detail.element).to.equal(tag);
    expect(naming.length, `${what}: a warning naming the attribute, got ${JSON.stringify(mine)}`).to.be.greaterThan(0);
    expect(el.exerciseId, `${what}: exerciseId`).to.equal(null);
    expect(now.text.length, `${what}: error text length`).to.be.lessThan(1000);
    return;
  }

  expect(events, `${what}: widget-error`).to.deep.equal([]);
  if (!verdict.valid) {
    expect(naming.length, `${what}: a warning naming the attribute, got ${JSON.stringify(mine.map((w) => w.slice(0, 200)))}`).to.be.greaterThan(0);
    // The property reads the documented fallback…
    if (c.rule.kind === 'enum' || c.rule.kind === 'number') expect(el[c.property], `${what}: property`).to.equal(c.rule.fallback);
    if (c.rule.kind === 'boolean') expect(el[c.property], `${what}: property`).to.equal(false);
    if (c.rule.kind === 'phone') expect(el[c.property], `${what}: property`).to.equal(null);
    if (c.rule.kind === 'map') expect(el[c.property], `${what}: property`).to.deep.equal(c.property === 'value' ? { regions: {} } : null);
    // …and the element renders exactly what it renders without the attribute.
    expect(now.shape, `${what}: elements`).to.deep.equal(reference.shape);
    expect(now.text, `${what}: text`).to.equal(reference.text);
    return;
  }

  expect(naming, `${what}: a warning about a valid value`).to.deep.equal([]);
  expectNormalUi(el, tag, what);
  switch (c.rule.kind) {
    case 'enum':
    case 'boolean':
    case 'phone':
      expect(el[c.property], `${what}: property`).to.equal(verdict.value);
      if (c.rule.kind === 'phone' && typeof verdict.value === 'string') {
        expect(now.text.includes(verdict.value.replace(/\s+/g, ' ')), `${what}: the number is shown as text`).to.equal(true);
      }
      break;
    case 'number':
      // Object.is: "-0" must read as 0, not -0 (Intl would print "-0").
      expect(Object.is(el[c.property], verdict.value), `${what}: property is ${String(el[c.property])}, expected ${String(verdict.value)}`).to.equal(true);
      break;
    case 'map':
      expect(el[c.property], `${what}: property`).to.deep.equal(c.property === 'value' ? { regions: {} } : null);
      expect(now.shape, `${what}: elements`).to.deep.equal(reference.shape);
      break;
    case 'text': {
      // A finite number is used as its digits where the element takes non-text values at all.
      const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
      if (c.rule.shown && text !== '') expect(now.text.includes(text.replace(/\s+/g, ' ')), `${what}: shown as text`).to.equal(true);
      // Nothing usable (empty, or a value the element leaves out) renders what no attribute renders.
      if (raw === '' || (typeof raw !== 'string' && text === '')) expect(now, `${what}: render`).to.deep.equal(reference);
      // A non-text value is left out: never "[object Object]", "Symbol(…)" or "NaN" on the page.
      for (const junk of ['[object', 'Symbol(', 'undefined', 'NaN', 'function', '=>']) {
        if (!reference.text.includes(junk) && !(typeof raw === 'string' && raw.includes(junk))) expect(now.text.includes(junk), `${what}: "${junk}" rendered`).to.equal(false);
      }
      break;
    }
  }
}

async function referenceFor(tag: Tag, c: AttributeCase, attributes: Record<string, string>): Promise<{ shape: string[]; text: string }> {
  const el = await create(tag, attributes, `<${tag}> reference`);
  if (c.stage) await c.stage(el);
  const result = snapshot(el);
  el.remove();
  return result;
}

/**
 * The attributes an element starts with. An attribute test starts without the attribute under test
 * (that is also the reference render); a property test starts with the base's good value, so that
 * each bad value is a change (a repeated failure is not reported twice).
 */
const baseFor = (tag: Tag, c: AttributeCase, forProperty = false): Record<string, string> => {
  const base: Record<string, string> = { ...ELEMENTS[tag].base, ...EXTRA_BASE[`${tag}/${c.attribute}`] };
  return forProperty ? base : Object.fromEntries(Object.entries(base).filter(([name]) => name !== c.attribute));
};

// --- the tests ----------------------------------------------------------------------------------

interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  attribute?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: ManifestMember[];
}

async function manifestElements(): Promise<Map<string, { attributes: string[]; properties: string[] }>> {
  const response = await fetch('/custom-elements.json');
  expect(response.ok, 'custom-elements.json is served').to.equal(true);
  const manifest = (await response.json()) as { modules: { declarations?: ManifestDeclaration[] }[] };
  const found = new Map<string, { attributes: string[]; properties: string[] }>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      found.set(declaration.tagName, {
        attributes: (declaration.attributes ?? []).map((a) => a.name).sort(),
        // Writable public properties backed by an attribute (read-only ones such as `extent` cannot be set).
        properties: (declaration.members ?? [])
          .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public' && m.attribute)
          .map((m) => m.name)
          .sort(),
      });
    }
  }
  return found;
}

describe('hostile input: coverage', () => {
  it('covers every element, attribute and attribute-backed property in custom-elements.json', async () => {
    const manifest = await manifestElements();
    expect([...manifest.keys()].sort(), 'elements in the manifest').to.deep.equal([...TAGS].sort());
    for (const tag of TAGS) {
      const covered = ELEMENTS[tag].attributes;
      const listed = manifest.get(tag)!;
      expect(covered.map((c) => c.attribute).sort(), `<${tag}> attributes: the manifest's vs this test's`).to.deep.equal(listed.attributes);
      expect(covered.map((c) => c.property).sort(), `<${tag}> properties: the manifest's vs this test's`).to.deep.equal(listed.properties);
    }
  });

  it('knows the hostile values it claims to send', () => {
    const labels = HOSTILE_STRINGS.map(([label]) => label);
    expect(new Set(labels).size).to.equal(labels.length);
    const big = HOSTILE_STRINGS.filter(([, value]) => value.length >= KB100);
    expect(big.length).to.equal(3);
  });
});

for (const tag of TAGS) {
  describe(`hostile input: <${tag}> attributes`, () => {
    for (const c of ELEMENTS[tag].attributes) {
      it(`${c.attribute}: every hostile value is handled`, async function () {
        this.timeout(60_000);
        const base = baseFor(tag, c);
        const reference = await referenceFor(tag, c, base);
        const values: [string, string][] = c.rule.kind === 'map' ? [...HOSTILE_STRINGS, ...JSON_CASES.map((j): [string, string] => [j.name, j.json])] : HOSTILE_STRINGS;
        for (const [label, value] of values) {
          const from = warnings.length;
          const errorsFrom = widgetErrors.length;
          const el = await create(tag, { ...base, [c.attribute]: value }, `<${tag}> ${c.attribute} = ${label}`);
          if (c.stage) await c.stage(el);
          const jsonCase = JSON_CASES.find((j) => j.name === label);
          if (jsonCase) expectJsonCase(el, c, jsonCase, from, reference);
          else expectHandled(el, tag, c, value, label, from, errorsFrom, reference);
          el.remove();
        }
      });
    }
  });

  describe(`hostile input: <${tag}> properties`, () => {
    for (const c of ELEMENTS[tag].attributes) {
      it(`${c.property}: every hostile value set from script is handled`, async function () {
        this.timeout(60_000);
        const base = baseFor(tag, c, true);
        const reference = await referenceFor(tag, c, baseFor(tag, c));
        for (const [label, value] of hostileProperties()) {
          const what = `<${tag}>.${c.property} = ${label}`;
          const el = await create(tag, base, what);
          if (c.stage) await c.stage(el);
          const from = warnings.length;
          const errorsFrom = widgetErrors.length;
          // A setter never throws into the page (API.md).
          el[c.property] = value;
          expect(() => el[c.property], `${what}: reading it back`).to.not.throw();
          try {
            await settle(el);
          } catch (error) {
            throw new Error(`${what}: updateComplete rejected: ${String(error)}`);
          }
          if (c.rule.kind === 'map') expectMapProperty(el, c, value, label, from);
          else expectHandled(el, tag, c, value, label, from, errorsFrom, reference);
          el.remove();
        }
      });
    }
  });

  describe(`hostile input: <${tag}> recovers when a good value follows a bad one`, () => {
    for (const c of ELEMENTS[tag].attributes) {
      it(c.attribute, async () => {
        const base = baseFor(tag, c);
        const good = await referenceFor(tag, c, { ...base, [c.attribute]: c.good });
        // Any string is a valid free text, so there the bad value is one only script can give.
        const badProperty = c.rule.kind === 'text' ? Symbol('bad') : Number.NaN;

        // By attribute: bad (markup: invalid, or for free text shown as text), then good.
        const byAttribute = await create(tag, { ...base, [c.attribute]: '<img src=x onerror="window.__pwned=1">' }, `<${tag}> ${c.attribute} bad`);
        byAttribute.setAttribute(c.attribute, c.good);
        await settle(byAttribute);
        if (c.stage) await c.stage(byAttribute);
        expect(snapshot(byAttribute), `<${tag}> ${c.attribute}: bad then good attribute`).to.deep.equal(good);
        expect(byAttribute.shadowRoot!.querySelector('[part="error"]')).to.equal(null);

        // By property: bad, then the good attribute text assigned to the property.
        const byProperty = await create(tag, base, `<${tag}> ${c.property}`);
        byProperty[c.property] = badProperty;
        await settle(byProperty);
        byProperty[c.property] = c.good;
        await settle(byProperty);
        if (c.stage) await c.stage(byProperty);
        expect(snapshot(byProperty), `<${tag}>.${c.property}: bad then good property`).to.deep.equal(good);
        expect(pageErrors).to.deep.equal([]);
      });
    }
  });
}

/** A JSON case against `value` or `previous`: only the valid part is kept, warned about when required. */
function expectJsonCase(el: Host, c: AttributeCase, j: JsonCase, from: number, reference: { shape: string[]; text: string }): void {
  const what = `<pain-map> ${c.attribute} = ${j.name}`;
  expectNoPageErrors(what);
  expectNothingInjected(el, what);
  expectShortWarnings(from, what);
  const naming = libraryWarnings(from).filter((w) => names(w, 'pain-map', c.attribute));
  const warns = c.attribute === 'previous' ? (j.previousWarns ?? j.warns) : j.warns;
  if (warns) expect(naming.length, `${what}: a warning naming the attribute`).to.be.greaterThan(0);
  else expect(naming, `${what}: warnings`).to.deep.equal([]);
  // At most 20 problems and one "…and N more" line per map, so thousands of bad ids give a short console.
  expect(naming.length, `${what}: number of warnings`).to.be.at.most(22);
  expectNormalUi(el, 'pain-map', what);
  const marked = Object.keys(j.regions).filter((id) => j.regions[id]!.intensity > 0 || j.regions[id]!.qualities.length > 0);
  if (c.property === 'value') {
    expect(el.value, `${what}: value`).to.deep.equal({ regions: j.regions });
    expect(el.shadowRoot!.querySelectorAll('[part="list"] li').length, `${what}: listed regions`).to.equal(marked.length);
  } else {
    // A previous map with nothing usable is no previous map (it must not produce a false trend).
    expect(el.previous, `${what}: previous`).to.deep.equal(marked.length > 0 || j.previousKept ? { regions: j.regions } : null);
  }
  if (marked.length === 0) expect(snapshot(el).shape, `${what}: elements`).to.deep.equal(reference.shape);
}

/** A hostile value set as the `value` / `previous` property. */
function expectMapProperty(el: Host, c: AttributeCase, raw: unknown, label: string, from: number): void {
  const what = `<pain-map>.${c.property} = ${label}`;
  expectNoPageErrors(what);
  expectNothingInjected(el, what);
  expectShortWarnings(from, what);
  expectNormalUi(el, 'pain-map', what);
  const naming = libraryWarnings(from).filter((w) => names(w, 'pain-map', c.attribute));
  // null, undefined and blank text are "no map"; for `value` so is an object without `regions`
  // (nothing marked). Everything else here is not a map and is warned about.
  const nothing =
    raw === null ||
    raw === undefined ||
    (typeof raw === 'string' && raw.trim() === '') ||
    (c.attribute === 'value' && typeof raw === 'object' && !isHostileObject(raw) && !Array.isArray(raw) && !Object.hasOwn(raw, 'regions'));
  if (!nothing) expect(naming.length, `${what}: a warning naming the attribute, got ${JSON.stringify(libraryWarnings(from))}`).to.be.greaterThan(0);
  expect(el[c.property], `${what}: property`).to.deep.equal(c.property === 'value' ? { regions: {} } : null);
}

/** Objects that cannot be read safely (the parser must see that they are not maps, and say so). */
function isHostileObject(raw: unknown): boolean {
  try {
    Object.keys(raw as object);
    Object.getPrototypeOf(raw);
    return false;
  } catch {
    return true;
  }
}

describe('hostile input: JSON maps set from script', () => {
  it('value and previous objects built from hostile JSON keep only what is valid', async function () {
    this.timeout(60_000);
    for (const attribute of ['value', 'previous'] as const) {
      const c = ELEMENTS['pain-map'].attributes.find((a) => a.attribute === attribute)!;
      const reference = await referenceFor('pain-map', c, baseFor('pain-map', c));
      for (const j of JSON_CASES) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(j.json);
        } catch {
          continue; // not JSON: covered as text above
        }
        const el = await create('pain-map', baseFor('pain-map', c), `pain-map.${attribute} = ${j.name}`);
        const from = warnings.length;
        el[attribute] = parsed;
        await settle(el);
        // As an object, a top-level array or number is reported the same way; `null` and `{}` are "no map".
        expectJsonCase(el, c, { ...j, ...j.object }, from, reference);
        el.remove();
      }
    }
  });
});

describe('hostile input: a previous map that is not a map', () => {
  it('never produces a false "spreading" warning, whether text or an object', async () => {
    const leg = '{"regions":{"left-calf":{"intensity":5}}}';
    const notMaps: [string, unknown][] = [
      ['"null" (a template serializing a missing map)', 'null'],
      ['"{}"', '{}'],
      ['text without regions', '{"date":"2024-01-01"}'],
      ['an event detail instead of its value', { value: { regions: {} }, extent: null, trend: null }],
      ['{}', {}],
      ['garbage', 'garbage'],
      ['only unknown regions', '{"regions":{"left-foot":{"intensity":2}}}'],
    ];
    for (const [label, previous] of notMaps) {
      const el = await create('pain-map', { value: leg }, `previous = ${label}`);
      el.previous = previous;
      await settle(el);
      expect(el.trend, `previous = ${label}: trend`).to.equal(null);
      expect(el.shadowRoot!.querySelector('[data-trend]'), `previous = ${label}: a trend is shown`).to.equal(null);
      el.remove();
    }
    // A real earlier map with nothing marked is different: leg symptoms now did spread (CLINICAL.md).
    const el = await create('pain-map', { value: leg, previous: '{"regions":{}}' }, 'previous = empty map');
    expect(el.trend).to.equal('peripheralizing');
  });
});

describe('hostile input: the exercise card\'s own exercise', () => {
  const valid = () => ({
    id: 'my-bridge',
    title: 'Host bridge',
    category: exerciseCategories[1],
    aim: 'Strength.',
    steps: ['Lie down.', 'Lift.'],
    dose: { reps: 5, frequency: 'Daily' },
  });
  const badJson: [string, string][] = [
    ['not JSON', '{id: my-bridge}'],
    ['truncated', JSON.stringify(valid()).slice(0, 40)],
    ['null', 'null'],
    ['an array', JSON.stringify([valid()])],
    ['a number', '1e308'],
    ['wrong field types', JSON.stringify({ ...valid(), steps: 'Lie down.', dose: { reps: '5', frequency: 7 } })],
    ['out-of-range dose', JSON.stringify({ ...valid(), dose: { reps: 1e308, holdSeconds: -1, frequency: 'Daily' } })],
    ['markup id', JSON.stringify({ ...valid(), id: '<img src=x onerror="window.__pwned=1">' })],
    ['100 KB step', JSON.stringify({ ...valid(), steps: ['x'.repeat(KB100)] })],
    ['deeply nested', nested(100_000, '1')],
    ['__proto__ keys', '{"__proto__":{"polluted":"yes","id":"my-bridge"},"constructor":{"prototype":{"polluted":"yes"}}}'],
    ['huge array of steps', JSON.stringify({ ...valid(), steps: Array.from({ length: 100_000 }, () => 'Step.') })],
  ];

  it('a bad child JSON script gives the polite error state; a good one then shows, as text', async function () {
    this.timeout(30_000);
    for (const [label, json] of badJson) {
      const what = `<exercise-card> JSON script: ${label}`;
      const el = document.createElement('exercise-card') as unknown as Host;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      el.append(script);
      const from = warnings.length;
      const errorsFrom = widgetErrors.length;
      container.append(el);
      await settle(el);
      expectNoPageErrors(what);
      const shadowOnly = [...el.shadowRoot!.querySelectorAll('*')];
      expect(shadowOnly.some((n) => INJECTED_TAGS.has(n.localName)), `${what}: injected element`).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part="error"]'), `${what}: error state`).to.not.equal(null);
      expect(widgetErrors.slice(errorsFrom).map((e) => e.detail.code), `${what}: widget-error`).to.deep.equal(['invalid-exercise']);
      expect(libraryWarnings(from).length, `${what}: warning`).to.be.greaterThan(0);
      expectShortWarnings(from, what);
      expect(shadowText(el).length, `${what}: error text length`).to.be.lessThan(1000);

      // A good script replaces the bad one: the host's exercise, its markup-looking title as text.
      script.textContent = JSON.stringify({ ...valid(), title: '<img src=x onerror="window.__pwned=1"> Bridge' });
      // The card hears of the change through a MutationObserver, whose callback runs after this task's microtasks.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="error"]'), `${what}: recovered`).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent.trim(), `${what}: title`).to.equal('<img src=x onerror="window.__pwned=1"> Bridge');
      expect(el.shadowRoot!.querySelector('[part="title"] img')).to.equal(null);
      el.remove();
    }
  });
});
