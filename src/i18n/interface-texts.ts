import type { PluralForms, PluralKey, TextKey, UiStrings } from '../schemas/strings-schema.ts';

/** The folder of content/ with the organisation's own interface texts. */
export const STRINGS_FOLDER = 'strings';

/** Fills `{name}` placeholders. */
function fill(template: string, values: Record<string, string>): string {
  // Most strings have no placeholder; a page fills about a hundred of them.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export interface Translate {
  (key: TextKey, values?: Record<string, string>): string;
  /** The form of a text for `count` by the plural rules of the language, with {count} written the language's way. */
  count: (key: PluralKey, count: number, values?: Record<string, string>) => string;
}

/** The interface texts of one language (`locale`, a BCP 47 tag: it chooses the plural forms and writes the numbers). */
export function translator(strings: UiStrings, locale: string): Translate {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const t = ((key: TextKey, values?: Record<string, string>) =>
    fill(strings[key], values ?? {})) as Translate;
  t.count = (key, count, values) => {
    const forms: PluralForms = strings[key];
    return fill(forms[rules.select(count)] ?? forms.other, {
      ...values,
      count: numbers.format(count),
    });
  };
  return t;
}
