/**
 * Calendar dates as the content writes them (YYYY-MM-DD). A regular expression alone would accept
 * 2023-02-30, so the date is also read back through Date to prove it exists.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
export function utcIsoDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}
