import { z } from 'astro/zod';
import { isLengthOfTime } from '../time/durations.ts';
import { UNSTATED_START, type SiteConfig } from './site-schema.ts';

/** An ISO 8601 duration that says how long: P6M, P7Y, P2W, PT12H; never zero. */
const durationSchema = z
  .string()
  .refine(
    isLengthOfTime,
    'expected an ISO 8601 duration such as P6M (6 months), P7Y (7 years) or PT12H (12 hours)',
  );

/**
 * The attributes of <Retention> in the statement text, in one of three forms, with the words of
 * the organisation's vocabulary (site.yaml, retention):
 *   period="P7Y" [from="<start>"] [upTo]   a fixed period, [at most]; no from: the text does not say
 *   until="<event>"                          until an event
 *   relevant                                 as long as relevant
 * The form is chosen by the attribute that names it, so that an error speaks of that form.
 */
export function retentionAttributesSchema(
  attributes: Record<string, unknown>,
  retention: SiteConfig['retention'],
) {
  const starts = [UNSTATED_START, ...retention.starts.map((term) => term.id)] as [
    string,
    ...string[],
  ];
  const events = retention.events.map((term) => term.id);
  if ('period' in attributes) {
    return z.strictObject({
      period: durationSchema,
      from: z
        .enum(starts, {
          error: `expected one of ${starts.join(', ')} (site.yaml, retention.starts)`,
        })
        .optional(),
      upTo: z.literal(true, { error: 'write upTo without a value' }).optional(),
    });
  }
  if ('until' in attributes) {
    return z.strictObject({
      until: events.length
        ? z.enum(events as [string, ...string[]], {
            error: `expected one of ${events.join(', ')} (site.yaml, retention.events)`,
          })
        : z.never({ error: 'site.yaml defines no retention events (retention.events)' }),
    });
  }
  return z.strictObject({
    relevant: z.literal(true, { error: 'write period="...", until="..." or relevant' }),
  });
}

/** A retention as stated in one sentence, typed. */
export type RetentionFact =
  | { kind: 'period'; period: string; from: string; upTo: boolean }
  | { kind: 'until'; until: string }
  | { kind: 'relevant' };

/** The typed retention of a <Retention> mark's attributes (checked by retentionAttributesSchema). */
export function retentionFactOf(attributes: Record<string, unknown>): RetentionFact {
  if (typeof attributes.period === 'string') {
    return {
      kind: 'period',
      period: attributes.period,
      from: typeof attributes.from === 'string' ? attributes.from : UNSTATED_START,
      upTo: attributes.upTo === true,
    };
  }
  if (typeof attributes.until === 'string') return { kind: 'until', until: attributes.until };
  return { kind: 'relevant' };
}
