import { siteSchema, type SiteConfig } from '../../src/schemas/site-schema.ts';

/** A small valid content/site.yaml, for unit tests that need one. */
export function testSite(overrides: Partial<Record<string, unknown>> = {}): SiteConfig {
  return siteSchema.parse({
    languages: [
      { code: 'nl', name: 'Nederlands', intl: 'nl-NL', binding: true },
      { code: 'en', name: 'English', intl: 'en-GB' },
    ],
    audiences: [
      {
        id: 'employee',
        name: { nl: 'Medewerker', en: 'Employee' },
        readers: { nl: 'medewerkers', en: 'employees' },
        description: { nl: 'Je werkt hier.', en: 'You work here.' },
        slug: { nl: 'medewerker', en: 'employee' },
      },
    ],
    retention: {
      starts: [
        {
          id: 'end-of-employment',
          label: { nl: 'na het einde van het dienstverband', en: 'after the end of employment' },
        },
      ],
      events: [
        {
          id: 'attachment-lifted',
          label: { nl: 'tot het beslag is opgeheven', en: 'until the attachment is lifted' },
        },
      ],
    },
    ...overrides,
  });
}
