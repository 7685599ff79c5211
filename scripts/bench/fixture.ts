// Throw-away copies of the project for the build benchmark: the real content as it is, or a site
// generated from it with more versions and more languages (see scripts/bench.ts).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { AUDIENCES, STATEMENT_COLLECTIONS } from '../../src/lib/audiences.ts';
import { setFrontmatterValue } from '../../src/lib/frontmatter.ts';
import { sealVersion } from '../../src/lib/seals.ts';
import { sourceHash } from '../../src/lib/translation-status.ts';

export const PROJECT_ROOT = join(import.meta.dirname, '../..');

/** What a copy holds: everything a build reads, nothing it writes (as tests/helpers/project.ts). */
const PROJECT_FILES = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Caches that Astro and Vite keep in node_modules/ (the content layer's data store, the optimized
 * dependencies). The copy gets a node_modules/ folder of its own whose entries link to the
 * project's packages, so that these caches are the copy's: a benchmark build neither reads a
 * warm cache of another build nor overwrites the one of the build the project's tests are running.
 */
const NODE_MODULES_CACHES = ['.astro', '.vite', '.cache'];

/** Languages added to a generated site after nl and en, in this order. */
const EXTRA_LOCALES = [
  { code: 'de', name: 'Deutsch', intl: 'de-DE' },
  { code: 'fr', name: 'Français', intl: 'fr-FR' },
  { code: 'es', name: 'Español', intl: 'es-ES' },
  { code: 'it', name: 'Italiano', intl: 'it-IT' },
  { code: 'pt', name: 'Português', intl: 'pt-PT' },
];

/** A generated site: how many versions (the newest real ones first) and how many languages. */
export interface SiteShape {
  versions: number;
  locales: number;
}

interface VersionEntry {
  date: string;
  provenance: string;
  material: boolean;
  summary: Record<string, string>;
  corrections?: { date: string; reason: Record<string, string> }[];
}

/** A copy of the project with the real content, node_modules linked package by package. */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-bench-'));
  for (const name of PROJECT_FILES) {
    if (existsSync(join(PROJECT_ROOT, name))) cpSync(join(PROJECT_ROOT, name), join(dir, name), { recursive: true });
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (!NODE_MODULES_CACHES.includes(name)) symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(modules, name));
  }
  return dir;
}

/** Removes what a build leaves behind, so that the next build of the copy starts cold. */
export function cleanBuildOutput(dir: string): void {
  for (const path of ['dist', '.build', '.astro', ...NODE_MODULES_CACHES.map((name) => join('node_modules', name))]) {
    rmSync(join(dir, path), { recursive: true, force: true });
  }
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Appends a paragraph to a statement file and to its translations in `locales`, and records the
 * new source hash in each translation, so that the translations stay current.
 */
function appendParagraph(dir: string, folder: string, texts: Record<string, string>): void {
  const source = join(dir, folder, 'nl.mdx');
  const sourceText = `${readFileSync(source, 'utf8').trimEnd()}\n\n${texts.nl}\n`;
  writeFileSync(source, sourceText);
  for (const file of readdirSync(join(dir, folder))) {
    if (file === 'nl.mdx') continue;
    const path = join(dir, folder, file);
    const text = `${readFileSync(path, 'utf8').trimEnd()}\n\n${texts.en}\n`;
    writeFileSync(path, /^---[\s\S]*?\n\s+source:/.test(text) ? setFrontmatterValue(text, ['translation', 'source'], sourceHash(sourceText)) : text);
  }
}

/**
 * Turns a copy into a generated site. Versions: the newest `shape.versions` real versions when
 * there are enough, else all of them and new ones, a week apart after the newest, each a copy of
 * the newest real version with one paragraph added to the general sections and one to a rotating
 * audience (so that every pair of versions differs, as real versions do, and every comparison page
 * has something to diff). Languages: nl and en, then de, fr, ... as copies of the English text
 * and interface strings (same slugs as en: allowed, slugs need only be unique per language).
 * The versions are sealed, as published versions are.
 */
export function generateSite(dir: string, shape: SiteShape): void {
  const versionsFile = join(dir, 'content/versions.yaml');
  const real = (parse(readFileSync(versionsFile, 'utf8')) as VersionEntry[]).sort((a, b) => a.date.localeCompare(b.date));
  const newest = real.at(-1)!;
  const kept = real.slice(Math.max(0, real.length - shape.versions));
  for (const dropped of real.filter((version) => !kept.includes(version))) {
    for (const collection of STATEMENT_COLLECTIONS) rmSync(join(dir, 'content', collection, dropped.date), { recursive: true, force: true });
  }
  const versions = [...kept];
  for (let k = 1; versions.length < shape.versions; k++) {
    const date = addDays(newest.date, 7 * k);
    for (const collection of STATEMENT_COLLECTIONS) {
      cpSync(join(dir, 'content', collection, newest.date), join(dir, 'content', collection, date), { recursive: true });
    }
    appendParagraph(dir, `content/general/${date}`, {
      nl: `Deze versie ${k} geldt vanaf ${date} en is gemaakt voor een meting van de bouwtijd.`,
      en: `This version ${k} applies from ${date} and was made to measure the build time.`,
    });
    appendParagraph(dir, `content/${AUDIENCES[k % AUDIENCES.length]}/${date}`, {
      nl: `In versie ${k} is voor deze groep een zin toegevoegd, alleen om de vergelijking te meten.`,
      en: `In version ${k} a sentence was added for this group, only to measure the comparison.`,
    });
    versions.push({
      date,
      provenance: 'original',
      material: false,
      summary: { nl: `Meetversie ${k}: een alinea toegevoegd.`, en: `Measurement version ${k}: a paragraph added.` },
    });
  }

  if (shape.locales < 2 || shape.locales > EXTRA_LOCALES.length + 2) {
    throw new Error(`A generated site has from 2 to ${EXTRA_LOCALES.length + 2} languages (asked: ${shape.locales}).`);
  }
  const extra = EXTRA_LOCALES.slice(0, shape.locales - 2);
  if (extra.length > 0) {
    const localesFile = join(dir, 'src/i18n/locales.ts');
    const localesText = readFileSync(localesFile, 'utf8');
    const enLine = /^.*\{ code: 'en',.*\},\n/m.exec(localesText);
    if (!enLine) throw new Error(`${localesFile}: no line for the locale en to add languages after`);
    const lines = extra.map((locale) => `  { code: '${locale.code}', name: '${locale.name}', dir: 'ltr', intl: '${locale.intl}' },\n`).join('');
    writeFileSync(localesFile, localesText.replace(enLine[0], enLine[0] + lines));
    for (const locale of extra) {
      cpSync(join(dir, 'src/i18n/strings/en.json'), join(dir, `src/i18n/strings/${locale.code}.json`));
      for (const version of versions) {
        for (const collection of STATEMENT_COLLECTIONS) {
          const en = join(dir, 'content', collection, version.date, 'en.mdx');
          if (existsSync(en)) cpSync(en, join(dir, 'content', collection, version.date, `${locale.code}.mdx`));
        }
        version.summary[locale.code] = version.summary.en ?? version.summary.nl!;
      }
    }
  }

  writeFileSync(versionsFile, stringify(versions, { lineWidth: 0 }));
  const seals = Object.fromEntries(versions.map((version) => [version.date, sealVersion(dir, version.date, version.corrections?.length ?? 0)]));
  writeFileSync(join(dir, 'content/seals.yaml'), stringify(seals, { sortMapEntries: true, lineWidth: 0 }));
}
