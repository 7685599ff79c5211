import type { OrganizationDetails } from '../schemas/organization-schema.ts';
import { phoneLink } from './contact-details.ts';

/** RFC 6350 text values escape backslashes, commas and semicolons. */
function escapeValue(value: string): string {
  return value.replace(/[\\,;]/g, (character) => `\\${character}`).replace(/\n/g, '\\n');
}

/** The organisation as a vCard 4.0 (RFC 6350), for the reader's address book. */
export function organizationVCard(organization: OrganizationDetails): string {
  const phone = phoneLink(organization.phone, organization.address.country);
  const { address } = organization;
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:org',
    `FN:${escapeValue(organization.name)}`,
    `ORG:${escapeValue(organization.name)}`,
    `ADR;TYPE=work:;;${escapeValue(`${address.street} ${address.houseNumber}`)};${escapeValue(address.city)};${escapeValue(address.region ?? '')};${escapeValue(address.postalCode)};${address.country}`,
    `EMAIL;TYPE=work:${organization.email}`,
    `TEL;VALUE=uri;TYPE="work,voice":${phone.href}`,
    'END:VCARD',
  ];
  // vCard lines end in CRLF.
  return `${lines.join('\r\n')}\r\n`;
}
