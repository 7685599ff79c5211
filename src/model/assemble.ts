import type { Block } from './blocks.ts';
import { audiencesIn, type ContentAsRead, type StatementDocument } from './content-model.ts';
import { AUDIENCES_MARKER, documentKey, GENERAL } from './parts.ts';
import { translationState, type TranslationState } from './translations.ts';

/**
 * One part as a page in a language shows it: the translation when it is up to date, otherwise the
 * binding text, and then `lang` differs from the page's and `state` says why.
 */
export interface PartShown {
  part: string;
  document: StatementDocument;
  /** The language of the text shown. */
  lang: string;
  state: TranslationState;
}

/** One version of the statement in one language: the general sections and every audience's part. */
export interface StatementView {
  version: string;
  locale: string;
  general: PartShown;
  /** The audiences this version has, in the order of site.yaml. */
  audiences: string[];
  /** Each audience's part, by audience id. */
  parts: Record<string, PartShown>;
}

function partShown(
  content: ContentAsRead,
  part: string,
  version: string,
  locale: string,
): PartShown {
  const binding = content.binding.code;
  const state = translationState(content, part, version, locale);
  const lang = state === 'source' || state === 'current' ? locale : binding;
  const document = content.documents.get(documentKey(part, version, lang));
  if (!document)
    throw new Error(
      `content/${part}/${version}/${binding}.mdx is missing (the content check should have said so)`,
    );
  return { part, document, lang, state };
}

const views = new WeakMap<ContentAsRead, Map<string, StatementView>>();

/** A version in a language, assembled once per build. */
export function statementView(
  content: ContentAsRead,
  version: string,
  locale: string,
): StatementView {
  let cache = views.get(content);
  if (!cache) views.set(content, (cache = new Map()));
  const key = `${version}/${locale}`;
  let view = cache.get(key);
  if (!view) {
    const audiences = audiencesIn(content, version);
    view = {
      version,
      locale,
      general: partShown(content, GENERAL, version, locale),
      audiences,
      parts: Object.fromEntries(
        audiences.map((id) => [id, partShown(content, id, version, locale)]),
      ),
    };
    cache.set(key, view);
  }
  return view;
}

/** One part of a view: the general sections, or an audience's part (undefined when the version has no such audience). */
export function partOf(view: StatementView, part: string): PartShown | undefined {
  return part === view.general.part ? view.general : view.parts[part];
}

/** An audience's part as blocks: its own heading (anchored by the audience id), then its text. */
export function audienceBlocks(shown: PartShown): Block[] {
  const title = shown.document.title;
  return [
    {
      kind: 'heading',
      depth: 3,
      text: title,
      section: title,
      anchor: shown.part,
      facts: [],
      rights: [],
      line: 0,
      lang: shown.lang,
    },
    ...shown.document.blocks.map((block) => ({
      ...block,
      section: block.kind === 'heading' || !block.section ? title : `${title} › ${block.section}`,
      lang: shown.lang,
    })),
  ];
}

/**
 * Two versions in one language, made comparable: a part is compared in the page's language only
 * when both versions have an up-to-date translation of it, and otherwise in the binding language on
 * both sides, so that a missing translation never shows as every word changed.
 */
export function comparableViews(
  content: ContentAsRead,
  from: string,
  to: string,
  locale: string,
): [StatementView, StatementView] {
  const [before, after] = [
    statementView(content, from, locale),
    statementView(content, to, locale),
  ];
  const binding = content.binding.code;
  const align = (view: StatementView, other: StatementView): StatementView => {
    const same = (mine: PartShown, theirs: PartShown | undefined): PartShown =>
      mine.lang === locale && theirs && theirs.lang !== locale
        ? partShown(content, mine.part, view.version, binding)
        : mine;
    return {
      ...view,
      general: same(view.general, other.general),
      parts: Object.fromEntries(
        Object.entries(view.parts).map(([audience, shown]) => [
          audience,
          same(shown, other.parts[audience]),
        ]),
      ),
    };
  };
  return [align(before, after), align(after, before)];
}

/**
 * The blocks a reader of some audiences reads: the general sections with those audiences' parts where
 * <Audiences /> stands (an audience the version does not have yet adds nothing).
 */
export function statementBlocks(view: StatementView, audiences: readonly string[]): Block[] {
  const present = audiences.filter((audience) => view.parts[audience]);
  return view.general.document.blocks.flatMap((block) =>
    block.kind === 'component' && block.name === AUDIENCES_MARKER
      ? present.flatMap((audience) => audienceBlocks(view.parts[audience]!))
      : [{ ...block, lang: view.general.lang }],
  );
}

/** The heading under which the audience sections stand: the last heading before <Audiences />. */
export function audiencesParent(general: StatementDocument): Block | undefined {
  const marker = general.blocks.findIndex(
    (block) => block.kind === 'component' && block.name === AUDIENCES_MARKER,
  );
  return general.blocks
    .slice(0, marker)
    .filter((block) => block.kind === 'heading')
    .at(-1);
}
