import { href } from '../i18n/routes.ts';
import { audienceBlocks } from '../lib/model/assemble.ts';
import type { Block } from '../lib/model/blocks.ts';
import { loadStatement, type PartShown } from './statements.ts';
import { TIMELINE } from './content.ts';
import { factChangeSentences } from './fact-changes.ts';
import { previousVersion } from '../lib/versions.ts';
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

/** Groups a part's blocks under their headings, with the anchors the pages give them. */
function sections(shown: PartShown, blocks: readonly Block[], audience: string | null): ExportSection[] {
  const result: ExportSection[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      result.push({ anchor: block.anchor, heading: block.text, level: block.depth ?? 2, audience, lang: shown.lang, content: [] });
    } else if (block.kind !== 'component') {
      result.at(-1)?.content.push({ kind: block.kind, anchor: block.anchor, text: block.text });
    } else {
      result.push({ anchor: '', heading: '', level: 0, audience, lang: shown.lang, content: [{ kind: 'component', anchor: '', text: '' }] });
    }
  }
  return result;
}

/** One version in one language as data: its metadata and every section's text, in reading order. */
export function statementExport(version: string, locale: string, site: URL | undefined) {
  const statement = loadStatement(version, locale);
  const meta = versionByDate(version);
  const general = sections(statement.general, statement.general.document.blocks, null);
  const marker = general.findIndex((section) => section.level === 0);
  const audienceSections = statement.roles.flatMap((role) => sections(statement.audiences[role]!, audienceBlocks(statement.audiences[role]!), role));
  const previous = previousVersion(TIMELINE.all, version);
  return {
    version,
    locale,
    title: statement.general.document.title,
    url: new URL(href({ kind: 'version', locale, version }), site).href,
    ...versionMetadata(meta, locale),
    // What changed in the facts since the version before (purposes, retention, recipients, rights).
    changes: previous ? { since: previous.date, facts: factChangeSentences(previous.date, version, locale) } : null,
    sections: [...general.slice(0, marker), ...audienceSections, ...general.slice(marker + 1)],
  };
}
