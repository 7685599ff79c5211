/** A UI string split at its `{name}` placeholders, so that a component can fill one with markup. */
export type TemplatePart = { text: string } | { slot: string };

export function templateParts(template: string): TemplatePart[] {
  return template
    .split(/(\{\w+\})/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
      return slot ? { slot } : { text: piece };
    });
}
