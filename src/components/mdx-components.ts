import type { MdxComponentName } from '../lib/mdx-components.ts';
import AudienceSections from './AudienceSections.astro';
import Email from './Email.astro';
import Fact from './Fact.astro';
import OrganizationLine from './OrganizationLine.astro';
import Phone from './Phone.astro';
import Right from './Right.astro';

/** What each component name in the statement files renders. */
export const MDX_COMPONENTS = {
  Audiences: AudienceSections,
  Organization: OrganizationLine,
  Email,
  Phone,
  Purpose: Fact,
  Retention: Fact,
  Recipients: Fact,
  Right,
} satisfies Record<MdxComponentName, unknown>;
