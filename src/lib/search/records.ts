import { escape } from 'html-escaper';
import type { Content } from '../model/content.ts';
import { statementView, audienceBlocks, type PartShown } from '../model/assemble.ts';
import type { Block } from '../model/blocks.ts';
import { GENERAL } from '../model/parts.ts';
import { routeSlugs } from '../route-slugs.ts';
import { urlFor } from '../routes.ts';
import { translator } from '../ui-strings.ts';
import type { VersionTimeline } from '../versions.ts';

/** One search result to be: a passage of the statement, with where it is and whom it concerns. */
export interface SearchRecord {
  /** The page and the passage's anchor: /nl/werkzoekende/#job-seeker-algemeen-2. */
  url: string;
  language: string;
  /** "Werkzoekende › Algemeen": where the passage is. */
  title: string;
  /** The passage as the reader will see it in the result. */
  text: string;
  /** The roles it concerns: a general passage concerns every role. */
  roles: string[];
  /** The HTML Pagefind indexes: title, passage, and the reader's words for it, with their weights. */
  html: string;
}

/** How much a word counts where it stands (Pagefind's data-pagefind-weight; plain text is 1). */
export const WEIGHTS = { title: 2, text: 1, terms: 0.7 } as const;

function recordHtml(language: string, title: string, text: string, terms: readonly string[], roles: readonly string[]): string {
  const filters = roles.map((role) => `<span data-pagefind-filter="role">${escape(role)}</span>`).join('');
  return [
    `<!doctype html><html lang="${escape(language)}"><head><title>${escape(title)}</title></head><body>`,
    `<main data-pagefind-body>`,
    `<h1 data-pagefind-weight="${WEIGHTS.title}">${escape(title)}</h1>`,
    `<p data-pagefind-weight="${WEIGHTS.text}">${escape(text)}</p>`,
    terms.length ? `<p data-pagefind-weight="${WEIGHTS.terms}">${escape(terms.join(', '))}</p>` : '',
    `<div data-pagefind-ignore><span data-pagefind-meta="title">${escape(title)}</span><span data-pagefind-meta="text">${escape(text)}</span>${filters}</div>`,
    `</main></body></html>`,
  ].join('');
}

/**
 * The search records of the site: every passage (paragraph and list item) of the current version,
 * once, in each language, on the page a reader of its role reads it on. A general passage links
 * into the full statement and carries every role, so that a role filter keeps it.
 */
export function searchRecords(content: Content, timeline: VersionTimeline): SearchRecord[] {
  return content.site.languages.flatMap(({ code: locale }) => {
    const t = translator(content.strings[locale]!);
    const slugs = routeSlugs(content, locale);
    const view = statementView(content, timeline.current.date, locale);
    const roles = view.roles;
    const roleName = (role: string) => content.site.audiences.find((audience) => audience.id === role)!.name[locale]!;
    const passages = (shown: PartShown, blocks: readonly Block[], page: string, titlePrefix: string, partRoles: string[]): SearchRecord[] =>
      blocks
        .filter((block) => block.kind === 'paragraph' || block.kind === 'list-item')
        .map((block) => {
          const title = [titlePrefix, block.section].filter(Boolean).join(' › ');
          return { url: `${page}#${block.anchor}`, language: shown.lang === locale ? locale : locale, title, text: block.text, roles: partRoles, html: recordHtml(locale, title, block.text, [], partRoles) };
        });
    return [
      ...passages(view.general, view.general.document.blocks, urlFor({ kind: 'full', locale }, slugs), '', [GENERAL, ...roles]),
      ...roles.flatMap((role) => {
        const shown = view.audiences[role]!;
        // The audience's own heading is the title prefix; its blocks' sections follow it.
        const blocks = audienceBlocks(shown).map((block) => ({ ...block, section: block.section === shown.document.title ? '' : block.section.replace(`${shown.document.title} › `, '') }));
        return passages(shown, blocks, urlFor({ kind: 'role', locale, role }, slugs), roleName(role), [role]);
      }),
    ].map((record) => (record.title ? record : { ...record, title: t('search.general'), html: recordHtml(locale, t('search.general'), record.text, [], record.roles) }));
  });
}
