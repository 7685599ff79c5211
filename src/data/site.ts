import { buildDate } from '../lib/build-date.ts';
import { organizationWarnings } from '../lib/contact.ts';
import { loadYaml } from '../lib/load-yaml.ts';
import { versionTimeline } from '../lib/versions.ts';
import { organizationSchema } from '../schemas/organization.ts';
import { versionsSchema } from '../schemas/versions.ts';

// Astro runs from the project root; every file is named relative to it in messages.
const root = process.cwd();

export const ORGANIZATION = loadYaml(
  root,
  'content/organization.yaml',
  organizationSchema,
  'correct the field as described; see docs/editing.md, "Contact details"',
);

export const VERSIONS = loadYaml(
  root,
  'content/versions.yaml',
  versionsSchema,
  'correct the entry as described; see docs/editing.md, "Versions"',
);

export const BUILD_DATE = buildDate();
export const TIMELINE = versionTimeline(VERSIONS, BUILD_DATE);

for (const warning of organizationWarnings(ORGANIZATION, 'content/organization.yaml')) {
  console.warn(`\u26a0 warning: ${warning}`);
}
