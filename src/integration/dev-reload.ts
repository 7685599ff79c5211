import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * npm run dev: an edit of any file of content/ (a YAML file too, which no module imports) shows
 * on the next page load. The pages read the content model when their modules are evaluated, so
 * every module is evaluated again and the browser reloads; the model itself notices which files
 * changed (src/check/cached-check.ts).
 */
export function reloadOnContentChange(root: string): Plugin {
  const content = join(resolve(root), 'content') + sep;
  return {
    name: 'privacy-statement:reload-on-content-change',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(content);
      const reload = (path: string) => {
        if (!path.startsWith(content)) return;
        for (const environment of Object.values(server.environments))
          environment.moduleGraph.invalidateAll();
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, reload);
    },
  };
}
