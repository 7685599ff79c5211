// The architecture as the folders show it: every folder of src/ says in its README.md what it owns
// and which folders it may import ("May import: …"), and the code keeps to it. Imports run one way:
// no module imports one that imports it back, no folder imports one that may import it, and the
// code that builds the site imports nothing of the tests or the scripts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../harness/project-copy.ts';

const SRC = join(PROJECT_ROOT, 'src');

/** Every module of src/ (TypeScript and Astro components), by its path from the project's root. */
function modules(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|astro)$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => join('src', name));
}

/** The code of a module: an Astro component's frontmatter and scripts, or the whole file. */
function codeOf(file: string): string {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1],
  );
  return [frontmatter, ...scripts].join('\n');
}

/** The modules of the project a module imports (type-only imports too), by path from the root. */
function importsOf(file: string): string[] {
  return ts
    .preProcessFile(codeOf(file), true, true)
    .importedFiles.map((imported) => imported.fileName.split('?')[0]!)
    .filter((name) => name.startsWith('.'))
    .map((name) => normalize(join(dirname(file), name)));
}

/** The folder of src/ a module is in ('' for src/ itself). */
const folderOf = (file: string): string => {
  const parts = relative(SRC, join(PROJECT_ROOT, file)).split('/');
  return parts.length > 1 ? parts[0]! : '';
};

const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
const graph = new Map(modules().map((file) => [file, importsOf(file)]));

/**
 * "May import: a, b." of a folder's README, or undefined when it has none. (In src/pages/ it is
 * _README.md: Astro publishes every other Markdown file there as a page.)
 */
function allowedBy(folder: string): Set<string> | undefined {
  const readme = [join(SRC, folder, 'README.md'), join(SRC, folder, '_README.md')].find(existsSync);
  if (!readme) return undefined;
  const line = /^May import: (.*)\.$/m.exec(readFileSync(readme, 'utf8'))?.[1];
  if (line === undefined) return undefined;
  return new Set(line.startsWith('nothing') ? [] : line.split(',').map((name) => name.trim()));
}

/** A cycle of a directed graph as the path round it, or undefined. */
function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    if (state.get(node) === 'done') return undefined;
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the architecture', () => {
  it('reads the imports of every module, Astro components included', () => {
    expect(graph.size).toBeGreaterThan(120);
    // A known import of a component's frontmatter, so that a parser that reads none fails here.
    expect(graph.get('src/layouts/Page.astro')).toContain('src/data/content.ts');
  });

  it('has a README in every folder of src/ that says what it owns and what it may import', () => {
    const missing = folders.filter((folder) => allowedBy(folder) === undefined);
    expect(missing, 'add README.md with a paragraph and a line "May import: …."').toEqual([]);
  });

  it('has no module that imports one that imports it back', () => {
    expect(findCycle(graph)?.join(' -> ')).toBeUndefined();
  });

  it('has every module import only from its own folder and those its README allows', () => {
    const breaches = [...graph].flatMap(([file, imports]) => {
      const own = folderOf(file);
      const allowed = own ? (allowedBy(own) ?? new Set()) : new Set(folders);
      return imports
        .filter((target) => target.startsWith('src/'))
        .map(folderOf)
        .filter((target) => target !== own && target !== '' && !allowed.has(target))
        .map(
          (target) => `${file} imports src/${target}/, which src/${own}/README.md does not allow`,
        );
    });
    expect([...new Set(breaches)]).toEqual([]);
  });

  it('has folders that import one way: no folder may import one that may import it', () => {
    const edges = new Map(folders.map((folder) => [folder, [...(allowedBy(folder) ?? [])]]));
    expect(findCycle(edges)?.join(' -> ')).toBeUndefined();
  });

  it('builds the site from src/ alone: nothing there imports the tests or the scripts', () => {
    const outside = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => !target.startsWith('src/'))
        .map((target) => `${file} -> ${target}`),
    );
    expect(outside).toEqual([]);
  });
});
