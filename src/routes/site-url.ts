import type { ContentAsRead } from '../model/content-model.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import type { SiteConfig } from '../schemas/site-schema.ts';

/** Stands in until an organisation says where its site is published. */
const PLACEHOLDER_URL = 'https://privacy.example.org';

/** Where the site is published: SITE_URL for one build, else content/site.yaml, else a placeholder. */
export function siteUrl(
  site: SiteConfig,
  env: Record<string, string | undefined> = process.env,
): string {
  return env.SITE_URL || site.url || PLACEHOLDER_URL;
}

/** Without an address, canonical links, language alternates and feeds point to a placeholder. */
export function checkSiteUrl(content: ContentAsRead): ContentProblem[] {
  if (siteUrl(content.site) !== PLACEHOLDER_URL) return [];
  return [
    {
      file: 'content/site.yaml',
      message: `no url: canonical links, language alternates, feeds and security.txt point to ${PLACEHOLDER_URL}`,
      fix: 'add url: https://… (where the site is published), or build with SITE_URL=https://…',
      severity: 'warning',
    },
  ];
}
