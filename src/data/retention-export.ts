import { href } from './hrefs.ts';
import { retentionSchedule } from '../facts/fact-rows.ts';
import { loadStatement } from './statements.ts';

/** The retention schedule of one version in one language, as typed data with links to the passages. */
export function retentionExport(version: string, locale: string, site: URL | undefined) {
  const statement = loadStatement(version, locale);
  const page = new URL(href({ kind: 'version', locale, version }), site).href;
  return {
    version,
    locale,
    page,
    parts: retentionSchedule(statement).map(({ shown, rows }) => ({
      part: shown.part,
      title: shown.document.title,
      lang: shown.lang,
      rows: rows.map(({ part: _part, lang: _lang, ...row }) => ({
        ...row,
        passage: `${page}#${row.anchor}`,
      })),
    })),
  };
}
