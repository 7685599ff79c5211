import type { RetentionFact } from '../schemas/facts-schema.ts';
import { UNSTATED_START, type SiteConfig } from '../schemas/site-schema.ts';
import type { Translate } from '../i18n/interface-texts.ts';
import { formatDuration } from '../time/durations.ts';

/** The vocabulary of site.yaml's retention terms, in one language. */
function retentionTermLabel(
  site: SiteConfig,
  kind: 'starts' | 'events',
  id: string,
  locale: string,
): string {
  return site.retention[kind].find((term) => term.id === id)?.label[locale] ?? id;
}

/**
 * A retention in plain words of the reader's language, saying no more than the text: "maximaal
 * 7 jaar na het einde van het dienstverband" (the start's words follow the period as in a sentence);
 * a period whose start the text does not state is just the period ("7 jaar").
 */
export function retentionLabel(
  retention: RetentionFact,
  site: SiteConfig,
  locale: string,
  intlLocale: string,
  t: Translate,
): string {
  switch (retention.kind) {
    case 'relevant':
      return t('retention.relevant');
    case 'until':
      return retentionTermLabel(site, 'events', retention.until, locale);
    case 'period': {
      const period = formatDuration(intlLocale, retention.period);
      const amount = retention.upTo ? t('retention.upTo', { period }) : period;
      return retention.from === UNSTATED_START
        ? amount
        : `${amount} ${retentionTermLabel(site, 'starts', retention.from, locale)}`;
    }
  }
}
