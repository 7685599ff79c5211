import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../problems/content-problem.ts';

/**
 * Symbolic links under content/. Git keeps a link as a link, and a link can point anywhere on the
 * machine that builds: a statement file that is a link to a file outside the repository would put
 * that file's text on the site. Content is only what is in the repository, so a link is an error,
 * and nothing behind it is read.
 */
export function symbolicLinks(root: string, folder = 'content'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const name of readdirSync(join(root, folder)).sort()) {
    const path = `${folder}/${name}`;
    const stats = lstatSync(join(root, path));
    if (stats.isSymbolicLink()) {
      problems.push({
        file: path,
        message:
          'a symbolic link: content holds only files that are themselves in the repository, and the build does not follow a link to where it points',
        fix: `replace the link with the file itself (copy it into ${path}), or remove it`,
        severity: 'error',
      });
    } else if (stats.isDirectory()) {
      problems.push(...symbolicLinks(root, path));
    }
  }
  return problems;
}
