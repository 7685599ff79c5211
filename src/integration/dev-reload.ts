import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * npm run dev: an edit of any file of content/ (a YAML file too, which no module imports) shows
 * on the next page load. The pages read the content model when their modules are evaluated, so
 * the project's modules are evaluated again and the browser reloads; the model itself notices which
 * files changed (src/check/cached-check.ts).
 */
export function reloadOnContentChange(root: string): Plugin {
  const content = join(resolve(root), 'content') + sep;
  const code = join(resolve(root), 'src') + sep;
  return {
    name: 'privacy-statement:reload-on-content-change',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(content);
      const reload = (path: string) => {
        if (!path.startsWith(content)) return;
        // Only the project's own modules and the statement files read the content model;
        // invalidating Astro's own as well (its manifest of pages among them) could leave a route
        // without its page until the preview was restarted.
        for (const environment of Object.values(server.environments)) {
          for (const module of environment.moduleGraph.idToModuleMap.values()) {
            const file = module.file ?? '';
            if (file.startsWith(code) || file.startsWith(content)) {
              environment.moduleGraph.invalidateModule(module);
            }
          }
        }
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, reload);
    },
  };
}
