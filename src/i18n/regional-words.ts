/**
 * Where a region writes its language differently from the project's texts, the words to change in
 * them, by language tag. Swiss Standard German (de-CH) has no "ß" (it writes "ss", as does
 * Liechtenstein), and Swiss data protection law (the DSG) says "Personendaten" where the GDPR's
 * German says "personenbezogene Daten". Applied to the project's texts only: an organisation's own
 * texts (content/strings/) stay as it wrote them.
 */
const SWISS_SPELLING: readonly (readonly [string, string])[] = [
  ['ß', 'ss'],
  ['ẞ', 'SS'],
];

const REGIONAL_WORDS: Record<string, readonly (readonly [string, string])[]> = {
  'de-CH': [
    ...SWISS_SPELLING,
    ['personenbezogenen Daten', 'Personendaten'],
    ['personenbezogene Daten', 'Personendaten'],
  ],
  'de-LI': SWISS_SPELLING,
};

/** A project text in the words of the region of a language tag (de-CH: "Grüsse", "Personendaten"). */
export function inRegionalWords(tag: string, text: string): string {
  const { language, region } = new Intl.Locale(tag);
  const words = region ? REGIONAL_WORDS[`${language}-${region}`] : undefined;
  return words ? words.reduce((result, [from, to]) => result.replaceAll(from, to), text) : text;
}
