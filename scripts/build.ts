// npm run build: checks the content, builds the site beside the published one, scans what was
// built, indexes it for search, and only then puts it in dist/ (src/build/build-site.ts).
import { buildSite } from '../src/build/build-site.ts';

const { ok, report } = await buildSite(process.cwd());
(ok ? console.log : console.error)(report);
process.exit(ok ? 0 : 1);
