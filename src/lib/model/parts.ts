import type { SiteConfig } from '../../schemas/site.ts';

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
