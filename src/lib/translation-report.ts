import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATEMENT_COLLECTIONS } from './audiences.ts';
import { readFrontmatter } from './frontmatter.ts';
import { translationState, type TranslationState } from './translation-status.ts';

export interface TranslationReportLine {
  /** The translation's path, relative to the repository (it may not exist). */
  file: string;
  /** The source file it translates. */
  source: string;
  state: Exclude<TranslationState, 'source'>;
}

/**
 * The state of every translation the content calls for: one per source file, version and
 * language other than the source language. Reads the files the same way the build does.
 */
export function translationReport(root: string, locales: readonly string[], sourceLocale: string): TranslationReportLine[] {
  const lines: TranslationReportLine[] = [];
  for (const collection of STATEMENT_COLLECTIONS) {
    const folder = join(root, 'content', collection);
    if (!existsSync(folder)) continue;
    for (const version of readdirSync(folder).sort()) {
      const source = `content/${collection}/${version}/${sourceLocale}.mdx`;
      if (!existsSync(join(root, source))) continue;
      const sourceText = readFileSync(join(root, source), 'utf8');
      for (const locale of locales.filter((code) => code !== sourceLocale)) {
        const file = `content/${collection}/${version}/${locale}.mdx`;
        const data = existsSync(join(root, file))
          ? (readFrontmatter(readFileSync(join(root, file), 'utf8'))?.toJS() ?? {})
          : undefined;
        lines.push({ file, source, state: translationState(sourceText, data) });
      }
    }
  }
  return lines;
}
