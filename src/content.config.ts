import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { StatementCollection } from './lib/audiences.ts';
import { entryId, parseEntryPath } from './lib/entry-path.ts';
import { LOCALES } from './i18n/locales.ts';
import { statementEntrySchema } from './schemas/statement.ts';

const localeCodes = LOCALES.map((locale) => locale.code);

/** One collection per folder of content/: the general sections and one per audience. */
function statementCollection(name: string) {
  return defineCollection({
    loader: glob({
      base: `./content/${name}`,
      pattern: '**/*',
      // The id is "<version>/<locale>"; a path that does not fit stops the build with a clear message.
      generateId: ({ entry }) => entryId(parseEntryPath(name, entry, localeCodes)),
    }),
    schema: statementEntrySchema,
  });
}

// Written out (not mapped from STATEMENT_COLLECTIONS) so that Astro's types know each name.
export const collections = {
  general: statementCollection('general'),
  visitor: statementCollection('visitor'),
  'client-contact': statementCollection('client-contact'),
  'job-seeker': statementCollection('job-seeker'),
  employee: statementCollection('employee'),
} satisfies Record<StatementCollection, unknown>;
