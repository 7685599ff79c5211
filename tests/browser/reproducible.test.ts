// Two builds of the same sources with the same SOURCE_DATE_EPOCH, in two different folders, are
// byte for byte the same, search index included: anyone can rebuild the published site and
// prove that it is this one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../harness/project-copy.ts';
import { scenario } from '../helpers/copies.ts';
import { builtOn, builtSite } from '../helpers/sites.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

/** The files that differ between two trees (or exist in only one), with the first differing line. */
function treeDifferences(a: string, b: string): string[] {
  const left = new Set(files(a));
  const right = new Set(files(b));
  const differences: string[] = [];
  for (const file of [...new Set([...left, ...right])].sort()) {
    if (!right.has(file)) differences.push(`${file}: only in the first build`);
    else if (!left.has(file)) differences.push(`${file}: only in the second build`);
    else {
      const one = readFileSync(join(a, file));
      const two = readFileSync(join(b, file));
      if (one.equals(two)) continue;
      const linesOne = one.toString('utf8').split('\n');
      const linesTwo = two.toString('utf8').split('\n');
      const line = linesOne.findIndex((text, index) => text !== linesTwo[index]);
      const at = (text: string | undefined) => JSON.stringify((text ?? '').slice(0, 120));
      differences.push(
        `${file}: differs at line ${line + 1}: ${at(linesOne[line])} vs ${at(linesTwo[line])}`,
      );
    }
  }
  return differences;
}

describe('the build', () => {
  it('is reproducible: npm run build in another folder, with one SOURCE_DATE_EPOCH, gives the same bytes', () => {
    const dir = scenario();
    // The same day as the site built for this run (tests/setup/build-sites.ts).
    const build = runScript(dir, 'build', [], {
      SOURCE_DATE_EPOCH: String(Date.parse(`${builtOn()}T00:00:00Z`) / 1000),
    });
    expect(build.status, build.output).toBe(0);
    const first = builtSite();
    expect(files(first).filter((file) => file.startsWith('pagefind/')).length).toBeGreaterThan(5);
    expect(treeDifferences(first, join(dir, 'dist'))).toEqual([]);
  });
});
