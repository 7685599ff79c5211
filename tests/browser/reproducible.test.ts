// Two builds of the same sources with the same SOURCE_DATE_EPOCH, from two different folders,
// are byte for byte the same: anyone can rebuild the published site and prove it is this one.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, makeFixture } from '../helpers/project.ts';

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
      differences.push(`${file}: differs at line ${line + 1}: ${at(linesOne[line])} vs ${at(linesTwo[line])}`);
    }
  }
  return differences;
}

describe('the build', () => {
  const fixtures: string[] = [];
  afterAll(() => fixtures.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('is reproducible: two builds with one SOURCE_DATE_EPOCH are identical', () => {
    const outputs = [0, 1].map(() => {
      const fixture = makeFixture();
      fixtures.push(fixture);
      const out = join(fixture, 'dist');
      const result = astroBuild(fixture, out);
      expect(result.status, result.output).toBe(0);
      return out;
    });
    expect(files(outputs[0]!).length).toBeGreaterThan(8);
    expect(treeDifferences(outputs[0]!, outputs[1]!)).toEqual([]);
  });
});
