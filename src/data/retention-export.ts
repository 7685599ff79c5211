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
      // The data as published before: a purpose only where the text states one.
      rows: rows.map(({ anchor, section, purposes, recipients, retention }) => ({
        anchor,
        section,
        purposes,
        recipients,
        retention: retention.map(({ text, retention: fact }) => ({ text, retention: fact })),
        passage: `${page}#${anchor}`,
      })),
    })),
  };
}
