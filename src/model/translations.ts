import type { ContentProblem } from '../problems/content-problem.ts';
import type { ContentAsRead } from './content-model.ts';
import { documentKey, partIds } from './parts.ts';

/**
 * A translation records the SHA-256 of the binding file it was made from (header
 * `translation.source`). When the binding file changes, its hash changes and the translation is
 * stale until a translator checks it and records the new hash (npm run translations -- mark).
 */
export type TranslationState = 'source' | 'current' | 'stale' | 'missing';

export function translationState(
  content: ContentAsRead,
  part: string,
  version: string,
  locale: string,
): TranslationState {
  if (locale === content.binding.code) return 'source';
  const translation = content.documents.get(documentKey(part, version, locale));
  if (!translation) return 'missing';
  const source = content.documents.get(documentKey(part, version, content.binding.code));
  return source && translation.translatedFrom === source.sha256 ? 'current' : 'stale';
}

export interface TranslationReportLine {
  /** The translation's path (it may not exist). */
  file: string;
  /** The binding file it translates. */
  source: string;
  state: Exclude<TranslationState, 'source'>;
}

/**
 * The state of every translation the content calls for: each part of each version that has its
 * binding text, in each non-binding language. (A part without its binding text is the content
 * check's error, not a translation's to make.)
 */
export function translationReport(content: ContentAsRead): TranslationReportLine[] {
  const binding = content.binding.code;
  return content.versions.flatMap(({ date }) =>
    partIds(content.site).flatMap((part) =>
      content.site.languages
        .filter(
          (language) =>
            language.code !== binding && content.documents.has(documentKey(part, date, binding)),
        )
        .map((language) => ({
          file: `content/${part}/${date}/${language.code}.mdx`,
          source: `content/${part}/${date}/${binding}.mdx`,
          state: translationState(content, part, date, language.code) as Exclude<
            TranslationState,
            'source'
          >,
        })),
    ),
  );
}

/**
 * A missing or stale translation: readers of that language see the binding text. Not said of a
 * file in error (its error says more), nor where the binding file of a sealed version was changed:
 * the seal's error asks for the binding file back, and "update the translation" would mislead.
 */
export function translationWarnings(
  content: ContentAsRead,
  broken: ReadonlySet<string> = new Set(),
): ContentProblem[] {
  return translationReport(content).flatMap((line): ContentProblem[] => {
    if (line.state === 'current' || broken.has(line.file) || broken.has(line.source)) return [];
    const version = line.file.split('/')[2]!;
    const sealed = content.seals?.[version];
    if (sealed && sealed.files[line.source] !== content.fileHashes.get(line.source)) return [];
    // A sealed translation that is gone: the seal's error asks for it back, not for a new one.
    if (sealed && line.state === 'missing' && sealed.files[line.file]) return [];
    const fix =
      line.state === 'missing'
        ? 'translate the file'
        : `update the translation, then run: npm run translations -- mark ${line.file}`;
    return [
      {
        file: line.file,
        message:
          line.state === 'missing'
            ? `translation missing: readers of this language see the text of ${line.source}`
            : `translation may be out of date: ${line.source} is not the text it was marked as translating, so readers see the binding text`,
        fix: sealed
          ? `version ${version} is published and sealed: a translation made now changes it, which takes a correction (docs/editing.md, "Correct a published version"): ${fix}`
          : fix,
        severity: 'warning',
      },
    ];
  });
}
