import addressFormatter from '@fragaria/address-formatter';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import {
  regionName,
  type Organization,
  type OrganizationDetails,
} from '../schemas/organization-schema.ts';
import type { ContentProblem } from '../problems/content-problem.ts';

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

export function phoneLink(phone: string, country: string): PhoneLink {
  const key = `${country} ${phone}`;
  let link = phoneLinks.get(key);
  if (!link) {
    const parsed = parsePhoneNumberFromString(phone, country as CountryCode);
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

/** The details in force on a date: those of the first version with every change up to that day. */
export function detailsAt(organization: Organization, date: string): OrganizationDetails {
  const { changes, ...details } = organization;
  let current: OrganizationDetails = details;
  for (const { date: from, address, ...change } of changes) {
    if (from > date) break;
    // A change names only what changed; undefined fields keep what was there.
    const changed = Object.fromEntries(
      Object.entries(change).filter(([, value]) => value !== undefined),
    );
    const changedAddress = Object.fromEntries(
      Object.entries(address ?? {}).filter(([, value]) => value !== undefined),
    );
    current = { ...current, ...changed, address: { ...current.address, ...changedAddress } };
  }
  return current;
}

// Placeholders that the address formatter moves into the country's order but never rewrites, so
// that every value is shown exactly as organization.yaml writes it ("7201CA", not "7201 CA").
const TOKENS = {
  road: 'street',
  houseNumber: 'houseNumber',
  postcode: 'postalCode',
  city: 'city',
  state: 'region',
} as const;
const token = (name: string) => `\u2060${name}\u2060`;

// Every page shows the address: formatted once for each set of details.
const formatted = new WeakMap<OrganizationDetails, readonly string[]>();

/** The address in the lines and order the country writes them ("Polsbroekpassage 8 22", "7201CA Zutphen"). */
export function addressLines(details: OrganizationDetails): readonly string[] {
  let lines = formatted.get(details);
  if (!lines) formatted.set(details, (lines = formatAddress(details)));
  return lines;
}

function formatAddress(details: OrganizationDetails): string[] {
  const { address } = details;
  const placeholders = Object.fromEntries(
    Object.entries(TOKENS)
      .filter(([, field]) => address[field] !== undefined)
      .map(([component, field]) => [component, token(field)]),
  );
  const lines: string[] = addressFormatter.format(
    { ...placeholders, countryCode: address.country },
    { output: 'array', appendCountry: false },
  );
  return lines
    .map((line) =>
      line
        .replace(/\u2060(\w+)\u2060/g, (_whole, field: keyof typeof address) =>
          String(address[field] ?? ''),
        )
        .trim(),
    )
    .filter(Boolean);
}

/** "Cachet Re-integratie | Arbeidszaken, Polsbroekpassage 8 22, 7201CA Zutphen": what <Organization /> shows. */
export function organizationLine(details: OrganizationDetails): string {
  return [details.name, ...addressLines(details)].join(', ');
}

/**
 * The details as a version shows them, by what shows them: a seal records these, so that a change
 * of organization.yaml that would alter what a published version says is caught.
 */
export function shownDetails(details: OrganizationDetails): Record<string, string> {
  return {
    Organization: organizationLine(details),
    Email: details.email,
    Phone: details.phone,
    complaint: `${details.supervisoryAuthority.name} <${details.supervisoryAuthority.url}>`,
  };
}

/** Problems that should not stop a build but must reach the editor. */
export function organizationWarnings(organization: Organization, file: string): ContentProblem[] {
  const phones = [
    { phone: organization.phone, country: organization.address.country, where: 'phone' },
    ...organization.changes.flatMap((change, index) =>
      change.phone
        ? [
            {
              phone: change.phone,
              country: detailsAt(organization, change.date).address.country,
              where: `changes.${index}.phone`,
            },
          ]
        : [],
    ),
  ];
  return phones
    .filter(({ phone, country }) => !phoneLink(phone, country).valid)
    .map(({ phone, country, where }) => ({
      file,
      message: `${where}: "${phone}" is not a valid phone number in ${regionName(country)}. It is shown as written, and its link may not connect.`,
      fix: 'check the number with the organisation and correct it here',
      severity: 'warning' as const,
    }));
}

/** schema.org description of the controller, for search engines and assistants. */
export function organizationJsonLd(details: OrganizationDetails): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: details.name,
    email: details.email,
    telephone: phoneLink(details.phone, details.address.country).href.slice('tel:'.length),
    ...(details.website ? { url: details.website } : {}),
    address: {
      '@type': 'PostalAddress',
      streetAddress: `${details.address.street} ${details.address.houseNumber}`,
      postalCode: details.address.postalCode,
      addressLocality: details.address.city,
      ...(details.address.region ? { addressRegion: details.address.region } : {}),
      addressCountry: details.address.country,
    },
  };
}
