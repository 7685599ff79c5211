import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const META_STYLE_SRC =
  /<meta http-equiv="content-security-policy" content="[^"]*\bstyle-src ([^";]*)/i;
const HEADER_POLICY = /^(\s*Content-Security-Policy:.*\bstyle-src )([^;\n]*)/m;

/** The hashes of inline styles that a built page's own (tightened) policy allows. */
export function inlineStyleHashes(html: string): string[] {
  return (META_STYLE_SRC.exec(html)?.[1] ?? '')
    .split(/\s+/)
    .filter((source) => source.startsWith("'sha"));
}

/**
 * A page is held to the policy of the `_headers` file and to its own meta policy at once, so an
 * inline <style> runs only where both allow it. The file of a version must carry its stylesheet
 * inside it, and the header's style-src 'self' would block that stylesheet when the site serves
 * the file. This adds the hashes of the inline styles of the built pages to the header's style-src
 * (every rule that has one). No page gains a style by it: each page's own policy still allows only
 * the styles it holds itself (csp-tighten.ts).
 */
export function allowInlineStyles(headersFile: string, hashes: ReadonlySet<string>): void {
  if (hashes.size === 0 || !existsSync(headersFile)) return;
  const text = readFileSync(headersFile, 'utf8');
  const added = [...hashes].sort().join(' ');
  const updated = text.replace(
    new RegExp(HEADER_POLICY.source, 'gm'),
    (_match, start: string, sources: string) => `${start}${sources.trim()} ${added}`,
  );
  if (updated !== text) writeFileSync(headersFile, updated);
}
