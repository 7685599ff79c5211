import { getEntry, render } from 'astro:content';
import { statementView, type PartShown, type StatementView } from '../model/assemble.ts';
import { CONTENT } from './content.ts';

export type { PartShown, StatementView };

/** A version of the statement in a language, from the content model. */
export function loadStatement(version: string, locale: string): StatementView {
  return statementView(CONTENT, version, locale);
}

/** Astro's rendering of a part's MDX (the text of the page; its anchors come from the content model). */
export async function renderPart(shown: PartShown) {
  const entry = await getEntry(shown.part as never, `${shown.document.version}/${shown.lang}`);
  if (!entry)
    throw new Error(`${shown.document.file} is not in Astro's collection "${shown.part}"`);
  return render(entry);
}
