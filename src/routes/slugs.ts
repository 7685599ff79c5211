import type { Content } from '../model/read-content.ts';
import type { RouteSlugs } from './urls.ts';

/** The slugs of a language: the audiences' from site.yaml, the other pages' from the interface texts. */
export function routeSlugs(content: Content, locale: string): RouteSlugs {
  const strings = content.strings[locale];
  if (!strings) throw new Error(`No interface texts for the language "${locale}"`);
  return {
    roles: Object.fromEntries(content.site.audiences.map((audience) => [audience.id, audience.slug[locale]!])),
    full: strings['route.full'],
    versions: strings['route.versions'],
    changes: strings['route.changes'],
    search: strings['route.search'],
    retention: strings['route.retention'],
  };
}
