import { z } from 'astro/zod';
import { textSchema } from './shared-schema.ts';
import { RIGHT_KINDS } from './rights-schema.ts';

/** Which passages reader terms describe: those marking a kind of fact or right, or a section's. */
const passagesSchema = z
  .strictObject({
    facts: z
      .array(z.enum(['purpose', 'retention', 'recipients']))
      .optional()
      .describe('Passages that mark this kind of fact.'),
    rights: z
      .array(z.enum(RIGHT_KINDS))
      .optional()
      .describe('Passages that name one of these rights.'),
    sections: z
      .array(z.string())
      .optional()
      .describe(
        'Anchors (after # in a page address) of sections, meaning their heading and every passage under it (ihre-rechte), of single passages (ihre-rechte-2), or audience ids for every passage of an audience (patient).',
      ),
  })
  .refine(
    (selector) => Object.values(selector).some((value) => value && value.length > 0),
    'name at least one of facts, rights or sections',
  );

const termsSchema = z.strictObject({
  words: z
    .array(textSchema('A word or phrase a reader may type.'))
    .min(1)
    .describe('Words readers use for these passages that the text itself may not.'),
  for: passagesSchema.describe('The passages they describe.'),
});

const questionSchema = z.strictObject({
  question: textSchema('A question as a reader would type it.'),
  answers: z
    .array(
      z
        .string()
        .regex(
          /^[\p{Ll}\p{Lo}\p{N}_-]+$/u,
          'expected the anchor of a passage, e.g. wat-zijn-jouw-rechten-2',
        ),
    )
    .min(1)
    .describe(
      'Anchors of the passages that answer it (any one of them in the top results counts).',
    ),
});

/**
 * content/search.yaml: the words readers use that the statement does not ("hoe lang" where the
 * text says "bewaartermijn"), indexed as hidden words of the passages they describe, never added
 * to the text; and the questions that measure the search (npm test, npm run bench).
 */
export const searchTermsSchema = z.strictObject({
  terms: z
    .record(z.string(), z.array(termsSchema))
    .default({})
    .describe('Per language: reader terms and the passages they describe.'),
  questions: z
    .record(z.string(), z.array(questionSchema))
    .default({})
    .describe('Per language: questions readers ask, each with the passages that answer it.'),
});

export type SearchTerms = z.infer<typeof searchTermsSchema>;
