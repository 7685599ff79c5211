import { isoDateToUtc } from './iso-date.ts';

/** "27 september 2023" / "27 September 2023": the reader's language decides, through Intl. */
export function formatDate(intlLocale: string, isoDate: string): string {
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    isoDateToUtc(isoDate),
  );
}
