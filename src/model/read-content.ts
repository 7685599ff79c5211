import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { organizationSchema, type Organization } from '../schemas/organization-schema.ts';
import { sealsSchema, type Seals } from '../schemas/seals-schema.ts';
import { searchTermsSchema, type SearchTerms } from '../schemas/search-schema.ts';
import { siteSchema, type LanguageConfig, type SiteConfig } from '../schemas/site-schema.ts';
import type { UiStrings } from '../schemas/strings-schema.ts';
import { versionsSchema, type Version } from '../schemas/versions-schema.ts';
import { detailsAt, organizationWarnings, shownDetails } from '../organization/contact-details.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { characterProblems, defaultScripts, type TextRules } from '../guard/characters.ts';
import { readYaml } from '../guard/safe-yaml.ts';
import { isRealIsoDate } from '../time/iso-date.ts';
import { mergeUiStrings } from '../i18n/interface-texts.ts';
import { assignAnchors } from './anchors.ts';
import { extractBlocks, type Block } from './blocks.ts';
import { readDataFile } from './data-file.ts';
import { checkLogo } from '../guard/logo.ts';
import { symbolicLinks } from '../guard/symlinks.ts';
import { readStatementFile, type ParsedStatementFile, type StatementFileInfo } from './statement-file.ts';
import { checkStructure } from './structure.ts';
import { AUDIENCES_MARKER, documentKey, GENERAL, partIds } from './parts.ts';

export { AUDIENCES_MARKER, documentKey, GENERAL, partIds };
export const SEALS_FILE = 'content/seals.yaml';
/** Files of content/ other than statement folders. */
const DATA_FILES = ['site.yaml', 'organization.yaml', 'versions.yaml', 'seals.yaml', 'search.yaml'];
const STRINGS_FOLDER = 'strings';

/** The audiences a version has, in the order of site.yaml: an audience may join in a later version. */
export function audiencesIn(content: Content, version: string): string[] {
  return content.site.audiences.map((audience) => audience.id).filter((id) => content.documents.has(documentKey(id, version, content.binding.code)));
}

/** One statement file, read once and parsed into what every page, diff and export uses. */
export interface StatementDocument extends StatementFileInfo {
  /** The heading of the part (the header's title). */
  title: string;
  /** For a translation: the SHA-256 of the binding file it was made from. */
  translatedFrom?: string;
  sha256: string;
  /** The text of the file, as the content model read it; Astro renders this text, not the file again. */
  source: string;
  /** The addresses of other sites the text links to. */
  links: string[];
  /** In reading order, with anchors and with the organisation details of the version's date. */
  blocks: Block[];
}

export interface Content {
  root: string;
  site: SiteConfig;
  /** The language whose text is legally binding. */
  binding: LanguageConfig;
  organization: Organization;
  /** Oldest first. */
  versions: Version[];
  /** content/seals.yaml, or undefined when there is none. */
  seals: Seals | undefined;
  strings: Record<string, UiStrings>;
  /** content/search.yaml: reader terms and the questions that measure the search. */
  search: SearchTerms;
  /** By documentKey(part, version, locale). */
  documents: Map<string, StatementDocument>;
  /** SHA-256 of every statement file found, by path (content/...), whatever its problems. */
  fileHashes: Map<string, string>;
}

/** What the characters of a language's text must obey. */
export function textRules(language: LanguageConfig): TextRules {
  return {
    scripts: language.scripts ?? defaultScripts(language.code),
    allowed: new Set((language.formatCharacters ?? []).map((code) => Number.parseInt(code.slice(2), 16))),
    locale: language.intl,
  };
}

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

const error = (file: string, message: string, fix: string): ContentProblem => ({ file, message, fix, severity: 'error' });

/**
 * Reads everything in content/ once: the configuration, the organisation, the versions, the seals,
 * the interface texts and every statement file, checks each on its own, and builds the content
 * model (documents with blocks, facts and anchors). `content` is there only when nothing is in
 * error, so that no page is ever built from content the checks refused.
 */
export function readContent(root: string, { seals = true }: { seals?: boolean } = {}): { content?: Content; problems: ContentProblem[] } {
  // Nothing is read through a link: it could point outside the repository.
  const links = existsSync(join(root, 'content')) ? symbolicLinks(root) : [];
  if (links.length > 0) return { problems: links };
  const problems: ContentProblem[] = [];
  const siteFile = readDataFile(root, 'content/site.yaml', siteSchema, unionRules(undefined), 'correct the value as described; see docs/adopting.md, "content/site.yaml"');
  problems.push(...siteFile.problems);
  const site = siteFile.data;
  if (!site) return { problems };
  const rules = unionRules(site);
  // The letters of site.yaml could only be judged once its languages were known.
  problems.push(...characterProblems(siteFile.text ?? '', rules, 'content/site.yaml', ['script']));
  if (site.brand?.logo) problems.push(...checkLogo(root, site.brand.logo));

  const organizationFile = readDataFile(root, 'content/organization.yaml', organizationSchema, rules, 'correct the field as described; see docs/editing.md, "Contact details"');
  const versionsFile = readDataFile(root, 'content/versions.yaml', versionsSchema, rules, 'correct the entry as described; see docs/editing.md, "Versions"');
  const sealsFile = seals && existsSync(join(root, SEALS_FILE))
    ? readDataFile(root, SEALS_FILE, sealsSchema, rules, 'content/seals.yaml is written by npm run seal; restore it with git checkout -- content/seals.yaml')
    : { problems: [], found: false, data: undefined };
  const searchFile = existsSync(join(root, 'content/search.yaml'))
    ? readDataFile(root, 'content/search.yaml', searchTermsSchema, rules, 'see docs/editing.md, "Search"')
    : { problems: [], found: false, data: { terms: {}, questions: {} } };
  problems.push(...organizationFile.problems, ...versionsFile.problems, ...sealsFile.problems, ...searchFile.problems);
  const strings = readStrings(root, site, rules, problems);
  problems.push(...slugClashes(site, strings));
  const organization = organizationFile.data;
  const versions = versionsFile.data && [...versionsFile.data].sort((a, b) => a.date.localeCompare(b.date));
  if (organization) problems.push(...organizationWarnings(organization, 'content/organization.yaml'));

  // The statement files are checked even when a data file is not valid, so that one report has
  // every problem; without the versions, the folders cannot be checked against them.
  const binding = site.languages.find((language) => language.binding)!;
  const { parsed, fileHashes } = readStatementFiles(root, site, versions, problems);
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
  if (!organization || !versions || problems.some((problem) => problem.severity === 'error')) return { problems };

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
    const source = documents.get(documentKey(document.part, document.version, binding.code))!;
    if (source.blocks.length === document.blocks.length) document.blocks.forEach((block, index) => (block.anchor = source.blocks[index]!.anchor));
  }
  return {
    content: { root, site, binding, organization, versions, seals: sealsFile.data, strings: strings as Record<string, UiStrings>, search: searchFile.data ?? { terms: {}, questions: {} }, documents, fileHashes },
    problems,
  };
}

/** Page slugs of the interface texts (route.full, route.search, …) that an audience's slug would shadow. */
function slugClashes(site: SiteConfig, strings: Record<string, UiStrings | undefined>): ContentProblem[] {
  return site.languages.flatMap(({ code }) => {
    const texts = strings[code];
    if (!texts) return [];
    const pages = Object.entries(texts).filter(([key]) => key.startsWith('route.'));
    return site.audiences.flatMap((audience) => {
      const clash = pages.find(([, slug]) => slug === audience.slug[code]);
      return clash
        ? [{ file: 'content/site.yaml', message: `the audience "${audience.id}" has the slug "${audience.slug[code]}" in "${code}", which is the address of another page (${clash[0]})`, fix: `give the audience another slug for "${code}" under slug:`, severity: 'error' as const }]
        : [];
    });
  });
}

/** Interface texts per language: the project's (src/i18n/strings) under the organisation's (content/strings). */
function readStrings(root: string, site: SiteConfig, rules: TextRules, problems: ContentProblem[]): Partial<Record<string, UiStrings>> {
  const folder = join(root, 'content', STRINGS_FOLDER);
  const codes = site.languages.map((language) => language.code);
  if (existsSync(folder)) {
    for (const name of readdirSync(folder).sort()) {
      const code = name.replace(/\.yaml$/, '');
      if (!name.endsWith('.yaml') || !codes.includes(code)) {
        problems.push(error(`content/${STRINGS_FOLDER}/${name}`, `not an interface text file of a language of the site (${codes.map((c) => `${c}.yaml`).join(', ')})`, 'rename it, or add the language to content/site.yaml'));
      }
    }
  }
  const strings: Partial<Record<string, UiStrings>> = {};
  for (const code of codes) {
    const productFile = `src/i18n/strings/${code}.json`;
    const contentFile = `content/${STRINGS_FOLDER}/${code}.yaml`;
    const product = existsSync(join(root, productFile)) ? { file: productFile, data: JSON.parse(readFileSync(join(root, productFile), 'utf8')) as unknown } : undefined;
    let content: { file: string; data: unknown } | undefined;
    if (existsSync(join(root, contentFile))) {
      const text = readFileSync(join(root, contentFile), 'utf8');
      const yaml = readYaml(text, { file: contentFile });
      problems.push(...yaml.problems, ...characterProblems(text, rules, contentFile));
      content = { file: contentFile, data: yaml.data };
    }
    const merged = mergeUiStrings({ locale: code, ...(product ? { product } : {}), ...(content ? { content } : {}) });
    problems.push(...merged.problems);
    if (merged.strings) strings[code] = merged.strings;
  }
  return strings;
}

/** Every statement file under content/, each read and checked once; unknown folders and files are problems. */
function readStatementFiles(root: string, site: SiteConfig, versions: readonly Version[] | undefined, problems: ContentProblem[]): { parsed: ParsedStatementFile[]; fileHashes: Map<string, string> } {
  const parts = partIds(site);
  const codes = site.languages.map((language) => language.code);
  const dates = versions?.map((version) => version.date);
  const logo = site.brand?.logo;
  const parsed: ParsedStatementFile[] = [];
  const fileHashes = new Map<string, string>();
  for (const name of readdirSync(join(root, 'content')).sort()) {
    const isFolder = statSync(join(root, 'content', name)).isDirectory();
    if (isFolder && parts.includes(name)) {
      readPart(name);
    } else if ((!isFolder && (DATA_FILES.includes(name) || name === logo)) || (isFolder && name === STRINGS_FOLDER)) {
      continue;
    } else {
      problems.push(
        error(
          `content/${name}${isFolder ? '/' : ''}`,
          isFolder ? `the folder "${name}" is not a part of the statement: content/site.yaml has no audience "${name}"` : `unknown file in content/`,
          isFolder
            ? `statement parts go in ${parts.map((part) => `content/${part}/`).join(', ')}. Rename the folder, or add the audience to content/site.yaml (audiences)`
            : `content/ holds ${DATA_FILES.join(', ')}${logo ? `, ${logo}` : ''}, strings/ and the statement folders. Rename or remove it.`,
        ),
      );
    }
  }
  // The general sections are in every version; an audience may join in a later version, and
  // is then in every version after it (a published audience is never dropped silently).
  const binding = site.languages.find((language) => language.binding)!.code;
  for (const part of parts) {
    const present = (dates ?? []).map((version) => existsSync(join(root, `content/${part}/${version}/${binding}.mdx`)));
    const first = present.indexOf(true);
    (dates ?? []).forEach((version, index) => {
      if (present[index] || (part !== GENERAL && (first === -1 || index < first))) return;
      const file = `content/${part}/${version}/${binding}.mdx`;
      problems.push(
        error(
          file,
          part === GENERAL || first === -1
            ? `version ${version} is listed in content/versions.yaml but this file is missing`
            : `the audience "${part}" is in version ${dates![first]} and later versions, but this file of version ${version} is missing`,
          'create it (npm run new-version copies a whole version), or remove the version from content/versions.yaml',
        ),
      );
    });
  }
  return { parsed, fileHashes };

  function readPart(part: string): void {
    const folder = join(root, 'content', part);
    for (const version of readdirSync(folder).sort()) {
      const path = `content/${part}/${version}`;
      if (!statSync(join(folder, version)).isDirectory()) {
        problems.push(error(path, 'a file directly in a part folder', `statement files go in a version folder: content/${part}/<YYYY-MM-DD>/<language>.mdx`));
      } else if (!isRealIsoDate(version)) {
        problems.push(error(`${path}/`, `the folder "${version}" is not a version date`, 'name it after the date the version takes effect, written YYYY-MM-DD (e.g. 2023-09-27)'));
      } else if (dates && !dates.includes(version)) {
        problems.push(error(`${path}/`, `version ${version} has a folder but no entry in content/versions.yaml`, `add an entry with date: ${version} to content/versions.yaml, or remove the folder`));
      } else {
        for (const name of readdirSync(join(folder, version)).sort()) readFile(part, version, name);
      }
    }
  }

  function readFile(part: string, version: string, name: string): void {
    const file = `content/${part}/${version}/${name}`;
    const locale = /^(.+)\.mdx$/.exec(name)?.[1];
    const language = site.languages.find((candidate) => candidate.code === locale);
    if (!locale || !language) {
      problems.push(error(file, `not a statement file: expected <language>.mdx with a language of this site (${codes.join(', ')})`, 'rename it (e.g. nl.mdx), or add the language to content/site.yaml'));
      return;
    }
    const result = readStatementFile(readFileSync(join(root, file)), { file, part, version, locale }, site, textRules(language));
    fileHashes.set(file, result.sha256);
    problems.push(...result.problems);
    if (result.parsed) parsed.push(result.parsed);
  }
}
