import { parse } from 'iso8601-duration';

/**
 * ISO 8601 durations (P6M, P7Y, PT12H), the one place the project reads them: the retention
 * periods of the statement text are written this way.
 */

/** "P7Y" -> { years: 7 }, "PT12H" -> { hours: 12 }: the fields that are not zero, as Intl.DurationFormat takes them; undefined when not a duration. */
function durationFields(iso: string): Record<string, number> | undefined {
  try {
    return Object.fromEntries(Object.entries(parse(iso)).filter(([, amount]) => amount > 0));
  } catch {
    return undefined;
  }
}

/** Whether `iso` is a duration that says how long: written as ISO 8601, and not zero. */
export function isLengthOfTime(iso: string): boolean {
  return Object.keys(durationFields(iso) ?? {}).length > 0;
}

/** Average lengths in days, enough to tell which of two periods is longer. */
const DAYS: Record<string, number> = {
  years: 365.2425,
  months: 30.436875,
  weeks: 7,
  days: 1,
  hours: 1 / 24,
  minutes: 1 / 1440,
  seconds: 1 / 86_400,
};

/** An ISO 8601 duration in days ("P6M" is about 182.6). */
export function durationDays(iso: string): number {
  return Object.entries(durationFields(iso) ?? {}).reduce(
    (sum, [unit, amount]) => sum + amount * (DAYS[unit] ?? 0),
    0,
  );
}

const formats = new Map<string, Intl.DurationFormat>();

/** "7 jaar" / "7 years" / "12 uur": the duration in the reader's language, through Intl. */
export function formatDuration(intlLocale: string, iso: string): string {
  let format = formats.get(intlLocale);
  if (!format)
    formats.set(intlLocale, (format = new Intl.DurationFormat(intlLocale, { style: 'long' })));
  return format.format(durationFields(iso) ?? {});
}
