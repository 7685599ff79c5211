import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { STATEMENT_COLLECTIONS } from '../lib/audiences.ts';
import { collectFacts } from '../lib/facts.ts';

/**
 * Collects the facts marked in a statement file (<Purpose>, <Retention>, <Recipients>) into its
 * frontmatter as `facts`, where pages read them (render(entry).remarkPluginFrontmatter), and
 * stops the build on a fact whose attributes do not fit the schema.
 */
export function remarkFacts() {
  return (tree: Root, file: VFile) => {
    const collection = STATEMENT_COLLECTIONS.find((name) => file.path.includes(`/content/${name}/`));
    if (!collection) return;
    const { rows, problems } = collectFacts(tree, collection);
    if (problems.length > 0) {
      const where = file.path.slice(file.path.indexOf('content/'));
      throw new Error(problems.map((problem) => `${where}:${problem.line}: ${problem.message}`).join('\n'));
    }
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, facts: rows };
  };
}
