// Pages rendered in the build's worker threads are the pages Astro's own thread renders, byte for
// byte: the clinic built with two threads beside Astro's (PRIVACY_STATEMENT_WORKERS, for a site
// of any size), and as the tests build it (a site this small in Astro's thread alone).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../../harness/project-copy.ts';
import { CLINIC, scenario } from '../../helpers/copies.ts';
import { builtOn, builtSite } from '../../helpers/sites.ts';

function files(dist: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dist, { recursive: true, encoding: 'utf8' })
      // The pages and every file made from them, the hosts' files with the header policy among them.
      .filter((name) =>
        /(\.(html|json|xml|ics|vcf|txt|css|js|conf|htaccess)|_headers|_redirects)$/.test(name),
      )
      .map((name) => [name, readFileSync(join(dist, name))]),
  );
}

describe('pages rendered beside Astro', () => {
  it('are the pages Astro renders itself, byte for byte', () => {
    const threads = scenario({ content: CLINIC });
    const beside = runScript(threads, 'build', [], {
      PRIVACY_STATEMENT_WORKERS: '2',
      // The day the tests' clinic was built as.
      SOURCE_DATE_EPOCH: String(Date.parse(`${builtOn('secondOrganization')}T00:00:00Z`) / 1000),
    });
    expect(beside.status, beside.output).toBe(0);
    const rendered = /(\d+) rendered beside Astro's own thread/.exec(beside.output);
    expect(Number(rendered?.[1])).toBeGreaterThan(0);
    const [a, b] = [files(join(threads, 'dist')), files(builtSite('secondOrganization'))];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a.size).toBeGreaterThan(60);
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  });
});
