import { uiStringsSchema, type UiKey, type UiStrings } from '../schemas/ui-strings.ts';
import type { ContentProblem } from './content-problem.ts';

/** Where a language's interface texts come from: the project's own, and the organisation's own. */
export interface StringSources {
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
export function mergeUiStrings({ locale, product, content }: StringSources): { strings?: UiStrings; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const overrideFile = content?.file ?? `content/strings/${locale}.yaml`;
  const asRecord = (value: unknown, file: string): Record<string, unknown> => {
    if (value === undefined || value === null) return {};
    if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    problems.push({ file, message: 'expected "key: text" lines (a map of interface texts)', fix: 'write one interface text per line, e.g. "search.title: Suche"', severity: 'error' });
    return {};
  };
  const base = asRecord(product?.data, product?.file ?? '');
  const own = asRecord(content?.data, overrideFile);
  const unknown = Object.keys(own).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) {
    problems.push({
      file: overrideFile,
      message: `unknown interface text(s): ${unknown.map((key) => `"${key}"`).join(', ')}`,
      fix: `use the keys of src/schemas/ui-strings.ts (src/i18n/strings/en.json has them all); check the spelling`,
      severity: 'error',
    });
  }
  const merged = { ...base, ...Object.fromEntries(Object.entries(own).filter(([key]) => KNOWN_KEYS.has(key))) };
  const result = uiStringsSchema.safeParse(merged);
  if (result.success) return { strings: result.data, problems };
  const missing = result.error.issues.filter((issue) => merged[String(issue.path[0])] === undefined).map((issue) => String(issue.path[0]));
  const wrong = result.error.issues.filter((issue) => merged[String(issue.path[0])] !== undefined);
  if (missing.length > 0) {
    problems.push({
      file: overrideFile,
      message: `the language "${locale}" has no interface text for ${missing.length} key(s): ${missing.join(', ')}`,
      fix: product
        ? `add them to ${product.file} (every key of src/schemas/ui-strings.ts is required)`
        : `write them in ${overrideFile}: the project has no interface texts in "${locale}"; translate those of src/i18n/strings/en.json`,
      severity: 'error',
    });
  }
  for (const issue of wrong) {
    problems.push({ file: overrideFile, message: `${String(issue.path[0])}: ${issue.message}`, fix: 'correct the text', severity: 'error' });
  }
  return { problems };
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  // Most strings have no placeholder; a page fills about a hundred of them.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export type Translate = (key: UiKey, values?: Record<string, string>) => string;

export function translator(strings: UiStrings): Translate {
  return (key, values) => fill(strings[key], values ?? {});
}
