import { z } from 'astro/zod';

/** From when a retention period runs. The text states it; the schema keeps the list closed. */
export const RETENTION_STARTS = ['collection', 'end-of-employment', 'end-of-assignment', 'audit-report', 'unstated'] as const;

/** Events that end a retention without a fixed period. */
export const RETENTION_EVENTS = ['end-of-assignment', 'attachment-lifted'] as const;

/**
 * The attributes of <Retention> in the statement text (see retentionFormSchema). Exactly one form:
 *   period="P7Y" from="end-of-employment" [upTo]   a fixed period (ISO 8601), [at most]
 *   until="attachment-lifted"                      until an event
 *   relevant                                       as long as relevant
 */
const periodSchema = z.strictObject({
  period: z.iso.duration({ error: 'expected an ISO 8601 duration such as P6M (6 months) or P7Y (7 years)' }).describe('How long, as an ISO 8601 duration.'),
  from: z.enum(RETENTION_STARTS, { error: `expected one of ${RETENTION_STARTS.join(', ')}` }).describe('From when the period runs.'),
  upTo: z.literal(true).optional().describe('Present when the text says "at most" / "up to".'),
});
const untilSchema = z.strictObject({
  until: z.enum(RETENTION_EVENTS, { error: `expected one of ${RETENTION_EVENTS.join(', ')}` }).describe('The event that ends the retention.'),
});
const relevantSchema = z.strictObject({
  relevant: z.literal(true).describe('Kept as long as it is relevant.'),
});

/**
 * The form is chosen by the attribute that names it, so that an error speaks of that form
 * ("from: expected one of ...") rather than of a union that did not match.
 */
export function retentionFormSchema(attributes: Record<string, unknown>) {
  if ('period' in attributes) return periodSchema;
  if ('until' in attributes) return untilSchema;
  return relevantSchema;
}

export type RetentionAttributes = z.infer<typeof periodSchema> | z.infer<typeof untilSchema> | z.infer<typeof relevantSchema>;
export type RetentionStart = (typeof RETENTION_STARTS)[number];
export type RetentionEvent = (typeof RETENTION_EVENTS)[number];

/** A retention period as stated in one sentence. */
export type Retention = { anchor: string; text: string } & (
  | { kind: 'period'; period: string; from: RetentionStart; upTo: boolean }
  | { kind: 'until'; until: RetentionEvent }
  | { kind: 'relevant' }
);

/** One processing (a list item or paragraph) with the facts its text marks. */
export interface FactRow {
  /** Id of the sentence's first marked fact on the page. */
  anchor: string;
  /** The heading the processing falls under. */
  section: string;
  purposes: string[];
  retention: Retention[];
  recipients: string[];
}
