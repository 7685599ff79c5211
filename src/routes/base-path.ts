/**
 * An address within the site ("/nl/volledig/", "/favicon.svg") as a reader's browser asks for it:
 * inside the folder of the host the site is published in ("/privacy/nl/volledig/" for the base
 * "/privacy/"). Every internal address the built site holds is made by this one function, so that a
 * site in a folder has no address that leads out of it.
 */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/'))
    throw new Error(`An address within the site starts with "/", not "${path}"`);
  return `${base}${path.slice(1)}`;
}

/**
 * The address within the site of a path as a host serves it ("/privacy/nl/" is "/nl/" for the base
 * "/privacy/"), or undefined when the path lies outside the site's folder.
 */
export function withoutBase(pathname: string, base: string): string | undefined {
  if (pathname.startsWith(base)) return `/${pathname.slice(base.length)}`;
  return `${pathname}/` === base ? '/' : undefined;
}
