import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { AUDIENCES, STATEMENT_COLLECTIONS, type Audience, type StatementCollection } from '../lib/audiences.ts';
import { audiencesParentHeading } from '../lib/statement-outline.ts';
import { translationState, type TranslationState } from '../lib/translation-status.ts';

export type StatementEntry = CollectionEntry<StatementCollection>;

/**
 * One part of a statement page as shown: the entry in the page's language, or the source-language
 * entry when the translation is missing or stale (then `lang` differs from the page's).
 */
export interface StatementPart {
  entry: StatementEntry;
  /** The language of the text shown. */
  lang: string;
  state: TranslationState;
}

/** One version of the statement in one language: the general sections and every audience's. */
export interface Statement {
  version: string;
  locale: string;
  general: StatementPart;
  audiences: Record<Audience, StatementPart>;
  /** Text of the heading under which the audience sections are placed. */
  audiencesParent: string;
}

let loading: Promise<Map<string, StatementEntry>> | undefined;

/** All statement files, read once per build ("<collection>/<version>/<locale>" -> entry). */
function allEntries(): Promise<Map<string, StatementEntry>> {
  loading ??= Promise.all(
    STATEMENT_COLLECTIONS.map(async (collection) =>
      (await getCollection(collection)).map((entry) => [`${collection}/${entry.id}`, entry] as const),
    ),
  ).then((lists) => new Map(lists.flat()));
  return loading;
}

function rawFile(entry: StatementEntry): string {
  return readFileSync(resolve(process.cwd(), entry.filePath ?? ''), 'utf8');
}

// Worked out once per entry and build, not once per page: a build has pages in the thousands
// (every pair of versions is compared) but only a few statement files.
const translationStates = new WeakMap<StatementEntry, Map<string, Exclude<TranslationState, 'source'>>>();
const audiencesParents = new WeakMap<StatementEntry, string>();

/** The state of a translation of `source` into `locale`; reads and hashes the source file once. */
function cachedTranslationState(source: StatementEntry, translation: StatementEntry | undefined, locale: string): Exclude<TranslationState, 'source'> {
  let byLocale = translationStates.get(source);
  if (!byLocale) {
    byLocale = new Map();
    translationStates.set(source, byLocale);
  }
  let state = byLocale.get(locale);
  if (state === undefined) {
    state = translationState(rawFile(source), translation?.data);
    byLocale.set(locale, state);
  }
  return state;
}

/** The heading the audience sections go under; parses the general sections once per entry. */
function cachedAudiencesParent(general: StatementEntry): string {
  let heading = audiencesParents.get(general);
  if (heading === undefined) {
    heading = audiencesParentHeading(general.body ?? '', general.filePath ?? `content/general/${general.id}.mdx`);
    audiencesParents.set(general, heading);
  }
  return heading;
}

function choosePart(
  entries: Map<string, StatementEntry>,
  collection: StatementCollection,
  version: string,
  locale: string,
): StatementPart {
  const source = entries.get(`${collection}/${version}/${SOURCE_LOCALE}`);
  if (!source) {
    throw new Error(
      `content/${collection}/${version}/${SOURCE_LOCALE}.mdx is missing. Every version needs a file in each of ${STATEMENT_COLLECTIONS.map((c) => `content/${c}`).join(', ')}; the version is listed in content/versions.yaml.`,
    );
  }
  if (locale === SOURCE_LOCALE) return { entry: source, lang: SOURCE_LOCALE, state: 'source' };
  const translation = entries.get(`${collection}/${version}/${locale}`);
  const state = cachedTranslationState(source, translation, locale);
  return state === 'current' && translation
    ? { entry: translation, lang: locale, state }
    : { entry: source, lang: SOURCE_LOCALE, state };
}

export async function loadStatement(version: string, locale: string): Promise<Statement> {
  const entries = await allEntries();
  const general = choosePart(entries, 'general', version, locale);
  return {
    version,
    locale,
    general,
    audiences: Object.fromEntries(
      AUDIENCES.map((role) => [role, choosePart(entries, role, version, locale)]),
    ) as Record<Audience, StatementPart>,
    audiencesParent: cachedAudiencesParent(general.entry),
  };
}
