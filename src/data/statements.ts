import { getCollection, type CollectionEntry } from 'astro:content';
import { AUDIENCES, STATEMENT_COLLECTIONS, type Audience, type StatementCollection } from '../lib/audiences.ts';
import { audiencesParentHeading } from '../lib/statement-outline.ts';

export type StatementEntry = CollectionEntry<StatementCollection>;

/** One version of the statement in one language: the general sections and every audience's. */
export interface Statement {
  version: string;
  locale: string;
  general: StatementEntry;
  audiences: Record<Audience, StatementEntry>;
  /** Text of the heading under which the audience sections are placed. */
  audiencesParent: string;
}

let loading: Promise<Map<string, StatementEntry>> | undefined;

/** All statement files, read once per build ("<collection>/<version>/<locale>" -> entry). */
function allEntries(): Promise<Map<string, StatementEntry>> {
  loading ??= Promise.all(
    STATEMENT_COLLECTIONS.map(async (collection) =>
      (await getCollection(collection)).map((entry) => [`${collection}/${entry.id}`, entry] as const),
    ),
  ).then((lists) => new Map(lists.flat()));
  return loading;
}

export async function loadStatement(version: string, locale: string): Promise<Statement> {
  const entries = await allEntries();
  const entry = (collection: StatementCollection): StatementEntry => {
    const found = entries.get(`${collection}/${version}/${locale}`);
    if (!found) {
      throw new Error(
        `content/${collection}/${version}/${locale}.mdx is missing. Every version needs a file in each of content/general, ${AUDIENCES.map((a) => `content/${a}`).join(', ')}.`,
      );
    }
    return found;
  };
  const general = entry('general');
  return {
    version,
    locale,
    general,
    audiences: Object.fromEntries(AUDIENCES.map((role) => [role, entry(role)])) as Record<Audience, StatementEntry>,
    audiencesParent: audiencesParentHeading(general.body ?? '', `content/general/${general.id}.mdx`),
  };
}
