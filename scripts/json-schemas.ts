// Writes JSON Schemas of the YAML content files from their zod schemas, so that an editor (with a
// YAML language server) completes and checks content/site.yaml, organization.yaml, versions.yaml
// and search.yaml while typing. The MDX headers get theirs from Astro (.astro/collections/).
//   npm run schemas
import { writeFileSync } from 'node:fs';
import { editorSchemas } from '../src/schemas/editor-schemas.ts';

for (const { file, json } of editorSchemas()) {
  writeFileSync(file, json);
  console.log(`wrote ${file}`);
}
