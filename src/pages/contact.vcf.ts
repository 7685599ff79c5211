import type { APIRoute } from 'astro';
import { DETAILS } from '../data/content.ts';
import { organizationVCard } from '../organization/vcard.ts';

/** The contact details as a vCard, as they are on the build date (content/organization.yaml). */
export const GET: APIRoute = () =>
  new Response(organizationVCard(DETAILS), {
    headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
  });
