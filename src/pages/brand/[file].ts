import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ROOT, SITE } from '../../data/content.ts';

/** The logo of content/site.yaml (brand.logo), checked by the content check, at /brand/<file>. */
export const getStaticPaths = (() =>
  SITE.brand?.logo ? [{ params: { file: SITE.brand.logo } }] : []) satisfies GetStaticPaths;

const TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  webp: 'image/webp',
};

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(ROOT, 'content', params.file!)), {
    headers: { 'Content-Type': TYPES[params.file!.split('.').pop()!]! },
  });
