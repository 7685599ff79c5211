import type { Retention } from '../schemas/facts.ts';
import type { Translate } from './ui-strings.ts';

/** "P7Y" -> { years: 7 }: the fields Intl.DurationFormat takes. */
export function durationFields(iso: string): Record<string, number> {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!match) throw new Error(`Not a calendar duration: ${iso}`);
  const [, years, months, weeks, days] = match;
  return Object.fromEntries(
    Object.entries({ years, months, weeks, days })
      .filter(([, value]) => value !== undefined)
      .map(([unit, value]) => [unit, Number(value)]),
  );
}

/** "7 jaar" / "7 years": the duration in the reader's language, through Intl. */
export function formatDuration(intlLocale: string, iso: string): string {
  return new Intl.DurationFormat(intlLocale, { style: 'long' }).format(durationFields(iso));
}

/** A retention in plain words of the reader's language: "ten hoogste 7 jaar, na het einde van het dienstverband". */
export function retentionLabel(retention: Retention, intlLocale: string, t: Translate): string {
  switch (retention.kind) {
    case 'relevant':
      return t('retention.relevant');
    case 'until':
      return t(`retention.until.${retention.until}`);
    case 'period': {
      const period = formatDuration(intlLocale, retention.period);
      return `${retention.upTo ? t('retention.upTo', { period }) : period}, ${t(`retention.from.${retention.from}`)}`;
    }
  }
}
