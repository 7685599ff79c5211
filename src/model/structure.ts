import { diffArrays } from 'diff';
import type { ContentProblem } from '../problems/content-problem.ts';
import type { Block } from './blocks.ts';
import type { StatementDocument } from './content-model.ts';
import { AUDIENCES_MARKER, documentKey, GENERAL } from './parts.ts';

const error = (file: string, message: string, fix: string): ContentProblem => ({
  file,
  message,
  fix,
  severity: 'error',
});

/** What must be the same in a translation as in its binding file, block by block. */
function shape(block: Block): string {
  const facts = block.facts.map((fact) =>
    fact.kind === 'retention' ? `retention ${JSON.stringify(fact.retention)}` : fact.kind,
  );
  return [
    block.kind,
    block.depth ?? '',
    block.name ?? '',
    ...facts,
    ...block.rights.map((right) => `right ${right}`),
  ].join(' ');
}

/** A mark as an editor writes it: <Retention period="P6M" upTo>, <Right kind="access">. */
function markAsWritten(fact: Block['facts'][number]): string {
  if (fact.kind !== 'retention') return `<${fact.kind === 'purpose' ? 'Purpose' : 'Recipients'}>`;
  const retention = fact.retention;
  const attributes =
    retention.kind === 'period'
      ? `period="${retention.period}"${retention.from === 'unstated' ? '' : ` from="${retention.from}"`}${retention.upTo ? ' upTo' : ''}`
      : retention.kind === 'until'
        ? `until="${retention.until}"`
        : 'relevant';
  return `<Retention ${attributes}>`;
}

function marksOf(block: Block): string[] {
  return [
    ...block.facts.map(markAsWritten),
    ...block.rights.map((right) => `<Right kind="${right}">`),
  ];
}

/** "a list item", "a heading (##)", "<Audiences />". */
function kindOf(block: Block): string {
  if (block.kind === 'heading') return `a heading (${'#'.repeat(block.depth ?? 2)})`;
  if (block.kind === 'component') return `<${block.name} />`;
  return `a ${block.kind.replace('-', ' ')}`;
}

/** The first words of a block, quoted, for an editor to find it by. */
function quoted(block: Block): string {
  const words = block.text.split(/\s+/).filter(Boolean);
  return words.length === 0
    ? ''
    : ` "${words.slice(0, 8).join(' ')}${words.length > 8 ? ' …' : ''}"`;
}

/** Where a translation first differs in structure from its binding file, in words: what each has there. */
function structureDifference(
  ours: Block | undefined,
  theirs: Block | undefined,
  names: { binding: string; translation: string },
): string {
  const { binding, translation } = names;
  if (!ours && theirs) {
    return `the ${binding} has ${kindOf(theirs)} here (its line ${theirs.line}) that the ${translation} lacks:${quoted(theirs)}`;
  }
  if (ours && !theirs) {
    return `the ${translation} has ${kindOf(ours)} here that the ${binding} lacks:${quoted(ours)}`;
  }
  if (!ours || !theirs) return 'the two differ';
  if (kindOf(ours) !== kindOf(theirs)) {
    return `the ${binding} has ${kindOf(theirs)} here (its line ${theirs.line}),${quoted(theirs)}, where the ${translation} has ${kindOf(ours)}:${quoted(ours)}`;
  }
  const [mine, sources] = [marksOf(ours), marksOf(theirs)];
  const list = (marks: string[]) => (marks.length ? marks.join(', ') : 'no marks');
  return `${kindOf(ours).replace(/^a /, 'the ')}${quoted(ours)} has ${list(mine)}, but in the ${binding} (its line ${theirs.line}) it has ${list(sources)}`;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const languageName = (code: string) => languageNames.of(code) ?? code;

/**
 * The checks that need several files: the general sections say once, after a heading, where the
 * audience sections go; no file has a section twice; and a translation that is up to date has the
 * structure of its binding file (the same headings, paragraphs, list items and marks in the same
 * order), since its blocks take their anchors and facts by position.
 */
export function checkStructure(
  binding: string,
  documents: ReadonlyMap<string, StatementDocument>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const document of documents.values()) {
    const { file, blocks } = document;
    if (document.part === GENERAL) {
      const markers = blocks.filter(
        (block) => block.kind === 'component' && block.name === AUDIENCES_MARKER,
      );
      if (markers.length !== 1) {
        problems.push(
          error(
            file,
            markers.length === 0
              ? 'the general sections do not say where the audience sections go'
              : `<${AUDIENCES_MARKER} /> appears ${markers.length} times; it must appear once`,
            `put <${AUDIENCES_MARKER} /> once, on its own line, under the heading where the sections per audience belong`,
          ),
        );
      } else if (
        !blocks.slice(0, blocks.indexOf(markers[0]!)).some((block) => block.kind === 'heading')
      ) {
        problems.push(
          error(
            `${file}:${markers[0]!.line}`,
            `<${AUDIENCES_MARKER} /> comes before any heading`,
            'put it under a heading (## ...), so that it belongs to a section',
          ),
        );
      }
    }
    const seen = new Set<string>();
    for (const heading of blocks.filter((block) => block.kind === 'heading')) {
      const key = `${heading.depth}:${heading.text}`;
      if (seen.has(key))
        problems.push(
          error(
            `${file}:${heading.line}`,
            `the section "${heading.text}" appears twice`,
            'merge the two sections, or give one a different heading',
          ),
        );
      seen.add(key);
    }
    if (document.locale !== binding) problems.push(...translationShape(document));
  }
  return problems;

  function translationShape(translation: StatementDocument): ContentProblem[] {
    const source = documents.get(documentKey(translation.part, translation.version, binding));
    // A stale translation is not shown (the binding text is), so its shape does not matter yet.
    if (!source || translation.translatedFrom !== source.sha256) return [];
    const problem = structureProblem(translation, source);
    return problem ? [problem] : [];
  }
}

/**
 * Where a translation first differs in structure from its binding file (headings, paragraphs, list
 * items and marks, in order), as a problem naming both and quoting their words; undefined when
 * they have the same structure. Its blocks take their anchors and facts by position, so they must.
 */
export function structureProblem(
  translation: StatementDocument,
  source: StatementDocument,
): ContentProblem | undefined {
  // Aligned as a diff aligns texts, so that one block left out is named as that block, not as
  // every block after it being different.
  const changes = diffArrays(source.blocks.map(shape), translation.blocks.map(shape));
  let [inSource, inTranslation] = [0, 0];
  for (const [index, change] of changes.entries()) {
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      inSource += count;
      inTranslation += count;
      continue;
    }
    // The first difference: a block only one of them has, or one each where they differ.
    const next = changes[index + 1];
    const replaced = change.removed ? next?.added : next?.removed;
    const theirs = change.removed || replaced ? source.blocks[inSource] : undefined;
    const ours = change.added || replaced ? translation.blocks[inTranslation] : undefined;
    const line = (ours ?? translation.blocks[inTranslation] ?? translation.blocks.at(-1))?.line;
    const names = {
      binding: languageName(source.locale),
      translation: languageName(translation.locale),
    };
    return error(
      `${translation.file}:${line ?? 1}`,
      `the translation differs in structure from ${source.file}: ${structureDifference(ours, theirs, names)}`,
      `give the translation the same headings, paragraphs, list items and marks, in the same order, as ${source.file}; then run npm run translations -- mark ${translation.file}`,
    );
  }
  return undefined;
}
