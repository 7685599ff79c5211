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

function describeShape(block: Block | undefined): string {
  if (!block) return 'nothing';
  const what =
    block.kind === 'heading'
      ? `a heading (${'#'.repeat(block.depth ?? 2)})`
      : block.kind === 'component'
        ? `<${block.name} />`
        : `a ${block.kind.replace('-', ' ')}`;
  const marks = [
    ...block.facts.map(
      (fact) =>
        `<${fact.kind[0]!.toUpperCase()}${fact.kind.slice(1)}${fact.kind === 'retention' ? ` ${JSON.stringify(fact.retention)}` : ''}>`,
    ),
    ...block.rights.map((right) => `<Right kind="${right}">`),
  ];
  return `${what}${marks.length ? ` with ${marks.join(', ')}` : ''}`;
}

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
    const length = Math.max(source.blocks.length, translation.blocks.length);
    for (let index = 0; index < length; index++) {
      const [ours, theirs] = [translation.blocks[index], source.blocks[index]];
      if (ours && theirs && shape(ours) === shape(theirs)) continue;
      return [
        error(
          `${translation.file}:${ours?.line ?? translation.blocks.at(-1)?.line ?? 1}`,
          `the translation does not have the structure of ${source.file}: block ${index + 1} is ${describeShape(ours)} here but ${describeShape(theirs)} there (line ${theirs?.line ?? '–'})`,
          'give the translation the same headings, paragraphs, list items and marks, in the same order, as the binding text; then run npm run translations -- mark ' +
            translation.file,
        ),
      ];
    }
    return [];
  }
}
