import { datesIn } from './dates-in.ts';
import { roleName, roleReaders, useTranslations } from './language.ts';
import type { PageRef } from '../routes/urls.ts';

/** The <title> of every page: what it is, then for which role and version. */
export function pageTitle(page: PageRef): string {
  const t = useTranslations(page.locale);
  const date = datesIn(page.locale);
  const role = 'role' in page && page.role ? ` · ${roleName(page.locale, page.role)}` : '';
  switch (page.kind) {
    case 'home':
      return t('site.title');
    case 'role':
      return t('role.heading', { title: t('site.title'), readers: roleReaders(page.locale, page.role) });
    case 'full':
      return t('full.title');
    case 'archive':
      return t('archive.title');
    case 'search':
      return t('search.title');
    case 'retention':
      return t('retention.title');
    case 'version':
      return `${t('version.title', { date: date(page.version) })}${role}`;
    case 'changes':
      return `${t('changes.title', { from: date(page.from), to: date(page.to) })}${role}`;
  }
}
