import { describe, expect, it } from 'vitest';
import {
  addressLines,
  detailsAt,
  mailtoHref,
  organizationLine,
  organizationWarnings,
  phoneLink,
  shownDetails,
} from '../../src/organization/contact-details.ts';
import { organizationVCard } from '../../src/organization/vcard.ts';
import type { Organization } from '../../src/schemas/organization-schema.ts';

const organization: Organization = {
  name: 'Voorbeeld B.V.',
  address: {
    street: 'Markt',
    houseNumber: '1',
    postalCode: '7201AB',
    city: 'Zutphen',
    country: 'NL',
  },
  email: 'privacy@voorbeeld.nl',
  phone: '0575-123456',
  supervisoryAuthority: {
    name: 'Autoriteit Persoonsgegevens',
    url: 'https://autoriteitpersoonsgegevens.nl/',
  },
  changes: [],
};

describe('phoneLink', () => {
  it('dials a valid number of the country in E.164 and shows it as written', () => {
    expect(phoneLink('0575-123456', 'NL')).toEqual({
      display: '0575-123456',
      href: 'tel:+31575123456',
      valid: true,
    });
    expect(phoneLink('0761 2180-0', 'DE')).toEqual({
      display: '0761 2180-0',
      href: 'tel:+4976121800',
      valid: true,
    });
  });

  it('keeps an impossible number as written, without inventing a digit', () => {
    expect(phoneLink('0575-54420', 'NL')).toEqual({
      display: '0575-54420',
      href: 'tel:+3157554420',
      valid: false,
    });
  });
});

describe('organizationWarnings', () => {
  it('warns about an invalid phone number, naming the file, the field and the country', () => {
    const [warning, ...rest] = organizationWarnings(
      { ...organization, phone: '0575-54420' },
      'content/organization.yaml',
    );
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ file: 'content/organization.yaml', severity: 'warning' });
    expect(warning?.message).toMatch(
      /^phone: "0575-54420" is not a valid phone number in Netherlands/,
    );
  });

  it('checks a changed number against the country it is for', () => {
    const moved: Organization = {
      ...organization,
      changes: [
        {
          date: '2025-01-01',
          address: { country: 'DE', postalCode: '79098', city: 'Freiburg' },
          phone: '0100 123456',
        },
      ],
    };
    expect(
      organizationWarnings(moved, 'content/organization.yaml').map((warning) => warning.message),
    ).toEqual([
      'changes.0.phone: "0100 123456" is not a valid phone number in Germany. It is shown as written, and its link may not connect.',
    ]);
  });

  it('has nothing to say about valid ones', () => {
    expect(organizationWarnings(organization, 'content/organization.yaml')).toEqual([]);
  });
});

describe('detailsAt', () => {
  const changed: Organization = {
    ...organization,
    changes: [
      { date: '2024-05-01', email: 'nieuw@voorbeeld.nl' },
      { date: '2025-01-01', address: { street: 'Houtmarkt', houseNumber: '3' } },
    ],
  };

  it('gives the details in force on a day: those of the start, with every change up to that day', () => {
    expect(detailsAt(changed, '2024-04-30').email).toBe('privacy@voorbeeld.nl');
    expect(detailsAt(changed, '2024-05-01').email).toBe('nieuw@voorbeeld.nl');
    expect(detailsAt(changed, '2024-12-31').address.street).toBe('Markt');
    expect(detailsAt(changed, '2025-06-01').address).toEqual({
      street: 'Houtmarkt',
      houseNumber: '3',
      postalCode: '7201AB',
      city: 'Zutphen',
      country: 'NL',
    });
  });

  it('records, for a seal, what a version shows of them', () => {
    expect(shownDetails(detailsAt(changed, '2024-01-01'))).toEqual({
      Organization: 'Voorbeeld B.V., Markt 1, 7201AB Zutphen',
      Email: 'privacy@voorbeeld.nl',
      Phone: '0575-123456',
      complaint: 'Autoriteit Persoonsgegevens <https://autoriteitpersoonsgegevens.nl/>',
    });
  });
});

describe('addresses', () => {
  it('lays them out in the order of the country, every value as written', () => {
    expect(addressLines(organization)).toEqual(['Markt 1', '7201AB Zutphen']);
    expect(
      addressLines({
        ...organization,
        address: {
          street: 'Main Street',
          houseNumber: '12',
          postalCode: '90210',
          city: 'Beverly Hills',
          region: 'CA',
          country: 'US',
        },
      }),
    ).toEqual(['12 Main Street', 'Beverly Hills, CA 90210']);
    expect(
      addressLines({
        ...organization,
        address: {
          street: 'Downing Street',
          houseNumber: '10',
          postalCode: 'SW1A 2AA',
          city: 'London',
          country: 'GB',
        },
      }),
    ).toEqual(['10 Downing Street', 'London', 'SW1A 2AA']);
  });

  it('writes the line of <Organization /> as the statement does', () => {
    expect(
      organizationLine({
        ...organization,
        name: 'Cachet Re-integratie | Arbeidszaken',
        address: {
          street: 'Polsbroekpassage',
          houseNumber: '8 22',
          postalCode: '7201CA',
          city: 'Zutphen',
          country: 'NL',
        },
      }),
    ).toBe('Cachet Re-integratie | Arbeidszaken, Polsbroekpassage 8 22, 7201CA Zutphen');
  });
});

describe('mailtoHref', () => {
  it('encodes subject and body with %20 for spaces, as mail clients expect', () => {
    expect(mailtoHref('a@b.nl', 'Inzage gegevens', 'Beste,\nGraag')).toBe(
      'mailto:a@b.nl?subject=Inzage%20gegevens&body=Beste%2C%0AGraag',
    );
  });
});

describe('organizationVCard', () => {
  it('escapes what vCard requires and dials the number in E.164', () => {
    const card = organizationVCard({
      ...organization,
      name: 'Cachet Re-integratie | Arbeidszaken, Zutphen',
    });
    expect(card).toContain('FN:Cachet Re-integratie | Arbeidszaken\\, Zutphen\r\n');
    expect(card).toContain('ADR;TYPE=work:;;Markt 1;Zutphen;;7201AB;NL\r\n');
    expect(card).toContain('TEL;VALUE=uri;TYPE="work,voice":tel:+31575123456\r\n');
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
  });
});
