import type { Content } from '../model/content-model.ts';
import type { ContentProblem } from '../problems/content-problem.ts';

/**
 * A summary and the reason of every correction in the binding language are required; a missing
 * translation falls back, with a warning; a text in a language the site does not have is a mistake.
 */
export function checkSummaries(content: Content): ContentProblem[] {
  const codes = content.site.languages.map((language) => language.code);
  const unknown = (texts: Record<string, string>, where: string): ContentProblem[] =>
    Object.keys(texts)
      .filter((code) => !codes.includes(code))
      .map((code) => ({
        file: 'content/versions.yaml',
        message: `${where} has a text in "${code}", which is not a language of the site`,
        fix: `use the language codes of content/site.yaml (${codes.join(', ')})`,
        severity: 'error',
      }));
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
        : [
            {
              file: 'content/versions.yaml',
              message: `the correction of ${correction.date} to version ${version.date} gives no reason in "${content.binding.code}", the binding language`,
              fix: `write the reason under reason: ${content.binding.code}: (readers of every language see it where theirs is missing)`,
              severity: 'error',
            } as ContentProblem,
          ]),
      ...unknown(
        correction.reason,
        `the correction of ${correction.date} to version ${version.date}`,
      ),
    ]),
  ]);
}
