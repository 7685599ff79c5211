// The test helpers' project copies do not pile up in the temporary folder: a copy made inside a
// test is gone once that test has finished.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenario } from '../helpers/copies.ts';

describe('a copy of the project made inside a test', () => {
  let made = '';

  it('is there while the test runs', () => {
    made = scenario();
    expect(existsSync(`${made}/content/site.yaml`)).toBe(true);
  });

  it('is removed when that test has finished', () => {
    expect(made).not.toBe('');
    expect(existsSync(made)).toBe(false);
  });
});
