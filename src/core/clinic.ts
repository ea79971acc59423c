/**
 * The clinic's line, as the host gives it with `clinic-name` and `clinic-phone`: a large
 * "Call Riverside Physio 020 7946 0000" link when there is a number, else a line of text. One piece,
 * so the red-flag checker's urgent and soon results and the direction finder's "see a
 * physiotherapist" say it the same way. Both values are shown as text, never as markup; only the
 * number's digits (and `+`, `*`, `#`) reach the `tel:` link.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { telHref } from './emergency.js';

/**
 * The clinic's primary action: "Call <name> <phone>" (or "Call your clinic <phone>") as a `tel:` link
 * styled as a button (`.call`, in a care card), "Contact <name>." with only a name, "Call your clinic on
 * <phone>." when the phone has no digits to dial, and nothing without either.
 */
export function renderClinicContact(clinicName: string | null | undefined, clinicPhone: string | null | undefined): TemplateResult | typeof nothing {
  const name = clinicName?.trim() ?? '';
  const phone = clinicPhone?.trim() ?? '';
  const href = phone ? telHref(phone) : null;
  if (phone && href) {
    const label = name ? msg(str`Call ${name}`, { id: 'rf-ui-call-clinic' }) : msg('Call your clinic', { id: 'rf-ui-call-your-clinic' });
    return html`<p class="call-row">
      <a class="call" part="clinic-call" href=${href}>${label} <span class="number">${phone}</span></a>
    </p>`;
  }
  if (name) return html`<p class="clinic">${msg(str`Contact ${name}.`, { id: 'rf-ui-clinic-contact' })}</p>`;
  if (phone) return html`<p class="clinic">${msg(str`Call your clinic on ${phone}.`, { id: 'rf-ui-clinic-call-text' })}</p>`;
  return nothing;
}
