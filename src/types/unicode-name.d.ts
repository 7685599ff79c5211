// unicode-name ships no types; this is the one function the project uses.
declare module 'unicode-name' {
  /** The Unicode name of a character or code point ("ZERO WIDTH SPACE"), or undefined. */
  export function unicodeName(character: string | number): string | undefined;
}
