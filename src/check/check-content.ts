import { checkMaterial } from '../facts/material.ts';
import type { Content } from '../model/content-model.ts';
import { readContent } from '../model/read-content.ts';
import { translationWarnings } from '../model/translations.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { checkSiteUrl } from '../routes/site-url.ts';
import { slugClashes } from '../routes/slugs.ts';
import { checkSearchFile } from '../search/search-check.ts';
import { checkNotice } from '../versions/notice.ts';
import { checkSealHistory } from '../versions/seal-history.ts';
import { checkSeals } from '../versions/seals.ts';
import { checkSummaries } from '../versions/summaries.ts';

/**
 * Everything that can be known about the content before anything is rendered, as one list of
 * problems: what each file says on its own (readContent), and what the versions promise readers
 * (seals, summaries, notice of material changes, translations). `content` is there only when
 * nothing is in error. `npm run check`, `npm run build` and the pages all call this.
 */
export function checkContent(
  root: string,
  buildDate: string,
): { content?: Content; problems: ContentProblem[] } {
  const { content, problems } = readContent(root);
  if (!content) return { problems };
  problems.push(
    ...slugClashes(content.site, content.strings),
    ...checkSiteUrl(content),
    ...checkSummaries(content),
    ...checkSeals(content, buildDate),
    ...checkSealHistory(content),
    ...checkMaterial(content),
    ...checkNotice(content, buildDate),
    ...translationWarnings(content),
    ...checkSearchFile(content, buildDate),
  );
  return problems.some((problem) => problem.severity === 'error')
    ? { problems }
    : { content, problems };
}
