import { z } from 'astro/zod';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import { httpsUrlSchema, isoDateSchema, textSchema } from './shared-schema.ts';

/** An ISO 3166-1 alpha-2 code that Intl can name ("NL", "DE"). */
function isRegionCode(value: string): boolean {
  return (
    /^[A-Z]{2}$/.test(value) &&
    new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(value) !== undefined
  );
}

const addressShape = {
  street: textSchema('Street name.'),
  houseNumber: textSchema('House number with any addition, as written ("8 22").'),
  postalCode: textSchema(
    'Postcode, as written ("7201CA"); checked against the rules of the country.',
  ),
  city: textSchema('City.'),
  region: textSchema(
    'State, province or region, where the country writes one in addresses.',
  ).optional(),
  country: z
    .string()
    .refine(isRegionCode, 'expected a two-letter country code such as "NL" or "DE" (ISO 3166-1)')
    .describe(
      'Country (ISO 3166-1 alpha-2): phone numbers, postcodes and the address layout follow its rules.',
    ),
};

const detailsShape = {
  name: textSchema('Name of the organisation, as the statement writes it.'),
  address: z.strictObject(addressShape).describe('Postal address.'),
  email: z
    .email('expected an email address such as "privacy@example.org"')
    .describe('Email address for questions and requests.'),
  phone: z
    .string()
    .regex(
      /^\+?\d[\d \-()./]{5,}$/,
      'expected a phone number written with digits, e.g. "0575-123456" or "+49 30 1234567"',
    )
    .describe(
      'Phone number as it should be shown. A number that is not valid in the country gives a warning.',
    ),
  website: httpsUrlSchema(
    'The organisation’s own website, if the pages may link to it.',
  ).optional(),
  supervisoryAuthority: z
    .strictObject({
      name: textSchema('Name of the supervisory authority.'),
      url: httpsUrlSchema('Its website.'),
    })
    .describe('Where people can complain about the processing of their data.'),
};

const changeSchema = z
  .strictObject({
    date: isoDateSchema.describe('The day the new details take effect.'),
    name: detailsShape.name.optional(),
    address: z
      .strictObject(addressShape)
      .partial()
      .optional()
      .describe('The address fields that changed.'),
    email: detailsShape.email.optional(),
    phone: detailsShape.phone.optional(),
    website: detailsShape.website,
    supervisoryAuthority: detailsShape.supervisoryAuthority.optional(),
  })
  .refine(
    (change) => Object.keys(change).length > 1,
    'a change names its date and at least one detail that changed',
  );

/**
 * content/organization.yaml: the controller of the personal data. The details at the top are
 * those of the first version; `changes` records each later change with the date it took effect,
 * so that every version keeps showing the details it was published with.
 */
export const organizationSchema = z
  .strictObject({
    ...detailsShape,
    changes: z
      .array(changeSchema)
      .default([])
      .describe('Later changes of the details, oldest first, each with the date it took effect.'),
  })
  .superRefine((organization, context) => {
    let country = organization.address.country;
    const checkPostcode = (postcode: string | undefined, path: PropertyKey[]) => {
      if (postcode === undefined || !postcodeValidatorExistsForCountry(country)) return;
      if (!postcodeValidator(postcode, country)) {
        context.addIssue({
          code: 'custom',
          path,
          message: `"${postcode}" is not a postcode of ${regionName(country)}`,
        });
      }
    };
    checkPostcode(organization.address.postalCode, ['address', 'postalCode']);
    organization.changes.forEach((change, index) => {
      const previous = organization.changes[index - 1];
      if (previous && change.date <= previous.date) {
        context.addIssue({
          code: 'custom',
          path: ['changes', index, 'date'],
          message: `changes must be in date order, each on a later day than the one before (${previous.date})`,
        });
      }
      country = change.address?.country ?? country;
      checkPostcode(change.address?.postalCode, ['changes', index, 'address', 'postalCode']);
    });
  });

export type Organization = z.infer<typeof organizationSchema>;
/** The details in force on one day. */
export type OrganizationDetails = Omit<Organization, 'changes'>;

export function regionName(code: string, locale = 'en'): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}
