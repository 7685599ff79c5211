import type { Content } from '../model/read-content.ts';
import { documentKey, readContent } from '../model/read-content.ts';
import { translationReport } from '../model/translations.ts';
import { statementView } from '../model/assemble.ts';
import { factChanges, isMaterialChange } from '../facts/fact-changes.ts';
import { factLines, factLineText, type FactLine } from '../facts/fact-lines.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { checkSeals } from '../versions/seals.ts';
import { daysBetween, shiftDays } from '../versions/timeline.ts';
import { checkSearchFile } from '../search/search-check.ts';
import { PLACEHOLDER_URL, siteUrl } from '../routes/site-url.ts';

/**
 * Everything that can be known about the content before anything is rendered, as one list of
 * problems: what each file says on its own (readContent), and what the versions promise readers
 * (seals, summaries, notice of material changes, translations). `content` is there only when
 * nothing is in error. `npm run check`, `npm run build` and the pages all call this.
 */
export function checkContent(root: string, buildDate: string): { content?: Content; problems: ContentProblem[] } {
  const { content, problems } = readContent(root);
  if (!content) return { problems };
  problems.push(...checkSiteUrl(content), ...checkSummaries(content), ...checkSeals(content, buildDate), ...checkMaterial(content), ...checkNotice(content, buildDate), ...translationWarnings(content), ...checkSearchFile(content, buildDate));
  return problems.some((problem) => problem.severity === 'error') ? { problems } : { content, problems };
}

/** Without an address, canonical links, language alternates and feeds point to a placeholder. */
function checkSiteUrl(content: Content): ContentProblem[] {
  if (siteUrl(content.site) !== PLACEHOLDER_URL) return [];
  return [{ file: 'content/site.yaml', message: `no url: canonical links, language alternates, feeds and security.txt point to ${PLACEHOLDER_URL}`, fix: 'add url: https://… (where the site is published), or build with SITE_URL=https://…', severity: 'warning' }];
}

/**
 * A summary and the reason of every correction in the binding language are required; a missing
 * translation falls back, with a warning; a text in a language the site does not have is a mistake.
 */
function checkSummaries(content: Content): ContentProblem[] {
  const codes = content.site.languages.map((language) => language.code);
  const unknown = (texts: Record<string, string>, where: string): ContentProblem[] =>
    Object.keys(texts)
      .filter((code) => !codes.includes(code))
      .map((code) => ({ file: 'content/versions.yaml', message: `${where} has a text in "${code}", which is not a language of the site`, fix: `use the language codes of content/site.yaml (${codes.join(', ')})`, severity: 'error' }));
  return content.versions.flatMap((version) => [
    ...content.site.languages
      .filter((language) => !version.summary[language.code])
      .map((language): ContentProblem => ({
        file: 'content/versions.yaml',
        message: `version ${version.date} has no summary in "${language.code}"${language.binding ? '' : '; readers of that language see the summary in the binding language'}`,
        fix: `write a short summary of what changed in this version under summary: ${language.code}:`,
        severity: language.binding ? 'error' : 'warning',
      })),
    ...unknown(version.summary, `the summary of version ${version.date}`),
    ...version.corrections.flatMap((correction) => [
      ...(correction.reason[content.binding.code]
        ? []
        : [{ file: 'content/versions.yaml', message: `the correction of ${correction.date} to version ${version.date} gives no reason in "${content.binding.code}", the binding language`, fix: `write the reason under reason: ${content.binding.code}: (readers of every language see it where theirs is missing)`, severity: 'error' } as ContentProblem]),
      ...unknown(correction.reason, `the correction of ${correction.date} to version ${version.date}`),
    ]),
  ]);
}

/**
 * Readers are told of a material change in advance: a material version is announced (and so
 * published) at least the notice period of site.yaml before it takes effect; until it is
 * announced it is a draft, and it cannot take effect unannounced.
 */
function checkNotice(content: Content, buildDate: string): ContentProblem[] {
  const days = content.site.notice.materialChangeDays;
  const first = content.versions[0]?.date;
  return content.versions.flatMap((version): ContentProblem[] => {
    if (!version.material || version.date === first) return [];
    if (version.announced === undefined) {
      // A later version without an announcement date is a draft; one that reaches its date
      // unannounced (and was never published: no seal) would take effect without notice.
      if (version.date > buildDate) {
        return [{ file: 'content/versions.yaml', message: `version ${version.date} is material and not announced yet: it is a draft, not on the site`, fix: `when its text is final, add announced: YYYY-MM-DD (at least ${days} days before ${version.date}, site.yaml notice.materialChangeDays; on or before ${shiftDays(version.date, -days)}) and seal it: npm run seal -- ${version.date}`, severity: 'warning' }];
      }
      return content.seals?.[version.date]
        ? []
        : [{ file: 'content/versions.yaml', message: `version ${version.date} is material and takes effect on ${version.date} without having been announced`, fix: `readers are told ${days} days ahead (site.yaml notice.materialChangeDays): move its date to ${shiftDays(buildDate, days)} or later and announce it today (announced: ${buildDate})`, severity: 'error' }];
    }
    const notice = daysBetween(version.announced, version.date);
    return notice >= days
      ? []
      : [
          {
            file: 'content/versions.yaml',
            message: `version ${version.date} is material and announced on ${version.announced}, ${notice} day(s) before it takes effect; material changes are announced at least ${days} days ahead (content/site.yaml, notice.materialChangeDays)`,
            fix: `announce it on or before ${shiftDays(version.date, -days)}, or move its date to ${shiftDays(version.announced, days)} or later`,
            severity: 'error',
          },
        ];
  });
}

/**
 * A version marked material: false may not change what the statement says it does in a way that
 * matters to readers (a new purpose or recipient, a longer retention, a removed right): readers
 * are told of those in advance. The facts of the text decide, not the editor's memory.
 */
function checkMaterial(content: Content): ContentProblem[] {
  const binding = content.binding.code;
  return content.versions.flatMap((version, index): ContentProblem[] => {
    const previous = content.versions[index - 1];
    if (!previous || version.material) return [];
    const [before, after] = [statementView(content, previous.date, binding), statementView(content, version.date, binding)];
    const material = factChanges(before, after, [...new Set([...before.roles, ...after.roles])]).filter(isMaterialChange);
    if (material.length === 0) return [];
    const lines = factLines(material, before, after, { text: 'a processing whose purpose is not stated', lang: binding });
    return [
      {
        file: 'content/versions.yaml',
        message: `version ${version.date} is marked material: false, but changes what matters to readers since ${previous.date}:\n${lines
          .map((line) => `    - ${factLineText(line, EDITOR_WORDS[line.key] ?? line.key)}${sameWords(line) ? ' (the words are the same; the attributes of the mark changed)' : ''} (content/${placeOf(line, content)})`)
          .join('\n')}`,
        fix: `set material: true for version ${version.date} (and announce it in time), or change the text so that it does not do this`,
        severity: 'error',
      },
    ];
  });
}

/** A retention whose words stayed while its attributes (period, from, upTo) changed. */
const sameWords = (line: FactLine): boolean => line.values.before !== undefined && line.values.before.text === line.values.after?.text;

/** How the editor's report names each kind of fact change (the site uses the interface texts). */
const EDITOR_WORDS: Partial<Record<string, string>> = {
  'factChanges.purposeAdded': 'a new purpose: "{purpose}"',
  'factChanges.retentionChanged': 'a longer retention for "{purpose}": "{before}" became "{after}"',
  'factChanges.retentionAdded': 'a new retention period for "{purpose}": "{after}"',
  'factChanges.recipientAdded': 'a new recipient for "{purpose}": "{recipient}"',
  'factChanges.rightRemoved': 'a right no longer named: "{right}"',
};

function placeOf(line: FactLine, content: Content): string {
  const document = content.documents.get(documentKey(line.part, line.version, content.binding.code));
  const block = document?.blocks.find((candidate) => candidate.anchor === line.anchor);
  return document && block ? `${document.file.replace(/^content\//, '')}:${block.line}` : `*/${line.version}/`;
}

function translationWarnings(content: Content): ContentProblem[] {
  return translationReport(content)
    .filter((line) => line.state !== 'current')
    .map((line) => ({
      file: line.file,
      message:
        line.state === 'missing'
          ? `translation missing: readers of this language see the text of ${line.source}`
          : `translation may be out of date: ${line.source} changed since it was translated, so readers see the binding text`,
      fix: line.state === 'missing' ? 'translate the file' : `update the translation, then run: npm run translations -- mark ${line.file}`,
      severity: 'warning' as const,
    }));
}
