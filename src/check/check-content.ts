import { checkMaterial } from '../facts/material.ts';
import { checkPurposeMarks } from '../facts/purpose-check.ts';
import type { Content } from '../model/content-model.ts';
import { readContent } from '../model/read-content.ts';
import { translationWarnings } from '../model/translations.ts';
import { errorsOf, tidyReport, type ContentProblem } from '../problems/content-problem.ts';
import { checkSiteUrl } from '../routes/site-url.ts';
import { slugClashes } from '../routes/slugs.ts';
import { checkSearchFile } from '../search/search-check.ts';
import { checkNotice } from '../versions/notice.ts';
import { checkSealHistory } from '../versions/seal-history.ts';
import { checkSeals } from '../versions/seals.ts';
import { checkSummaries } from '../versions/summaries.ts';

/**
 * Everything that can be known about the content before anything is rendered, as one list of
 * problems, each once and sorted by file and line: what each file says on its own (readContent),
 * and, on the content as far as it could be read, what needs several files (slugs, seals,
 * summaries, notice of material changes, the facts against their words, purpose marks that hold a
 * condition, translations, search).
 * `content` is there only when nothing is in error. `npm run check`, `npm run build`, the preview
 * and the pages all call this.
 */
export function checkContent(
  root: string,
  buildDate: string,
): { content?: Content; problems: ContentProblem[] } {
  const { content, asRead, broken, problems } = readContent(root);
  if (asRead) {
    problems.push(
      ...slugClashes(asRead.site, asRead.strings),
      ...checkSiteUrl(asRead),
      ...checkSummaries(asRead),
      ...checkSeals(asRead, buildDate),
      ...checkSealHistory(asRead),
      ...checkMaterial(asRead, broken.versions),
      ...checkPurposeMarks(asRead),
      ...checkNotice(asRead, buildDate),
      ...translationWarnings(asRead, broken.files),
      // Anchors are only sure when every file could be read: until then, no false alarms.
      ...(broken.files.size === 0 ? checkSearchFile(asRead, buildDate) : []),
    );
  }
  const report = tidyReport(problems);
  return content && errorsOf(report).length === 0
    ? { content, problems: report }
    : { problems: report };
}
