import { href } from '../i18n/routes.ts';
import { AUDIENCES } from '../lib/audiences.ts';
import { statementFacts } from './facts.ts';
import { loadStatement } from './statements.ts';

/** The retention schedule of one version in one language, as typed data with links to the sentences. */
export async function retentionExport(version: string, locale: string, site: URL | undefined) {
  const statement = await loadStatement(version, locale);
  const page = new URL(href({ kind: 'version', locale, version }), site).href;
  const parts = await statementFacts(statement, AUDIENCES);
  return {
    version,
    locale,
    page,
    parts: parts
      .filter(({ rows }) => rows.length > 0)
      .map(({ part, rows }) => ({
        part: part.entry.collection,
        title: part.entry.data.title,
        lang: part.lang,
        rows: rows.map((row) => ({ ...row, sentence: `${page}#${row.anchor}` })),
      })),
  };
}
