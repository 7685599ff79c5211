import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { translator } from '../i18n/interface-texts.ts';
import { siteLanguageName } from '../i18n/language-names.ts';
import { statementBlocks, statementView } from '../model/assemble.ts';
import type { Content } from '../model/content-model.ts';
import { detailsAt } from '../organization/contact-details.ts';
import { routeSlugs } from '../routes/slugs.ts';
import { urlFor, versionFileUrl } from '../routes/urls.ts';
import { withBase } from '../routes/base-path.ts';
import { siteLocation } from '../routes/site-url.ts';
import { fingerprintOf } from '../versions/fingerprint.ts';
import {
  compact,
  elementsById,
  elementsWithClass,
  readerText,
  type InterfaceWords,
} from './page-text.ts';

/** What `npm run verify` found on one page that shows a version. */
export interface PageVerdict {
  /** The file, relative to the folder verified. */
  file: string;
  version: string;
  locale: string;
  /** The audience of the page; none for the full statement and the file of a version. */
  audience?: string | undefined;
  /** The fingerprint the seal gives, when there is a seal. */
  fingerprint?: string | undefined;
  /** Each difference from the sealed version, as a sentence; none when the page is as sealed. */
  differences: string[];
}

/** Every HTML file under a folder (or the file itself), relative to it, in a stable order. */
function htmlFiles(path: string): { base: string; files: string[] } {
  if (statSync(path).isFile())
    return { base: join(path, '..'), files: [relative(join(path, '..'), path)] };
  return {
    base: path,
    files: readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.html?$/i.test(file))
      .sort(),
  };
}

/** A string shortened around the place where it stops agreeing with another. */
function around(text: string, at: number): string {
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + 40)}${at + 40 < text.length ? '…' : ''}`;
}

function firstDifference(a: string, b: string): number {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  return at;
}

/** No words of the interface: everything counts as text. */
const NO_WORDS: InterfaceWords = {
  'right-action': new Set(),
  'section-languages': new Set(),
  'notice--fallback': new Set(),
};

/** The interface's own words that may stand among the statement's text, in a language. */
function interfaceWords(content: Content, locale: string): InterfaceWords {
  const t = translator(content.strings[locale]!, locale);
  const dates = [
    content.versions[0]?.date ?? '',
    ...content.organization.changes.map((change) => change.date),
  ];
  const authorities = new Set(
    dates.map((date) => detailsAt(content.organization, date).supervisoryAuthority.name),
  );
  const others = content.site.languages.filter((language) => language.code !== locale);
  const codes = content.site.languages.map((language) => language.code);
  // Named as the pages name them (src/data/language.ts).
  const languageName = (inLocale: string, code: string) => siteLanguageName(inLocale, code, codes);
  const shownIn = content.site.languages.map((language) => languageName(locale, language.code));
  return {
    'right-action': new Set(
      [
        t('rights.request'),
        ...[...authorities].map((authority) => t('rights.complaint', { authority })),
      ].map(compact),
    ),
    'section-languages': new Set([
      compact(
        others
          .map((language) => t('lang.section', { language: languageName(locale, language.code) }))
          .join(''),
      ),
    ]),
    'notice--fallback': new Set(
      shownIn.flatMap((language) => [
        compact(t('fallback.missing', { language })),
        compact(t('fallback.stale', { language })),
      ]),
    ),
  };
}

/**
 * The statement text of a page against the version's text in the content model: every heading
 * and passage the version has for this language and audience, found by its anchor with exactly
 * its words; then the statement as a whole, so that words added outside any passage count too.
 */
function textDifferences(
  content: Content,
  tree: Root,
  page: { version: string; locale: string; audience?: string | undefined },
): string[] {
  const view = statementView(content, page.version, page.locale);
  const blocks = statementBlocks(view, page.audience ? [page.audience] : view.audiences).filter(
    (block) => block.kind !== 'component' && block.anchor,
  );
  const words = interfaceWords(content, page.locale);
  const byId = elementsById(tree);
  const differences: string[] = [];
  for (const block of blocks) {
    const element = byId.get(block.anchor);
    if (!element) {
      differences.push(`the passage #${block.anchor} is missing ("${around(block.text, 0)}")`);
      continue;
    }
    const shown = readerText(element, words, { nestedLists: false });
    if (shown !== block.text) {
      const at = firstDifference(shown, block.text);
      differences.push(
        `the passage #${block.anchor} reads "${around(shown, at)}" where the sealed text has "${around(block.text, at)}"`,
      );
    }
  }
  if (differences.length > 0) return differences;
  const statement = elementsWithClass(tree, 'statement')[0];
  if (!statement) return ['the page has no statement text (no element with class "statement")'];
  const shown = readerText(statement, words);
  const sealed = blocks.map((block) => block.text).join(' ');
  if (shown === sealed) return [];
  const at = firstDifference(shown, sealed);
  return [
    `the statement has text that is not the version's: "${around(shown, at)}" where the sealed text has "${around(sealed, at)}"`,
  ];
}

/** The children of an element that are elements with this tag name. */
const childrenNamed = (node: Element | undefined, tagName: string): Element[] =>
  (node?.children ?? []).filter(
    (child): child is Element => child.type === 'element' && child.tagName === tagName,
  );

/** The corrections a page lists (Corrections.astro) against those of the version's entry. */
function correctionDifferences(
  content: Content,
  tree: Root,
  version: string,
  locale: string,
): string[] {
  const corrections = (
    content.versions.find((entry) => entry.date === version)?.corrections ?? []
  ).filter((correction) => !correction.languages || correction.languages.includes(locale));
  const section = elementsWithClass(tree, 'corrections')[0];
  const items = childrenNamed(childrenNamed(section, 'ul')[0], 'li');
  if (items.length !== corrections.length)
    return [`the page lists ${items.length} correction(s), the version has ${corrections.length}`];
  return corrections.flatMap((correction, index) => {
    const item = items[index]!;
    const reason = correction.reason[locale] ?? correction.reason[content.binding.code] ?? '';
    const text = readerText(item, NO_WORDS);
    const dated = childrenNamed(item, 'time')[0]?.properties.dateTime === correction.date;
    return dated && text.endsWith(`: ${reason}`)
      ? []
      : [
          `correction ${index + 1} reads "${around(text, 0)}", where the version has ${correction.date}: "${around(reason, 0)}"`,
        ];
  });
}

/**
 * Checks every page of a folder (a built site, or pages saved from it) that shows a version's
 * fingerprint against the content: the fingerprint it shows must be the one the version's seal
 * gives, and its statement text and corrections exactly the version's. A page of a built site
 * at the address of a version's page or file that shows no fingerprint is reported too.
 */
export function verifyPages(
  content: Content,
  folder: string,
  expected: ReadonlyMap<string, ExpectedPage> = new Map(),
): PageVerdict[] {
  const { base, files } = htmlFiles(folder);
  const verdicts: PageVerdict[] = [];
  for (const file of files) {
    const tree = fromHtml(readFileSync(join(base, file), 'utf8'));
    // A version's page shows its fingerprint; a page of the current version (an audience's view,
    // the full statement) says in its version line which version's text it shows.
    const fingerprinted = elementsWithClass(tree, 'fingerprint').find(
      (element) => typeof element.properties.dataVersion === 'string',
    );
    const marker =
      fingerprinted ??
      elementsWithClass(tree, 'version-line').find(
        (element) => typeof element.properties.dataVersion === 'string',
      );
    const html = tree.children.find(
      (node): node is Element => node.type === 'element' && node.tagName === 'html',
    );
    const locale = String(html?.properties.lang ?? '');
    // At a version's address the page must show the fingerprint itself, not only a version line.
    const page = expected.get(file.split('\\').join('/'));
    if (!fingerprinted && page) {
      verdicts.push({
        file,
        ...page,
        differences: [
          "the page shows no fingerprint: it is at a version's address, but not a version's page as published",
        ],
      });
      continue;
    }
    if (!marker) continue;
    const version = String(marker.properties.dataVersion);
    const audience =
      typeof marker.properties.dataAudience === 'string'
        ? marker.properties.dataAudience
        : undefined;
    const verdict: PageVerdict = { file, version, locale, audience, differences: [] };
    verdicts.push(verdict);
    const seal = content.seals?.[version];
    if (!content.versions.some((entry) => entry.date === version) || !seal) {
      verdict.differences.push(`version ${version} has no seal in content/seals.yaml`);
      continue;
    }
    if (!content.strings[locale]) {
      verdict.differences.push(`"${locale}" is not a language of the site`);
      continue;
    }
    if (audience && !statementView(content, version, locale).parts[audience]) {
      verdict.differences.push(`version ${version} has no part for the audience "${audience}"`);
      continue;
    }
    const fingerprint = fingerprintOf(version, seal);
    verdict.fingerprint = fingerprint;
    const shown = fingerprinted
      ? readerText(fingerprinted, NO_WORDS).replace(/\s/g, '')
      : fingerprint;
    if (shown !== fingerprint)
      verdict.differences.push(
        `it shows the fingerprint ${shown || '(none)'}, the seal gives ${fingerprint}`,
      );
    for (const short of elementsWithClass(tree, 'record').flatMap((record) =>
      elementsWithClass(record, 'fingerprint-short'),
    )) {
      const text = readerText(short, NO_WORDS).replace(/\s/g, '');
      if (!fingerprint.startsWith(text) || text.length < 8)
        verdict.differences.push(
          `its short fingerprint ${text} is not the start of ${fingerprint}`,
        );
    }
    verdict.differences.push(
      ...textDifferences(content, tree, { version, locale, audience }),
      ...correctionDifferences(content, tree, version, locale),
    );
  }
  return verdicts;
}

/** What a built site's file at a version's address is: a version's page, or its file. */
interface ExpectedPage {
  version: string;
  locale: string;
  audience?: string | undefined;
}

/**
 * The files of a built site that are a sealed version's pages or its file, relative to the site
 * (dist/); for a site in a folder of its host also as a copy of the host saves them, under that
 * folder (privacy/nl/versies/…), so that a mirror of the published site is verified as well.
 */
export function versionPageFiles(content: Content): Map<string, ExpectedPage> {
  const { base } = siteLocation(content.site);
  const files = new Map(
    content.site.languages.flatMap(({ code: locale }) => {
      const slugs = routeSlugs(content, locale);
      return content.versions
        .filter(({ date }) => content.seals?.[date])
        .flatMap(({ date: version }) => [
          [versionFileUrl(locale, version, slugs), { version, locale }] as const,
          ...[undefined, ...statementView(content, version, locale).audiences].map(
            (audience) =>
              [
                urlFor({ kind: 'version', locale, version, audience }, slugs),
                { version, locale, audience },
              ] as const,
          ),
        ])
        .map(([path, page]): [string, ExpectedPage] => [`${path.slice(1)}index.html`, page]);
    }),
  );
  if (base === '/') return files;
  return new Map(
    [...files].flatMap(([file, page]) => [
      [file, page],
      [`${withBase(`/${file}`, base).slice(1)}`, page],
    ]),
  );
}
