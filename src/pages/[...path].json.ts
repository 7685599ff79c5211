import type { APIRoute } from 'astro';
import { statementExport } from '../data/statement-export.ts';
import { TIMELINE } from '../data/site.ts';
import { LOCALES } from '../i18n/locales.ts';
import { versionDataHref } from '../i18n/routes.ts';

/** Every version in every language as JSON, at its page address with ".json". */
export function getStaticPaths() {
  return LOCALES.flatMap(({ code: locale }) =>
    TIMELINE.all.map(({ date: version }) => ({
      params: { path: versionDataHref(locale, version).slice(1, -'.json'.length) },
      props: { locale, version },
    })),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, version } = props as { locale: string; version: string };
  const data = await statementExport(version, locale, site);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
