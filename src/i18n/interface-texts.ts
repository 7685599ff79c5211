import {
  uiStringsSchema,
  type PluralForms,
  type PluralKey,
  type TextKey,
  type UiStrings,
} from '../schemas/strings-schema.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { characterProblems, type TextRules } from '../guard/characters.ts';
import { readYaml } from '../guard/safe-yaml.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import type { SiteConfig } from '../schemas/site-schema.ts';

/** The folder of content/ with the organisation's own interface texts. */
export const STRINGS_FOLDER = 'strings';

const error = (file: string, message: string, fix: string): ContentProblem => ({
  file,
  message,
  fix,
  severity: 'error',
});

/** Where a language's interface texts come from: the project's own, and the organisation's own. */
interface StringSources {
  locale: string;
  /** src/i18n/strings/<locale>.json, when the project has the language. */
  product?: { file: string; data: unknown };
  /** content/strings/<locale>.yaml: overrides, or every text of a language the project lacks. */
  content?: { file: string; data: unknown };
}

const KNOWN_KEYS = new Set(Object.keys(uiStringsSchema.shape));

/**
 * The interface texts of one language: the project's, with the organisation's on top. A language
 * the project does not have needs every key in content/strings/<locale>.yaml; a missing or unknown
 * key is a problem that lists the keys.
 */
function mergeUiStrings({ locale, product, content }: StringSources): {
  strings?: UiStrings;
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const overrideFile = content?.file ?? `content/strings/${locale}.yaml`;
  const asRecord = (value: unknown, file: string): Record<string, unknown> => {
    if (value === undefined || value === null) return {};
    if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    problems.push({
      file,
      message: 'expected "key: text" lines (a map of interface texts)',
      fix: 'write one interface text per line, e.g. "search.title: Suche"',
      severity: 'error',
    });
    return {};
  };
  const base = asRecord(product?.data, product?.file ?? '');
  const own = asRecord(content?.data, overrideFile);
  const unknown = Object.keys(own).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) {
    problems.push({
      file: overrideFile,
      message: `unknown interface text(s): ${unknown.map((key) => `"${key}"`).join(', ')}`,
      fix: `use the keys of src/schemas/strings-schema.ts (src/i18n/strings/en.json has them all); check the spelling`,
      severity: 'error',
    });
  }
  const merged = {
    ...base,
    ...Object.fromEntries(Object.entries(own).filter(([key]) => KNOWN_KEYS.has(key))),
  };
  const result = uiStringsSchema.safeParse(merged);
  if (result.success) {
    const incomplete = Object.entries(result.data).flatMap(([key, value]) => {
      const missing = typeof value === 'string' ? [] : missingPluralForms(value, locale);
      return missing.length ? [`${key} (${missing.join(', ')})`] : [];
    });
    if (incomplete.length === 0) return { strings: result.data, problems };
    problems.push({
      file:
        content?.data && Object.keys(own).length ? overrideFile : (product?.file ?? overrideFile),
      message: `the language "${locale}" counts with forms these texts lack: ${incomplete.join(', ')}`,
      fix: `give each text every plural form of the language (Intl.PluralRules("${locale}") uses ${new Intl.PluralRules(locale).resolvedOptions().pluralCategories.join(', ')})`,
      severity: 'error',
    });
    return { problems };
  }
  const missing = result.error.issues
    .filter((issue) => merged[String(issue.path[0])] === undefined)
    .map((issue) => String(issue.path[0]));
  const wrong = result.error.issues.filter((issue) => merged[String(issue.path[0])] !== undefined);
  if (missing.length > 0) {
    problems.push({
      file: overrideFile,
      message: `the language "${locale}" has no interface text for ${missing.length} key(s): ${missing.join(', ')}`,
      fix: product
        ? `add them to ${product.file} (every key of src/schemas/strings-schema.ts is required)`
        : `write them in ${overrideFile}: the project has no interface texts in "${locale}"; translate those of src/i18n/strings/en.json`,
      severity: 'error',
    });
  }
  for (const issue of wrong) {
    problems.push({
      file: overrideFile,
      message: `${String(issue.path[0])}: ${issue.message}`,
      fix: 'correct the text',
      severity: 'error',
    });
  }
  return { problems };
}

/** Fills `{name}` placeholders. */
function fill(template: string, values: Record<string, string>): string {
  // Most strings have no placeholder; a page fills about a hundred of them.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export interface Translate {
  (key: TextKey, values?: Record<string, string>): string;
  /** The form of a text for `count` by the plural rules of the language, with {count} written the language's way. */
  count: (key: PluralKey, count: number, values?: Record<string, string>) => string;
}

/** The interface texts of one language (`locale`, a BCP 47 tag: it chooses the plural forms and writes the numbers). */
export function translator(strings: UiStrings, locale: string): Translate {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const t = ((key: TextKey, values?: Record<string, string>) =>
    fill(strings[key], values ?? {})) as Translate;
  t.count = (key, count, values) => {
    const forms: PluralForms = strings[key];
    return fill(forms[rules.select(count)] ?? forms.other, {
      ...values,
      count: numbers.format(count),
    });
  };
  return t;
}

/** The plural categories a language uses that a text of it lacks ("one" for "1 woorden"). */
function missingPluralForms(forms: PluralForms, locale: string): string[] {
  return new Intl.PluralRules(locale)
    .resolvedOptions()
    .pluralCategories.filter((category) => forms[category] === undefined);
}

/** Interface texts per language: the project's (src/i18n/strings) under the organisation's (content/strings). */
export function readInterfaceTexts(
  root: string,
  site: SiteConfig,
  rules: TextRules,
  problems: ContentProblem[],
): Partial<Record<string, UiStrings>> {
  const folder = join(root, 'content', STRINGS_FOLDER);
  const codes = site.languages.map((language) => language.code);
  if (existsSync(folder)) {
    for (const name of readdirSync(folder).sort()) {
      const code = name.replace(/\.yaml$/, '');
      if (!name.endsWith('.yaml') || !codes.includes(code)) {
        problems.push(
          error(
            `content/${STRINGS_FOLDER}/${name}`,
            `not an interface text file of a language of the site (${codes.map((c) => `${c}.yaml`).join(', ')})`,
            'rename it, or add the language to content/site.yaml',
          ),
        );
      }
    }
  }
  const strings: Partial<Record<string, UiStrings>> = {};
  for (const code of codes) {
    const productFile = `src/i18n/strings/${code}.json`;
    const contentFile = `content/${STRINGS_FOLDER}/${code}.yaml`;
    const product = existsSync(join(root, productFile))
      ? {
          file: productFile,
          data: JSON.parse(readFileSync(join(root, productFile), 'utf8')) as unknown,
        }
      : undefined;
    let content: { file: string; data: unknown } | undefined;
    if (existsSync(join(root, contentFile))) {
      const text = readFileSync(join(root, contentFile), 'utf8');
      const yaml = readYaml(text, { file: contentFile });
      problems.push(...yaml.problems, ...characterProblems(text, rules, contentFile));
      content = { file: contentFile, data: yaml.data };
    }
    const merged = mergeUiStrings({
      locale: code,
      ...(product ? { product } : {}),
      ...(content ? { content } : {}),
    });
    problems.push(...merged.problems);
    if (merged.strings) strings[code] = merged.strings;
  }
  return strings;
}
