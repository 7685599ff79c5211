import { languageOf } from './content.ts';
import { formatDate } from '../time/dates.ts';

/** Formats ISO dates the way a language of the site writes them ("6 januari 2020", "6 January 2020"). */
export function datesIn(locale: string): (isoDate: string) => string {
  const { intl } = languageOf(locale);
  return (isoDate) => formatDate(intl, isoDate);
}
