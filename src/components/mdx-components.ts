import type { MdxComponentName } from '../lib/mdx-components.ts';
import AudienceSections from './AudienceSections.astro';
import Email from './Email.astro';
import OrganizationLine from './OrganizationLine.astro';
import Phone from './Phone.astro';

/** What each component name in the statement files renders. */
export const MDX_COMPONENTS = {
  Audiences: AudienceSections,
  Organization: OrganizationLine,
  Email,
  Phone,
} satisfies Record<MdxComponentName, unknown>;
