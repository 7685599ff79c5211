import { defineCollection } from 'astro:content';
import { statementLoader } from './integration/astro-loader.ts';
import { readSiteConfig } from './model/site-config.ts';
import { partIds } from './model/parts.ts';
import { statementEntrySchema } from './schemas/statement-schema.ts';

// The parts come from content/site.yaml (docs/decisions/0007-content-model.md): the general
// sections and one collection per audience, of entries "<version>/<language>". Astro renders their
// MDX from the text the content model read; everything else about them (blocks, anchors, facts,
// diffs, exports) comes from the content model in src/model.
const root = process.env.PRIVACY_STATEMENT_ROOT ?? process.cwd();
const site = readSiteConfig(root);

function statementCollection(part: string) {
  return defineCollection({ loader: statementLoader(root, part), schema: statementEntrySchema });
}

export const collections = Object.fromEntries(
  partIds(site).map((part) => [part, statementCollection(part)]),
);
