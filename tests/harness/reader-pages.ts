import type { Content } from '../../src/model/content-model.ts';
import { routeSlugs } from '../../src/routes/slugs.ts';
import { urlFor, type PageRef } from '../../src/routes/urls.ts';
import { withBase } from '../../src/routes/base-path.ts';
import { siteLocation } from '../../src/routes/site-url.ts';
import { versionTimeline } from '../../src/versions/timeline.ts';

export interface ReaderPage {
  /** What kind of page it is, as a file name: "audience-view". */
  name: string;
  /** As a browser asks for it: in the folder the site is published in (/privacy/nl/). */
  path: string;
}

/**
 * One page of each kind a reader meets, in a language (the binding one unless named), from the content (the code knows
 * no organisation's paths): home, the longest audience view (the last audience's), the full statement,
 * an earlier version, the archive, the latest comparison for that audience, the search page with a
 * reader's question, and the retention schedule. The screenshots and the benchmark use them.
 */
export function readerPages(
  content: Content,
  buildDate: string,
  locale = content.binding.code,
): ReaderPage[] {
  const slugs = routeSlugs(content, locale);
  const timeline = versionTimeline(content.versions, buildDate);
  const audience = content.site.audiences.at(-1)!.id;
  const previous = timeline.archived[0];
  const question = content.search.questions[locale]?.[0]?.question;
  const at = (page: PageRef) => withBase(urlFor(page, slugs), siteLocation(content.site).base);
  return [
    ...readingPages(content, locale),
    ...(previous
      ? [{ name: 'earlier-version', path: at({ kind: 'version', locale, version: previous.date }) }]
      : []),
    { name: 'archive', path: at({ kind: 'archive', locale }) },
    ...(previous
      ? [
          {
            name: 'comparison',
            path: at({
              kind: 'changes',
              locale,
              from: previous.date,
              to: timeline.current.date,
              audience,
            }),
          },
        ]
      : []),
    {
      name: 'search',
      path: `${at({ kind: 'search', locale })}${question ? `?q=${encodeURIComponent(question)}` : ''}`,
    },
    { name: 'retention', path: at({ kind: 'retention', locale }) },
  ];
}

/**
 * The reading pages of the current version, which every build has whatever its versions: the home
 * page, the longest audience view (the last audience's) and the full statement. Lighthouse audits them.
 */
export function readingPages(content: Content, locale = content.binding.code): ReaderPage[] {
  const slugs = routeSlugs(content, locale);
  const audience = content.site.audiences.at(-1)!.id;
  const at = (page: PageRef) => withBase(urlFor(page, slugs), siteLocation(content.site).base);
  return [
    { name: 'home', path: at({ kind: 'home', locale }) },
    { name: 'audience-view', path: at({ kind: 'audience', locale, audience }) },
    { name: 'full-statement', path: at({ kind: 'full', locale }) },
  ];
}
