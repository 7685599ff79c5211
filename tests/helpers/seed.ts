import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeSpace } from './html.ts';
import { PROJECT_ROOT } from '../harness/project-copy.ts';

/**
 * The Dutch statement of 27 September 2023 as the organisation supplied it (a PDF extraction),
 * kept in the repository so the tests can prove the site carries it word for word.
 */
const SEED = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/seed-nl-2023-09-27.txt'), 'utf8');

/**
 * The seed's lines of text, without bullet marks. A line that stops mid-sentence and is continued
 * by a line starting in lower case was broken by the PDF extraction, and is joined again.
 */
export function seedLines(): string[] {
  const lines: string[] = [];
  for (const raw of SEED.split('\n')) {
    const line = normalizeSpace(raw.replace(/^\s*-\s+/, ''));
    if (!line) continue;
    const previous = lines.at(-1);
    if (previous && !/[.!?:;]$/.test(previous) && /^\p{Ll}/u.test(line)) {
      lines[lines.length - 1] = `${previous} ${line}`;
    } else {
      lines.push(line);
    }
  }
  return lines;
}

export function sentences(lines: readonly string[]): string[] {
  return lines.flatMap((line) => line.split(/(?<=[.!?])\s+/)).filter(Boolean);
}

export const AUDIENCE_TITLES = {
  visitor: 'Ik bezoek de website',
  'client-contact':
    'Ik ben een contactpersoon van een opdrachtgever, leverancier of andere relatie',
  'job-seeker':
    'Ik krijg hulp bij het zoeken naar werk of ondersteuning bij toeleiding naar de arbeidsmarkt.',
  employee: 'Ik werk via of bij Cachet',
} as const;

export type SeedAudience = keyof typeof AUDIENCE_TITLES;

/**
 * The seed split into the part for everyone and the part of each audience. An audience's part
 * runs from its heading to the next audience's; the last one ends before the closing paragraph
 * that precedes "Geautomatiseerde besluitvorming", which speaks to everyone.
 */
export function seedParts(): { general: string[]; audiences: Record<SeedAudience, string[]> } {
  const lines = seedLines();
  const starts = Object.values(AUDIENCE_TITLES).map((title) => lines.indexOf(title));
  const end = lines.indexOf('Geautomatiseerde besluitvorming') - 1;
  if (starts.some((start) => start < 0) || end < 0)
    throw new Error('The seed does not have the expected headings');
  const bounds = [...starts, end];
  const audiences = Object.fromEntries(
    (Object.keys(AUDIENCE_TITLES) as SeedAudience[]).map((audience, index) => [
      audience,
      lines.slice(bounds[index], bounds[index + 1]),
    ]),
  ) as Record<SeedAudience, string[]>;
  return { general: [...lines.slice(0, starts[0]), ...lines.slice(end)], audiences };
}
