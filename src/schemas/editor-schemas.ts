import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { organizationSchema } from './organization-schema.ts';
import { searchTermsSchema } from './search-schema.ts';
import { siteSchema } from './site-schema.ts';
import { versionsSchema } from './versions-schema.ts';

/** The YAML files of content/ that an editor gets completion for, by the name of their schema file. */
const SCHEMAS = {
  site: siteSchema,
  organization: organizationSchema,
  versions: versionsSchema,
  search: searchTermsSchema,
};

/** The JSON Schemas of docs/schemas/, as the zod schemas give them now. */
export function editorSchemas(): { file: string; json: string }[] {
  return Object.entries(SCHEMAS).map(([name, schema]) => ({
    file: `docs/schemas/${name}.schema.json`,
    json: `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`,
  }));
}

/** The committed editor schemas that differ from what their zod schemas give now. */
export function staleSchemas(root: string): string[] {
  return editorSchemas()
    .filter(({ file, json }) => {
      try {
        return readFileSync(join(root, file), 'utf8') !== json;
      } catch {
        return true;
      }
    })
    .map(({ file }) => file);
}
