import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentProblem } from '../problems/content-problem.ts';
import { checkContent } from './check-content.ts';
import type { Content } from '../model/content-model.ts';

type Checked = { content?: Content; problems: ContentProblem[] };

/**
 * One reading of the content per build, shared by everything that runs in the build's process:
 * the content check, the MDX pipeline (anchors, organisation details) and every page. Astro loads
 * those from separate module graphs, so the cache lives on globalThis. A changed file (npm run
 * dev) changes the signature and the content is read again; during a build (buildSite) the content
 * is frozen: one reading for the whole build, and no walk over content/ for every file compiled.
 */
const registry: Map<string, { signature: string; checked: Checked }> = ((
  globalThis as Record<symbol, unknown>
)[Symbol.for('privacy-statement.content')] ??= new Map()) as never;
const frozen: Set<string> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('privacy-statement.content-frozen')
] ??= new Set()) as never;

/** Runs a build on one reading of the content: what cachedCheck returned first, whatever changes on the disk meanwhile. */
export async function withContentFrozen<T>(root: string, build: () => Promise<T>): Promise<T> {
  frozen.add(resolve(root));
  try {
    return await build();
  } finally {
    frozen.delete(resolve(root));
  }
}

function signature(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path);
      else parts.push(`${path}:${stats.size}:${stats.mtimeMs}`);
    }
  };
  walk(join(root, 'content'));
  // The project's own texts, by their place in the project: this module may run bundled into
  // Astro's prerender chunks (astro build on its own), where no folder lies beside it.
  walk(join(root, 'src/i18n/strings'));
  return parts.join('\n');
}

/** checkContent(root, buildDate), read once per build and again only when a file changed. */
export function cachedCheck(root: string, buildDate: string): Checked {
  // One key per project, however its path is written ("/x/p" and "/x/p/", as Astro's config gives it).
  const key = `${resolve(root)}\n${buildDate}`;
  const cached = registry.get(key);
  if (cached && frozen.has(resolve(root))) return cached.checked;
  const now = signature(root);
  if (cached && cached.signature === now) return cached.checked;
  const checked = checkContent(root, buildDate);
  registry.set(key, { signature: now, checked });
  return checked;
}

/** The checked content as a message to another thread carries it: data only (a structured clone). */
export interface CheckedToSend {
  content?: Omit<Content, 'placeOf'>;
  problems: ContentProblem[];
}

/**
 * The checked content for another thread, without what a message cannot carry: the function that
 * finds the line of a value in a data file, which only the check's own reports use.
 */
export function checkedToSend({ content, problems }: Checked): CheckedToSend {
  if (!content) return { problems };
  const { placeOf, ...data } = content;
  void placeOf;
  return { content: data, problems };
}

/**
 * The content as checked elsewhere (a worker thread of the build gets the build's own reading,
 * checkedToSend), frozen for the build like withContentFrozen: cachedCheck returns it without
 * reading content/. The check's reports are made where it ran: here a value's place is its file.
 */
export function useCheckedContent(root: string, buildDate: string, sent: CheckedToSend): void {
  const checked: Checked = {
    problems: sent.problems,
    ...(sent.content && { content: { ...sent.content, placeOf: (file: string) => file } }),
  };
  registry.set(`${resolve(root)}\n${buildDate}`, { signature: '', checked });
  frozen.add(resolve(root));
}
