import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readSiteConfig } from './lib/model/site-config.ts';
import { GENERAL } from './lib/model/parts.ts';
import { statementEntrySchema } from './schemas/statement.ts';

// The parts come from content/site.yaml (docs/decisions/0007-content-model.md): the general
// sections and one collection per audience. Astro renders their MDX; everything else about them
// (blocks, anchors, facts, diffs, exports) comes from the content model in src/lib/model.
const site = readSiteConfig(process.env.PRIVACY_STATEMENT_ROOT ?? process.cwd());

function statementCollection(part: string) {
  return defineCollection({
    loader: glob({
      base: `${process.env.PRIVACY_STATEMENT_ROOT ?? '.'}/content/${part}`,
      pattern: '*/*.mdx',
      // "<version>/<language>", as the content model keys it; the content check has vetted every path.
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: statementEntrySchema,
  });
}

export const collections = Object.fromEntries([GENERAL, ...site.audiences.map((audience) => audience.id)].map((part) => [part, statementCollection(part)]));
