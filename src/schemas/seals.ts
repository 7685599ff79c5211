import { z } from 'astro/zod';

/**
 * content/seals.yaml, written by `npm run seal`: the SHA-256 of every file of a published
 * version, and how many corrections of content/versions.yaml the seal already includes.
 */
export const sealsSchema = z.record(
  z.string().describe('The version date.'),
  z.strictObject({
    corrections: z.number().int().min(0).describe('Corrections included in this seal.'),
    files: z
      .record(z.string(), z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hexadecimal'))
      .describe('SHA-256 of each file of the version, by path.'),
  }),
);

export type Seals = z.infer<typeof sealsSchema>;
export type Seal = Seals[string];
