import { statementView } from '../model/assemble.ts';
import type { ContentAsRead } from '../model/content-model.ts';
import { documentKey } from '../model/parts.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { versionEntry } from '../versions/entries.ts';
import { factChanges, isMaterialChange } from './fact-changes.ts';
import { factLines, factLineText, type FactLine } from './fact-lines.ts';

/**
 * A version marked material: false may not change what the statement says it does in a way that
 * matters to readers (a new purpose or recipient, a longer retention, a removed right): readers
 * are told of those in advance. The facts of the text decide, not the editor's memory.
 */
export function checkMaterial(
  content: ContentAsRead,
  incomplete: ReadonlySet<string> = new Set(),
): ContentProblem[] {
  const binding = content.binding.code;
  return content.versions.flatMap((version, index): ContentProblem[] => {
    const previous = content.versions[index - 1];
    if (!previous || version.material) return [];
    // A version whose binding text could not be read would show as parts removed or added.
    if (incomplete.has(previous.date) || incomplete.has(version.date)) return [];
    const [before, after] = [
      statementView(content, previous.date, binding),
      statementView(content, version.date, binding),
    ];
    const material = factChanges(before, after, [
      ...new Set([...before.audiences, ...after.audiences]),
    ]).filter(isMaterialChange);
    if (material.length === 0) return [];
    const lines = factLines(material, before, after, {
      noPurpose: { text: 'a processing whose purpose is not stated', lang: binding },
    });
    const { place, name } = versionEntry(content, version.date, 'material');
    return [
      {
        file: place,
        message: `${name} is marked material: false, but changes what matters to readers since ${previous.date}:\n${lines
          .map(
            (line) =>
              `    - ${factLineText(line, EDITOR_WORDS[line.key] ?? line.key)}${sameWords(line) ? ' (the words are the same; the attributes of the mark changed)' : ''} (content/${placeOf(line, content)})`,
          )
          .join('\n')}`,
        fix: `set material: true for ${name} (and announce it in time), or change the text so that it does not do this`,
        severity: 'error',
      },
    ];
  });
}

/** A retention whose words stayed while its attributes (period, from, upTo) changed. */
const sameWords = (line: FactLine): boolean =>
  line.values.before !== undefined && line.values.before.text === line.values.after?.text;

/** How the editor's report names each kind of fact change (the site uses the interface texts). */
const EDITOR_WORDS: Partial<Record<string, string>> = {
  'factChanges.purposeAdded': 'a new purpose: "{purpose}"',
  'factChanges.retentionChanged': 'a longer retention for "{purpose}": "{before}" became "{after}"',
  'factChanges.retentionAdded': 'a new retention period for "{purpose}": "{after}"',
  'factChanges.recipientAdded': 'a new recipient for "{purpose}": "{recipient}"',
  'factChanges.rightRemoved': 'a right no longer named: "{right}"',
};

function placeOf(line: FactLine, content: ContentAsRead): string {
  const document = content.documents.get(
    documentKey(line.part, line.version, content.binding.code),
  );
  const block = document?.blocks.find((candidate) => candidate.anchor === line.anchor);
  return document && block
    ? `${document.file.replace(/^content\//, '')}:${block.line}`
    : `*/${line.version}/`;
}
