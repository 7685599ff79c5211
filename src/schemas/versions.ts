import { z } from 'astro/zod';
import { isRealIsoDate } from '../lib/iso-date.ts';

const isoDate = z
  .string({ error: 'expected a date written as YYYY-MM-DD (e.g. 2023-09-27)' })
  .refine(isRealIsoDate, 'expected a real date written as YYYY-MM-DD (e.g. 2023-09-27)');

/** One version of the statement in content/versions.yaml. */
export const versionSchema = z.strictObject({
  date: isoDate.describe('The date this version takes effect; also the name of its content folders.'),
  provenance: z
    .enum(['original', 'reconstructed'])
    .describe('"original": the text as published; "reconstructed": rebuilt for illustration.'),
  material: z.boolean().describe('Whether the change from the previous version is material.'),
  summary: z
    .record(z.string(), z.string().trim().min(1, 'write a short summary of what changed'))
    .describe('A short summary of the change, per locale (nl, en, ...).'),
  corrections: z
    .array(
      z.strictObject({
        date: isoDate.describe('The day the correction was made.'),
        reason: z
          .record(z.string(), z.string().trim().min(1, 'say why the published text was corrected'))
          .describe('Why the published text was corrected, per locale.'),
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
    });
  });

export type Version = z.infer<typeof versionSchema>;
