import { partFactChanges, type FactChange } from '../facts/fact-changes.ts';
import { factLines, factLineText, type FactLine } from '../facts/fact-lines.ts';
import { statementView } from '../model/assemble.ts';
import { audienceName, useTranslations } from './language.ts';
import { GENERAL } from '../model/parts.ts';
import { BINDING, CONTENT, comparisonAudiences } from './content.ts';

// Small (the facts that changed), and the same for every language and every view that shows the
// part: worked out once per build for each pair of versions and part, and kept.
const partChanges = new Map<string, FactChange[]>();

/** The fact changes on the binding text, the same for every language. */
function bindingChanges(from: string, to: string, audience: string | undefined): FactChange[] {
  return [GENERAL, ...(audience ? [audience] : comparisonAudiences(from, to))].flatMap((part) => {
    const key = [from, to, part].join('/');
    let changes = partChanges.get(key);
    if (!changes) {
      changes = partFactChanges(
        statementView(CONTENT, from, BINDING),
        statementView(CONTENT, to, BINDING),
        part,
      );
      partChanges.set(key, changes);
    }
    return changes;
  });
}

/**
 * What changed in the facts from one version to another, for some audiences (every audience of the two
 * versions when none is given), in the words of the pages of one language. Matched on the
 * binding text, where the facts are authoritative, once per build (bindingChanges); their words
 * are put together for each page that shows them.
 */
export function factChangeLines(
  from: string,
  to: string,
  locale: string,
  audience?: string,
): FactLine[] {
  const t = useTranslations(locale);
  return factLines(
    bindingChanges(from, to, audience),
    statementView(CONTENT, from, locale),
    statementView(CONTENT, to, locale),
    {
      noPurpose: { text: t('factChanges.noPurpose'), lang: locale },
      right: (kind) => ({ text: t(`rights.${kind}.name`), lang: locale }),
    },
  );
}

/** The fact changes of the full statement as plain sentences of a language (feeds, exports), each naming whom it concerns. */
export function factChangeSentences(
  from: string,
  to: string,
  locale: string,
): { part: string; text: string; material: boolean; anchor: string; version: string }[] {
  const t = useTranslations(locale);
  return factChangeLines(from, to, locale).map((line) => ({
    part: line.part,
    text: `${line.part === GENERAL ? t('factChanges.everyone') : audienceName(locale, line.part)}: ${factLineText(line, t(line.key))}`,
    material: line.material,
    anchor: line.anchor,
    version: line.version,
  }));
}
