/**
 * The audiences of the statement, in the order the statement lists them.
 * Each is a content collection of its own (content/<audience>/<version>/<locale>.mdx).
 */
export const AUDIENCES = ['visitor', 'client-contact', 'job-seeker', 'employee'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The collection with the sections that concern everyone. */
export const GENERAL = 'general';

/** Every statement collection: the general sections and one per audience. */
export const STATEMENT_COLLECTIONS = [GENERAL, ...AUDIENCES] as const;
export type StatementCollection = (typeof STATEMENT_COLLECTIONS)[number];

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}
