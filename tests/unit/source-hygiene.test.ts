import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../harness/project-copy.ts';

// The code knows no organisation: everything about one is in content/ (its name and place, its
// audiences and their slugs, its retention words, its binding language). These are the first
// organisation's, written here by hand; comments may still name them as examples.
const FIRST_ORGANIZATION = [
  /Cachet/i,
  /Zutphen/i,
  /Re-integratie/i,
  /['"](visitor|employee|job-seeker|client-contact)['"]/,
  /werkzoekende|medewerker|bezoeker|\brelatie\b/i,
  /end-of-employment|audit-report/,
  /['"]nl(-NL)?['"]/,
];

function codeFiles(folder: string): string[] {
  return readdirSync(join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mjs|astro|css)$/.test(name))
    .map((name) => join(folder, name));
}

/** The lines of a file that are code, not comments. */
function codeLines(file: string): { line: number; text: string }[] {
  return readFileSync(join(PROJECT_ROOT, file), 'utf8')
    .split('\n')
    .map((text, index) => ({ line: index + 1, text }))
    .filter(({ text }) => !/^\s*(\/\/|\/\*|\*|<!--)/.test(text));
}

describe('the code', () => {
  it('names no organisation, audience, retention word or binding language of its content', () => {
    const files = [...codeFiles('src'), ...codeFiles('scripts'), 'astro.config.mjs'];
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      codeLines(file).flatMap(({ line, text }) =>
        FIRST_ORGANIZATION.filter((pattern) => pattern.test(text)).map(
          (pattern) => `${file}:${line} ${pattern}: ${text.trim()}`,
        ),
      ),
    );
    expect(found).toEqual([]);
  });
});
