/**
 * Calendar dates, the one way the project reads, computes and writes them. The content writes a
 * date as YYYY-MM-DD and means the whole day, wherever the reader is: every computation is in UTC.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a YYYY-MM-DD date that exists (a regular expression alone would take 2023-02-30). */
export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Midnight UTC of an ISO date, for comparing and formatting. */
export function isoDateToUtc(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/** The ISO date (UTC) of a moment. */
function utcIsoDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** The ISO date of the day before. */
export function dayBefore(isoDate: string): string {
  return shiftDays(isoDate, -1);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((isoDateToUtc(to).getTime() - isoDateToUtc(from).getTime()) / 86_400_000);
}

/** The day `days` after (or, when negative, before) `isoDate`. */
export function shiftDays(isoDate: string, days: number): string {
  const date = isoDateToUtc(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return utcIsoDate(date);
}

/**
 * The date the site is built for. SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 * convention) fixes it, so that two builds of one commit are identical and tests can pretend a date.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return utcIsoDate(new Date());
  if (!/^\d+$/.test(epoch)) {
    throw new Error(
      `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, found "${epoch}".`,
    );
  }
  return utcIsoDate(new Date(Number(epoch) * 1000));
}

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
  const date = isoDateToUtc(isoDate);
  // French writes the first of a month as an ordinal ("1er mai 2024"), which Intl does not.
  if (intlLocale.split('-')[0]!.toLowerCase() === 'fr' && date.getUTCDate() === 1)
    return formatter
      .formatToParts(date)
      .map((part) => (part.type === 'day' ? '1er' : part.value))
      .join('');
  return formatter.format(date);
}
