const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the words of another ("Dutch" in English, "Nederlands" in Dutch), through Intl. */
export function languageName(inLocale: string, code: string): string {
  let names = displayNames.get(inLocale);
  if (!names)
    displayNames.set(inLocale, (names = new Intl.DisplayNames([inLocale], { type: 'language' })));
  return names.of(code) ?? code;
}
