import { factChanges } from '../lib/facts/fact-changes.ts';
import { factLines, factLineText, type FactLine } from '../lib/facts/fact-lines.ts';
import { statementView } from '../lib/model/assemble.ts';
import { roleName, useTranslations } from '../i18n/ui.ts';
import { GENERAL } from '../lib/model/parts.ts';
import { BINDING, CONTENT, comparisonRoles } from './content.ts';

const cache = new Map<string, FactLine[]>();

/**
 * What changed in the facts from one version to another, for some roles (every role of the two
 * versions when none is given), in the words of the pages of one language. Matched on the
 * binding text, where the facts are authoritative; worked out once per build.
 */
export function factChangeLines(from: string, to: string, locale: string, role?: string): FactLine[] {
  const key = [from, to, locale, role ?? ''].join('/');
  let lines = cache.get(key);
  if (!lines) {
    const roles = role ? [role] : comparisonRoles(from, to);
    const changes = factChanges(statementView(CONTENT, from, BINDING), statementView(CONTENT, to, BINDING), roles);
    const t = useTranslations(locale);
    lines = factLines(changes, statementView(CONTENT, from, locale), statementView(CONTENT, to, locale), { text: t('factChanges.noPurpose'), lang: locale });
    cache.set(key, lines);
  }
  return lines;
}

/** The fact changes of the full statement as plain sentences of a language (feeds, exports), each naming whom it concerns. */
export function factChangeSentences(from: string, to: string, locale: string): { part: string; text: string; material: boolean; anchor: string; version: string }[] {
  const t = useTranslations(locale);
  return factChangeLines(from, to, locale).map((line) => ({
    part: line.part,
    text: `${line.part === GENERAL ? t('factChanges.everyone') : roleName(locale, line.part)}: ${factLineText(line, t(line.key))}`,
    material: line.material,
    anchor: line.anchor,
    version: line.version,
  }));
}
