import { join, relative, resolve, sep } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { Plugin } from 'vite';
import { buildDate } from '../time/dates.ts';
import { cachedCheck } from '../check/cached-check.ts';
import type { StatementDocument } from '../model/content-model.ts';
import { bodyOf } from '../model/parse.ts';
import { documentKey, statementFileOf } from '../model/parts.ts';

/**
 * The statement files of one part as an Astro content collection, taken from the content model
 * instead of from the disk: the model has read and checked every file once, and Astro gets that
 * text (the files were read up to four times when Astro's glob loader and the bundler read them
 * again). Entries are "<version>/<language>", and render through the MDX pipeline as before.
 */
export function statementLoader(root: string, part: string): Loader {
  return {
    name: 'privacy-statement:statement-files',
    load: async ({ store, parseData, watcher }) => {
      const sync = async (): Promise<void> => {
        const documents = checkedDocuments(root);
        // While the content has errors the entries stay as they were: every page stops with the
        // content check's report (src/data/content.ts), once, instead of a line per collection here.
        if (!documents) return;
        const untouched = new Set(store.keys());
        for (const document of documents.values()) {
          if (document.part !== part) continue;
          const id = `${document.version}/${document.locale}`;
          untouched.delete(id);
          // The model has hashed the file already.
          const digest = document.sha256;
          if (store.get(id)?.digest === digest) {
            store.addModuleImport(document.file);
            continue;
          }
          const header = {
            title: document.title,
            ...(document.translatedFrom
              ? { translation: { source: document.translatedFrom } }
              : {}),
          };
          const data = await parseData({ id, data: header, filePath: join(root, document.file) });
          store.set({
            id,
            data,
            body: bodyOf(document.source),
            filePath: document.file,
            digest,
            deferredRender: true,
          });
        }
        for (const id of untouched) store.delete(id);
      };
      await sync();
      // npm run dev: an edit in content/ shows on the next page load. Any file counts: a version
      // added to versions.yaml brings entries of its own.
      if (!watcher) return;
      const folder = join(resolve(root), 'content') + sep;
      watcher.add(folder);
      const onChange = (path: string) => {
        if (path.startsWith(folder)) void sync();
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
    },
  };
}

/**
 * Gives the bundler the text of a statement file from the content model when Astro renders it,
 * so that the file is not read from the disk again (and what is rendered is what was checked).
 * While the content has errors, a build (astro build run directly, around npm run build, with
 * entries left from an earlier build) compiles the file from the disk, so that the remark step of
 * the MDX pipeline refuses what it holds; npm run dev, mid-edit, compiles it to nothing, and the
 * page stops with the content check's report (src/data/content.ts) instead of a compiler error
 * with a stack trace.
 */
export function statementSources(root: string): Plugin {
  const content = join(resolve(root), 'content') + sep;
  let serving = false;
  return {
    name: 'privacy-statement:statement-sources',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    load(id) {
      const path = id.split('?')[0]!;
      if (!path.startsWith(content) || !path.endsWith('.mdx')) return null;
      const statementFile = statementFileOf(relative(resolve(root), path).split(sep).join('/'));
      if (!statementFile) return null;
      const documents = checkedDocuments(root);
      if (!documents) return serving ? '' : null;
      return (
        documents.get(documentKey(statementFile.part, statementFile.version, statementFile.locale))
          ?.source ?? null
      );
    },
  };
}

/** The statement files as the content check read them, or nothing while the content has errors. */
function checkedDocuments(root: string): Map<string, StatementDocument> | undefined {
  return cachedCheck(root, buildDate()).content?.documents;
}
