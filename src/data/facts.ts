import { render } from 'astro:content';
import type { Audience } from '../lib/audiences.ts';
import type { FactRow } from '../schemas/facts.ts';
import type { Statement, StatementPart } from './statements.ts';

/** The facts marked in one part's text, as collected by src/markdown/remark-facts.ts. */
export async function partFacts(part: StatementPart): Promise<FactRow[]> {
  const { remarkPluginFrontmatter } = await render(part.entry);
  return (remarkPluginFrontmatter.facts as FactRow[] | undefined) ?? [];
}

/** The fact rows a reader of some roles sees: the general sections' and those roles' own. */
export async function statementFacts(statement: Statement, roles: readonly Audience[]): Promise<{ part: StatementPart; rows: FactRow[] }[]> {
  const parts = [statement.general, ...roles.map((role) => statement.audiences[role])];
  return Promise.all(parts.map(async (part) => ({ part, rows: await partFacts(part) })));
}
