import type { ContentProblem } from '../problems/content-problem.ts';
import type { SiteConfig } from '../schemas/site-schema.ts';
import type { UiStrings } from '../schemas/strings-schema.ts';
import type { Content } from '../model/content-model.ts';
import type { RouteSlugs } from './urls.ts';

/** The slugs of a language: the audiences' from site.yaml, the other pages' from the interface texts. */
export function routeSlugs(content: Content, locale: string): RouteSlugs {
  const strings = content.strings[locale];
  if (!strings) throw new Error(`No interface texts for the language "${locale}"`);
  const language = content.site.languages.find((candidate) => candidate.code === locale);
  return {
    language: language?.path ?? locale.toLowerCase(),
    audiences: Object.fromEntries(
      content.site.audiences.map((audience) => [audience.id, audience.slug[locale]!]),
    ),
    full: strings['route.full'],
    versions: strings['route.versions'],
    changes: strings['route.changes'],
    search: strings['route.search'],
    retention: strings['route.retention'],
    file: strings['route.file'],
  };
}

/** Page slugs of the interface texts (route.full, route.search, …) that an audience's slug would shadow. */
export function slugClashes(
  site: SiteConfig,
  strings: Record<string, UiStrings | undefined>,
): ContentProblem[] {
  return site.languages.flatMap(({ code }) => {
    const texts = strings[code];
    if (!texts) return [];
    const pages = Object.entries(texts).filter(([key]) => key.startsWith('route.'));
    return site.audiences.flatMap((audience) => {
      const clash = pages.find(([, slug]) => slug === audience.slug[code]);
      return clash
        ? [
            {
              file: 'content/site.yaml',
              message: `the audience "${audience.id}" has the slug "${audience.slug[code]}" in "${code}", which is the address of another page (${clash[0]})`,
              fix: `give the audience another slug for "${code}" under slug:`,
              severity: 'error' as const,
            },
          ]
        : [];
    });
  });
}
