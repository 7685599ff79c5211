import type { AstroIntegration, AstroPrerenderer, RouteData } from 'astro';
import type { OutputRules } from './output-scan.ts';
import { PageFinishers } from './page-finishers.ts';

/** Astro writes these status pages as /404.html, not /404/index.html. */
const STATUS_PAGES = new Set(['/404', '/500']);

export interface PagePass {
  /** Given to Astro's build (integrations). */
  integration: AstroIntegration;
  /** Each page finished as it was rendered, by its file in the site, with what the scan found in it. */
  scanned: Map<string, string[]>;
}

/**
 * Finishes every page as Astro renders it, before Astro writes it (finish-page.ts: the output scan
 * and the page's own policy), in `workers` threads beside the one that renders, so that no page is
 * read back from the disk, parsed twice or written twice. Astro's renderer is wrapped (the
 * astro:build:start hook's setPrerenderer); what it renders is otherwise left as it is.
 */
export function pagePass(rules: OutputRules, workers: number): PagePass {
  const scanned = new Map<string, string[]>();
  let base = '/';
  let directories = false;
  const integration: AstroIntegration = {
    name: 'privacy-statement:page-pass',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        directories = config.build.format === 'directory';
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // Only where the page's file can be told from its address; any other page is finished
        // from the disk after the build (build-site.ts).
        if (!directories) return;
        setPrerenderer((astro): AstroPrerenderer => {
          let finishers: PageFinishers | undefined;
          return {
            ...astro,
            name: 'privacy-statement:page-pass',
            async setup() {
              await astro.setup?.();
              finishers = new PageFinishers(rules, workers);
            },
            async render(request, options) {
              const rendered = await astro.render(request, options);
              const result = rendered instanceof Response ? { response: rendered } : rendered;
              const file = pageFile(request, options.routeData, base);
              const { response } = result;
              // A redirect is written as Astro's own page, not as this response's body.
              const redirect = response.status >= 300 && response.status < 400;
              if (!file || !finishers || redirect || !response.body) return rendered;
              // Exactly the bytes Astro made (a byte order mark included), as a string.
              const html = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
                await response.arrayBuffer(),
              );
              const finished = await finishers.finish(html, file);
              scanned.set(file, finished.problems);
              return {
                ...result,
                response: new Response(finished.html, {
                  status: response.status,
                  statusText: response.statusText,
                  headers: response.headers,
                }),
              };
            },
            async teardown() {
              await finishers?.close();
              await astro.teardown?.();
            },
          };
        });
      },
    },
  };
  return { integration, scanned };
}

/** The file Astro writes a page to, relative to the site (nl/versies/index.html), or nothing when it writes no HTML page. */
function pageFile(request: Request, route: RouteData, base: string): string | undefined {
  if (route.type !== 'page') return undefined;
  if (STATUS_PAGES.has(route.route)) return `${route.route.slice(1)}.html`;
  const path = decodeURIComponent(new URL(request.url).pathname);
  if (!path.startsWith(base)) return undefined;
  const folder = path.slice(base.length);
  return `${folder}${folder === '' || folder.endsWith('/') ? '' : '/'}index.html`;
}
