// A version's fingerprint: the SHA-256 of its sealed record in canonical JSON (RFC 8785), written
// out here by hand so that the test does not lean on the code's own idea of canonical.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Seal } from '../../src/schemas/seals-schema.ts';
import { fingerprintGroups, fingerprintOf, sealedRecord } from '../../src/versions/fingerprint.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const seal: Seal = {
  record: { summary: B, provenance: 'original', material: true, corrections: A },
  files: { 'content/nl.mdx': B, 'content/en.mdx': A },
  details: { Phone: '0575-12345', Email: 'privacy@example.org', Organization: 'Zoë & Co' },
  corrections: 1,
};

describe("a version's fingerprint", () => {
  it('is the SHA-256 of { seal, version } as canonical JSON: keys sorted, no spaces', () => {
    const canonical = `{"seal":{"corrections":1,"details":{"Email":"privacy@example.org","Organization":"Zoë & Co","Phone":"0575-12345"},"files":{"content/en.mdx":"${A}","content/nl.mdx":"${B}"},"record":{"corrections":"${A}","material":true,"provenance":"original","summary":"${B}"}},"version":"2023-09-27"}`;
    expect(sealedRecord('2023-09-27', seal)).toBe(canonical);
    expect(fingerprintOf('2023-09-27', seal)).toBe(
      createHash('sha256').update(canonical, 'utf8').digest('hex'),
    );
  });

  it('does not depend on the order a file lists things in, and changes with anything sealed', () => {
    const reordered: Seal = {
      corrections: 1,
      files: { 'content/en.mdx': A, 'content/nl.mdx': B },
      details: { Organization: 'Zoë & Co', Email: 'privacy@example.org', Phone: '0575-12345' },
      record: { corrections: A, material: true, provenance: 'original', summary: B },
    };
    const fingerprint = fingerprintOf('2023-09-27', seal);
    expect(fingerprintOf('2023-09-27', reordered)).toBe(fingerprint);
    for (const changed of [
      fingerprintOf('2023-09-28', seal),
      fingerprintOf('2023-09-27', { ...seal, corrections: 2 }),
      fingerprintOf('2023-09-27', { ...seal, files: { ...seal.files, 'content/nl.mdx': A } }),
      fingerprintOf('2023-09-27', { ...seal, details: { ...seal.details, Phone: '0575-12346' } }),
      fingerprintOf('2023-09-27', { ...seal, record: { ...seal.record!, material: false } }),
    ])
      expect(changed).not.toBe(fingerprint);
  });

  it('is shown in groups of eight characters', () => {
    expect(fingerprintGroups(`${'0123abcd'.repeat(7)}ffffffff`)).toEqual([
      ...Array(7).fill('0123abcd'),
      'ffffffff',
    ]);
  });
});
