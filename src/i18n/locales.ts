/**
 * The languages of the site. Adding one is this entry, a strings file in ./strings/<code>.json and
 * content files content/<collection>/<version>/<code>.mdx.
 */
export interface Locale {
  /** BCP 47 code, also the URL prefix and the content file name. */
  code: string;
  /** The language's own name, for the language switch. */
  name: string;
  /** Writing direction for <html dir>. */
  dir: 'ltr' | 'rtl';
  /** The Intl locale for dates ("en-GB" writes 6 January 2020, "en-US" January 6, 2020). */
  intl: string;
}

export const LOCALES: readonly Locale[] = [
  { code: 'nl', name: 'Nederlands', dir: 'ltr', intl: 'nl-NL' },
  { code: 'en', name: 'English', dir: 'ltr', intl: 'en-GB' },
];

/** The language the statement is written in; it is legally binding, every other is a translation. */
export const SOURCE_LOCALE = 'nl';

export function localeByCode(code: string): Locale {
  const locale = LOCALES.find((candidate) => candidate.code === code);
  if (!locale) throw new Error(`Unknown locale "${code}"; known: ${LOCALES.map((l) => l.code).join(', ')}`);
  return locale;
}
