import { z } from 'astro/zod';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hexadecimal');

/**
 * One version's seal: the SHA-256 of every file, the organisation details its text shows, its own
 * entry in content/versions.yaml, and how many corrections of that entry the seal already includes.
 */
export const sealSchema = z.strictObject({
  corrections: z.number().int().min(0).describe('Corrections included in this seal.'),
  details: z
    .record(z.string(), z.string())
    .optional()
    .describe(
      'The organisation details the version shows (<Organization />, <Email />, <Phone />, the complaint link), as shown. Seals written before details were recorded lack it, and must be renewed with a recorded correction.',
    ),
  files: z.record(z.string(), sha256).describe('SHA-256 of each file of the version, by path.'),
  record: z
    .strictObject({
      provenance: z.enum(['original', 'reconstructed']),
      material: z.boolean(),
      announced: z.string().optional(),
      summary: sha256.describe('SHA-256 of the summary in every language.'),
      corrections: sha256.describe(
        'SHA-256 of the corrections this seal includes, with their dates and reasons.',
      ),
    })
    .optional()
    .describe(
      "The version's own entry in content/versions.yaml as sealed. Seals written before entries were recorded lack it; npm run seal adds it when nothing else changed.",
    ),
});

/** content/seals.yaml, written by `npm run seal`: the seal of each published version. */
export const sealsSchema = z.record(z.string().describe('The version date.'), sealSchema);

export type Seals = z.infer<typeof sealsSchema>;
export type Seal = Seals[string];
