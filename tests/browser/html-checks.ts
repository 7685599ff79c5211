import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';

/** html-validate's recommended rules; every rule turned off says why. */
const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // A title names the page first and the organisation after it ("Privacy statement voor:
    // Werkzoekende · Cachet Re-integratie | Arbeidszaken"). Where a search engine shortens a long
    // title, only the organisation's name, which every page repeats, is lost.
    'long-title': 'off',
    // Wants a non-breaking hyphen (U+2011) in a telephone link's text, so that the number is not
    // broken over two lines. site.css keeps tel: links on one line (white-space: nowrap), which
    // html-validate cannot see and tests/browser checks in the browser; U+2011 would change the
    // number as the statement writes it, as it is copied and as a screen reader reads it.
    'tel-non-breaking': 'off',
  },
};

/**
 * html-validate on built HTML files: one problem per message, as
 * `<file>:<line>:<column> <rule id>: <message> (<selector>)`.
 */
export async function validateHtml(site: string, files: readonly string[]): Promise<string[]> {
  const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(site, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        const selector = message.selector ? ` (${message.selector})` : '';
        problems.push(
          `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}${selector}`,
        );
      }
    }
  }
  return problems;
}
