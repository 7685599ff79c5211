import GithubSlugger from 'github-slugger';
import { href } from '../i18n/routes.ts';
import { AUDIENCES, type Audience } from '../lib/audiences.ts';
import { mdxToBlocks, type Block } from '../lib/blocks.ts';
import { resolveComponent } from './diffs.ts';
import { loadStatement, type StatementPart } from './statements.ts';
import { versionByDate, versionStatus, versionSummary } from './versions.ts';

interface ExportSection {
  /** The heading's id on the full statement page. */
  anchor: string;
  heading: string;
  level: number;
  /** The audience the section belongs to, or null for the general sections. */
  audience: Audience | null;
  /** The language of the text: the page's, or the source language where no translation is current. */
  lang: string;
  content: { kind: Block['kind']; text: string }[];
}

/** Groups a part's blocks under their headings, with the ids the pages give those headings. */
function sections(part: StatementPart, audience: Audience | null): ExportSection[] {
  const slugger = new GithubSlugger();
  const result: ExportSection[] = audience
    ? [{ anchor: audience, heading: part.entry.data.title, level: 3, audience, lang: part.lang, content: [] }]
    : [];
  for (const block of mdxToBlocks(part.entry.body ?? '', { resolveComponent })) {
    if (block.kind === 'heading') {
      const slug = slugger.slug(block.text);
      result.push({ anchor: audience ? `${audience}-${slug}` : slug, heading: block.text, level: block.depth ?? 2, audience, lang: part.lang, content: [] });
    } else if (block.kind !== 'component') {
      result.at(-1)?.content.push({ kind: block.kind, text: block.text });
    }
  }
  return result;
}

/** One version in one language as data: its metadata and every section's text, in reading order. */
export async function statementExport(version: string, locale: string, site: URL | undefined) {
  const statement = await loadStatement(version, locale);
  const meta = versionByDate(version);
  const general = sections(statement.general, null);
  const markerSection = general.findIndex((section) => section.heading === statement.audiencesParent);
  const audienceSections = AUDIENCES.flatMap((role) => sections(statement.audiences[role], role));
  return {
    version,
    locale,
    title: statement.general.entry.data.title,
    url: new URL(href({ kind: 'version', locale, version }), site).href,
    status: versionStatus(version),
    provenance: meta.provenance,
    material: meta.material,
    summary: versionSummary(meta, locale),
    corrections: meta.corrections.map((correction) => ({ date: correction.date, reason: correction.reason[locale] ?? null })),
    sections: [...general.slice(0, markerSection + 1), ...audienceSections, ...general.slice(markerSection + 1)],
  };
}
