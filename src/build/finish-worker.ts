// A thread that finishes pages (finish-page.ts) while the build's main thread renders the next
// ones: page-finishers.ts starts it and sends it pages.
import { parentPort, workerData } from 'node:worker_threads';
import { finishPage } from './finish-page.ts';
import type { OutputRules } from './output-scan.ts';

const rules = workerData as OutputRules;
parentPort!.on('message', ({ id, html, file }: { id: number; html: string; file: string }) => {
  try {
    parentPort!.postMessage({ id, ...finishPage(html, file, rules) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
  }
});
