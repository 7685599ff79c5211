import { CONTENT, languageOf, SITE } from './content.ts';
import { formatDate } from '../time/dates.ts';
import { translator, type Translate } from '../i18n/interface-texts.ts';
import { siteLanguageName } from '../i18n/language-names.ts';

/** What the pages call a language of the site, in the words of another (siteLanguageName). */
export const languageName = (inLocale: string, code: string): string =>
  siteLanguageName(
    inLocale,
    code,
    SITE.languages.map((language) => language.code),
  );

const translators = new Map<string, Translate>();

/** The interface texts of a language, with its plural rules: made once per build and language, used by every component. */
export function useTranslations(locale: string): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    const strings = CONTENT.strings[locale];
    if (!strings) throw new Error(`No interface texts for the language "${locale}"`);
    translators.set(locale, (translate = translator(strings, locale)));
  }
  return translate;
}

/** An audience's short name in a language (site.yaml). */
export function audienceName(locale: string, audience: string): string {
  return SITE.audiences.find((candidate) => candidate.id === audience)?.name[locale] ?? audience;
}

/** An audience's readers, as the words after "for" in the title of their view (site.yaml). */
export function audienceReaders(locale: string, audience: string): string {
  return (
    SITE.audiences.find((candidate) => candidate.id === audience)?.readers[locale] ??
    audienceName(locale, audience)
  );
}

/** An audience's one-line description in a language (site.yaml). */
export function audienceDescription(locale: string, audience: string): string {
  return SITE.audiences.find((candidate) => candidate.id === audience)?.description[locale] ?? '';
}

/** Formats ISO dates the way a language of the site writes them ("6 januari 2020", "6 January 2020"). */
export function datesIn(locale: string): (isoDate: string) => string {
  const { intl } = languageOf(locale);
  return (isoDate) => formatDate(intl, isoDate);
}
