import type { SiteConfig } from '../schemas/site-schema.ts';

/** The part of the statement for everyone; every other part is an audience of site.yaml. */
export const GENERAL = 'general';

/** The component that marks, in the general sections, where the audience sections go. */
export const AUDIENCES_MARKER = 'Audiences';

/** The parts of the statement in reading order: the general sections, then each audience. */
export function partIds(site: SiteConfig): string[] {
  return [GENERAL, ...site.audiences.map((audience) => audience.id)];
}

/** How the content model keys a statement file: "<part>/<version>/<language>". */
export function documentKey(part: string, version: string, locale: string): string {
  return `${part}/${version}/${locale}`;
}

/** Part, version and language of a statement file's path (content/<part>/<version>/<language>.mdx), or undefined for any other path. */
export function statementFileOf(
  file: string,
): { part: string; version: string; locale: string } | undefined {
  const match = /^content\/([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\.mdx$/.exec(file);
  return match ? { part: match[1]!, version: match[2]!, locale: match[3]! } : undefined;
}
