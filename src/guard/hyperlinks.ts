/** What a link in a statement may point to, and why not. */
export type LinkVerdict =
  | { kind: 'site' }
  | { kind: 'external'; url: string }
  | { kind: 'warning'; url: string; message: string; fix: string }
  | { kind: 'error'; message: string; fix: string };

/** Stands for the site itself when a relative link is resolved. */
export const SITE = 'https://site.invalid';

/**
 * An address as a browser reads it, from a page of the site (at the path `page`): tabs and
 * newlines dropped, a scheme read on its own ("https:host" is another site, not a page here),
 * anything else relative to the page. Undefined when it is not an address at all.
 */
export function readAddress(raw: string, page = '/page/'): URL | undefined {
  const written = raw.replace(/[\t\n\r]/g, '').trim();
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(written)
      ? new URL(written)
      : new URL(written, `${SITE}${page}`);
  } catch {
    return undefined;
  }
}
const ALLOWED_SCHEMES = new Set(['https:', 'mailto:', 'tel:']);

/**
 * Judges a link target the way a browser will read it (WHATWG URL parsing: tabs, newlines and
 * case in the scheme do not hide it). Allowed: https:, mailto:, tel:, and links within the site;
 * http: with a warning. Everything else, protocol-relative //host links included, is refused.
 */
export function judgeLink(href: string): LinkVerdict {
  const written = href.trim();
  const fix =
    'link to an https:// address, a mailto: or tel: address, or a page of this site (/nl/...)';
  const url = readAddress(written);
  if (!url) return { kind: 'error', message: `the link "${href}" is not a valid address`, fix };
  // A backslash or a run of slashes after the scheme are read as "another host" by browsers.
  if (/^[\\/]{2}/.test(written.replace(/[\t\n\r]/g, ''))) {
    return {
      kind: 'error',
      message: `the link "${href}" is protocol-relative (starts with //): it leads to another site, with the page's own protocol`,
      fix,
    };
  }
  if (url.origin === SITE) return { kind: 'site' };
  if (url.protocol === 'http:') {
    return {
      kind: 'warning',
      url: url.href,
      message: `the link "${href}" uses http:, which anyone on the way can read and change`,
      fix: `use https:// if the site offers it (${url.href.replace(/^http:/, 'https:')})`,
    };
  }
  if (!ALLOWED_SCHEMES.has(url.protocol)) {
    return {
      kind: 'error',
      message: `the link "${href}" uses the scheme ${url.protocol}, which a statement may not use (allowed: https:, mailto:, tel:, and links within the site)`,
      fix,
    };
  }
  return { kind: 'external', url: url.href };
}
