// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { remarkStatement } from './src/integration/remark-statement.ts';
import { readSiteConfig } from './src/model/site-config.ts';
import { siteUrl } from './src/routes/site-url.ts';
import { brandStylesheet } from './src/integration/brand-stylesheet.ts';
import { statementSources } from './src/integration/astro-loader.ts';
import { reloadOnContentChange } from './src/integration/dev-reload.ts';
import { previewReport } from './src/integration/preview-report.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// The languages and the publication address are the organisation's: content/site.yaml.
const site = readSiteConfig(root);

export default defineConfig({
  // Where the site is published: canonical URLs, hreflang alternates and feeds are absolute.
  site: siteUrl(site),
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
      // policy of public/_headers allows scripts from 'self' only, and no data: URLs.
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
    // header can say (frame-ancestors), is sent by public/_headers. tests/browser checks in a real
    // browser that no page violates it.
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        // Nothing on the pages fetches; 'self' lets tools read /robots.txt on the page's behalf
        // (Lighthouse's SEO audit does, and fails under 'none').
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
});
