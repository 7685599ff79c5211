import { LOCALES } from './locales.ts';
import { translator, validateUiStrings, type Translate } from '../lib/ui-strings.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';

const files = import.meta.glob<{ default: unknown }>('./strings/*.json', { eager: true });

/** Every locale's validated strings; fails the build on the first bad file. */
export const UI_STRINGS: Record<string, UiStrings> = Object.fromEntries(
  LOCALES.map(({ code }) => {
    const file = `src/i18n/strings/${code}.json`;
    const module = files[`./strings/${code}.json`];
    if (!module) {
      throw new Error(`${file}: missing. Every locale in src/i18n/locales.ts needs a strings file.`);
    }
    return [code, validateUiStrings(code, file, module.default)];
  }),
);

export function useTranslations(locale: string): Translate {
  const strings = UI_STRINGS[locale];
  if (!strings) throw new Error(`No UI strings for locale "${locale}"`);
  return translator(strings);
}
