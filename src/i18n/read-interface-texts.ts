import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { characterProblems, type TextRules } from '../guard/characters.ts';
import { readYaml } from '../guard/safe-yaml.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import type { LanguageConfig, SiteConfig } from '../schemas/site-schema.ts';
import { uiStringsSchema, type PluralForms, type UiStrings } from '../schemas/strings-schema.ts';
import { DOCUMENT_FORMS, DOCUMENT_NAMES, fillDocument } from './document-names.ts';
import { STRINGS_FOLDER } from './interface-texts.ts';
import { inRegionalWords } from './regional-words.ts';

/**
 * The interface texts of each language of the site, from three sources, the later over the
 * earlier: the project's texts for the language's tag or else its language (nl-BE takes nl's,
 * fr-CA fr's: src/i18n/strings/<language>.json), in the register the organisation chose
 * (<language>.<register>.json over it), with the document called by its name and in the words of
the tag's region (src/i18n/regional-words.ts: de-CH "Personendaten", no "ß"); then the
 * organisation's own, content/strings/<tag>.yaml, which may change some texts only, or must give
 * every text of a language the project does not have. What is missing is reported once per
 * language, as the file to fill in.
 */

/** The project's texts, beside this module (src/i18n/strings/). */
const PROJECT_FOLDER = join(import.meta.dirname, 'strings');
/** How reports name that folder. */
const PROJECT_FOLDER_NAME = 'src/i18n/strings';
const KNOWN_KEYS = Object.keys(uiStringsSchema.shape);

/** The register of the project's texts of a language, where the language has two. */
const BASE_REGISTER: Partial<Record<string, 'formal' | 'informal'>> = {
  nl: 'informal',
  de: 'formal',
  fr: 'formal',
};

const error = (file: string, message: string, fix: string): ContentProblem => ({
  file,
  message,
  fix,
  severity: 'error',
});

type Texts = Record<string, unknown>;

function readJson(file: string): Texts | undefined {
  const path = join(PROJECT_FOLDER, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Texts) : undefined;
}

/** The project's language a tag falls back to: the tag itself, or its language subtag. */
function projectLanguage(code: string): string | undefined {
  const primary = code.split('-')[0]!.toLowerCase();
  return [code, primary].find((candidate) => existsSync(join(PROJECT_FOLDER, `${candidate}.json`)));
}

/** Every text of a value: a string, or a plural's forms. */
export function mapTexts(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === 'string') return change(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, mapTexts(inner, change)]),
    );
  }
  return value;
}

/** The project's texts of one language of the site, in its register and with its document's name. */
function projectTexts(
  language: LanguageConfig,
  problems: ContentProblem[],
  place: PlaceInSite,
): { texts: Texts; forms: Record<string, string> } | undefined {
  const project = projectLanguage(language.code);
  if (!project) return undefined;
  const base = readJson(`${project}.json`) ?? {};
  let texts: Texts = base;
  const register = language.register;
  const own = BASE_REGISTER[project];
  if (register && register !== own) {
    const variant = readJson(`${project}.${register}.json`);
    if (variant) texts = { ...base, ...variant };
    else
      problems.push(
        error(
          place('register'),
          `the language "${language.code}" is to be ${register}, but the project's ${project} texts are only ${own ?? 'in one register'}`,
          `remove register: from the language, or write the ${register} texts you need in content/${STRINGS_FOLDER}/${language.code}.yaml`,
        ),
      );
  }
  const forms = documentForms(project, language, problems, place('document'));
  return {
    texts: mapTexts(texts, (text) =>
      inRegionalWords(language.code, fillDocument(text, forms)),
    ) as Texts,
    forms,
  };
}

/** Where a field of the language is in content/site.yaml ("content/site.yaml:12"). */
type PlaceInSite = (field: 'register' | 'document') => string;

/** The forms of the document's name in a language: of the name site.yaml gives, or the project's first. */
function documentForms(
  project: string,
  language: LanguageConfig,
  problems: ContentProblem[],
  where: string,
): Record<string, string> {
  const names = DOCUMENT_NAMES[project] ?? {};
  const [first] = Object.values(names);
  const wanted = language.document;
  const needed = Object.keys(DOCUMENT_FORMS[project] ?? {});
  if (wanted === undefined) return first ?? {};
  if (typeof wanted === 'string') {
    const known = names[wanted];
    if (known) return known;
    problems.push(
      error(
        where,
        `the language "${language.code}" calls the document "${wanted}", a name the project has no ${project} texts for (it knows ${Object.keys(
          names,
        )
          .map((name) => `"${name}"`)
          .join(', ')})`,
        `use one of those names, or give every form the texts need under document: ${needed
          .map((form) => `${form} (${DOCUMENT_FORMS[project]![form]})`)
          .join('; ')}`,
      ),
    );
    return first ?? {};
  }
  const missing = needed.filter((form) => !(form in wanted));
  if (missing.length > 0) {
    problems.push(
      error(
        where,
        `the document's name in "${language.code}" lacks ${missing.length === 1 ? 'the form' : 'the forms'} ${missing.join(', ')}`,
        `add under document: ${missing.map((form) => `${form} (${DOCUMENT_FORMS[project]![form]})`).join('; ')}`,
      ),
    );
  }
  return { ...first, ...wanted };
}

/** The texts an organisation gives in content/strings/<tag>.yaml, read with the rules of every content file. */
function ownTexts(
  root: string,
  code: string,
  rules: TextRules,
  problems: ContentProblem[],
): { file: string; texts: Texts } | undefined {
  const file = `content/${STRINGS_FOLDER}/${code}.yaml`;
  if (!existsSync(join(root, file))) return undefined;
  const text = readFileSync(join(root, file), 'utf8');
  const yaml = readYaml(text, { file });
  problems.push(...yaml.problems, ...characterProblems(text, rules, file));
  if (yaml.data === undefined || yaml.data === null) return { file, texts: {} };
  if (typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    problems.push(
      error(
        file,
        'expected "key: text" lines (a map of interface texts)',
        'write one interface text per line, e.g. "search.title: Suche"',
      ),
    );
    return { file, texts: {} };
  }
  const texts = yaml.data as Texts;
  const unknown = Object.keys(texts).filter((key) => !KNOWN_KEYS.includes(key));
  for (const key of unknown) {
    problems.push(
      error(
        yaml.placeOf([key]),
        `"${key}" is not an interface text`,
        `check the spelling; the keys are those of ${PROJECT_FOLDER_NAME}/en.json`,
      ),
    );
  }
  return {
    file,
    texts: Object.fromEntries(Object.entries(texts).filter(([key]) => KNOWN_KEYS.includes(key))),
  };
}

/** The plural categories in the order CLDR lists them. */
const PLURAL_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The keys a language lacks as a file to fill in: each key with the project's English as a comment. */
function fileToFill(missing: readonly string[], locale: string): string {
  const english = (readJson('en.json') ?? {}) as Texts;
  // A text that depends on a number gets a line for each form the language counts with.
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const pluralForms = PLURAL_ORDER.filter((form) => categories.includes(form));
  const forms = Object.values(DOCUMENT_NAMES.en ?? {})[0] ?? {};
  return missing
    .map((key) => {
      const value = mapTexts(english[key] ?? '', (text) => fillDocument(text, forms));
      const comment = stringify(value, { lineWidth: 0 })
        .trimEnd()
        .split('\n')
        .map((line) => `# ${line}`)
        .join('\n');
      const empty =
        value && typeof value === 'object'
          ? `\n${pluralForms.map((form) => `  ${form}: ""`).join('\n')}`
          : ' ""';
      return `${comment}\n${key}:${empty}`;
    })
    .join('\n');
}

/** The plural categories a language uses that a text of it lacks ("one" for "1 woorden"). */
function missingPluralForms(forms: PluralForms, locale: string): string[] {
  return new Intl.PluralRules(locale)
    .resolvedOptions()
    .pluralCategories.filter((category) => forms[category] === undefined);
}

/** The interface texts of every language of the site; problems (with the file to fill in) for what is missing. */
export function readInterfaceTexts(
  root: string,
  site: SiteConfig,
  rules: TextRules,
  problems: ContentProblem[],
  placeOf: (path: readonly PropertyKey[]) => string = () => 'content/site.yaml',
): Partial<Record<string, UiStrings>> {
  const folder = join(root, 'content', STRINGS_FOLDER);
  const codes = site.languages.map((language) => language.code);
  if (existsSync(folder)) {
    for (const name of readdirSync(folder).sort()) {
      if (name.endsWith('.yaml') && codes.includes(name.slice(0, -'.yaml'.length))) continue;
      problems.push(
        error(
          `content/${STRINGS_FOLDER}/${name}`,
          `not an interface text file of a language of the site (${codes.map((code) => `${code}.yaml`).join(', ')})`,
          'rename it after a language code of content/site.yaml, or remove it',
        ),
      );
    }
  }
  const strings: Partial<Record<string, UiStrings>> = {};
  for (const language of site.languages) {
    const { code } = language;
    const index = site.languages.indexOf(language);
    const project = projectTexts(language, problems, (field) =>
      placeOf(['languages', index, field]),
    );
    const own = ownTexts(root, code, rules, problems);
    // The organisation's texts may name the document by the same placeholders as the project's.
    const merged: Texts = {
      ...project?.texts,
      ...(own
        ? (mapTexts(own.texts, (text) => fillDocument(text, project?.forms ?? {})) as Texts)
        : {}),
    };
    const file = own?.file ?? `content/${STRINGS_FOLDER}/${code}.yaml`;
    const missing = KNOWN_KEYS.filter((key) => merged[key] === undefined);
    if (missing.length > 0) {
      problems.push(
        error(
          file,
          `the language "${code}" has no interface text for ${missing.length === 1 ? '1 key' : `${missing.length} keys`}${project ? '' : `: the project has no texts in "${code.split('-')[0]}"`}. Ready to fill in, with the English of each as a comment:\n${fileToFill(
            missing,
            language.intl ?? code,
          )
            .split('\n')
            .map((line) => `    ${line}`)
            .join('\n')}`,
          `${own ? 'add these lines to' : 'save these lines as'} ${file} and write each text in the language (docs/adopting.md, "Interface texts")`,
        ),
      );
      continue;
    }
    // A text of the organisation's that names the document by a placeholder where the project has
    // no texts for the language to fill it with would show the placeholder to readers.
    const forms = new Set(Object.values(DOCUMENT_FORMS).flatMap((each) => Object.keys(each)));
    const unfilled = Object.entries(merged).flatMap(([key, value]) =>
      [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)]
        .filter((match) => forms.has(match[1]!) && !project?.forms[match[1]!])
        .map((match) => `${key} ({${match[1]}})`),
    );
    if (unfilled.length > 0) {
      problems.push(
        error(
          file,
          `these texts name the document by a placeholder the project cannot fill in "${code}": ${unfilled.join(', ')}`,
          'write the words themselves (the project fills {theDocument} and the like only in its own languages: nl, en, de, fr)',
        ),
      );
      continue;
    }
    const result = uiStringsSchema.safeParse(merged);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(
          error(file, `${String(issue.path[0])}: ${issue.message}`, 'correct the text'),
        );
      }
      continue;
    }
    const incomplete = Object.entries(result.data).flatMap(([key, value]) => {
      const lacking = typeof value === 'string' ? [] : missingPluralForms(value, language.intl);
      return lacking.length ? [`${key} (${lacking.join(', ')})`] : [];
    });
    if (incomplete.length > 0) {
      problems.push(
        error(
          file,
          `the language "${code}" counts with forms these texts lack: ${incomplete.join(', ')}`,
          `give each text every plural form of the language (Intl.PluralRules("${language.intl}") uses ${new Intl.PluralRules(language.intl).resolvedOptions().pluralCategories.join(', ')})`,
        ),
      );
      continue;
    }
    strings[code] = result.data;
  }
  return strings;
}
