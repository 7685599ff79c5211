import { z } from 'astro/zod';

/** Dutch postcodes: four digits (no leading zero) and two letters; SA, SD and SS are never issued. */
const DUTCH_POSTCODE = /^[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}$/;

/**
 * content/organization.yaml: the controller of the personal data. The phone number is checked
 * separately (src/lib/contact.ts) because an invalid number is a warning, not an error.
 */
export const organizationSchema = z.strictObject({
  name: z.string().trim().min(1).describe('Name of the organisation, as the statement writes it.'),
  address: z
    .strictObject({
      street: z.string().trim().min(1).describe('Street name.'),
      houseNumber: z.string().trim().min(1).describe('House number with any addition, as written.'),
      postalCode: z
        .string()
        .regex(DUTCH_POSTCODE, 'expected a Dutch postcode such as "7201 CA" or "7201CA"')
        .describe('Dutch postcode, as written.'),
      city: z.string().trim().min(1).describe('City.'),
      country: z.literal('NL').describe('ISO 3166 country code; only Dutch addresses for now.'),
    })
    .describe('Postal address.'),
  email: z.email('expected an email address such as "privacy@example.nl"').describe('Email address for questions and requests.'),
  phone: z
    .string()
    .regex(/^\+?\d[\d \-()]{5,}$/, 'expected a phone number written with digits, e.g. "0575-123456"')
    .describe('Phone number as it should be shown, e.g. "0575-123456". A number that is not a valid Dutch one gives a warning.'),
  supervisoryAuthority: z
    .strictObject({
      name: z.string().trim().min(1).describe('Name of the supervisory authority.'),
      url: z.url({ protocol: /^https$/, error: 'expected an https:// address' }).describe('Its website.'),
    })
    .describe('Where people can complain about the processing of their data.'),
});

export type Organization = z.infer<typeof organizationSchema>;
