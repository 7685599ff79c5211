import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { escape as escapeHtml } from 'html-escaper';
import { BUILD_DATE, DETAILS, LANGUAGES, TIMELINE } from '../../data/content.ts';
import { factChangeSentences } from '../../data/fact-change-lines.ts';
import { versionSummary } from '../../data/versions.ts';
import { versionFingerprint } from '../../data/record.ts';
import { feedHref, href } from '../../data/hrefs.ts';
import { useTranslations, datesIn } from '../../data/language.ts';
import { isoDateToUtc } from '../../time/dates.ts';
import { previousVersion } from '../../versions/timeline.ts';

export function getStaticPaths() {
  return LANGUAGES.map((language) => ({
    params: { locale: language.path },
    props: { code: language.code },
  }));
}

/** An Atom feed per language: one entry per version, newest first, with its summary and changes. */
export const GET: APIRoute = ({ props, site }) => {
  const locale = (props as { code: string }).code;
  const t = useTranslations(locale);
  const absolute = (path: string) => new URL(path, site).href;
  const newest = TIMELINE.all.at(-1)!;
  const feed = new Feed({
    id: `tag:${new URL(absolute('/')).host},${TIMELINE.all[0]!.date}:${locale}/versions`,
    title: `${t('feed.title')} · ${DETAILS.name}`,
    link: absolute(href({ kind: 'archive', locale })),
    language: locale,
    // The newest version's date, not the build time: the same content gives the same feed.
    updated: isoDateToUtc(newest.date),
    generator: false,
    feedLinks: { atom: absolute(feedHref(locale)) },
    author: { name: DETAILS.name, email: DETAILS.email },
    copyright: DETAILS.name,
  });
  // tag: URIs (RFC 4151) stay the same when the site moves or a URL changes: the site's host and
  // the day of the first version, then the language and the version.
  const tag = (path: string) =>
    `tag:${new URL(absolute('/')).host},${TIMELINE.all[0]!.date}:${path}`;
  for (const version of [...TIMELINE.all].reverse()) {
    const link = absolute(href({ kind: 'version', locale, version: version.date }));
    const previous = previousVersion(TIMELINE.all, version.date);
    const changes =
      previous &&
      absolute(href({ kind: 'changes', locale, from: previous.date, to: version.date }));
    const facts = previous ? factChangeSentences(previous.date, version.date, locale) : [];
    const summary = versionSummary(version, locale);
    const fingerprint = versionFingerprint(version.date);
    feed.addItem({
      id: tag(`${locale}/${version.date}`),
      link,
      title: t('feed.entry', { date: datesIn(locale)(version.date) }),
      // A version to come is published on the day it is announced.
      date: isoDateToUtc(
        version.date > BUILD_DATE && version.announced ? version.announced : version.date,
      ),
      description: summary.text,
      category: [
        {
          term: version.material ? 'material' : 'editorial',
          name: t(version.material ? 'feed.material' : 'feed.editorial'),
          scheme: tag('categories'),
        },
      ],
      content: [
        `<p${summary.lang === locale ? '' : ` lang="${summary.lang}"`}>${escapeHtml(summary.text)}</p>`,
        facts.length
          ? `<h2>${escapeHtml(t('factChanges.title'))}</h2><ul>${facts.map((fact) => `<li>${fact.material ? `<strong>${escapeHtml(t('factChanges.material'))}</strong>: ` : ''}${escapeHtml(fact.text)}</li>`).join('')}</ul>`
          : '',
        changes ? `<p><a href="${changes}">${escapeHtml(t('changes.withPrevious'))}</a></p>` : '',
        fingerprint
          ? `<p>${escapeHtml(t('record.fingerprintFull'))}: <code>${fingerprint}</code></p>`
          : '',
      ].join(''),
    });
  }
  return new Response(feed.atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
