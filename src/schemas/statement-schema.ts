import { z } from 'astro/zod';

/**
 * Frontmatter of one statement file: content/<collection>/<version>/<locale>.mdx.
 * Strict: an unknown key is an error, because it is nearly always a typo.
 */
export const statementEntrySchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1)
    .describe(
      'The heading of this part, as the statement writes it (e.g. "Ik bezoek de website").',
    ),
  translation: z
    .strictObject({
      source: z
        .string()
        .regex(
          /^[0-9a-f]{64}$/,
          'expected the SHA-256 of the source file: 64 hexadecimal characters',
        )
        .describe('SHA-256 of the source-language file this translation was made from.'),
    })
    .optional()
    .describe('Only in translations: which revision of the source text this file translates.'),
});

export type StatementEntryData = z.infer<typeof statementEntrySchema>;
