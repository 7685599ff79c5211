import { uiStringsSchema, type UiKey, type UiStrings } from '../schemas/ui-strings.ts';
import { ContentError } from './content-error.ts';

/**
 * Validates one locale's strings file. A missing or unknown key fails with a message that names
 * the locale, the file and the key.
 */
export function validateUiStrings(locale: string, file: string, data: unknown): UiStrings {
  const result = uiStringsSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `unknown key "${key}" in locale "${locale}"`);
    }
    const key = String(issue.path[0] ?? '');
    const value = (data as Record<string, unknown> | null)?.[key];
    return value === undefined
      ? [`missing key "${key}" in locale "${locale}"`]
      : [`key "${key}" in locale "${locale}": ${issue.message}`];
  });
  throw new ContentError(
    file,
    problems.join('\n  '),
    'every locale must have exactly the keys of src/schemas/ui-strings.ts: add the missing ones, remove or rename the unknown ones',
  );
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
