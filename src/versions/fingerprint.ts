import { createHash } from 'node:crypto';
import type { Seal } from '../schemas/seals-schema.ts';

/**
 * JSON in the canonical form of RFC 8785 (JSON Canonicalization Scheme) for the values a seal
 * holds (strings, whole numbers, booleans, objects): no whitespace, the keys of every object
 * sorted by UTF-16 code units, strings as JSON.stringify writes them. The same data gives the
 * same text, whatever order its file or a JSON export lists it in.
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * A version's sealed record as one text: its date and its seal (the SHA-256 of every file, the
 * organisation details it shows, its own entry of content/versions.yaml and how many corrections
 * it includes), in canonical JSON. What the fingerprint is the SHA-256 of.
 */
export function sealedRecord(version: string, seal: Seal): string {
  return canonicalJson({ version, seal });
}

/**
 * A version's fingerprint: the SHA-256 of its sealed record, in hexadecimal. Its pages,
 * versions.json and the feed publish it; anyone can recompute it from versions.json (the seal is
 * listed there) and `npm run verify` from the repository.
 */
export function fingerprintOf(version: string, seal: Seal): string {
  return createHash('sha256').update(sealedRecord(version, seal), 'utf8').digest('hex');
}

/** The fingerprint as people compare it by eye: groups of eight characters. */
export function fingerprintGroups(fingerprint: string): string[] {
  return fingerprint.match(/.{1,8}/g) ?? [];
}
