import { z } from 'astro/zod';
import { isRealIsoDate } from '../time/dates.ts';

/** A calendar date as the content writes it; 2023-02-30 is refused, not rolled over. */
export const isoDateSchema = z
  .string({ error: 'expected a date written as YYYY-MM-DD (e.g. 2023-09-27)' })
  .refine(isRealIsoDate, 'expected a real date written as YYYY-MM-DD (e.g. 2023-09-27)');

/** A piece of text that must say something. */
export const textSchema = (description: string) =>
  z.string().trim().min(1, 'write a text here').describe(description);

/** Lowercase letters, digits and single hyphens: usable in a URL and as an HTML id. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = (description: string) =>
  z
    .string()
    .regex(SLUG, 'expected lowercase letters, digits and hyphens, e.g. "patients"')
    .describe(description);

/** A text per language code ({ nl: ..., en: ... }); which codes it must have is checked against site.yaml. */
export const localizedSchema = (description: string) =>
  z.record(z.string(), z.string().trim().min(1, 'write a text here')).describe(description);

/** An https:// address (http would let anyone on the way change what the reader gets). */
export const httpsUrlSchema = (description: string) =>
  z.url({ protocol: /^https$/, error: 'expected an https:// address' }).describe(description);
