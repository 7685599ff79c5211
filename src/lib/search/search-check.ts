import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../model/content.ts';
import { readYaml } from '../guard/safe-yaml.ts';
import type { ContentProblem } from '../content-problem.ts';
import { statementView } from '../model/assemble.ts';
import { GENERAL } from '../model/parts.ts';

const FILE = 'content/search.yaml';

/**
 * content/search.yaml names languages, sections and passages by their anchors; a renamed heading
 * or a removed paragraph would silently leave reader terms describing nothing and questions that
 * can never be answered. Every name must exist in the current version of that language.
 */
export function checkSearchFile(content: Content, buildDate: string): ContentProblem[] {
  const codes = content.site.languages.map((language) => language.code);
  // The version in effect on the build date (or the first, when none is yet: another check reports that).
  const current = (content.versions.filter((version) => version.date <= buildDate).at(-1) ?? content.versions[0])?.date;
  if (!current) return [];
  const problems: ContentProblem[] = [];
  const path = join(content.root, FILE);
  // The file was read and validated already; read again only to name the line of a value.
  const placeOf = existsSync(path) ? readYaml(readFileSync(path, 'utf8'), { file: FILE }).placeOf : () => FILE;
  const languageProblem = (list: 'terms' | 'questions', code: string): ContentProblem => ({
    file: placeOf([list, code]),
    message: `${list}: "${code}" is not a language of the site`,
    fix: `use one of ${codes.map((known) => `"${known}"`).join(', ')} (content/site.yaml, languages)`,
    severity: 'error',
  });
  const anchorsOf = (locale: string) => {
    const view = statementView(content, current, locale);
    const blocks = [view.general, ...Object.values(view.audiences)].flatMap((shown) => shown.document.blocks);
    return {
      sections: new Set([...view.roles, ...blocks.map((block) => block.anchor)]),
      passages: new Set([...blocks.filter((block) => block.kind !== 'heading').map((block) => block.anchor), ...[GENERAL, ...view.roles].map((part) => `retention-${part}`)]),
    };
  };

  for (const [locale, entries] of Object.entries(content.search.terms)) {
    if (!codes.includes(locale)) {
      problems.push(languageProblem('terms', locale));
      continue;
    }
    const { sections } = anchorsOf(locale);
    entries.forEach((entry, index) => {
      (entry.for.sections ?? []).forEach((anchor, position) => {
        if (!sections.has(anchor)) problems.push({ file: placeOf(['terms', locale, index, 'for', 'sections', position]), message: `terms.${locale}[${index}] (${entry.words.slice(0, 3).join(', ')}…) describes section "${anchor}", which is not an anchor of the current version (${current})`, fix: 'use the anchor of a heading or passage as it appears after # in the address on the site', severity: 'error' });
      });
    });
  }
  for (const [locale, questions] of Object.entries(content.search.questions)) {
    if (!codes.includes(locale)) {
      problems.push(languageProblem('questions', locale));
      continue;
    }
    const { passages } = anchorsOf(locale);
    questions.forEach(({ question, answers }, index) => {
      const unknown = answers.filter((anchor) => !passages.has(anchor));
      if (unknown.length) problems.push({ file: placeOf(['questions', locale, index, 'answers', answers.indexOf(unknown[0]!)]), message: `question "${question}" (${locale}) names ${unknown.map((anchor) => `"${anchor}"`).join(', ')}, not a passage of the current version (${current})`, fix: 'name the anchor of a paragraph or list item (after # in its address on the site), or retention-<audience> for the retention schedule', severity: 'error' });
    });
  }
  return problems;
}
