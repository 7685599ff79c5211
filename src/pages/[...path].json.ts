import type { APIRoute } from 'astro';
import { LANGUAGES, TIMELINE } from '../data/content.ts';
import { retentionExport } from '../data/retention-export.ts';
import { statementExport } from '../data/statement-export.ts';
import { versionsExport } from '../data/versions-export.ts';
import { retentionDataHref, routeParam, versionDataHref, versionsDataHref } from '../data/hrefs.ts';

type Props =
  | { kind: 'statement' | 'retention'; locale: string; version: string }
  | { kind: 'versions'; locale: string };

const path = (href: string) => routeParam(href, '.json');

/** Data of every language: every version as a list, and each version's statement and retention schedule. */
export function getStaticPaths() {
  return LANGUAGES.flatMap(({ code: locale }) => [
    {
      params: { path: path(versionsDataHref(locale)) },
      props: { kind: 'versions', locale } satisfies Props,
    },
    ...TIMELINE.all.flatMap(({ date: version }) => [
      {
        params: { path: path(versionDataHref(locale, version)) },
        props: { kind: 'statement', locale, version } satisfies Props,
      },
      {
        params: { path: path(retentionDataHref(locale, version)) },
        props: { kind: 'retention', locale, version } satisfies Props,
      },
    ]),
  ]);
}

export const GET: APIRoute = ({ props, site }) => {
  const page = props as Props;
  const data =
    page.kind === 'versions'
      ? versionsExport(page.locale, site)
      : page.kind === 'statement'
        ? statementExport(page.version, page.locale, site)
        : retentionExport(page.version, page.locale, site);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
