import { href } from '../i18n/routes.ts';
import { factRows } from '../lib/fact-rows.ts';
import { loadStatement } from './statements.ts';

/** The retention schedule of one version in one language, as typed data with links to the passages. */
export function retentionExport(version: string, locale: string, site: URL | undefined) {
  const statement = loadStatement(version, locale);
  const page = new URL(href({ kind: 'version', locale, version }), site).href;
  const rows = factRows(statement, statement.roles).filter((row) => row.retention.length > 0);
  const parts = [...new Set(rows.map((row) => row.part))];
  return {
    version,
    locale,
    page,
    parts: parts.map((part) => {
      const shown = part === statement.general.part ? statement.general : statement.audiences[part]!;
      return {
        part,
        title: shown.document.title,
        lang: shown.lang,
        rows: rows.filter((row) => row.part === part).map(({ part: _part, lang: _lang, ...row }) => ({ ...row, passage: `${page}#${row.anchor}` })),
      };
    }),
  };
}
