import { CONTENT, languageOf, SITE } from './content.ts';
import { formatDate } from '../time/dates.ts';
import { translator, type Translate } from '../i18n/interface-texts.ts';
import { siteLanguageName } from '../i18n/language-names.ts';

const SITE_CODES = SITE.languages.map((language) => language.code);

/** What the pages call a language of the site, in the words of another (siteLanguageName). */
export const languageName = (inLocale: string, code: string): string =>
  siteLanguageName(inLocale, code, SITE_CODES);

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

// A comparison page words many dates, every page some: each is worded once per build and language.
const dates = new Map<string, (isoDate: string) => string>();

/** Formats ISO dates the way a language of the site writes them ("6 januari 2020", "6 January 2020"). */
export function datesIn(locale: string): (isoDate: string) => string {
  let format = dates.get(locale);
  if (!format) {
    const { intl } = languageOf(locale);
    const worded = new Map<string, string>();
    format = (isoDate) => {
      let date = worded.get(isoDate);
      if (date === undefined) worded.set(isoDate, (date = formatDate(intl, isoDate)));
      return date;
    };
    dates.set(locale, format);
  }
  return format;
}
