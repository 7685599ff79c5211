import { detailsAt } from '../organization/contact-details.ts';
import type { Content } from '../model/content-model.ts';
import type { OutputRules } from './output-scan.ts';
import { routeSlugs } from '../routes/slugs.ts';
import { urlFor } from '../routes/urls.ts';
import { siteLocation } from '../routes/site-url.ts';
import { withBase } from '../routes/base-path.ts';
import { logoPath } from '../routes/site-files.ts';

/**
 * What the built site may link to and run, from the content: its own origin and folder; the supervisory
 * authority and the organisation's website as organization.yaml names them (in every version of
 * the details); the addresses the statement text links to; scripts on the search pages only;
 * and the logo of site.yaml as the one image.
 */
export function outputRules(content: Content): OutputRules {
  const dates = [
    content.versions[0]?.date ?? '',
    ...content.organization.changes.map((change) => change.date),
  ];
  const origins = new Set<string>();
  for (const date of dates) {
    const details = detailsAt(content.organization, date);
    origins.add(new URL(details.supervisoryAuthority.url).origin);
    if (details.website) origins.add(new URL(details.website).origin);
  }
  const { origin, base } = siteLocation(content.site);
  return {
    siteOrigin: origin,
    base,
    allowedOrigins: origins,
    allowedUrls: new Set([...content.documents.values()].flatMap((document) => document.links)),
    scriptPages: new Set(
      content.site.languages.map(({ code }) =>
        urlFor({ kind: 'search', locale: code }, routeSlugs(content, code)),
      ),
    ),
    logo: content.site.brand?.logo && withBase(logoPath(content.site.brand.logo), base),
  };
}
