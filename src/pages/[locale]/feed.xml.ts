import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { escape as escapeHtml } from 'html-escaper';
import { DETAILS, LANGUAGES, TIMELINE } from '../../data/content.ts';
import { versionSummary } from '../../data/versions.ts';
import { href } from '../../i18n/routes.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { datesIn } from '../../i18n/dates.ts';
import { isoDateToUtc } from '../../lib/iso-date.ts';
import { feedUrl } from '../../lib/routes.ts';
import { previousVersion } from '../../lib/versions.ts';

export function getStaticPaths() {
  return LANGUAGES.map((locale) => ({ params: { locale: locale.code } }));
}

/** An Atom feed per language: one entry per version, newest first, with its summary and changes. */
export const GET: APIRoute = ({ params, site }) => {
  const locale = params.locale ?? '';
  const t = useTranslations(locale);
  const absolute = (path: string) => new URL(path, site).href;
  const newest = TIMELINE.all.at(-1)!;
  const feed = new Feed({
    id: absolute(href({ kind: 'archive', locale })),
    title: `${t('feed.title')} · ${DETAILS.name}`,
    link: absolute(href({ kind: 'archive', locale })),
    language: locale,
    // The newest version's date, not the build time: the same content gives the same feed.
    updated: isoDateToUtc(newest.date),
    generator: false,
    feedLinks: { atom: absolute(feedUrl(locale)) },
    author: { name: DETAILS.name, email: DETAILS.email },
    copyright: DETAILS.name,
  });
  for (const version of [...TIMELINE.all].reverse()) {
    const link = absolute(href({ kind: 'version', locale, version: version.date }));
    const previous = previousVersion(TIMELINE.all, version.date);
    const changes = previous && absolute(href({ kind: 'changes', locale, from: previous.date, to: version.date }));
    feed.addItem({
      id: link,
      link,
      title: t('feed.entry', { date: datesIn(locale)(version.date) }),
      date: isoDateToUtc(version.date),
      description: versionSummary(version, locale).text,
      ...(changes && {
        content: `<p>${escapeHtml(versionSummary(version, locale).text)}</p><p><a href="${changes}">${escapeHtml(t('changes.withPrevious'))}</a></p>`,
      }),
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
