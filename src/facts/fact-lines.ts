import type { RightKind } from '../schemas/rights-schema.ts';
import type { TextKey } from '../schemas/strings-schema.ts';
import { partOf, type StatementView } from '../model/assemble.ts';
import type { FactChange, FactPlace } from './fact-changes.ts';
import { isMaterialChange } from './fact-changes.ts';

/** Words of the text, in the language they are shown in. */
interface Words {
  text: string;
  lang: string;
}

/** One fact change as a reader reads it: an interface text whose {slots} are words of the statement. */
export interface FactLine {
  key: TextKey;
  values: Record<string, Words>;
  /** Where it stands: the part, the version (before or after) and the passage's anchor. */
  part: string;
  version: string;
  anchor: string;
  material: boolean;
}

const KEYS: Record<FactChange['kind'], TextKey> = {
  'purpose-added': 'factChanges.purposeAdded',
  'purpose-removed': 'factChanges.purposeRemoved',
  'retention-changed': 'factChanges.retentionChanged',
  'retention-added': 'factChanges.retentionAdded',
  'retention-removed': 'factChanges.retentionRemoved',
  'recipient-added': 'factChanges.recipientAdded',
  'recipient-removed': 'factChanges.recipientRemoved',
  'right-added': 'factChanges.rightAdded',
  'right-removed': 'factChanges.rightRemoved',
};

/** The words at a place of a version as a page in some language shows them (a translation has the same places). */
function wordsAt(view: StatementView, place: FactPlace): Words {
  const shown = partOf(view, place.part)!;
  const block = shown.document.blocks[place.block]!;
  const text = place.fact === undefined ? block.text : block.facts[place.fact]!.text;
  // A right is named by its whole list item; its closing ";" or "." belongs to the list.
  return { text: text.replace(/[;,.:]\s*$/, ''), lang: shown.lang };
}

/** The words a line uses where the text has none of its own. */
export interface LineWords {
  /** Where a change concerns a processing whose purpose the text does not state. */
  noPurpose: Words;
  /**
   * A right by its name ("het recht op inzage"): the text names a right in the words of its own
   * list ("niet onderworpen te worden aan …"), which read like a fragment on their own. Without
   * it, the text's words.
   */
  right?: (kind: RightKind) => Words;
}

/**
 * The fact changes in the words of the pages of one language: `before` and `after` are the two
 * versions as that language's pages show them. Material changes first, then in the order found.
 */
export function factLines(
  changes: readonly FactChange[],
  before: StatementView,
  after: StatementView,
  { noPurpose, right }: LineWords,
): FactLine[] {
  const lines = changes.map((change): FactLine => {
    const material = isMaterialChange(change);
    const key = KEYS[change.kind];
    const at = (view: StatementView, place: FactPlace | undefined) =>
      place ? wordsAt(view, place) : noPurpose;
    switch (change.kind) {
      case 'purpose-added':
        return {
          key,
          values: { purpose: at(after, change.purpose) },
          part: change.purpose.part,
          version: after.version,
          anchor: change.purpose.anchor,
          material,
        };
      case 'purpose-removed':
        return {
          key,
          values: { purpose: at(before, change.purpose) },
          part: change.purpose.part,
          version: before.version,
          anchor: change.purpose.anchor,
          material,
        };
      case 'retention-changed':
        return {
          key,
          values: {
            purpose: at(after, change.purpose),
            before: at(before, change.before),
            after: at(after, change.after),
          },
          part: change.after.part,
          version: after.version,
          anchor: change.after.anchor,
          material,
        };
      case 'retention-added':
        return {
          key,
          values: { purpose: at(after, change.purpose), after: at(after, change.retention) },
          part: change.retention.part,
          version: after.version,
          anchor: change.retention.anchor,
          material,
        };
      case 'retention-removed':
        return {
          key,
          values: { purpose: at(before, change.purpose), before: at(before, change.retention) },
          part: change.retention.part,
          version: before.version,
          anchor: change.retention.anchor,
          material,
        };
      case 'recipient-added':
        return {
          key,
          values: { purpose: at(after, change.purpose), recipient: at(after, change.recipient) },
          part: change.recipient.part,
          version: after.version,
          anchor: change.recipient.anchor,
          material,
        };
      case 'recipient-removed':
        return {
          key,
          values: { purpose: at(before, change.purpose), recipient: at(before, change.recipient) },
          part: change.recipient.part,
          version: before.version,
          anchor: change.recipient.anchor,
          material,
        };
      case 'right-added':
        return {
          key,
          values: { right: right?.(change.right) ?? at(after, change.place) },
          part: change.place.part,
          version: after.version,
          anchor: change.place.anchor,
          material,
        };
      case 'right-removed':
        return {
          key,
          values: { right: right?.(change.right) ?? at(before, change.place) },
          part: change.place.part,
          version: before.version,
          anchor: change.place.anchor,
          material,
        };
    }
  });
  return [...lines.filter((line) => line.material), ...lines.filter((line) => !line.material)];
}

/** A fact line as plain text (feeds, exports, messages): the interface text with the words filled in. */
export function factLineText(line: FactLine, template: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => line.values[name]?.text ?? whole);
}
