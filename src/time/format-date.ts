import { isoDateToUtc } from './iso-date.ts';

/**
 * One formatter per Intl locale: creating an Intl.DateTimeFormat costs far more than formatting
 * with it, and a build formats dates on every page (a comparison page several times).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "27 september 2023" / "27 September 2023": the reader's language decides, through Intl. */
export function formatDate(intlLocale: string, isoDate: string): string {
  let formatter = formatters.get(intlLocale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(intlLocale, formatter);
  }
  return formatter.format(isoDateToUtc(isoDate));
}
