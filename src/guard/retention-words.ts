import type { RetentionFact } from '../schemas/facts-schema.ts';
import { isoOf, maximumWords, statedDuration } from '../time/duration-words.ts';

/** The maximum phrase the words end with, if they end with one ("bewaren wij maximaal"). */
function maximumJustBefore(before: string, language: string): string | undefined {
  const end = before.toLocaleLowerCase(language).replace(/[’']/g, ' ').trimEnd();
  return maximumWords(language).find((phrase) =>
    new RegExp(`(^|\\s)${phrase.replace(/[’']/g, ' ')}$`).test(end),
  );
}
import { durationDays, formatDuration } from '../time/durations.ts';

/**
 * A retention mark must say what its words say: the "in short" table, the retention schedule, the
 * fact changes and the exports show the attributes, readers of the text read the words. Where the
 * words state an amount of time ("6 maanden", "zes maanden", "twelve months", "12 Monate"), it
 * must be the mark's period; where they say it is a maximum ("maximaal", "up to"), the mark must
 * say upTo, and the other way round. Where the words state no amount, the attributes stand.
 */

/** The attribute as a reader would say it ("7 years"), for the message. */
function periodInWords(iso: string): string {
  return formatDuration('en', iso);
}

/** What is wrong with one retention mark, or undefined. */
export function retentionMismatch(
  text: string,
  retention: RetentionFact,
  language: string,
  before = '',
): { message: string; fix: string } | undefined {
  const stated = statedDuration(text, language);
  // "maximaal <Retention period="P6M">6 maanden</Retention>": the maximum outside the mark is
  // read by readers, but the summaries, made from the mark, would say a fixed 6 months.
  const outside = maximumJustBefore(before, language);
  if (outside && retention.kind === 'period' && !retention.upTo && !stated.maximum) {
    return {
      message: `the word "${outside}" just before the mark says the period is a maximum, but the mark has no upTo`,
      fix: `put "${outside}" inside the mark and add upTo: <Retention period="${retention.period}"${retention.from === 'unstated' ? '' : ` from="${retention.from}"`} upTo>${outside} ${text}</Retention>`,
    };
  }
  if (stated.amounts.length === 0) {
    if (retention.kind !== 'period' || !retention.upTo || maximumWords(language).length === 0) {
      return undefined;
    }
    return stated.maximum
      ? undefined
      : {
          message: `the mark says upTo (at most), but its words "${text}" do not say the period is a maximum`,
          fix: 'remove upTo from the mark, or say in the words that it is a maximum',
        };
  }
  const said = isoOf(stated.amounts);
  if (retention.kind !== 'period') {
    const mark = retention.kind === 'until' ? `until="${retention.until}"` : 'relevant';
    return {
      message: `the words "${text}" say ${periodInWords(said)}, but the mark says ${mark}`,
      fix: `mark the period the words say: <Retention period="${said}" …>`,
    };
  }
  const [days, marked] = [durationDays(said), durationDays(retention.period)];
  if (Math.abs(days - marked) > marked * 0.005) {
    return {
      message: `the words "${text}" say ${periodInWords(said)}, but period="${retention.period}" says ${periodInWords(retention.period)}`,
      fix: `make the two agree: period="${said}" if the words are right (readers read the words; the summaries show the attribute)`,
    };
  }
  const words = maximumWords(language);
  if (words.length > 0 && stated.maximum !== retention.upTo) {
    return stated.maximum
      ? {
          message: `the words "${text}" say the period is a maximum, but the mark has no upTo`,
          fix: `add upTo to the mark: <Retention period="${retention.period}"${retention.from === 'unstated' ? '' : ` from="${retention.from}"`} upTo>`,
        }
      : {
          message: `the mark says upTo (at most), but its words "${text}" do not say the period is a maximum`,
          fix: 'remove upTo from the mark, or say in the words that it is a maximum',
        };
  }
  return undefined;
}
