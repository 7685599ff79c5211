import { Worker } from 'node:worker_threads';
import { finishPage, type FinishedPage } from './finish-page.ts';
import type { OutputRules } from './output-scan.ts';
import type { Finished, Load, Request, Response } from './page-messages.ts';

/** Pages a rendering worker may have in hand: enough to keep it busy while the main thread renders one of its own (the main thread answers it only between pages). */
const RENDERING = 4;
/** The young generation of each worker's heap, in MB (three semi-spaces of 16). */
const YOUNG_GENERATION_MB = 48;
/** Pages a worker that only finishes may have waiting, before the caller finishes the next itself. */
const FINISHING = 4;

interface PageWorker {
  thread: Worker;
  state: 'finishing' | 'loading' | 'rendering' | 'stopped';
  busy: number;
}

interface Pending {
  worker: PageWorker;
  job: Request;
  resolve: (page: Finished | undefined) => void;
  reject: (error: Error) => void;
}

/**
 * Threads beside the one Astro renders in (page-worker.ts). From the start they finish pages the
 * caller rendered (finish-page.ts); once they have loaded Astro's rendering code (load), they
 * render pages themselves. A page goes to the worker with the least in hand, and only while it
 * has room: otherwise the caller does the work itself, so that work never piles up in memory
 * and no core waits for another. A worker that stops hands its pages back to the caller.
 */
export class PageWorkers {
  readonly #rules: OutputRules;
  readonly #workers: PageWorker[];
  readonly #pending = new Map<number, Pending>();
  #next = 0;
  /** Why the workers render no pages, when they could not load Astro's rendering code. */
  notRendering: string | undefined;

  constructor(rules: OutputRules, count: number) {
    this.#rules = rules;
    this.#workers = Array.from({ length: count }, () => {
      const worker: PageWorker = {
        thread: new Worker(new URL('./page-worker.ts', import.meta.url), {
          workerData: rules,
          // A young generation of V8's default size for a machine with this much memory (64 MB
          // and more) costs memory for no gain in speed here.
          resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        }),
        state: 'finishing',
        busy: 0,
      };
      worker.thread.on('message', (message: Response) => this.#answer(worker, message));
      worker.thread.on('error', () => this.#stop(worker));
      worker.thread.on('exit', () => this.#stop(worker));
      return worker;
    });
  }

  /** Has every worker load Astro's rendering code, after which they render pages too. */
  load(load: Omit<Load, 'type'>): void {
    for (const worker of this.#workers) {
      if (worker.state !== 'finishing') continue;
      worker.state = 'loading';
      worker.thread.postMessage({ type: 'load', ...load } satisfies Load);
    }
  }

  /**
   * The page at `url` rendered and finished by a worker; undefined at once when no worker can take
   * it now, or later when its worker stopped: then the caller renders it.
   */
  render(
    url: string,
    route: string,
    component: string,
    file: string,
  ): Promise<Finished | undefined> | undefined {
    const worker = this.#free('rendering', RENDERING);
    if (!worker) return undefined;
    return this.#send(worker, { type: 'render', id: this.#next++, url, route, component, file });
  }

  /** The page the caller rendered, finished: by a worker with room that renders nothing, or here. */
  async finish(html: string, file: string): Promise<FinishedPage> {
    const worker = this.#free('finishing', FINISHING) ?? this.#free('loading', FINISHING);
    const finished =
      worker && (await this.#send(worker, { type: 'finish', id: this.#next++, html, file }));
    if (!finished) return finishPage(html, file, this.#rules);
    return {
      html: finished.html!,
      problems: finished.problems!,
      styles: finished.styles!,
      cpu: finished.cpu!,
    };
  }

  /** Stops the workers, once every page given to them is done. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.thread.terminate()));
  }

  #free(state: PageWorker['state'], room: number): PageWorker | undefined {
    let free: PageWorker | undefined;
    for (const worker of this.#workers)
      if (worker.state === state && worker.busy < room && (!free || worker.busy < free.busy))
        free = worker;
    return free;
  }

  #send(worker: PageWorker, job: Request & { id: number }): Promise<Finished | undefined> {
    worker.busy++;
    return new Promise((resolve, reject) => {
      this.#pending.set(job.id, { worker, job, resolve, reject });
      worker.thread.postMessage(job);
    });
  }

  #answer(worker: PageWorker, message: Response): void {
    if ('type' in message) {
      if (message.type === 'loaded') worker.state = 'rendering';
      else {
        worker.state = 'finishing';
        this.notRendering ??= message.error;
      }
      return;
    }
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    worker.busy--;
    if (message.error) pending.reject(new Error(message.error));
    else pending.resolve(message);
  }

  /** A worker that stopped: the pages it had are done by the caller instead, and it gets no more. */
  #stop(worker: PageWorker): void {
    worker.state = 'stopped';
    worker.busy = 0;
    for (const [id, pending] of this.#pending) {
      if (pending.worker !== worker) continue;
      this.#pending.delete(id);
      pending.resolve(undefined);
    }
  }
}
