import { parse as parseDuration } from 'iso8601-duration';

/** Average lengths in days, enough to tell which of two periods is longer. */
const DAYS: Record<string, number> = { years: 365.2425, months: 30.436875, weeks: 7, days: 1, hours: 1 / 24, minutes: 1 / 1440, seconds: 1 / 86_400 };

/** An ISO 8601 duration in days ("P6M" is about 182.6). */
export function durationDays(iso: string): number {
  return Object.entries(parseDuration(iso)).reduce((sum, [unit, amount]) => sum + amount * (DAYS[unit] ?? 0), 0);
}
