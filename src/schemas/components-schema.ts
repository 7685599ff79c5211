import { z } from 'astro/zod';
import { retentionAttributesSchema } from './facts-schema.ts';
import { RIGHT_KINDS } from './rights-schema.ts';
import type { SiteConfig } from './site-schema.ts';

/**
 * What a statement file may contain besides Markdown text: the project's own components, each
 * with the attributes its schema declares, written as literal text. Nothing else is allowed.
 */
export interface ComponentSpec {
  /** "empty": written <Email />; "text": wraps words of a sentence, <Purpose>…</Purpose>. */
  content: 'empty' | 'text';
  /** Only in the sections for everyone (content/general/). */
  generalOnly?: boolean;
  /** Marks a fact that the summaries collect. */
  fact?: 'purpose' | 'retention' | 'recipients';
  /** For the editor: what it is for. */
  help: string;
  /** The attributes it takes; a bare attribute (upTo) has the value true. */
  attributes: (values: Record<string, unknown>, site: SiteConfig) => z.ZodType;
}

const none = () => z.strictObject({});

export const COMPONENTS = {
  Audiences: {
    content: 'empty',
    generalOnly: true,
    help: 'where the sections per audience go (general sections only, once)',
    attributes: none,
  },
  Organization: {
    content: 'empty',
    help: 'the name and address from content/organization.yaml',
    attributes: none,
  },
  Email: {
    content: 'empty',
    help: 'the email address from content/organization.yaml',
    attributes: none,
  },
  Phone: {
    content: 'empty',
    help: 'the phone number from content/organization.yaml',
    attributes: none,
  },
  Purpose: {
    content: 'text',
    fact: 'purpose',
    help: 'marks the words that say why data is processed',
    attributes: none,
  },
  Recipients: {
    content: 'text',
    fact: 'recipients',
    help: 'marks the words that say who receives the data',
    attributes: none,
  },
  Retention: {
    content: 'text',
    fact: 'retention',
    help: 'marks the words that say how long data is kept: period="P7Y" from="..." [upTo], until="...", or relevant',
    attributes: (values, site) => retentionAttributesSchema(values, site.retention),
  },
  Right: {
    content: 'text',
    help: `marks a right of the reader and adds a link to use it: kind="${RIGHT_KINDS.join('|')}"`,
    attributes: () =>
      z.strictObject({
        kind: z.enum(RIGHT_KINDS, { error: `expected one of ${RIGHT_KINDS.join(', ')}` }),
      }),
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof COMPONENTS;

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENTS, name);
}
