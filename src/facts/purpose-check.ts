import type { ContentAsRead } from '../model/content-model.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { isCondition } from './conditions.ts';

/**
 * A <Purpose> mark around a condition ("Als je jezelf ziek meldt", "If you report sick") states no
 * purpose: the summaries say "not stated" for its passage. The editor is told while the version
 * can still change, that is until it is sealed; a sealed version changes only by a correction,
 * and its summaries already leave the condition out.
 */
export function checkPurposeMarks(content: ContentAsRead): ContentProblem[] {
  return [...content.documents.values()]
    .filter((document) => !content.seals?.[document.version])
    .flatMap((document) =>
      document.blocks.flatMap((block) =>
        block.facts
          .filter((fact) => fact.kind === 'purpose' && isCondition(fact.text, document.locale))
          .map((fact): ContentProblem => ({
            file: `${document.file}:${block.line}`,
            message: `<Purpose>${fact.text}</Purpose> holds a condition, not a purpose: it says when the data is used, not what for, so the summaries ("In short", the retention periods, the changes) say "not stated" for this passage`,
            fix: 'put <Purpose> around the words that say what the data is for (such as "om … te …", "zodat …", "in order to …") and leave the condition unmarked; where the text gives no purpose, remove the mark',
            severity: 'warning',
          })),
      ),
    );
}
