import { Worker } from 'node:worker_threads';
import { finishPage, type FinishedPage } from './finish-page.ts';
import type { OutputRules } from './output-scan.ts';

/** Pages a worker may have waiting before the rendering thread finishes the next one itself. */
const WAITING = 4;

interface Finisher {
  worker: Worker;
  waiting: number;
  failed: boolean;
}

/**
 * Finishes pages (finish-page.ts) in worker threads while the thread that calls it renders the next
 * ones. A page goes to the worker with the fewest waiting; when every worker has WAITING pages
 * waiting, or none runs, the calling thread finishes it itself, so that work never piles up in
 * memory and no core waits for another.
 */
export class PageFinishers {
  readonly #rules: OutputRules;
  readonly #finishers: Finisher[];
  readonly #pending = new Map<
    number,
    {
      finisher: Finisher;
      html: string;
      file: string;
      resolve: (page: FinishedPage) => void;
      reject: (error: Error) => void;
    }
  >();
  #next = 0;

  constructor(rules: OutputRules, workers: number) {
    this.#rules = rules;
    this.#finishers = Array.from({ length: workers }, () => {
      const finisher: Finisher = {
        worker: new Worker(new URL('./finish-worker.ts', import.meta.url), { workerData: rules }),
        waiting: 0,
        failed: false,
      };
      finisher.worker.on('message', (message: FinishedPage & { id: number; error?: string }) => {
        const pending = this.#pending.get(message.id);
        if (!pending) return;
        this.#pending.delete(message.id);
        finisher.waiting--;
        if (message.error) pending.reject(new Error(message.error));
        else pending.resolve({ html: message.html, problems: message.problems });
      });
      finisher.worker.on('error', () => this.#fail(finisher));
      finisher.worker.on('exit', () => this.#fail(finisher));
      return finisher;
    });
  }

  /** The page `html` of the site's file `file`, finished. */
  finish(html: string, file: string): Promise<FinishedPage> {
    let finisher: Finisher | undefined;
    for (const candidate of this.#finishers) {
      if (candidate.failed || candidate.waiting >= WAITING) continue;
      if (!finisher || candidate.waiting < finisher.waiting) finisher = candidate;
    }
    if (!finisher) return Promise.resolve(finishPage(html, file, this.#rules));
    const id = this.#next++;
    finisher.waiting++;
    const chosen = finisher;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { finisher: chosen, html, file, resolve, reject });
      chosen.worker.postMessage({ id, html, file });
    });
  }

  /** Stops the workers, once every page given to them is finished. */
  async close(): Promise<void> {
    await Promise.all(
      this.#finishers.map((finisher) => {
        finisher.failed = true;
        return finisher.worker.terminate();
      }),
    );
  }

  /** A worker that stopped: the pages it had are finished here instead, and it gets no more. */
  #fail(finisher: Finisher): void {
    finisher.failed = true;
    finisher.waiting = 0;
    for (const [id, pending] of this.#pending) {
      if (pending.finisher !== finisher) continue;
      this.#pending.delete(id);
      try {
        pending.resolve(finishPage(pending.html, pending.file, this.#rules));
      } catch (error) {
        pending.reject(error as Error);
      }
    }
  }
}
