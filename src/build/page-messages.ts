// What the build's threads tell each other (page-workers.ts, page-worker.ts).
import type { CheckedToSend } from '../check/cached-check.ts';

/** Load Astro's rendering code: the prerender entry, and what Astro's renderer gives it. */
export interface Load {
  type: 'load';
  /** The file URL of the prerender entry module that Astro's build wrote. */
  entry: string;
  root: string;
  buildDate: string;
  /** The build's checked content (cachedCheck), so that the thread need not check it again. */
  checked: CheckedToSend;
  /** Each page's stylesheets, by Astro's page key (astro:build:setup pages). */
  pageStyles: [string, { styles: unknown }][];
}

/** Finish a page rendered elsewhere (finish-page.ts). */
interface Finish {
  type: 'finish';
  id: number;
  html: string;
  file: string;
}

/** Render the page at `url` (of the route named by `route` and `component`), then finish it. */
interface Render {
  type: 'render';
  id: number;
  url: string;
  route: string;
  component: string;
  file: string;
}

export type Request = Load | Finish | Render;

/** A finished page, rendered here or there; status and headers when rendered here. */
export interface Finished {
  id: number;
  html?: string;
  problems?: string[];
  /** The hashes of the inline styles the page's own policy allows. */
  styles?: string[];
  /** CPU time of the scan and policy, in microseconds. */
  cpu?: number;
  status?: number;
  statusText?: string;
  headers?: [string, string][];
  error?: string;
}

export type Response = Finished | { type: 'loaded' } | { type: 'load-failed'; error: string };
