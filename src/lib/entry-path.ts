import { isRealIsoDate } from './iso-date.ts';

/** Where a statement file sits: content/<collection>/<version>/<locale>.mdx. */
export interface EntryPath {
  version: string;
  locale: string;
}

/**
 * Reads the version and locale from a file's path inside its collection folder
 * ("2023-09-27/nl.mdx"), and explains what is wrong when the path does not fit.
 */
export function parseEntryPath(collection: string, relativePath: string, locales: readonly string[]): EntryPath {
  const file = `content/${collection}/${relativePath}`;
  const match = /^([^/]+)\/([^/]+)\.mdx$/.exec(relativePath);
  if (!match) {
    throw new Error(
      `${file}: a statement file must sit at content/${collection}/<version>/<locale>.mdx, e.g. content/${collection}/2023-09-27/nl.mdx. Move or rename it.`,
    );
  }
  const [, version, locale] = match as unknown as [string, string, string];
  if (!isRealIsoDate(version)) {
    throw new Error(
      `${file}: the folder "${version}" is not a version date. Expected a real date written YYYY-MM-DD (e.g. 2023-09-27), the date the version takes effect. Rename the folder.`,
    );
  }
  if (!locales.includes(locale)) {
    throw new Error(
      `${file}: "${locale}" is not a language of this site (known: ${locales.join(', ')}). Rename the file to <locale>.mdx, or add the language in src/i18n/locales.ts.`,
    );
  }
  return { version, locale };
}

export function entryId({ version, locale }: EntryPath): string {
  return `${version}/${locale}`;
}
