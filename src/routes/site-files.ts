/**
 * The site's files that are not pages, by their address within the site: where src/pages/ and
 * public/ put them, and where the pages link to them (always through withBase).
 */
export const SITE_FILES = {
  favicon: '/favicon.svg',
  vcard: '/contact.vcf',
  securityTxt: '/.well-known/security.txt',
  /** Pagefind's script, which finds its index beside it (src/build/search-index.ts writes both). */
  searchBundle: '/pagefind/pagefind.js',
} as const;

/** The organisation's logo (site.yaml brand.logo), published by src/pages/brand/[file].ts. */
export function logoPath(file: string): string {
  return `/brand/${file}`;
}
