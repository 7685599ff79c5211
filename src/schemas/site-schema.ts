import { z } from 'astro/zod';
import { httpsUrlSchema, localizedSchema, slugSchema, textSchema } from './shared-schema.ts';

/** A BCP 47 tag in its canonical spelling ("nl", "en", "de-CH"), as Intl reads it. */
function isCanonicalLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value)[0] === value;
  } catch {
    return false;
  }
}

const languageSchema = z
  .strictObject({
    code: z
      .string()
      .refine(
        isCanonicalLanguageTag,
        'expected a language code such as "de", "nl-BE", "pt-BR" or "sr-Latn" (BCP 47, canonical spelling)',
      )
      .describe(
        'Language code (BCP 47), as written in lang and hreflang: nl, nl-BE, de-CH, pt-BR, zh-Hant-TW. The name of the statement files (nl-BE.mdx) and of content/strings/<code>.yaml.',
      ),
    path: slugSchema('URL segment')
      .optional()
      .describe(
        'The URL segment of the language (/nl-be/, /fr/). Default: the code in lower case.',
      ),
    name: textSchema(
      'The language in its own words, for the language switch (Nederlands, English, Deutsch).',
    ),
    intl: z
      .string()
      .refine(
        (value) =>
          isCanonicalLanguageTag(value) &&
          Intl.DateTimeFormat.supportedLocalesOf([value]).length === 1,
        'expected a locale that Intl knows, e.g. "de-DE" or "en-GB"',
      )
      .optional()
      .describe(
        'Locale for dates, numbers and plurals ("en-GB" writes 6 January 2020, "en-US" January 6, 2020). Default: the code.',
      ),
    register: z
      .enum(['formal', 'informal'])
      .optional()
      .describe(
        'How the interface addresses the reader where the language has two ways: formal (nl "u", de "Sie") or informal (nl "jij", de "du"). Default: the project\'s texts (nl informal, de and fr formal).',
      ),
    document: z
      .union([z.string().trim().min(1), z.record(z.string(), z.string().trim().min(1))])
      .optional()
      .describe(
        'What the document is called in this language: a name the project knows (nl: "privacy statement" or "privacyverklaring"; en: "privacy statement", "privacy notice" or "privacy policy"; de: "Datenschutzerklärung" or "Datenschutzinformation"; fr: "déclaration de confidentialité" or "politique de confidentialité"), or every form its interface texts need (docs/adopting.md).',
      ),
    dir: z
      .enum(['ltr', 'rtl'])
      .default('ltr')
      .describe('Writing direction: ltr (left to right) or rtl.'),
    binding: z
      .literal(true)
      .optional()
      .describe(
        'Set on the one language whose text is legally binding; every other language is a translation of it.',
      ),
    scripts: z
      .array(
        z
          .string()
          .regex(/^[A-Z][a-z]{3}$/, 'expected an ISO 15924 script code such as "Latn" or "Cyrl"'),
      )
      .min(1)
      .optional()
      .describe(
        'The scripts its letters are written in (ISO 15924). Default: the usual script of the language (Latn for nl, en, de, fr). A word that mixes in letters of another script is refused as a look-alike.',
      ),
    formatCharacters: z
      .array(z.string().regex(/^U\+[0-9A-F]{4,6}$/, 'expected a code point written U+200C'))
      .optional()
      .describe(
        'Invisible format characters this language needs in its text (e.g. U+200C ZERO WIDTH NON-JOINER for Persian). Every other invisible character is refused.',
      ),
  })
  // What is not written is the language's own: its URL segment and its Intl locale are its code.
  .transform((language) => ({
    ...language,
    path: language.path ?? language.code.toLowerCase(),
    intl: language.intl ?? language.code,
  }));

const audienceSchema = z.strictObject({
  id: slugSchema(
    'Stable id of the audience: its folder content/<id>/ and the anchor of its section. Never change it once published.',
  ),
  name: localizedSchema(
    'Short name per language, for menus, titles and the search filter (Patienten / Patients).',
  ),
  readers: localizedSchema(
    'Who they are, as the words after "for" in the title of their view, per language: "Datenschutzerklärung für Patientinnen und Patienten" (Patientinnen und Patienten / patients).',
  ),
  description: localizedSchema(
    'One line per language that helps a reader recognise themselves, under the name on the home page.',
  ),
  slug: z
    .record(z.string(), slugSchema('URL slug'))
    .describe('URL slug of the audience view per language (/de/patienten/, /en/patients/).'),
});

const termSchema = z.strictObject({
  id: slugSchema(
    'Id the statement files use in <Retention from="..."> or <Retention until="...">.',
  ),
  label: localizedSchema(
    'How the summaries say it, per language ("na het einde van het dienstverband").',
  ),
});

/** Built-in value of <Retention from>: the text gives a period but not from when it runs. */
export const UNSTATED_START = 'unstated';

/**
 * content/site.yaml: everything about one organisation's site that is not its text or its contact
 * details: languages, audiences, the words of its retention facts, the notice period, its brand.
 */
export const siteSchema = z
  .strictObject({
    url: httpsUrlSchema(
      'The address the site is published at; canonical links, feeds and language alternates use it. SITE_URL overrides it for one build.',
    ).optional(),
    languages: z
      .array(languageSchema)
      .min(1, 'expected at least one language')
      .describe('The languages of the site, in the order of the language switch.'),
    audiences: z
      .array(audienceSchema)
      .min(1, 'expected at least one audience')
      .describe(
        'The audiences of the statement (the kinds of reader it speaks to), in the order the statement lists them.',
      ),
    retention: z
      .strictObject({
        starts: z
          .array(termSchema)
          .default([])
          .describe(
            `From when a period runs: <Retention period="P7Y" from="<id>">. "${UNSTATED_START}" (or no from) is built in: the text does not say.`,
          ),
        events: z
          .array(termSchema)
          .default([])
          .describe(
            'Events that end a retention without a fixed period: <Retention until="<id>">.',
          ),
      })
      .default({ starts: [], events: [] })
      .describe('The vocabulary of the retention facts in the text.'),
    notice: z
      .strictObject({
        materialChangeDays: z
          .number()
          .int()
          .min(0)
          .default(30)
          .describe(
            'Days between announcing a material version (versions.yaml: announced) and its date.',
          ),
      })
      .default({ materialChangeDays: 30 })
      .describe('How far ahead material changes are announced.'),
    brand: z
      .strictObject({
        colour: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour written #1d4f91')
          .optional()
          .describe(
            'Brand colour for links and accents; the site darkens or lightens it where contrast requires.',
          ),
        logo: z
          .string()
          .regex(
            /^[\w-]+\.(svg|png|webp)$/,
            'expected a file name in content/ ending in .svg, .png or .webp',
          )
          .optional()
          .describe('Logo file in content/, shown in the header.'),
      })
      .optional()
      .describe('Optional brand.'),
  })
  .superRefine((site, context) => {
    const codes = site.languages.map((language) => language.code);
    const issue = (path: PropertyKey[], message: string) =>
      context.addIssue({ code: 'custom', path, message });

    const binding = site.languages.filter((language) => language.binding);
    if (binding.length !== 1)
      issue(
        ['languages'],
        `exactly one language must have binding: true (found ${binding.length})`,
      );
    duplicates(codes).forEach((code) =>
      issue(['languages'], `the language "${code}" is listed twice`),
    );
    duplicates(site.audiences.map((audience) => audience.id)).forEach((id) =>
      issue(['audiences'], `the audience "${id}" is listed twice`),
    );
    site.audiences.forEach((audience, index) => {
      if (audience.id === 'general')
        issue(
          ['audiences', index, 'id'],
          '"general" is the folder of the sections for everyone; give the audience another id',
        );
      for (const field of ['name', 'readers', 'description', 'slug'] as const) {
        everyLanguage(audience[field], codes).forEach((message) =>
          issue(['audiences', index, field], message),
        );
      }
    });
    for (const code of codes) {
      duplicates(site.audiences.map((audience) => audience.slug[code] ?? ''))
        .filter(Boolean)
        .forEach((slug) =>
          issue(['audiences'], `two audiences have the slug "${slug}" in "${code}"`),
        );
    }
    for (const kind of ['starts', 'events'] as const) {
      const terms = site.retention[kind];
      duplicates(terms.map((term) => term.id)).forEach((id) =>
        issue(['retention', kind], `"${id}" is listed twice`),
      );
      terms.forEach((term, index) => {
        if (term.id === UNSTATED_START)
          issue(
            ['retention', kind, index, 'id'],
            `"${UNSTATED_START}" is built in (the text does not say); remove it here`,
          );
        everyLanguage(term.label, codes).forEach((message) =>
          issue(['retention', kind, index, 'label'], message),
        );
      });
    }
  });

export type SiteConfig = z.infer<typeof siteSchema>;
export type LanguageConfig = SiteConfig['languages'][number];

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

/** Problems of a per-language record: a language of the site missing, or a code that is not one. */
function everyLanguage(record: Record<string, unknown>, codes: readonly string[]): string[] {
  const missing = codes.filter((code) => record[code] === undefined);
  const unknown = Object.keys(record).filter((code) => !codes.includes(code));
  return [
    ...(missing.length
      ? [`missing the language(s) ${missing.map((code) => `"${code}"`).join(', ')}`]
      : []),
    ...(unknown.length
      ? [
          `${unknown.map((code) => `"${code}"`).join(', ')} is not a language of the site (languages: ${codes.join(', ')})`,
        ]
      : []),
  ];
}
