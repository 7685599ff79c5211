// Writes JSON Schemas of the YAML content files from their zod schemas, so that an editor (with a
// YAML language server) completes and checks content/organization.yaml and content/versions.yaml
// while typing. The MDX headers get theirs from Astro (.astro/collections/*.schema.json).
//   npm run schemas           write them
//   npm run schemas -- --check   fail when the committed ones are out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { organizationSchema } from '../src/schemas/organization.ts';
import { versionsSchema } from '../src/schemas/versions.ts';

const SCHEMAS = { organization: organizationSchema, versions: versionsSchema };
const check = process.argv.includes('--check');
let stale = 0;

for (const [name, schema] of Object.entries(SCHEMAS)) {
  const file = `docs/schemas/${name}.schema.json`;
  const json = `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
  if (!check) {
    writeFileSync(file, json);
    console.log(`wrote ${file}`);
  } else if (readFileSync(file, 'utf8') !== json) {
    console.error(`${file} is out of date with src/schemas/${name}.ts: run npm run schemas and commit it.`);
    stale += 1;
  }
}
process.exit(stale > 0 ? 1 : 0);
