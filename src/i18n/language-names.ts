const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the words of another ("Dutch" in English, "Nederlands" in Dutch), through Intl. */
function languageName(inLocale: string, code: string): string {
  let names = displayNames.get(inLocale);
  if (!names)
    displayNames.set(inLocale, (names = new Intl.DisplayNames([inLocale], { type: 'language' })));
  return names.of(code) ?? code;
}

/**
 * What a site calls one of its languages, in the words of another: by its language alone
 * ("allemand", not "allemand suisse", for de-CH) unless another of the site's languages shares it
 * (de-CH beside de-DE), where the region tells them apart.
 */
export function siteLanguageName(
  inLocale: string,
  code: string,
  siteLanguages: readonly string[],
): string {
  const language = code.split('-')[0]!;
  const sharing = siteLanguages.filter((each) => each.split('-')[0] === language);
  return languageName(inLocale, sharing.length > 1 ? code : language);
}
