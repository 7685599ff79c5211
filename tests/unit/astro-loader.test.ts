import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/time/dates.ts';
import { statementSources } from '../../src/integration/astro-loader.ts';
import { cachedCheck } from '../../src/check/cached-check.ts';
import { PROJECT_ROOT } from '../harness/project-copy.ts';

describe('the bundler takes statement files from the content model', () => {
  const load = statementSources(PROJECT_ROOT).load as (id: string) => string | null;
  const documents = [...(cachedCheck(PROJECT_ROOT, buildDate()).content?.documents.values() ?? [])];

  it('gives the text of every statement file as it is on the disk, whatever the query Astro adds', () => {
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      const path = join(PROJECT_ROOT, document.file);
      expect(load(`${path}?astroRenderContent`), document.file).toBe(readFileSync(path, 'utf8'));
    }
  });

  it('leaves every other module to the bundler', () => {
    expect(load(join(PROJECT_ROOT, 'src/pages/index.astro'))).toBeNull();
    expect(load(join(PROJECT_ROOT, 'content/general/1999-01-01/xx.mdx'))).toBeNull();
    expect(load('astro:content-layer-deferred-module')).toBeNull();
  });
});
