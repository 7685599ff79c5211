import { iso6393 } from 'iso-639-3';
import * as lists from 'stopword';

/**
 * The words of a language that say nothing about what a reader is looking for ("mijn", "the",
 * "do"), from the stopword package's lists, which are named by ISO 639-3 codes ("nld"); the site's
 * languages are named by their BCP 47 tag ("nl", "en-GB"). A language without a list has none: its
 * queries keep every word.
 */
export function stopWordsOf(language: string): string[] {
  const primary = language.toLowerCase().split('-')[0]!;
  const code =
    primary.length === 3 ? primary : iso6393.find((entry) => entry.iso6391 === primary)?.iso6393;
  const list = code ? (lists as unknown as Record<string, unknown>)[code] : undefined;
  return Array.isArray(list) ? list.filter((word): word is string => typeof word === 'string') : [];
}
