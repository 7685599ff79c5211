import { createHash } from 'node:crypto';

/**
 * A translation records the SHA-256 of the source file it was made from (frontmatter
 * `translation.source`). When the source file changes, its hash changes and the translation is
 * stale until a translator checks it and records the new hash.
 */
export type TranslationState = 'source' | 'current' | 'stale' | 'missing';

export function sourceHash(sourceFileText: string): string {
  return createHash('sha256').update(sourceFileText).digest('hex');
}

/**
 * The state of one translation file: missing when there is none, stale when it records another
 * source hash than the source file has now (or none at all).
 */
export function translationState(
  sourceFileText: string,
  translationFrontmatter: { translation?: { source: string } | undefined } | undefined,
): Exclude<TranslationState, 'source'> {
  if (!translationFrontmatter) return 'missing';
  return translationFrontmatter.translation?.source === sourceHash(sourceFileText) ? 'current' : 'stale';
}
