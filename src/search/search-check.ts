import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentAsRead } from '../model/content-model.ts';
import { readYaml } from '../guard/safe-yaml.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { statementView } from '../model/assemble.ts';
import { GENERAL } from '../model/parts.ts';
import { currentVersion } from '../versions/timeline.ts';

const FILE = 'content/search.yaml';

/**
 * content/search.yaml names languages, sections and passages by their anchors; a misspelt anchor
 * would silently leave reader terms describing nothing and questions that can never be answered.
 * An anchor of no version at all is an error. One that only earlier versions have (a new version
 * dropped the passage) is a warning: it must not stop the build that publishes that version.
 */
export function checkSearchFile(content: ContentAsRead, buildDate: string): ContentProblem[] {
  const codes = content.site.languages.map((language) => language.code);
  // The version in effect on the build date (or the first, when none is yet: another check reports that).
  const current = (currentVersion(content.versions, buildDate) ?? content.versions[0])?.date;
  if (!current) return [];
  const problems: ContentProblem[] = [];
  const path = join(content.root, FILE);
  // The file was read and validated already; read again only to name the line of a value.
  const placeOf = existsSync(path)
    ? readYaml(readFileSync(path, 'utf8'), { file: FILE }).placeOf
    : () => FILE;
  const languageProblem = (list: 'terms' | 'questions', code: string): ContentProblem => ({
    file: placeOf([list, code]),
    message: `${list}: "${code}" is not a language of the site`,
    fix: `use one of ${codes.map((known) => `"${known}"`).join(', ')} (content/site.yaml, languages)`,
    severity: 'error',
  });
  const anchorsIn = (locale: string, version: string) => {
    const view = statementView(content, version, locale);
    const blocks = [view.general, ...Object.values(view.parts)].flatMap(
      (shown) => shown.document.blocks,
    );
    return {
      sections: new Set([...view.audiences, ...blocks.map((block) => block.anchor)]),
      passages: new Set([
        ...blocks.filter((block) => block.kind !== 'heading').map((block) => block.anchor),
        ...[GENERAL, ...view.audiences].map((part) => `retention-${part}`),
      ]),
    };
  };
  /** Where an anchor is: in the current version or a later one (fine), only in earlier ones (stale), or nowhere (a mistake). */
  const anchorsOf = (locale: string) => {
    const now = content.versions
      .filter((version) => version.date >= current)
      .map((version) => anchorsIn(locale, version.date));
    const before = content.versions
      .filter((version) => version.date < current)
      .map((version) => anchorsIn(locale, version.date));
    const place = (kind: 'sections' | 'passages', anchor: string) =>
      now.some((anchors) => anchors[kind].has(anchor))
        ? 'current'
        : before.some((anchors) => anchors[kind].has(anchor))
          ? 'earlier'
          : 'nowhere';
    return { place };
  };

  for (const [locale, entries] of Object.entries(content.search.terms)) {
    if (!codes.includes(locale)) {
      problems.push(languageProblem('terms', locale));
      continue;
    }
    const { place } = anchorsOf(locale);
    entries.forEach((entry, index) => {
      (entry.for.sections ?? []).forEach((anchor, position) => {
        const where = place('sections', anchor);
        if (where === 'current') return;
        problems.push({
          file: placeOf(['terms', locale, index, 'for', 'sections', position]),
          message: `terms.${locale}[${index}] (${entry.words.slice(0, 3).join(', ')}…) describes section "${anchor}", which ${where === 'earlier' ? `only earlier versions have: it describes nothing since ${current}` : 'is not an anchor of any version'}`,
          fix: 'use the anchor of a heading or passage as it appears after # in the address on the site',
          severity: where === 'earlier' ? 'warning' : 'error',
        });
      });
    });
  }
  for (const [locale, questions] of Object.entries(content.search.questions)) {
    if (!codes.includes(locale)) {
      problems.push(languageProblem('questions', locale));
      continue;
    }
    const { place } = anchorsOf(locale);
    questions.forEach(({ question, answers }, index) => {
      const missing = answers.filter((anchor) => place('passages', anchor) !== 'current');
      if (missing.length === 0) return;
      const nowhere = missing.some((anchor) => place('passages', anchor) === 'nowhere');
      problems.push({
        file: placeOf(['questions', locale, index, 'answers', answers.indexOf(missing[0]!)]),
        message: `question "${question}" (${locale}) names ${missing.map((anchor) => `"${anchor}"`).join(', ')}, ${nowhere ? 'not a passage of any version' : `a passage only earlier versions have (not since ${current})`}`,
        fix: 'name the anchor of a paragraph or list item (after # in its address on the site), or retention-<audience> for the retention schedule',
        severity: nowhere ? 'error' : 'warning',
      });
    });
  }
  return problems;
}
