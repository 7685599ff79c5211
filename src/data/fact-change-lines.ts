import { factChanges, type FactChange } from '../facts/fact-changes.ts';
import { factLines, factLineText, type FactLine } from '../facts/fact-lines.ts';
import { statementView } from '../model/assemble.ts';
import { audienceName, useTranslations } from './language.ts';
import { GENERAL } from '../model/parts.ts';
import { BINDING, CONTENT, comparisonAudiences } from './content.ts';

const changesCache = new Map<string, FactChange[]>();
const linesCache = new Map<string, FactLine[]>();

/** The fact changes on the binding text, the same for every language: worked out once per pair and audience. */
function bindingChanges(from: string, to: string, audience: string | undefined): FactChange[] {
  const key = [from, to, audience ?? ''].join('/');
  let changes = changesCache.get(key);
  if (!changes) {
    changes = factChanges(
      statementView(CONTENT, from, BINDING),
      statementView(CONTENT, to, BINDING),
      audience ? [audience] : comparisonAudiences(from, to),
    );
    changesCache.set(key, changes);
  }
  return changes;
}

/**
 * What changed in the facts from one version to another, for some audiences (every audience of the two
 * versions when none is given), in the words of the pages of one language. Matched on the
 * binding text, where the facts are authoritative; worked out once per build.
 */
export function factChangeLines(
  from: string,
  to: string,
  locale: string,
  audience?: string,
): FactLine[] {
  const key = [from, to, locale, audience ?? ''].join('/');
  let lines = linesCache.get(key);
  if (!lines) {
    const t = useTranslations(locale);
    lines = factLines(
      bindingChanges(from, to, audience),
      statementView(CONTENT, from, locale),
      statementView(CONTENT, to, locale),
      {
        noPurpose: { text: t('factChanges.noPurpose'), lang: locale },
        right: (kind) => ({ text: t(`rights.${kind}.name`), lang: locale }),
      },
    );
    linesCache.set(key, lines);
  }
  return lines;
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
