import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { statementEntrySchema } from '../schemas/statement.ts';
import { GENERAL, STATEMENT_COLLECTIONS } from './audiences.ts';
import type { ContentProblem } from './content-problem.ts';
import { readFrontmatter, splitFrontmatter } from './frontmatter.ts';
import { isRealIsoDate } from './iso-date.ts';
import { MDX_COMPONENT_HELP, MDX_COMPONENT_NAMES } from './mdx-components.ts';
import { audiencesParentHeading, AUDIENCES_MARKER, parseMdx } from './statement-outline.ts';
import { describeIssues } from './zod-issues.ts';
import { collectFacts } from './facts.ts';
import { RIGHT_KINDS } from '../schemas/rights.ts';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

function rightKindOf(node: MdxJsxFlowElement | MdxJsxTextElement): string | undefined {
  const kind = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'kind')?.value;
  return typeof kind === 'string' && (RIGHT_KINDS as readonly string[]).includes(kind) ? kind : undefined;
}

/** Files of content/ that are not statement folders. */
const DATA_FILES = ['organization.yaml', 'versions.yaml', 'seals.yaml'];

interface Context {
  root: string;
  locales: readonly string[];
  sourceLocale: string;
  versionDates: readonly string[];
}

const error = (file: string, message: string, fix: string): ContentProblem => ({ file, message, fix, severity: 'error' });

/**
 * Checks the statement files the way an editor needs: every folder and file where it belongs,
 * every version complete, every file readable MDX with known components and a valid header.
 */
export function validateStatementFiles(context: Context): ContentProblem[] {
  const { root } = context;
  const problems: ContentProblem[] = [];
  for (const name of readdirSync(join(root, 'content')).sort()) {
    const isFolder = statSync(join(root, 'content', name)).isDirectory();
    if (isFolder && (STATEMENT_COLLECTIONS as readonly string[]).includes(name)) {
      problems.push(...validateCollection(context, name));
    } else if (!isFolder && DATA_FILES.includes(name)) {
      continue;
    } else {
      problems.push(
        error(
          `content/${name}${isFolder ? '/' : ''}`,
          `unknown ${isFolder ? 'folder' : 'file'} in content/`,
          `statement parts go in ${STATEMENT_COLLECTIONS.map((c) => `content/${c}/`).join(', ')}; data in ${DATA_FILES.map((f) => `content/${f}`).join(', ')}. Rename or remove it.`,
        ),
      );
    }
  }
  for (const version of context.versionDates) {
    for (const collection of STATEMENT_COLLECTIONS) {
      const file = `content/${collection}/${version}/${context.sourceLocale}.mdx`;
      if (!existsSync(join(root, file))) {
        problems.push(
          error(file, `version ${version} is listed in content/versions.yaml but this file is missing`, `create it (npm run new-version copies a whole version), or remove the version from content/versions.yaml`),
        );
      }
    }
  }
  return problems;
}

function validateCollection(context: Context, collection: string): ContentProblem[] {
  const folder = join(context.root, 'content', collection);
  return readdirSync(folder)
    .sort()
    .flatMap((version): ContentProblem[] => {
      const path = `content/${collection}/${version}`;
      if (!statSync(join(folder, version)).isDirectory()) {
        return [error(path, 'a file directly in a part folder', `statement files go in a version folder: content/${collection}/<YYYY-MM-DD>/<locale>.mdx`)];
      }
      if (!isRealIsoDate(version)) {
        return [error(`${path}/`, `the folder "${version}" is not a version date`, 'name it after the date the version takes effect, written YYYY-MM-DD (e.g. 2023-09-27)')];
      }
      if (!context.versionDates.includes(version)) {
        return [error(`${path}/`, `version ${version} has a folder but no entry in content/versions.yaml`, `add an entry with date: ${version} to content/versions.yaml, or remove the folder`)];
      }
      return readdirSync(join(folder, version))
        .sort()
        .flatMap((file) => validateFile(context, collection, `${path}/${file}`));
    });
}

function validateFile(context: Context, collection: string, file: string): ContentProblem[] {
  const match = /^(.+)\.mdx$/.exec(file.split('/').pop() ?? '');
  if (!match || !context.locales.includes(match[1] ?? '')) {
    return [
      error(file, `not a statement file: expected <locale>.mdx with a locale of this site (${context.locales.join(', ')})`, 'rename it (e.g. nl.mdx), or add the language in src/i18n/locales.ts'),
    ];
  }
  const text = readFileSync(join(context.root, file), 'utf8');
  if (text.trim() === '') return [error(file, 'the file is empty', 'write the text of this part, starting with a header: ---, title: ..., ---')];
  const parts = splitFrontmatter(text);
  if (!parts) return [error(`${file}:1`, 'the file does not start with a header (---, title: ..., ---)', 'add the header at the top; see any other statement file')];
  const headerLines = text.slice(0, text.length - parts.body.length).split('\n').length - 1;
  return [...validateFrontmatter(file, text), ...validateBody(file, collection, parts.body, headerLines)];
}

function validateFrontmatter(file: string, text: string): ContentProblem[] {
  const document = readFrontmatter(text);
  if (!document || document.errors.length > 0) {
    return [error(`${file}:2`, `the header is not valid YAML: ${document?.errors[0]?.message ?? ''}`, 'correct the header between the --- lines')];
  }
  const data: unknown = document.toJS() ?? {};
  const result = statementEntrySchema.safeParse(data);
  return result.success
    ? []
    : describeIssues(result.error.issues, data).map((issue) => error(file, `header: ${issue}`, 'the header has title: (required) and, in translations only, translation: (written by npm run translations -- mark)'));
}

/** `headerLines` turns remark's line numbers (counted in the body) into the file's. */
function validateBody(file: string, collection: string, body: string, headerLines: number): ContentProblem[] {
  const line = (bodyLine: number | undefined) => (bodyLine ?? 1) + headerLines;
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (cause) {
    const place = cause as { line?: number; column?: number; reason?: string; message?: string };
    const where = place.line === undefined ? '' : `:${line(place.line)}:${place.column ?? 1}`;
    return [
      error(`${file}${where}`, `the text is not valid MDX: ${place.reason ?? place.message}`, 'check the line shown: a tag left open (<Email> instead of <Email />), or a { or < that should be written as \\{ or &lt;'),
    ];
  }
  const problems: ContentProblem[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name ?? '';
    const where = `${file}:${line(node.position?.start.line)}`;
    if (!(MDX_COMPONENT_NAMES as readonly string[]).includes(name)) {
      problems.push(
        error(where, `unknown component <${name}>`, `use one of: ${MDX_COMPONENT_NAMES.map((known) => `<${known} /> (${MDX_COMPONENT_HELP[known]})`).join('; ')}`),
      );
    } else if (name === 'Right' && !rightKindOf(node)) {
      problems.push(error(where, `<Right> needs kind="..." with one of: ${RIGHT_KINDS.join(', ')}`, 'write e.g. <Right kind="access">...</Right>'));
    } else if (name === AUDIENCES_MARKER && collection !== GENERAL) {
      problems.push(error(where, `<${AUDIENCES_MARKER} /> may only stand in the general sections`, 'remove it from this file'));
    }
  });
  for (const problem of collectFacts(tree, collection).problems) {
    problems.push(error(`${file}:${line(problem.line)}`, problem.message, 'see docs/editing.md, "Facts in the text"'));
  }
  if (collection === GENERAL) {
    try {
      audiencesParentHeading(body, file);
    } catch (cause) {
      problems.push(error(file, (cause as Error).message.replace(`${file}: `, ''), `put <${AUDIENCES_MARKER} /> once, on its own line, under the heading where the audience sections belong`));
    }
  }
  const seen = new Set<string>();
  visit(tree, 'heading', (heading) => {
    const key = `${heading.depth}:${toString(heading)}`;
    if (seen.has(key)) {
      problems.push(error(`${file}:${line(heading.position?.start.line)}`, `the section "${toString(heading)}" appears twice`, 'merge the two sections, or give one a different heading'));
    }
    seen.add(key);
  });
  return problems;
}
