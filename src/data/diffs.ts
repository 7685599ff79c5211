import { mdxToBlocks, type Block } from '../lib/blocks.ts';
import { diffBlocks, type BlockDiff } from '../lib/diff.ts';
import { organizationLine } from '../lib/contact.ts';
import { AUDIENCES_MARKER } from '../lib/statement-outline.ts';
import type { Audience } from '../lib/audiences.ts';
import { ORGANIZATION } from './site.ts';
import { loadStatement, type StatementPart } from './statements.ts';

/** What the components inside the text stand for, so that the diff compares what readers read. */
export function resolveComponent(name: string): string | undefined {
  switch (name) {
    case 'Email':
      return ORGANIZATION.email;
    case 'Phone':
      return ORGANIZATION.phone;
    case 'Organization':
      return organizationLine(ORGANIZATION);
    default:
      return undefined;
  }
}

// Each statement file is parsed into blocks once per build, not once per comparison page that
// shows it: with every pair of versions compared, a file is shown on a number of comparison pages
// that grows with the number of versions. The blocks are shared, and never changed.
const blocksOfEntry = new WeakMap<StatementPart['entry'], Block[]>();

function partBlocks(part: StatementPart): Block[] {
  let blocks = blocksOfEntry.get(part.entry);
  if (!blocks) {
    blocks = mdxToBlocks(part.entry.body ?? '', { resolveComponent });
    blocksOfEntry.set(part.entry, blocks);
  }
  return blocks;
}

/** An audience section as blocks: its heading, then its text, each block placed under that heading. */
function audienceBlocks(part: StatementPart): Block[] {
  const title = part.entry.data.title;
  return [
    { kind: 'heading', depth: 3, text: title, section: title },
    ...partBlocks(part).map((block) => ({
      ...block,
      section: block.kind === 'heading' || !block.section ? title : `${title} › ${block.section}`,
    })),
  ];
}

/** The blocks a reader of one version sees: general sections with the chosen audiences spliced in. */
export async function statementBlocks(version: string, locale: string, roles: readonly Audience[]): Promise<Block[]> {
  const statement = await loadStatement(version, locale);
  return partBlocks(statement.general).flatMap((block) =>
    block.kind === 'component' && block.name === AUDIENCES_MARKER
      ? roles.flatMap((role) => audienceBlocks(statement.audiences[role]))
      : [block],
  );
}

export async function versionDiff(
  from: string,
  to: string,
  locale: string,
  roles: readonly Audience[],
): Promise<BlockDiff> {
  const [before, after] = await Promise.all([
    statementBlocks(from, locale, roles),
    statementBlocks(to, locale, roles),
  ]);
  return diffBlocks(before, after);
}
