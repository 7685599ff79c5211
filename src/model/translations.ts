import type { ContentProblem } from '../problems/content-problem.ts';
import type { Content } from './content-model.ts';
import { documentKey, partIds } from './parts.ts';

/**
 * A translation records the SHA-256 of the binding file it was made from (header
 * `translation.source`). When the binding file changes, its hash changes and the translation is
 * stale until a translator checks it and records the new hash (npm run translations -- mark).
 */
export type TranslationState = 'source' | 'current' | 'stale' | 'missing';

export function translationState(
  content: Content,
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

/** The state of every translation the content calls for: each part, version and non-binding language. */
export function translationReport(content: Content): TranslationReportLine[] {
  const binding = content.binding.code;
  return content.versions.flatMap(({ date }) =>
    partIds(content.site).flatMap((part) =>
      content.site.languages
        .filter((language) => language.code !== binding)
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

/** A missing or stale translation: readers of that language see the binding text. */
export function translationWarnings(content: Content): ContentProblem[] {
  return translationReport(content)
    .filter((line) => line.state !== 'current')
    .map((line) => ({
      file: line.file,
      message:
        line.state === 'missing'
          ? `translation missing: readers of this language see the text of ${line.source}`
          : `translation may be out of date: ${line.source} changed since it was translated, so readers see the binding text`,
      fix:
        line.state === 'missing'
          ? 'translate the file'
          : `update the translation, then run: npm run translations -- mark ${line.file}`,
      severity: 'warning' as const,
    }));
}
