import type { ContentAsRead } from '../model/content-model.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { versionEntry } from './entries.ts';

/**
 * A summary and the reason of every correction in the binding language are required; a missing
 * translation falls back, with a warning; a text in a language the site does not have is a mistake,
 * and so is a correction to be shown in one.
 */
export function checkSummaries(content: ContentAsRead): ContentProblem[] {
  const codes = content.site.languages.map((language) => language.code);
  const unknown = (
    texts: Record<string, string>,
    where: string,
    place: (code: string) => string,
  ): ContentProblem[] =>
    Object.keys(texts)
      .filter((code) => !codes.includes(code))
      .map((code) => ({
        file: place(code),
        message: `${where} has a text in "${code}", which is not a language of the site`,
        fix: `use the language codes of content/site.yaml (${codes.join(', ')})`,
        severity: 'error',
      }));
  return content.versions.flatMap((version) => {
    const entry = (...field: PropertyKey[]) => versionEntry(content, version.date, ...field);
    const { name } = entry();
    return [
      ...content.site.languages
        .filter((language) => !version.summary[language.code])
        .map((language): ContentProblem => ({
          file: entry('summary', language.code).place,
          message: `${name} has no summary in "${language.code}"${language.binding ? '' : '; readers of that language see the summary in the binding language'}`,
          fix: `write a short summary of what changed in this version under summary: ${language.code}:`,
          severity: language.binding ? 'error' : 'warning',
        })),
      ...unknown(version.summary, `the summary of ${name}`, (code) => entry('summary', code).place),
      ...version.corrections.flatMap((correction, index) => [
        ...(correction.reason[content.binding.code]
          ? []
          : [
              {
                file: entry('corrections', index).place,
                message: `the correction of ${correction.date} to ${name} gives no reason in "${content.binding.code}", the binding language`,
                fix: `write the reason under reason: ${content.binding.code}: (readers of every language see it where theirs is missing)`,
                severity: 'error',
              } as ContentProblem,
            ]),
        ...unknown(
          correction.reason,
          `the correction of ${correction.date} to ${name}`,
          (code) => entry('corrections', index, 'reason', code).place,
        ),
        ...(correction.languages ?? []).flatMap((code, at): ContentProblem[] =>
          codes.includes(code)
            ? []
            : [
                {
                  file: entry('corrections', index, 'languages', at).place,
                  message: `the correction of ${correction.date} to ${name} is to be shown in "${code}", which is not a language of the site`,
                  fix: `use the language codes of content/site.yaml (${codes.join(', ')}), or leave languages out to show it in every language`,
                  severity: 'error',
                },
              ],
        ),
      ]),
    ];
  });
}
