import type { SiteConfig } from '../schemas/site-schema.ts';

/** Stands in until an organisation says where its site is published. */
export const PLACEHOLDER_URL = 'https://privacy.example.org';

/** Where the site is published: SITE_URL for one build, else content/site.yaml, else a placeholder. */
export function siteUrl(site: SiteConfig, env: Record<string, string | undefined> = process.env): string {
  return env.SITE_URL || site.url || PLACEHOLDER_URL;
}
