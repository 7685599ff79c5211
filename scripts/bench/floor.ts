// The floor a build is measured against: a bare Astro site, built beside each generated site in the
// same run, with as many pages of the same average size and nothing else (no content check, no
// Markdown, no diff, no scan, no search index). What the project costs above it is its own work.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../tests/harness/project-copy.ts';

/** Words of a privacy statement's register, so that the text compresses and escapes like text does. */
const WORDS =
  'we process your personal data only for the purpose you gave it for and keep it no longer than needed the law sometimes asks us to keep data longer you have the right to ask which data we hold about you'.split(
    ' ',
  );

const PARAGRAPH = 600;
/** What a bare page holds besides its paragraphs (doctype, head, main), in bytes. */
const FRAME = 300;

/**
 * Writes a bare Astro project of `pages` pages of about `pageBytes` bytes each: one dynamic route,
 * a title and paragraphs of text. Returns its folder; build it with `astro build`.
 */
export function floorSite(pages: number, pageBytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'astro-floor-'));
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'astro-floor', private: true, type: 'module' }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      // The caches in the copy, as the project's are, so that every build starts cold.
      "export default defineConfig({ cacheDir: '.build/astro-cache', vite: { cacheDir: '.build/vite-cache' } });",
      '',
    ].join('\n'),
  );
  const paragraphs = Math.max(1, Math.round((pageBytes - FRAME) / (PARAGRAPH + 7)));
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    join(dir, 'src/pages/[...path].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, page) => ({
    params: { path: \`page/\${page}\` },
    props: { page },
  }));
}
const WORDS = ${JSON.stringify(WORDS)};
// A paragraph of about ${PARAGRAPH} characters, different for every page and paragraph.
function paragraph(seed) {
  const words = [];
  for (let i = 0, length = 0; length < ${PARAGRAPH}; i++) {
    const word = WORDS[(seed * 7 + i * 13) % WORDS.length];
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
}
const { page } = Astro.props;
const text = Array.from({ length: ${paragraphs} }, (_, index) => paragraph(page + index));
---

<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Page {page}</title>
  </head>
  <body>
    <main>
      <h1>Page {page}</h1>
      {text.map((words) => <p>{words}</p>)}
    </main>
  </body>
</html>
`,
  );
  return dir;
}
