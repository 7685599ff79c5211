// Screenshots of the built site as documentation: the pages a reader meets, at 360 and 1280 px, in
// docs/screenshots/ (the README shows two). Build first: npm run build.
//
//   npm run screenshots                 the first screen of each page, into docs/screenshots/
//   npm run screenshots -- --full       whole pages, into .build/screenshots/ (for review, not committed)
//   npm run screenshots -- --dark       in the dark colour scheme (with --full, or into .build/screenshots/)
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent } from '../src/check/check-content.ts';
import { errorsOf } from '../src/problems/content-problem.ts';
import { siteLocation } from '../src/routes/site-url.ts';
import { buildDate as buildDateFrom } from '../src/time/dates.ts';
import { shotsOf, takeScreenshots } from '../tests/harness/screenshots.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const unknown = args.find((arg) => !['--full', '--dark'].includes(arg));
if (unknown) {
  console.error(`\u2716 Unknown option ${unknown}; see the top of scripts/screenshots.ts.`);
  process.exit(1);
}
const site = join(root, 'dist');
if (!existsSync(join(site, 'index.html'))) {
  console.error('\u2716 There is no built site in dist/. Run npm run build first.');
  process.exit(1);
}
const buildDate = buildDateFrom(process.env);
const { content, problems } = checkContent(root, buildDate);
if (!content) {
  console.error(
    `\u2716 The content has errors; run npm run check.\n${errorsOf(problems).length} error(s).`,
  );
  process.exit(1);
}
const review = args.length > 0;
const outputDir = join(root, review ? '.build/screenshots' : 'docs/screenshots');
const files = await takeScreenshots(site, shotsOf(content, buildDate), outputDir, {
  fullPage: args.includes('--full'),
  colorScheme: args.includes('--dark') ? 'dark' : 'light',
  base: siteLocation(content.site).base,
});
console.log(`\u2714 ${files.length} screenshots in ${relative(root, outputDir)}/`);
