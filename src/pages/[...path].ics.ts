import type { APIRoute } from 'astro';
import { DETAILS, LANGUAGES, TIMELINE } from '../data/content.ts';
import { versionSummary } from '../data/versions.ts';
import { calendarHref, href, routeParam } from '../data/hrefs.ts';
import { useTranslations } from '../data/language.ts';
import { versionCalendar } from '../versions/calendar.ts';

/** The day each version to come takes effect, as a calendar file per language. */
export function getStaticPaths() {
  return LANGUAGES.flatMap(({ code: locale }) =>
    TIMELINE.upcoming.map(({ date: version }) => ({
      params: { path: routeParam(calendarHref(locale, version), '.ics') },
      props: { locale, version },
    })),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const { locale, version } = props as { locale: string; version: string };
  const t = useTranslations(locale);
  const meta = TIMELINE.all.find((candidate) => candidate.date === version)!;
  const url = new URL(href({ kind: 'version', locale, version }), site);
  const ics = versionCalendar({
    date: version,
    title: t('calendar.event', { organization: DETAILS.name }),
    description: `${versionSummary(meta, locale).text}\n\n${url.href}`,
    url: url.href,
    uid: `${version}-${locale}@${url.host}`,
    stamp: meta.announced ?? version,
    organizer: { name: DETAILS.name, email: DETAILS.email },
  });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
