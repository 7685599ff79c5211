import { utcIsoDate } from './iso-date.ts';

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
