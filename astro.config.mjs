// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { remarkStatement } from './src/integration/remark-statement.ts';
import { readSiteConfig } from './src/model/site-config.ts';
import { siteLocation } from './src/routes/site-url.ts';
import { brandStylesheet } from './src/integration/brand-stylesheet.ts';
import { statementSources } from './src/integration/astro-loader.ts';
import { reloadOnContentChange } from './src/integration/dev-reload.ts';
import { previewReport } from './src/integration/preview-report.ts';
import { PAGE_POLICY } from './src/build/security-headers.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// The languages and the publication address are the organisation's: content/site.yaml.
const site = readSiteConfig(root);
const location = siteLocation(site);

export default defineConfig({
  // Where the site is published: canonical URLs, hreflang alternates and feeds are absolute. A site
  // in a folder of its host (https://www.example.be/privacy/) lives under it: Astro puts its
  // assets there, and every address of the pages starts with it (src/routes/base-path.ts).
  site: location.url,
  base: location.base,
  trailingSlash: 'always',
  // Caches go in the project's own .build/, not in node_modules/: copies of the project (tests,
  // the benchmark) can then share one node_modules/ without sharing caches.
  cacheDir: '.build/astro-cache',
  markdown: {
    // The statement has no code: no highlighter, and so no inline styles for the CSP to refuse.
    syntaxHighlight: false,
    processor: unified({
      // The text is published word for word: no typographic quotes or dashes, no autolinked words.
      gfm: false,
      smartypants: false,
      // Guards every statement file again and gives its blocks the content model's anchors.
      remarkPlugins: [[remarkStatement, { root }]],
      rehypePlugins: [
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
  vite: {
    cacheDir: '.build/vite-cache',
    // The brand colour of content/site.yaml, appended to src/styles/site.css; the statement files'
    // text from the content model, which has read them already; in npm run dev, pages again after
    // any edit of content/; in npm run dev with a content error, the report instead of every page.
    plugins: [
      brandStylesheet(site),
      statementSources(root),
      reloadOnContentChange(root),
      previewReport(root),
    ],
    build: {
      // Scripts (the search page's) and assets are files of their own, never inlined: the header
      // policy (src/build/security-headers.ts) allows scripts from 'self' only, and no data: URLs.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks compiled MDX with a directive the bundler does not know; the warning is
        // noise for every statement file and would hide the warnings an editor must see.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
  security: {
    // Astro writes script-src and style-src with the hashes of each page's own inline code (no
    // 'unsafe-inline'); these directives close everything else. The same policy, plus what only a
    // header can say (frame-ancestors), is in the headers file of every host the build writes
    // (src/build/security-headers.ts). tests/browser checks in a real browser that no page violates it.
    csp: { directives: [...PAGE_POLICY] },
  },
  devToolbar: { enabled: false },
});
