import type { Root } from 'mdast';
import type { SiteConfig } from '../schemas/site-schema.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { textRules, characterProblems } from './characters.ts';
import { checkStatementTree } from './statement-tree.ts';

/**
 * The errors of a statement file as the MDX pipeline sees it: its tree against the allowlist, its
 * text against the character rules of its language. Empty when the file may be compiled.
 */
export function guardStatementFile(
  tree: Root,
  text: string,
  { file, part, locale, site }: { file: string; part: string; locale: string; site: SiteConfig },
): ContentProblem[] {
  const language = site.languages.find((candidate) => candidate.code === locale);
  if (!language)
    return [
      {
        file,
        message: `"${locale}" is not a language of content/site.yaml`,
        fix: 'rename the file, or add the language to content/site.yaml',
        severity: 'error',
      },
    ];
  return [
    ...checkStatementTree(tree, { file, part, site, intl: language.intl }),
    ...characterProblems(text, textRules(language), file),
  ].filter((problem) => problem.severity === 'error');
}
