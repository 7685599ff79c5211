import { describe, expect, it } from 'vitest';
import { mailtoHref, organizationWarnings, phoneLink } from '../../src/lib/contact.ts';
import type { Organization } from '../../src/schemas/organization.ts';

const organization: Organization = {
  name: 'Voorbeeld B.V.',
  address: { street: 'Markt', houseNumber: '1', postalCode: '7201 AB', city: 'Zutphen', country: 'NL' },
  email: 'privacy@voorbeeld.nl',
  phone: '0575-123456',
  supervisoryAuthority: { name: 'Autoriteit Persoonsgegevens', url: 'https://autoriteitpersoonsgegevens.nl/' },
};

describe('phoneLink', () => {
  it('dials a valid Dutch number in E.164 and shows it as written', () => {
    expect(phoneLink('0575-123456', 'NL')).toEqual({ display: '0575-123456', href: 'tel:+31575123456', valid: true });
  });

  it('keeps an impossible number as written, without inventing a digit', () => {
    const link = phoneLink('0575-54420', 'NL');
    expect(link.valid).toBe(false);
    expect(link.display).toBe('0575-54420');
    expect(link.href).toBe('tel:+3157554420');
  });
});

describe('organizationWarnings', () => {
  it('warns about an invalid phone number, naming the file and the field', () => {
    const [warning, ...rest] = organizationWarnings({ ...organization, phone: '0575-54420' }, 'content/organization.yaml');
    expect(rest).toEqual([]);
    expect(warning?.file).toBe('content/organization.yaml');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/^phone: "0575-54420" is not a valid Dutch phone number/);
  });

  it('has nothing to say about a valid one', () => {
    expect(organizationWarnings(organization, 'content/organization.yaml')).toEqual([]);
  });
});

describe('mailtoHref', () => {
  it('encodes subject and body with %20 for spaces, as mail clients expect', () => {
    expect(mailtoHref('a@b.nl', 'Inzage gegevens', 'Beste,\nGraag')).toBe(
      'mailto:a@b.nl?subject=Inzage%20gegevens&body=Beste%2C%0AGraag',
    );
  });
});
