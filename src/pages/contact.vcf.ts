import type { APIRoute } from 'astro';
import { ORGANIZATION } from '../data/site.ts';
import { organizationVCard } from '../lib/vcard.ts';

/** The contact details as a vCard, from content/organization.yaml like every other place. */
export const GET: APIRoute = () =>
  new Response(organizationVCard(ORGANIZATION), { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
