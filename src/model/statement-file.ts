import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { statementEntrySchema, type StatementEntryData } from '../schemas/statement-schema.ts';
import type { SiteConfig } from '../schemas/site-schema.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { characterProblems, type TextRules } from '../guard/characters.ts';
import { readYaml } from '../guard/safe-yaml.ts';
import { checkStatementTree } from '../guard/statement-tree.ts';
import { judgeLink } from '../guard/hyperlinks.ts';
import { visit } from 'unist-util-visit';
import { describeIssues, issueLocation } from '../problems/zod-issues.ts';
import { bodyOf, parseBody, readHeader } from './parse.ts';
import { explainMdxFailure } from '../guard/mdx-errors.ts';

/** A statement file larger than this is not a statement. */
const MAX_STATEMENT_BYTES = 512 * 1024;

/** Where a statement file sits: content/<part>/<version>/<locale>.mdx. */
export interface StatementFileInfo {
  /** As the editor names it: content/employee/2023-09-27/nl.mdx. */
  file: string;
  part: string;
  version: string;
  locale: string;
}

/** A statement file that passed every check of its own, parsed. */
export interface ParsedStatementFile extends StatementFileInfo {
  header: StatementEntryData;
  tree: Root;
  /** The addresses of other sites the text links to (https:, mailto:, tel:). */
  links: string[];
  /** SHA-256 of the file's bytes: what seals and translations record. */
  sha256: string;
  /** The text of the file as read: the only reading of it that the build makes (src/integration/astro-loader.ts). */
  source: string;
}

const error = (file: string, message: string, fix: string): ContentProblem => ({
  file,
  message,
  fix,
  severity: 'error',
});

/**
 * Checks one statement file on its own, from its bytes: size, encoding, characters, header, MDX
 * syntax and the allowlist of what a statement may contain. Returns the parsed file only when it
 * has no error, so that nothing downstream ever sees content the checks refused.
 */
export function readStatementFile(
  bytes: Buffer,
  info: StatementFileInfo,
  site: SiteConfig,
  rules: TextRules,
): { parsed?: ParsedStatementFile; sha256: string; problems: ContentProblem[] } {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { sha256, ...checkFile(bytes, info, site, rules, sha256) };
}

function checkFile(
  bytes: Buffer,
  info: StatementFileInfo,
  site: SiteConfig,
  rules: TextRules,
  sha256: string,
): { parsed?: ParsedStatementFile; problems: ContentProblem[] } {
  const { file } = info;
  if (bytes.length > MAX_STATEMENT_BYTES) {
    return {
      problems: [
        error(
          file,
          `the file has ${bytes.length} bytes; a statement file may have at most ${MAX_STATEMENT_BYTES}`,
          'split the text over the parts, or shorten it',
        ),
      ],
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      problems: [
        error(
          file,
          'the file is not UTF-8 text',
          'save it as UTF-8 (every editor offers this under "encoding")',
        ),
      ],
    };
  }
  // A byte-order mark at the very start is how some editors mark UTF-8; it is not part of the text.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '')
    return {
      problems: [
        error(
          file,
          'the file is empty',
          'write the text of this part, starting with a header: ---, title: ..., ---',
        ),
      ],
    };

  const problems: ContentProblem[] = characterProblems(text, rules, file);
  const header = readHeader(text);
  if (!header) {
    problems.push(
      error(
        `${file}:1`,
        'the file does not start with a header (---, title: ..., ---)',
        'add the header at the top; see any other statement file',
      ),
    );
    return { problems };
  }
  const yaml = readYaml(header.yaml, { file, lineOffset: header.firstLine - 1 });
  problems.push(...yaml.problems);
  let data: StatementEntryData | undefined;
  if (yaml.problems.length === 0) {
    const result = statementEntrySchema.safeParse(yaml.data ?? {});
    if (result.success) data = result.data;
    else {
      for (const issue of result.error.issues) {
        problems.push(
          error(
            yaml.placeOf(issueLocation(issue)),
            `header: ${describeIssues([issue], yaml.data)[0]}`,
            'the header has title: (required) and, in translations only, translation: (written by npm run translations -- mark)',
          ),
        );
      }
    }
  }
  const parsed = parseBody(bodyOf(text));
  if ('failure' in parsed) {
    const { message, fix, line, column } = explainMdxFailure(parsed.failure, text);
    problems.push(
      error(
        `${file}:${line ?? parsed.failure.line}:${column ?? parsed.failure.column}`,
        message,
        fix,
      ),
    );
    return { problems };
  }
  problems.push(
    ...checkStatementTree(parsed.tree, {
      file,
      part: info.part,
      site,
      intl: site.languages.find((language) => language.code === info.locale)?.intl ?? info.locale,
    }),
  );
  if (problems.some((problem) => problem.severity === 'error') || !data) return { problems };
  const links: string[] = [];
  visit(parsed.tree, 'link', (node) => {
    const verdict = judgeLink(node.url);
    if (verdict.kind === 'external' || verdict.kind === 'warning') links.push(verdict.url);
  });
  return {
    parsed: { ...info, header: data, tree: parsed.tree, links, sha256, source: text },
    problems,
  };
}
