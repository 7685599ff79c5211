import type { Organization } from '../schemas/organization-schema.ts';
import type { Seals } from '../schemas/seals-schema.ts';
import type { SearchTerms } from '../schemas/search-schema.ts';
import type { LanguageConfig, SiteConfig } from '../schemas/site-schema.ts';
import type { UiStrings } from '../schemas/strings-schema.ts';
import type { Version } from '../schemas/versions-schema.ts';
import type { Block } from './blocks.ts';
import { documentKey } from './parts.ts';
import type { StatementFileInfo } from './statement-file.ts';

/**
 * The content model: everything in content/, read and checked once (src/model/read-content.ts),
 * as every page, diff, check and export reads it.
 */

/** Where npm run seal writes the seals. */
export const SEALS_FILE = 'content/seals.yaml';

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
  /** "file:line" of the value at a path of a data file (content/versions.yaml, [2, 'summary']). */
  placeOf: (file: string, path: readonly PropertyKey[]) => string;
  /** The dates of content/versions.yaml in the order the file lists them. */
  versionsAsWritten: readonly string[];
}

/**
 * The model as far as content/ could be read, for the checks across files: the statement files that
 * passed their own checks, and the organisation only when organization.yaml did. With it, one
 * report holds problems of every kind while some files are still broken.
 */
export interface ContentAsRead extends Omit<Content, 'organization'> {
  organization: Organization | undefined;
}

/** What could not be read: statement files in error, and the versions whose binding text is incomplete. */
export interface Broken {
  files: ReadonlySet<string>;
  /** A version with a binding file in error or missing: checks that compare whole versions skip it. */
  versions: ReadonlySet<string>;
}

/** The audiences a version has, in the order of site.yaml: an audience may join in a later version. */
export function audiencesIn(content: ContentAsRead, version: string): string[] {
  return content.site.audiences
    .map((audience) => audience.id)
    .filter((id) => content.documents.has(documentKey(id, version, content.binding.code)));
}
