// /.well-known/security.txt (RFC 9116): where to report a security problem with this site.
// Written at build time from content/organization.yaml; it expires one year after the build date
// (SOURCE_DATE_EPOCH when set), so a site that is not rebuilt stops claiming a current contact.
import type { APIRoute } from 'astro';
import { BINDING, BUILD_DATE, DETAILS, LANGUAGES } from '../../data/content.ts';
import { fileHref } from '../../data/hrefs.ts';
import { SITE_FILES } from '../../routes/site-files.ts';
import { isoDateToUtc } from '../../time/dates.ts';

/** The same day one year later; 29 February becomes 28 February. */
function oneYearAfter(isoDate: string): Date {
  const start = isoDateToUtc(isoDate);
  const next = new Date(
    Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), start.getUTCDate()),
  );
  if (next.getUTCMonth() !== start.getUTCMonth()) next.setUTCDate(0);
  return next;
}

export const GET: APIRoute = ({ site }) => {
  const languages = [
    BINDING,
    ...LANGUAGES.map((language) => language.code).filter((code) => code !== BINDING),
  ];
  const fields = [
    `Contact: mailto:${DETAILS.email}`,
    `Expires: ${oneYearAfter(BUILD_DATE).toISOString().replace('.000Z', 'Z')}`,
    `Preferred-Languages: ${languages.join(', ')}`,
    `Canonical: ${new URL(fileHref(SITE_FILES.securityTxt), site).href}`,
  ];
  return new Response(`${fields.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
