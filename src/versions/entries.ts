import type { ContentAsRead } from '../model/content-model.ts';
import { describePath } from '../problems/zod-issues.ts';

const VERSIONS_FILE = 'content/versions.yaml';

/**
 * A version's entry in content/versions.yaml as a report names it: its line (of the field, where
 * one is named) and words an editor finds it by ("the 3rd version (2023-09-27)").
 */
export function versionEntry(
  content: Pick<ContentAsRead, 'placeOf' | 'versionsAsWritten'>,
  date: string,
  ...field: PropertyKey[]
): { place: string; name: string } {
  const index = content.versionsAsWritten.indexOf(date);
  if (index === -1) return { place: VERSIONS_FILE, name: `version ${date}` };
  const entries = content.versionsAsWritten.map((written) => ({ date: written }));
  return {
    place: content.placeOf(VERSIONS_FILE, [index, ...field]),
    name: describePath([index], entries, VERSIONS_FILE),
  };
}
