import { escape } from 'html-escaper';
import type { SearchTerms } from '../schemas/search-schema.ts';
import { retentionLabel } from '../facts/retention-label.ts';
import { retentionSchedule } from '../facts/fact-rows.ts';
import { statementView, type StatementView } from '../model/assemble.ts';
import type { Block } from '../model/blocks.ts';
import type { Content } from '../model/content-model.ts';
import { GENERAL } from '../model/parts.ts';
import { routeSlugs } from '../routes/slugs.ts';
import { urlFor } from '../routes/urls.ts';
import { formatDate } from '../time/dates.ts';
import { translator, type Translate } from '../i18n/interface-texts.ts';
import type { VersionTimeline } from '../versions/timeline.ts';

/** One search result to be: a passage of the statement, with where it is and whom it concerns. */
export interface SearchRecord {
  /**
   * The page and the passage's anchor, within the site: /nl/werkzoekende/#job-seeker-algemeen-2.
   * Pagefind puts a result into the folder its own script is served from (/privacy/nl/…).
   */
  url: string;
  language: string;
  /** "Werkzoekende › Algemeen": where the passage is. */
  title: string;
  /** The passage as the reader will see it in the result. */
  text: string;
  /** The audiences it concerns ("general" and every audience for a passage of the sections for everyone). */
  audiences: string[];
  /** The HTML Pagefind indexes: title, passage, and the reader's words for it, each with its weight. */
  html: string;
}

/**
 * How much a word counts where it stands (Pagefind's data-pagefind-weight; plain text is 1): the
 * title says where the passage is, and a reader's word for a passage (content/search.yaml) is
 * meant to find it as surely as a word of the text.
 */
const WEIGHTS = { title: 3, text: 1, terms: 2 } as const;

function recordHtml(
  language: string,
  record: Omit<SearchRecord, 'html' | 'language'>,
  terms: readonly string[],
): string {
  const filters = record.audiences
    .map((audience) => `<span data-pagefind-filter="role">${escape(audience)}</span>`)
    .join('');
  return [
    `<!doctype html><html lang="${escape(language)}"><head><title>${escape(record.title)}</title></head><body><main data-pagefind-body>`,
    `<h1 data-pagefind-weight="${WEIGHTS.title}">${escape(record.title)}</h1>`,
    `<p data-pagefind-weight="${WEIGHTS.text}">${escape(record.text)}</p>`,
    terms.length
      ? `<p data-pagefind-weight="${WEIGHTS.terms}">${escape(terms.join(' · '))}</p>`
      : '',
    `<div data-pagefind-ignore><span data-pagefind-meta="title">${escape(record.title)}</span><span data-pagefind-meta="text">${escape(record.text)}</span>${filters}</div>`,
    `</main></body></html>`,
  ].join('');
}

/**
 * The reader's words (content/search.yaml) that describe a passage: by the facts and rights it
 * marks, or by an anchor of its own, of its section or of its audience's part (sections: [visitor]).
 */
function termsFor(
  block: Block,
  sectionAnchor: string,
  part: string,
  terms: SearchTerms['terms'][string] | undefined,
): string[] {
  return (terms ?? [])
    .filter(
      ({ for: selector }) =>
        (selector.facts ?? []).some((kind) => block.facts.some((fact) => fact.kind === kind)) ||
        (selector.rights ?? []).some((kind) => block.rights.includes(kind)) ||
        (selector.sections ?? []).some(
          (anchor) => anchor === sectionAnchor || anchor === block.anchor || anchor === part,
        ),
    )
    .flatMap((entry) => entry.words);
}

/** The passages of a list of blocks, each with the anchor of the section it falls under. */
function passages(
  blocks: readonly Block[],
  root: string,
): { block: Block; section: string; sectionAnchor: string }[] {
  let sectionAnchor = root;
  let section = '';
  return blocks.flatMap((block) => {
    if (block.kind === 'heading') {
      sectionAnchor = block.anchor;
      section = block.text;
      return [];
    }
    return block.kind === 'paragraph' || block.kind === 'list-item'
      ? [{ block, section, sectionAnchor }]
      : [];
  });
}

/**
 * The search records of the site, in every language: every passage (paragraph and list item) of
 * the current version once, on the page a reader of its audience reads it on (a passage of the
 * sections for everyone carries every audience, so that an audience filter keeps it); the retention
 * schedule, a record per part; and the passages a version to come adds or changes, dated.
 */
export function* searchRecords(
  content: Content,
  timeline: VersionTimeline,
): Generator<SearchRecord> {
  // A language at a time: the index takes each record as it comes.
  for (const language of content.site.languages)
    yield* languageRecords(content, timeline, language);
}

function languageRecords(
  content: Content,
  timeline: VersionTimeline,
  { code: locale, intl }: Content['site']['languages'][number],
): SearchRecord[] {
  const t = translator(content.strings[locale]!, locale);
  const slugs = routeSlugs(content, locale);
  const view = statementView(content, timeline.current.date, locale);
  const terms = content.search.terms[locale];
  const audienceName = (audience: string) =>
    content.site.audiences.find((candidate) => candidate.id === audience)?.name[locale] ?? audience;
  const make = (
    record: Omit<SearchRecord, 'html' | 'language'>,
    words: readonly string[],
  ): SearchRecord => ({ ...record, language: locale, html: recordHtml(locale, record, words) });

  const statementRecords = (
    statement: StatementView,
    pageOf: (audience?: string) => string,
    dated: string | undefined,
    keep: (block: Block) => boolean,
  ): SearchRecord[] => [
    ...passages(statement.general.document.blocks, GENERAL)
      .filter(({ block }) => keep(block))
      .map(({ block, section, sectionAnchor }) =>
        make(
          {
            url: `${pageOf()}#${block.anchor}`,
            title: [t('factChanges.everyone'), section, dated].filter(Boolean).join(' › '),
            text: block.text,
            audiences: [GENERAL, ...statement.audiences],
          },
          termsFor(block, sectionAnchor, GENERAL, terms),
        ),
      ),
    ...statement.audiences.flatMap((audience) => {
      const shown = statement.parts[audience]!;
      return passages(shown.document.blocks, audience)
        .filter(({ block }) => keep(block))
        .map(({ block, section, sectionAnchor }) =>
          make(
            {
              url: `${pageOf(audience)}#${block.anchor}`,
              title: [audienceName(audience), section || shown.document.title, dated]
                .filter(Boolean)
                .join(' › '),
              text: block.text,
              audiences: [audience],
            },
            termsFor(block, sectionAnchor, audience, terms),
          ),
        );
    }),
  ];

  const current = statementRecords(
    view,
    (audience) =>
      urlFor(audience ? { kind: 'audience', locale, audience } : { kind: 'full', locale }, slugs),
    undefined,
    () => true,
  );
  const upcoming = timeline.upcoming.flatMap((version) => {
    const later = statementView(content, version.date, locale);
    const known = new Set(
      [view.general, ...Object.values(view.parts)].flatMap((shown) =>
        shown.document.blocks.map((block) => `${block.anchor}\n${block.text}`),
      ),
    );
    const dated = t('search.fromDate', { date: formatDate(intl, version.date) });
    return statementRecords(
      later,
      (audience) => urlFor({ kind: 'version', locale, version: version.date, audience }, slugs),
      dated,
      (block) => !known.has(`${block.anchor}\n${block.text}`),
    );
  });
  return [
    ...current,
    ...upcoming,
    ...scheduleRecords(
      content,
      view,
      locale,
      intl,
      t,
      audienceName,
      urlFor({ kind: 'retention', locale }, slugs),
      terms,
    ),
  ];
}

/** The retention schedule, a record per part: where "how long" questions find all the periods at once. */
function scheduleRecords(
  content: Content,
  view: StatementView,
  locale: string,
  intl: string,
  t: Translate,
  audienceName: (audience: string) => string,
  page: string,
  terms: SearchTerms['terms'][string] | undefined,
): SearchRecord[] {
  return retentionSchedule(view).map(({ shown: { part }, rows }) => {
    const text = rows
      .flatMap((row) =>
        row.retention.map(
          (entry) =>
            // Found by its words: the purpose, or else the condition or the section the text gives.
            `${[...row.purposes, ...row.conditions].join('; ') || row.section}: ${retentionLabel(entry.retention, content.site, locale, intl, t)}`,
        ),
      )
      .join(' · ');
    const record = {
      url: `${page}#retention-${part}`,
      title: `${t('retention.title')} › ${part === GENERAL ? t('factChanges.everyone') : audienceName(part)}`,
      text,
      audiences: part === GENERAL ? [GENERAL, ...view.audiences] : [part],
    };
    const words = (terms ?? [])
      .filter(({ for: selector }) => selector.facts?.includes('retention'))
      .flatMap((entry) => entry.words);
    return { ...record, language: locale, html: recordHtml(locale, record, words) };
  });
}
