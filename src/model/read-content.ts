import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { characterProblems, textRules, type TextRules } from '../guard/characters.ts';
import { checkLogo } from '../guard/logo.ts';
import { symbolicLinks } from '../guard/symlinks.ts';
import { readInterfaceTexts } from '../i18n/read-interface-texts.ts';
import { detailsAt, organizationWarnings, shownDetails } from '../organization/contact-details.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { organizationSchema } from '../schemas/organization-schema.ts';
import { sealsSchema } from '../schemas/seals-schema.ts';
import { searchTermsSchema } from '../schemas/search-schema.ts';
import { siteSchema, type SiteConfig } from '../schemas/site-schema.ts';
import type { UiStrings } from '../schemas/strings-schema.ts';
import { versionsSchema } from '../schemas/versions-schema.ts';
import { assignAnchors } from './anchors.ts';
import { extractBlocks } from './blocks.ts';
import {
  SEALS_FILE,
  type Broken,
  type Content,
  type ContentAsRead,
  type StatementDocument,
} from './content-model.ts';
import { readDataFile } from './data-file.ts';
import { documentKey, GENERAL, partIds } from './parts.ts';
import { readStatementFiles } from './read-statement-files.ts';
import { checkStructure } from './structure.ts';

/** For data files, which hold every language: the letters and characters of all of them. */
function unionRules(site: SiteConfig | undefined): TextRules {
  if (!site) return { scripts: 'any', locale: 'en' };
  const rules = site.languages.map(textRules);
  return {
    scripts: [...new Set(rules.flatMap((rule) => (rule.scripts === 'any' ? [] : rule.scripts)))],
    allowed: new Set(rules.flatMap((rule) => [...(rule.allowed ?? [])])),
    locale: 'en',
  };
}

/**
 * Reads everything in content/ once: the configuration, the organisation, the versions, the seals,
 * the interface texts and every statement file, checks each on its own, and builds the content
 * model (documents with blocks, facts and anchors). `content` is there only when nothing is in
 * error, so that no page is ever built from content the checks refused.
 */
export function readContent(root: string, { seals = true }: { seals?: boolean } = {}): ContentRead {
  // Nothing is read through a link: it could point outside the repository.
  const links = existsSync(join(root, 'content')) ? symbolicLinks(root) : [];
  if (links.length > 0) return { problems: links, broken: NOTHING_BROKEN };
  const problems: ContentProblem[] = [];
  const siteFile = readDataFile(
    root,
    'content/site.yaml',
    siteSchema,
    unionRules(undefined),
    'correct the value as described; see docs/adopting.md, "content/site.yaml"',
  );
  problems.push(...siteFile.problems);
  const site = siteFile.data;
  if (!site) return { problems, broken: NOTHING_BROKEN };
  const rules = unionRules(site);
  // The letters of site.yaml could only be judged once its languages were known.
  problems.push(...characterProblems(siteFile.text ?? '', rules, 'content/site.yaml', ['script']));
  if (site.brand?.logo) problems.push(...checkLogo(root, site.brand.logo));

  const organizationFile = readDataFile(
    root,
    'content/organization.yaml',
    organizationSchema,
    rules,
    'correct the field as described; see docs/editing.md, "Contact details"',
  );
  const versionsFile = readDataFile(
    root,
    'content/versions.yaml',
    versionsSchema,
    rules,
    'correct the entry as described; see docs/editing.md, "Versions"',
  );
  const sealsFile =
    seals && existsSync(join(root, SEALS_FILE))
      ? readDataFile(
          root,
          SEALS_FILE,
          sealsSchema,
          rules,
          'content/seals.yaml is written by npm run seal; restore it with git checkout -- content/seals.yaml',
        )
      : { problems: [], found: false, data: undefined };
  const searchFile = existsSync(join(root, 'content/search.yaml'))
    ? readDataFile(
        root,
        'content/search.yaml',
        searchTermsSchema,
        rules,
        'see docs/editing.md, "Search"',
      )
    : { problems: [], found: false, data: { terms: {}, questions: {} } };
  problems.push(
    ...organizationFile.problems,
    ...versionsFile.problems,
    ...sealsFile.problems,
    ...searchFile.problems,
  );
  const strings = readInterfaceTexts(
    root,
    site,
    rules,
    problems,
    siteFile.placeOf && ((path) => siteFile.placeOf!(path)),
  );
  const places = new Map(
    [siteFile, organizationFile, versionsFile, sealsFile, searchFile].flatMap((read, index) =>
      'placeOf' in read && read.placeOf ? [[DATA_FILE_NAMES[index]!, read.placeOf] as const] : [],
    ),
  );
  const organization = organizationFile.data;
  const versions =
    versionsFile.data && [...versionsFile.data].sort((a, b) => a.date.localeCompare(b.date));
  if (organization)
    problems.push(...organizationWarnings(organization, 'content/organization.yaml'));

  // The statement files are checked even when a data file is not valid, so that one report has
  // every problem; without the versions, the folders cannot be checked against them.
  const binding = site.languages.find((language) => language.binding)!;
  const sealedFiles = new Set(
    Object.values(sealsFile.data ?? {}).flatMap((seal) => Object.keys(seal.files)),
  );
  const { parsed, fileHashes, missing } = readStatementFiles(
    root,
    site,
    versions,
    problems,
    sealedFiles,
  );
  const documents = new Map<string, StatementDocument>();
  for (const file of parsed) {
    // What <Organization />, <Email /> and <Phone /> show on the version's date: what its seal records.
    const shown = organization && shownDetails(detailsAt(organization, file.version));
    const blocks = extractBlocks(file.tree, (name) => shown?.[name] ?? `⟨${name}⟩`);
    documents.set(documentKey(file.part, file.version, file.locale), {
      file: file.file,
      part: file.part,
      version: file.version,
      locale: file.locale,
      title: file.header.title,
      ...(file.header.translation ? { translatedFrom: file.header.translation.source } : {}),
      sha256: file.sha256,
      source: file.source,
      links: file.links,
      blocks,
    });
  }
  problems.push(...checkStructure(binding.code, documents));
  const broken = brokenBy(problems, binding.code, missing);
  if (!versions) return { problems, broken };

  assignAnchors(
    partIds(site).map((part) => ({
      part,
      versions: versions.flatMap((version) => {
        const document = documents.get(documentKey(part, version.date, binding.code));
        return document ? [{ version: version.date, blocks: document.blocks }] : [];
      }),
    })),
    (part) => (part === GENERAL ? '' : `${part}-`),
    (part) => part,
  );
  // A translation has the structure of its binding file (checked above): block n takes its anchor.
  for (const document of documents.values()) {
    if (document.locale === binding.code) continue;
    const source = documents.get(documentKey(document.part, document.version, binding.code));
    if (source && source.blocks.length === document.blocks.length)
      document.blocks.forEach((block, index) => (block.anchor = source.blocks[index]!.anchor));
  }
  const asRead: ContentAsRead = {
    root,
    site,
    binding,
    organization,
    versions,
    seals: sealsFile.data,
    strings: strings as Record<string, UiStrings>,
    search: searchFile.data ?? { terms: {}, questions: {} },
    documents,
    fileHashes,
    placeOf: (file, path) => places.get(file)?.(path) ?? file,
    versionsAsWritten: versionsFile.data?.map((version) => version.date) ?? [],
  };
  const inError = problems.some((problem) => problem.severity === 'error');
  return {
    ...(organization && !inError ? { content: { ...asRead, organization } } : {}),
    asRead,
    broken,
    problems,
  };
}

/** What readContent found: the model only when nothing is in error; as far as it could be read, whenever the versions could be. */
export interface ContentRead {
  content?: Content;
  asRead?: ContentAsRead;
  broken: Broken;
  problems: ContentProblem[];
}

const DATA_FILE_NAMES = [
  'content/site.yaml',
  'content/organization.yaml',
  'content/versions.yaml',
  SEALS_FILE,
  'content/search.yaml',
];

const NOTHING_BROKEN: Broken = { files: new Set(), versions: new Set() };

/** The statement files the problems are about, and the versions whose binding text they break. */
function brokenBy(
  problems: readonly ContentProblem[],
  binding: string,
  missing: readonly string[],
): Broken {
  const files = new Set<string>(missing);
  const versions = new Set<string>(missing.map((file) => file.split('/')[2]!));
  for (const problem of problems) {
    if (problem.severity !== 'error') continue;
    const match = /^content\/[^/]+\/(\d{4}-\d{2}-\d{2})\/([^/:]+)/.exec(problem.file);
    if (!match) continue;
    files.add(problem.file.replace(/:.*$/, ''));
    if (match[2] === `${binding}.mdx`) versions.add(match[1]!);
  }
  return { files, versions };
}
