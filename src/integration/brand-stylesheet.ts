import type { Plugin } from 'vite';
import { brandCss } from '../brand/colours.ts';
import type { SiteConfig } from '../schemas/site-schema.ts';

/**
 * The organisation's colour (content/site.yaml, brand.colour) as CSS custom properties, appended
 * to src/styles/site.css before Vite bundles it: one stylesheet as before, and no inline style on
 * any page (which the Content-Security-Policy would refuse).
 */
export function brandStylesheet(site: SiteConfig): Plugin {
  return {
    name: 'privacy-statement:brand-stylesheet',
    enforce: 'pre',
    transform: (code, id) =>
      id.split('?')[0]!.endsWith('/src/styles/site.css')
        ? { code: `${code}\n${brandCss(site.brand?.colour)}`, map: null }
        : undefined,
  };
}
