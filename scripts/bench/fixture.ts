// Throw-away copies of the project for the build benchmark: the real content as it is, or a site
// generated from it with more versions and more languages (see scripts/bench.ts).
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parse, stringify } from 'yaml';
import { readContent } from '../../src/model/read-content.ts';
import { setHeaderValue } from '../../src/edit/statement-header.ts';
import { partIds } from '../../src/model/parts.ts';
import { sealVersion } from '../../src/versions/seals.ts';
import { DOCUMENT_NAMES, fillDocument } from '../../src/i18n/document-names.ts';
import { mapTexts } from '../../src/i18n/read-interface-texts.ts';
import type { SiteConfig } from '../../src/schemas/site-schema.ts';

export {
  cleanBuildOutput,
  copyProject,
  PROJECT_ROOT,
  removeProject,
} from '../../tests/harness/project-copy.ts';

/**
 * Languages a generated site may add to the site's own, in this order (those it has are skipped):
 * languages the project has no interface texts for, as an organisation adds them, with every text
 * its own (here the template language's words). German or French would take the project's texts,
 * and the content check reads their retention words in their language, not the template's.
 */
const EXTRA_LOCALES = [
  { code: 'es', name: 'Español', intl: 'es-ES' },
  { code: 'it', name: 'Italiano', intl: 'it-IT' },
  { code: 'pt', name: 'Português', intl: 'pt-PT' },
  { code: 'sv', name: 'Svenska', intl: 'sv-SE' },
  { code: 'da', name: 'Dansk', intl: 'da-DK' },
  { code: 'pl', name: 'Polski', intl: 'pl-PL' },
  { code: 'fi', name: 'Suomi', intl: 'fi-FI' },
];

/** A generated site: how many versions (the newest real ones first) and how many languages. */
export interface SiteShape {
  versions: number;
  locales: number;
}

interface VersionEntry {
  date: string;
  provenance: string;
  material: boolean;
  summary: Record<string, string>;
  corrections?: { date: string; reason: Record<string, string> }[];
}

/**
 * The interface texts of a language: the project's own, with the organisation's on top, and the
 * document named in words (in a language the project has no texts for, no placeholder is filled).
 */
function templateStrings(dir: string, code: string): Record<string, unknown> {
  const product = join(dir, `src/i18n/strings/${code}.json`);
  const own = join(dir, `content/strings/${code}.yaml`);
  const [forms = {}] = Object.values(DOCUMENT_NAMES[code.split('-')[0]!] ?? {});
  return mapTexts(
    {
      ...(existsSync(product)
        ? (JSON.parse(readFileSync(product, 'utf8')) as Record<string, unknown>)
        : {}),
      ...(existsSync(own) ? (parse(readFileSync(own, 'utf8')) as Record<string, unknown>) : {}),
    },
    (text) => fillDocument(text, forms),
  ) as Record<string, unknown>;
}

/** The texts with every plural form the language uses (Intl.PluralRules), the missing ones as "other". */
function withPluralForms(strings: Record<string, unknown>, code: string): Record<string, unknown> {
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  return Object.fromEntries(
    Object.entries(strings).map(([key, value]) => {
      if (typeof value !== 'object' || value === null) return [key, value];
      const forms = value as Record<string, string>;
      return [
        key,
        Object.fromEntries(
          categories.map((category) => [category, forms[category] ?? forms.other!]),
        ),
      ];
    }),
  );
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Appends a paragraph to a statement file and to its translations in `locales`, and records the
 * new source hash in each translation, so that the translations stay current.
 */
function appendParagraph(dir: string, folder: string, binding: string, paragraph: string): void {
  const source = join(dir, folder, `${binding}.mdx`);
  const sourceText = `${readFileSync(source, 'utf8').trimEnd()}\n\n${paragraph}\n`;
  writeFileSync(source, sourceText);
  for (const file of readdirSync(join(dir, folder))) {
    if (file === `${binding}.mdx`) continue;
    const path = join(dir, folder, file);
    const text = `${readFileSync(path, 'utf8').trimEnd()}\n\n${paragraph}\n`;
    writeFileSync(
      path,
      /^---[\s\S]*?\n\s+source:/.test(text)
        ? setHeaderValue(
            text,
            ['translation', 'source'],
            createHash('sha256').update(sourceText).digest('hex'),
          )
        : text,
    );
  }
}

/**
 * Turns a copy into a generated site. Versions: the newest `shape.versions` real versions when
 * there are enough, else all of them and new ones, a week apart after the newest, each a copy of
 * the newest real version with one paragraph added to the general sections and one to a rotating
 * audience (so that every pair of versions differs, as real versions do, and every comparison page
 * has something to diff). Languages: the site's own, then Spanish, Italian, ... (EXTRA_LOCALES) as
 * copies of its first translation (or of the binding text), with that language's interface
 * strings and slugs (allowed: slugs need only be unique per language).
 * The versions are sealed, as published versions are.
 */
export function generateSite(dir: string, shape: SiteShape): void {
  const siteFile = join(dir, 'content/site.yaml');
  const site = parse(readFileSync(siteFile, 'utf8')) as SiteConfig;
  const parts = partIds(site);
  const audiences = site.audiences.map((audience) => audience.id);
  const binding = site.languages.find((language) => language.binding)!.code;
  // The language the added ones copy: the first translation, or the binding language itself.
  const template = site.languages.find((language) => !language.binding)?.code ?? binding;
  const versionsFile = join(dir, 'content/versions.yaml');
  const real = (parse(readFileSync(versionsFile, 'utf8')) as VersionEntry[]).sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  const newest = real.at(-1)!;
  const kept = real.slice(Math.max(0, real.length - shape.versions));
  for (const dropped of real.filter((version) => !kept.includes(version))) {
    for (const collection of parts)
      rmSync(join(dir, 'content', collection, dropped.date), { recursive: true, force: true });
  }
  const versions = [...kept];
  for (let k = 1; versions.length < shape.versions; k++) {
    const date = addDays(newest.date, 7 * k);
    for (const collection of parts) {
      cpSync(
        join(dir, 'content', collection, newest.date),
        join(dir, 'content', collection, date),
        { recursive: true },
      );
    }
    // The same words in every language: the text is measured, not read.
    appendParagraph(
      dir,
      `content/general/${date}`,
      binding,
      `Version ${k} applies from ${date} and was made to measure the build time.`,
    );
    appendParagraph(
      dir,
      `content/${audiences[k % audiences.length]}/${date}`,
      binding,
      `In version ${k} a sentence was added for this group, only to measure the comparison.`,
    );
    versions.push({
      date,
      provenance: 'original',
      material: false,
      summary: Object.fromEntries(
        site.languages.map((language) => [
          language.code,
          `Measurement version ${k}: a paragraph added.`,
        ]),
      ),
    });
  }

  const available = EXTRA_LOCALES.filter(
    (locale) => !site.languages.some((language) => language.code === locale.code),
  );
  const own = site.languages.length;
  if (shape.locales < own || shape.locales > own + available.length) {
    throw new Error(
      `A generated site of this content has from ${own} to ${own + available.length} languages (asked: ${shape.locales}).`,
    );
  }
  const extra = available.slice(0, shape.locales - own);
  if (extra.length > 0) {
    // A language is content: an entry in site.yaml (with its words for the audiences and the
    // retention vocabulary, here the template language's), its interface texts and its statement files.
    const strings = templateStrings(dir, template);
    mkdirSync(join(dir, 'content/strings'), { recursive: true });
    for (const locale of extra) {
      site.languages.push({
        code: locale.code,
        name: locale.name,
        intl: locale.intl,
        dir: 'ltr',
        path: locale.code.toLowerCase(),
      });
      for (const audience of site.audiences) {
        for (const field of ['name', 'readers', 'description', 'slug'] as const)
          audience[field][locale.code] = audience[field][template]!;
      }
      for (const term of [...site.retention.starts, ...site.retention.events])
        term.label[locale.code] = term.label[template]!;
      writeFileSync(
        join(dir, `content/strings/${locale.code}.yaml`),
        stringify(withPluralForms(strings, locale.code), { lineWidth: 0 }),
      );
      for (const version of versions) {
        for (const collection of parts) {
          const copied = join(dir, 'content', collection, version.date, `${template}.mdx`);
          if (existsSync(copied))
            cpSync(copied, join(dir, 'content', collection, version.date, `${locale.code}.mdx`));
        }
        version.summary[locale.code] = version.summary[template] ?? version.summary[binding]!;
      }
    }
  }

  writeFileSync(siteFile, stringify(site, { lineWidth: 0 }));
  writeFileSync(versionsFile, stringify(versions, { lineWidth: 0 }));
  const { content, problems } = readContent(dir, { seals: false });
  if (!content)
    throw new Error(
      `The generated site's content has problems:\n${problems.map((problem) => `${problem.file}: ${problem.message}`).join('\n')}`,
    );
  const seals = Object.fromEntries(
    versions.map((version) => [
      version.date,
      sealVersion(content, version.date, version.corrections?.length ?? 0),
    ]),
  );
  writeFileSync(
    join(dir, 'content/seals.yaml'),
    stringify(seals, { sortMapEntries: true, lineWidth: 0 }),
  );
}
