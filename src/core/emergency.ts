/**
 * Emergency advice as every element gives it: which number to call, the `tel:` link, the emergency
 * box, and the concrete safety net that goes wherever the library says "carry on with self-care".
 *
 * One place, so the checker, the pain map, the exercise card, the glide timer and the direction
 * finder name the same signs with the same number in the same words (docs/clinical-basis.md,
 * "Safety net"). The number comes from the element's `emergency-number` attribute, else from the
 * region of the page's language; when neither is known the text says "your local emergency number"
 * rather than guess, because a wrong number in an emergency is worse than none.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import type { AttributeSpec } from './attributes.js';
import { headingTag } from './headings.js';
import { getLocaleTag, regionOf } from './locale.js';

// The 27 EU member states (ISO 3166-1 alpha-2; Greece is GR here, not the EU's own "EL"). 112 works
// in every one of them.
const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

const EMERGENCY_NUMBERS: ReadonlyMap<string, string> = new Map<string, string>([
  ['US', '911'],
  ['CA', '911'],
  ['GB', '999'],
  // "UK" is not an ISO code, but people write `en-UK`; it means the same place.
  ['UK', '999'],
  ['AU', '000'],
  ['NZ', '111'],
  // Mexico moved to 911 as its single national number in 2017.
  ['MX', '911'],
  // Argentina: 107 is the medical emergency (ambulance) number nationwide; 911 is police and only
  // covers some provinces.
  ['AR', '107'],
  // Colombia: 123, the national emergency line.
  ['CO', '123'],
  // Chile: 131, the ambulance (SAMU); 133 is police.
  ['CL', '131'],
  ...EU_MEMBER_STATES.map((code): [string, string] => [code, '112']),
]);

/**
 * The emergency phone number for a region (ISO 3166-1 alpha-2, any case, e.g. from `regionOf()`),
 * or `null` when the library does not know it. Pure.
 */
export function emergencyNumberFor(region: string | null): string | null {
  if (typeof region !== 'string') return null;
  return EMERGENCY_NUMBERS.get(region.trim().toUpperCase()) ?? null;
}

/** The number for the region of the page's language (`en-GB` → 999), or `null`. */
export function pageEmergencyNumber(): string | null {
  return emergencyNumberFor(regionOf(getLocaleTag()));
}

/**
 * `emergency-number`: any text holding at least one digit (it is shown as text, never as markup).
 * Anything else falls back, with one warning, to the number of the page's region.
 */
export const emergencyNumberSpec: AttributeSpec<string | null> = {
  fallback: null,
  fallbackText: "the page region's number, or the words \"your local emergency number\"",
  expected: 'a phone number such as 999',
  parse(raw) {
    return typeof raw === 'string' && /\d/.test(raw) ? { valid: true, value: raw.trim() } : { valid: false };
  },
};

/** A `tel:` href from a phone number as people write it: only digits, `+`, `*` and `#` are kept. Pure. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+*#]/g, '').replace(/#/g, '%23');
  return /\d/.test(digits) ? `tel:${digits}` : null;
}

/** A phone number as a `tel:` link (text in a text binding, never markup), or as text when it has no digits. */
export function renderTel(phone: string, className?: string): TemplateResult {
  const href = telHref(phone);
  return href ? html`<a class=${className ?? nothing} href=${href}>${phone}</a>` : html`<span>${phone}</span>`;
}

// --- the emergency advice: the same words in the checker, the pain map and the direction finder ---

export function emergencyTitle(): string {
  return msg('Get emergency help now', { id: 'rf-advice-emergency-title' });
}

export function emergencyAction(number: string | null): string {
  return number
    ? msg(str`Call ${number} or go to the nearest emergency department now.`, { id: 'rf-advice-emergency-action' })
    : msg('Call your local emergency number or go to the nearest emergency department now.', {
        id: 'rf-advice-emergency-action-no-number',
      });
}

export function emergencyTimeframe(): string {
  return msg('Now. Do not wait to see if it gets better.', { id: 'rf-advice-emergency-timeframe' });
}

/** The large "Call 999" link of an emergency box, or nothing when the number is unknown. */
export function renderEmergencyCall(number: string | null): TemplateResult | typeof nothing {
  const href = number ? telHref(number) : null;
  if (!number || !href) return nothing;
  return html`<p class="call-row"><a class="call" part="emergency-call" href=${href}>${msg(str`Call ${number}`, { id: 'rf-ui-call-number' })}</a></p>`;
}

/**
 * The emergency box: heading, why (when the element knows), what to do with the large call button, and
 * how soon. `role="alert"`, so it is announced the moment it appears; never behind a click or an
 * animation. `extra` is the element's own line under it (the checker's "you can still answer the rest").
 */
export function renderEmergencyBox(
  number: string | null,
  { reasons = [], extra = nothing, level = 2 }: { reasons?: readonly string[]; extra?: TemplateResult | typeof nothing; level?: number } = {},
): TemplateResult {
  const h = headingTag(level);
  return html`<div class="emergency" part="emergency" role="alert" aria-labelledby="emergency-title">
    ${staticHtml`<${h} id="emergency-title">${emergencyTitle()}</${h}>`}
    ${reasons.map((reason) => html`<p class="reason">${reason}</p>`)}
    <p>${emergencyAction(number)}</p>
    ${renderEmergencyCall(number)}
    <p>${emergencyTimeframe()}</p>
    ${extra}
  </div>`;
}

/**
 * The concrete safety net: the emergency signs in plain words, and what to do, with the number as a
 * `tel:` link. Shown wherever the library tells someone to carry on with self-care; "get help as the
 * questions say" is not a safety net.
 */
export function renderSafetyNet(number: string | null): TemplateResult {
  const href = number ? telHref(number) : null;
  return html`<p class="safety-net" part="safety-net">
    ${number && href
      ? msg(
          html`If you get numbness between your legs or around your bottom, new trouble peeing or controlling your bladder or bowels, or sciatica in both legs, call <a href=${href}>${number}</a> or go to an emergency department now.`,
          { id: 'sw-safety-net' },
        )
      : msg(
          'If you get numbness between your legs or around your bottom, new trouble peeing or controlling your bladder or bowels, or sciatica in both legs, call your local emergency number or go to an emergency department now.',
          { id: 'sw-safety-net-no-number' },
        )}
  </p>`;
}
