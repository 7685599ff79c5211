// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { rehypeHeadingIds } from './src/markdown/rehype-heading-ids.ts';
import { LOCALES, SOURCE_LOCALE } from './src/i18n/locales.ts';

export default defineConfig({
  // Where the site is published: canonical URLs, hreflang alternates and feeds are absolute.
  // Set SITE_URL to the real address when publishing; the default is a placeholder.
  site: process.env.SITE_URL ?? 'https://privacy.example.org',
  trailingSlash: 'always',
  i18n: {
    locales: LOCALES.map((locale) => locale.code),
    defaultLocale: SOURCE_LOCALE,
    // "/" is our own page (src/pages/index.astro): a language choice that also redirects.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    processor: unified({
      rehypePlugins: [
        rehypeHeadingIds,
        // Every heading links to itself, so that any section can be linked to.
        [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-link'] } }],
      ],
    }),
  },
  integrations: [mdx()],
  build: {
    // Styles of components used only inside MDX would otherwise be inlined without a CSP hash.
    inlineStylesheets: 'never',
  },
  security: { csp: true },
  devToolbar: { enabled: false },
});
