import { z } from 'astro/zod';
import { isoDateSchema, localizedSchema } from './shared-schema.ts';

/** One version of the statement in content/versions.yaml. */
const versionSchema = z.strictObject({
  date: isoDateSchema.describe(
    'The date this version takes effect; also the name of its content folders.',
  ),
  provenance: z
    .enum(['original', 'reconstructed'])
    .describe('"original": the text as published; "reconstructed": rebuilt for illustration.'),
  material: z
    .boolean()
    .describe(
      'Whether the change from the previous version matters to readers (a new purpose or recipient, a longer retention, a removed right): the build checks it against the facts in the text.',
    ),
  announced: isoDateSchema
    .optional()
    .describe(
      'The day readers are told of this version. A material version must be announced at least the notice period of site.yaml before its date. Before this day the version is a draft and is not published.',
    ),
  // May be empty while the version is a draft (npm run new-version writes it so): the content check
  // asks for it then, and the other checks of the version can run meanwhile.
  summary: z
    .record(z.string(), z.string().trim())
    .describe('A short summary of the change, per language (nl, en, ...).'),
  corrections: z
    .array(
      z.strictObject({
        date: isoDateSchema.describe('The day the correction was made.'),
        reason: localizedSchema('Why the published text was corrected, per language.'),
        languages: z
          .array(z.string())
          .min(1, 'name at least one language, or leave languages out for every language')
          .optional()
          .describe(
            'The languages whose pages list the correction (codes of site.yaml), e.g. [en] for a correction of the English translation alone; without it, every language. It says where readers see the correction, not what was corrected: the seal does not include it.',
          ),
      }),
    )
    .default([])
    .describe('Corrections made after the version was sealed; each is shown on the version page.'),
});

/** content/versions.yaml: every version, each date once. */
export const versionsSchema = z
  .array(versionSchema)
  .min(1, 'expected at least one version')
  .superRefine((versions, context) => {
    const seen = new Set<string>();
    versions.forEach((version, index) => {
      if (seen.has(version.date)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'date'],
          message: `version ${version.date} is listed twice; each date may appear once`,
        });
      }
      seen.add(version.date);
      if (version.announced && version.announced > version.date) {
        context.addIssue({
          code: 'custom',
          path: [index, 'announced'],
          message: `a version is announced on or before its date (${version.date}), not after it`,
        });
      }
    });
  });

export type Version = z.infer<typeof versionSchema>;
