/**
 * The components an MDX statement file may use. src/components/mdx-components.ts maps each name
 * to its Astro component; the content check rejects any other name with a clear message.
 */
export const MDX_COMPONENT_NAMES = ['Audiences', 'Organization', 'Email', 'Phone', 'Purpose', 'Retention', 'Recipients', 'Right'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

export const MDX_COMPONENT_HELP: Record<MdxComponentName, string> = {
  Audiences: 'where the sections per audience go (general sections only, once)',
  Organization: 'the name and address from content/organization.yaml',
  Email: 'the email address from content/organization.yaml',
  Phone: 'the phone number from content/organization.yaml',
  Purpose: 'marks the words that say why data is processed',
  Retention: 'marks the words that say how long data is kept (period="P7Y" from="end-of-employment", until="...", or relevant)',
  Recipients: 'marks the words that say who receives the data',
  Right: 'marks a right of the reader (kind="access", ...) and adds a link to use it',
};
