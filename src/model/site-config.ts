import { readDataFile } from './data-file.ts';
import { siteSchema, type SiteConfig } from '../schemas/site-schema.ts';
import { errorsOf, formatProblems } from '../problems/content-problem.ts';

/**
 * content/site.yaml alone, for what must know the languages before anything else is read (the
 * Astro configuration). Throws one readable message when it is not valid; npm run check and
 * npm run build report the same problems first, with everything else.
 */
export function readSiteConfig(root: string): SiteConfig {
  const { data, problems } = readDataFile(
    root,
    'content/site.yaml',
    siteSchema,
    { scripts: 'any', locale: 'en' },
    'see docs/adopting.md, "content/site.yaml"',
  );
  const errors = errorsOf(problems);
  if (!data || errors.length > 0)
    throw new Error(`content/site.yaml is not valid:\n\n${formatProblems(errors)}`);
  return data;
}
