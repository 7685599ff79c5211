// A thread of the build beside the one Astro runs in (page-workers.ts starts it): it finishes pages
// (finish-page.ts) and, once it has loaded the same rendering code as Astro's own thread, renders
// pages too, so that a build uses more than one core.
import { parentPort, workerData } from 'node:worker_threads';
import { useCheckedContent } from '../check/cached-check.ts';
import { finishPage } from './finish-page.ts';
import type { OutputRules } from './output-scan.ts';
import type { Load, Request as Job, Response as Done } from './page-messages.ts';

interface RenderingApp {
  manifest: { routes: { routeData: { route: string; component: string } }[] };
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
  render(request: Request, options: { routeData: unknown }): Promise<Response>;
}

const rules = workerData as OutputRules;
const post = (message: Done) => parentPort!.postMessage(message);
let app: RenderingApp | undefined;
let routes = new Map<string, unknown>();

/** Loads Astro's rendering code (the build's prerender entry) as Astro's own renderer loads it. */
async function load({ entry, root, buildDate, checked, pageStyles }: Load): Promise<void> {
  // The pages read the content the build checked: not read and checked again here.
  useCheckedContent(root, buildDate, checked);
  const loaded = (await import(entry)) as { app: RenderingApp };
  // What Astro's renderer gives its app (astro/dist/core/build/default-prerenderer.js): the
  // stylesheets of each page and the build's settings, of which rendering reads the scripts
  // (none: page-pass.ts loads no worker where an integration adds one) and the log.
  loaded.app.setInternals({
    pagesByKeys: new Map(pageStyles),
    entrySpecifierToBundleMap: new Map(),
  });
  loaded.app.setOptions({
    settings: { scripts: [] },
    logger: {
      options: {
        destination: {
          write: (event: { label?: string | null; message: string }) =>
            process.stderr.write(`${event.label ? `[${event.label}] ` : ''}${event.message}\n`),
        },
      },
    },
  });
  routes = new Map(
    loaded.app.manifest.routes.map(({ routeData }) => [
      `${routeData.route}\n${routeData.component}`,
      routeData,
    ]),
  );
  app = loaded.app;
}

parentPort!.on('message', async (job: Job) => {
  try {
    if (job.type === 'load') {
      await load(job);
      return post({ type: 'loaded' });
    }
    if (job.type === 'finish')
      return post({ id: job.id, ...finishPage(job.html, job.file, rules) });
    const routeData = routes.get(`${job.route}\n${job.component}`);
    if (!app || !routeData) throw new Error(`No route ${job.route} to render ${job.url} with`);
    const response = await app.render(new Request(job.url), { routeData });
    const rendered = {
      id: job.id,
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
    };
    // A redirect is written as Astro's own page, not as this response's body.
    if (!response.body || (response.status >= 300 && response.status < 400)) return post(rendered);
    const html = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    post({ ...rendered, ...finishPage(html, job.file, rules) });
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    post(
      job.type === 'load'
        ? { type: 'load-failed', error: message }
        : { id: job.id, error: message },
    );
  }
});
