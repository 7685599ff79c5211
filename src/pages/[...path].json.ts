import type { APIRoute } from 'astro';
import { retentionExport } from '../data/retention-export.ts';
import { statementExport } from '../data/statement-export.ts';
import { LANGUAGES, TIMELINE } from '../data/content.ts';
import { retentionDataHref, versionDataHref } from '../i18n/routes.ts';

const EXPORTS = { statement: statementExport, retention: retentionExport };
type ExportKind = keyof typeof EXPORTS;
const HREFS: Record<ExportKind, (locale: string, version: string) => string> = {
  statement: versionDataHref,
  retention: retentionDataHref,
};

/** Every version in every language as JSON: the statement, and its retention schedule. */
export function getStaticPaths() {
  return LANGUAGES.flatMap(({ code: locale }) =>
    TIMELINE.all.flatMap(({ date: version }) =>
      (Object.keys(EXPORTS) as ExportKind[]).map((kind) => ({
        params: { path: HREFS[kind](locale, version).slice(1, -'.json'.length) },
        props: { kind, locale, version },
      })),
    ),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const { kind, locale, version } = props as { kind: ExportKind; locale: string; version: string };
  const data = EXPORTS[kind](version, locale, site);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
