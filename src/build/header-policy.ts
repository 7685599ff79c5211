const META_STYLE_SRC =
  /<meta http-equiv="content-security-policy" content="[^"]*\bstyle-src ([^";]*)/i;

/**
 * The hashes of inline styles that a built page's own (tightened) policy allows. A page is held to
 * the header policy and to its own meta policy at once, so an inline <style> applies only where
 * both allow it. The file of a version must carry its stylesheet inside it, and the header's
 * style-src 'self' would block that stylesheet when the site serves the file: the build adds these
 * hashes to the header's style-src (security-headers.ts). No page gains a style by it: each page's
 * own policy still allows only the styles it holds itself (csp-tighten.ts).
 */
export function inlineStyleHashes(html: string): string[] {
  return (META_STYLE_SRC.exec(html)?.[1] ?? '')
    .split(/\s+/)
    .filter((source) => source.startsWith("'sha"));
}
