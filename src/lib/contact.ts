import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Organization } from '../schemas/organization.ts';
import type { ContentProblem } from './content-problem.ts';

/** How a phone number is shown and dialled. `valid` is false for a number that cannot exist. */
export interface PhoneLink {
  /** Exactly as written in organization.yaml: never "corrected", never a digit invented. */
  display: string;
  /** tel: URI with the number in E.164 form (+31...), built from the digits as written. */
  href: string;
  valid: boolean;
}

/** Parsed numbers: every page shows the organisation's number (header, footer, text), parsed once per build. */
const phoneLinks = new Map<string, PhoneLink>();

export function phoneLink(phone: string, country: 'NL'): PhoneLink {
  const key = `${country} ${phone}`;
  let link = phoneLinks.get(key);
  if (!link) {
    const parsed = parsePhoneNumberFromString(phone, country);
    // An unparsable number still gets a link with its digits, so the reader can try it.
    const e164 = parsed ? parsed.number : phone.replace(/[^\d+]/g, '');
    link = { display: phone, href: `tel:${e164}`, valid: parsed?.isValid() ?? false };
    phoneLinks.set(key, link);
  }
  return { ...link };
}

export function mailtoHref(email: string, subject?: string, body?: string): string {
  const params = new URLSearchParams();
  if (subject) params.set('subject', subject);
  if (body) params.set('body', body);
  // URLSearchParams writes spaces as "+", which mail clients show literally: use %20.
  const query = params.toString().replaceAll('+', '%20');
  return `mailto:${email}${query ? `?${query}` : ''}`;
}

/** "Polsbroekpassage 8 22" */
export function streetLine(organization: Organization): string {
  return `${organization.address.street} ${organization.address.houseNumber}`;
}

/** "Cachet Re-integratie | Arbeidszaken, Polsbroekpassage 8 22, 7201CA Zutphen": the "Wie zijn we?" line. */
export function organizationLine(organization: Organization): string {
  return [organization.name, streetLine(organization), placeLine(organization)].join(', ');
}

/** "7201CA Zutphen" */
export function placeLine(organization: Organization): string {
  return `${organization.address.postalCode} ${organization.address.city}`;
}

/** Problems that should not stop a build but must reach the editor. */
export function organizationWarnings(organization: Organization, file: string): ContentProblem[] {
  const phone = phoneLink(organization.phone, organization.address.country);
  if (phone.valid) return [];
  return [
    {
      file,
      message: `phone: "${organization.phone}" is not a valid Dutch phone number (a Dutch number has ten digits, starting with 0). It is shown as written, and its link may not connect.`,
      fix: 'check the number with the organisation and correct it here',
      severity: 'warning',
    },
  ];
}

/** schema.org description of the controller, for search engines and assistants. */
export function organizationJsonLd(organization: Organization): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: organization.name,
    email: organization.email,
    telephone: phoneLink(organization.phone, organization.address.country).href.slice('tel:'.length),
    address: {
      '@type': 'PostalAddress',
      streetAddress: streetLine(organization),
      postalCode: organization.address.postalCode,
      addressLocality: organization.address.city,
      addressCountry: organization.address.country,
    },
  };
}
