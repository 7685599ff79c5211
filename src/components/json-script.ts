/**
 * JSON to put inside a <script type="application/ld+json"> element. JSON.stringify leaves "<",
 * ">" and "&" as they are, so a value holding "</script>" would end the element early; these, and
 * the line separators JavaScript once refused, are written as \u escapes, which JSON reads back
 * as the same characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
