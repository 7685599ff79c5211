import { datesIn, audienceName, audienceReaders, useTranslations } from './language.ts';
import type { PageRef } from '../routes/urls.ts';

/** The <title> of every page: what it is, then for which audience and version. */
export function pageTitle(page: PageRef): string {
  const t = useTranslations(page.locale);
  const date = datesIn(page.locale);
  const audience =
    'audience' in page && page.audience ? ` · ${audienceName(page.locale, page.audience)}` : '';
  switch (page.kind) {
    case 'home':
      return t('site.title');
    case 'audience':
      return t('audience.heading', {
        title: t('site.title'),
        readers: audienceReaders(page.locale, page.audience),
      });
    case 'full':
      return t('full.title');
    case 'archive':
      return t('archive.title');
    case 'search':
      return t('search.title');
    case 'retention':
      return t('retention.title');
    case 'version':
      return `${t('version.title', { date: date(page.version) })}${audience}`;
    case 'changes':
      return `${t('changes.title', { from: date(page.from), to: date(page.to) })}${audience}`;
  }
}
