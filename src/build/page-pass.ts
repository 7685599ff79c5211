import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroPrerenderer, RouteData } from 'astro';
import type { Plugin } from 'vite';
import type { OutputRules } from './output-scan.ts';
import { checkedToSend, type cachedCheck } from '../check/cached-check.ts';
import type { Finished, Load } from './page-messages.ts';
import { PageWorkers } from './page-workers.ts';

/**
 * The pages a site must have before its pages are finished, and then rendered, in other threads:
 * a thread costs about as much to start as finishing, and to load the rendering code into as
 * rendering, a few hundred pages.
 */
const FINISH_BESIDE = 200;
const RENDER_BESIDE = 500;

/** Astro writes these status pages as /404.html, not /404/index.html. */
const STATUS_PAGES = new Set(['/404', '/500']);

export interface PagePass {
  /** Given to Astro's build (integrations). */
  integration: AstroIntegration;
  /** Each page finished as it was rendered, by the file it is published as, with what the scan found in it. */
  scanned: Map<string, string[]>;
  /** The hashes of the inline styles that the policies of those pages allow (header-policy.ts). */
  styles: Set<string>;
  /** Pages rendered in Astro's own thread and in the threads beside it; CPU seconds of their scans and policies. */
  rendered: { here: number; beside: number; finishCpu: number };
  /** Why no page was rendered beside Astro's own thread, when none was. */
  notRendering(): string | undefined;
}

/** What Astro's renderer keeps after its setup (astro/dist/core/build/default-prerenderer.js). */
interface AstroApp {
  getSettings?: () => { scripts: { stage: string }[] };
}

/**
 * Finishes every page as Astro renders it, before Astro writes it (finish-page.ts: the output scan
 * and the page's own policy), and renders pages in `workers` threads beside Astro's own, so that
 * a build uses every core and no page is read back from the disk, parsed twice or written twice.
 * Astro's renderer is wrapped (astro:build:start, setPrerenderer); the threads load the code it
 * renders with (the prerender entry of Astro's build) and are given what Astro gives it. Where
 * that cannot be done as Astro does it, Astro's thread renders every page, as before.
 */
export function pagePass(
  rules: OutputRules,
  {
    workers,
    anySize = false,
    root,
    buildDate,
    checked,
    movedAfter = new Map(),
  }: {
    workers: number;
    /** Threads for a site of any size (the size thresholds above are for the default number). */
    anySize?: boolean;
    root: string;
    buildDate: string;
    checked: ReturnType<typeof cachedCheck>;
    /**
     * Pages the build moves once Astro has written them, from Astro's file to the one published
     * (not-found-pages.ts): each is scanned and given its policy as the file it is published as.
     */
    movedAfter?: ReadonlyMap<string, string>;
  },
): PagePass {
  const scanned = new Map<string, string[]>();
  const styles = new Set<string>();
  const rendered = { here: 0, beside: 0, finishCpu: 0 };
  let base = '/';
  let directories = false;
  let pages: Map<string, { styles: unknown }> | undefined;
  let entry: string | undefined;
  let notRendering: string | undefined;
  const integration: AstroIntegration = {
    name: 'privacy-statement:page-pass',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        directories = config.build.format === 'directory';
      },
      'astro:build:setup': ({ pages: built, updateConfig }) => {
        pages = built;
        updateConfig({ plugins: [prerenderEntry((url) => (entry = url))] });
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // Only where the page's file can be told from its address; any other page is finished
        // from the disk after the build (build-site.ts).
        if (!directories) return;
        setPrerenderer((astro): AstroPrerenderer => {
          let threads: PageWorkers | undefined;
          return {
            ...astro,
            name: 'privacy-statement:page-pass',
            async getStaticPaths() {
              const paths = await astro.getStaticPaths();
              // A thread costs about as much to start as finishing a few hundred pages, and to load
              // Astro's rendering code into as rendering as many: small sites are built without.
              const size = anySize ? Infinity : paths.length;
              threads = new PageWorkers(rules, size >= FINISH_BESIDE ? workers : 0);
              const scripts = (astro as AstroPrerenderer & { app?: AstroApp }).app?.getSettings?.()
                .scripts;
              notRendering =
                workers === 0
                  ? 'no thread was asked for beside it'
                  : size < RENDER_BESIDE
                    ? 'a site this small is rendered sooner than a thread can start'
                    : !entry
                      ? "the prerender entry of Astro's build was not found"
                      : !pages
                        ? "Astro's pages were not given"
                        : scripts?.length !== 0
                          ? 'integrations add scripts to the pages'
                          : undefined;
              if (!notRendering)
                threads.load({
                  entry: entry!,
                  root,
                  buildDate,
                  checked: checkedToSend(checked),
                  pageStyles: [...pages!].map(([key, page]) => [key, { styles: page.styles }]),
                } satisfies Omit<Load, 'type'>);
              return paths;
            },
            async render(request, options) {
              const written = pageFile(request, options.routeData, base);
              const file = written && (movedAfter.get(written) ?? written);
              if (file && threads && !options.collectMetadata) {
                const beside = await threads.render(
                  request.url,
                  options.routeData.route,
                  options.routeData.component,
                  file,
                );
                if (beside) {
                  rendered.beside++;
                  return responseOf(beside, file);
                }
              }
              const here = await astro.render(request, options);
              if (file) rendered.here++;
              const result = here instanceof Response ? { response: here } : here;
              const { response } = result;
              // A redirect is written as Astro's own page, not as this response's body.
              const redirect = response.status >= 300 && response.status < 400;
              if (!file || !threads || redirect || !response.body) return here;
              // Exactly the bytes Astro made (a byte order mark included), as a string.
              const html = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
                await response.arrayBuffer(),
              );
              const finished = await threads.finish(html, file);
              scanned.set(file, finished.problems);
              finished.styles.forEach((hash) => styles.add(hash));
              rendered.finishCpu += finished.cpu / 1e6;
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
              notRendering ??= threads?.notRendering;
              await threads?.close();
              await astro.teardown?.();
            },
          };
        });
      },
    },
  };

  function responseOf(page: Finished, file: string): Response {
    if (page.problems) scanned.set(file, page.problems);
    page.styles?.forEach((hash) => styles.add(hash));
    rendered.finishCpu += (page.cpu ?? 0) / 1e6;
    return new Response(page.html ?? null, {
      status: page.status!,
      statusText: page.statusText!,
      headers: page.headers!,
    });
  }

  return { integration, scanned, styles, rendered, notRendering: () => notRendering };
}

/** Notes the file URL of the prerender entry that Astro's build writes (the code its renderer loads). */
function prerenderEntry(found: (url: string) => void): Plugin {
  return {
    name: 'privacy-statement:prerender-entry',
    writeBundle(options, bundle) {
      if (this.environment?.name !== 'prerender' || !options.dir) return;
      for (const output of Object.values(bundle))
        // Astro names it so (astro/dist/core/build/static-build.js, getPrerenderEntryFileName).
        if (output.type === 'chunk' && output.fileName.startsWith('prerender-entry'))
          found(pathToFileURL(join(options.dir, output.fileName)).href);
    },
  };
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
