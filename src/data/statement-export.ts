import { href } from './hrefs.ts';
import { audienceBlocks } from '../model/assemble.ts';
import { AUDIENCES_MARKER } from '../model/parts.ts';
import type { Block } from '../model/blocks.ts';
import { loadStatement, type PartShown } from './statements.ts';
import { TIMELINE } from './content.ts';
import { factChangeSentences } from './fact-change-lines.ts';
import { previousVersion } from '../versions/timeline.ts';
import { versionByDate, versionMetadata } from './versions.ts';

interface ExportSection {
  /** The heading's id on every page that shows it. */
  anchor: string;
  heading: string;
  level: number;
  /** The audience the section belongs to, or null for the general sections. */
  audience: string | null;
  /** The language of the text: the page's, or the binding language where no translation is current. */
  lang: string;
  content: { kind: Block['kind']; anchor: string; text: string }[];
}

/**
 * Groups a part's blocks under their headings, with the anchors the pages give them. Blocks before
 * the first heading go to `lead` (the section they continue), so that nothing is left out.
 */
function sections(
  shown: PartShown,
  blocks: readonly Block[],
  audience: string | null,
  lead?: ExportSection,
): ExportSection[] {
  const result: ExportSection[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading')
      result.push({
        anchor: block.anchor,
        heading: block.text,
        level: block.depth ?? 2,
        audience,
        lang: shown.lang,
        content: [],
      });
    else if (block.kind !== 'component')
      (result.at(-1) ?? lead)?.content.push({
        kind: block.kind,
        anchor: block.anchor,
        text: block.text,
      });
  }
  return result;
}

/** One version in one language as data: its metadata and every section's text, in reading order. */
export function statementExport(version: string, locale: string, site: URL | undefined) {
  const statement = loadStatement(version, locale);
  const meta = versionByDate(version);
  // The audiences' sections stand where the general sections say <Audiences />.
  const blocks = statement.general.document.blocks;
  const marker = blocks.findIndex(
    (block) => block.kind === 'component' && block.name === AUDIENCES_MARKER,
  );
  const before = sections(statement.general, blocks.slice(0, marker), null);
  const after = sections(statement.general, blocks.slice(marker + 1), null, before.at(-1));
  const audienceSections = statement.audiences.flatMap((audience) =>
    sections(statement.parts[audience]!, audienceBlocks(statement.parts[audience]!), audience),
  );
  const previous = previousVersion(TIMELINE.all, version);
  return {
    version,
    locale,
    title: statement.general.document.title,
    url: new URL(href({ kind: 'version', locale, version }), site).href,
    ...versionMetadata(meta, locale),
    // What changed in the facts since the version before (purposes, retention, recipients, rights).
    changes: previous
      ? { since: previous.date, facts: factChangeSentences(previous.date, version, locale) }
      : null,
    sections: [...before, ...audienceSections, ...after],
  };
}
