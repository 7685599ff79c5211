// A correction may name the languages whose pages list it (a correction of the English
// translation alone: languages: [en]); the check refuses a language the site does not have, and
// the seal does not include the field, so that it may be set on a correction already sealed.
import { describe, expect, it } from 'vitest';
import type { ContentAsRead } from '../../src/model/content-model.ts';
import { versionsSchema, type Version } from '../../src/schemas/versions-schema.ts';
import { sealVersion } from '../../src/versions/seals.ts';
import { checkSummaries } from '../../src/versions/summaries.ts';
import { testSite } from '../helpers/site-config.ts';

const site = testSite();

function content(corrections: Version['corrections']): ContentAsRead {
  const versions = versionsSchema.parse([
    {
      date: '2024-01-01',
      provenance: 'original',
      material: true,
      summary: { nl: 'Eerste versie.', en: 'First version.' },
      corrections,
    },
  ]);
  return {
    site,
    binding: site.languages[0]!,
    versions,
    versionsAsWritten: ['2024-01-01'],
    placeOf: (file: string, path: readonly PropertyKey[]) => `${file}:${path.join('.')}`,
    fileHashes: new Map(),
    organization: undefined,
  } as unknown as ContentAsRead;
}

const TYPO = {
  date: '2024-02-01',
  reason: { nl: 'Typefout in de Engelse vertaling.', en: 'Typo in the English translation.' },
};

describe('the languages of a correction', () => {
  it('are languages of the site, or the check says which is not', () => {
    expect(checkSummaries(content([{ ...TYPO, languages: ['en'] }]))).toEqual([]);
    expect(checkSummaries(content([{ ...TYPO, languages: ['en', 'de'] }]))).toEqual([
      {
        file: 'content/versions.yaml:0.corrections.0.languages.1',
        message:
          'the correction of 2024-02-01 to the 1st version (2024-01-01) is to be shown in "de", which is not a language of the site',
        fix: 'use the language codes of content/site.yaml (nl, en), or leave languages out to show it in every language',
        severity: 'error',
      },
    ]);
  });

  it('are at least one, when given', () => {
    expect(() =>
      versionsSchema.parse([
        {
          date: '2024-01-01',
          provenance: 'original',
          material: true,
          summary: { nl: 'x' },
          corrections: [{ ...TYPO, languages: [] }],
        },
      ]),
    ).toThrow(/name at least one language, or leave languages out for every language/);
  });

  it('are not part of the seal: naming them later leaves the seal as it was', () => {
    const before = sealVersion(content([TYPO]), '2024-01-01', 1);
    const after = sealVersion(content([{ ...TYPO, languages: ['en'] }]), '2024-01-01', 1);
    expect(after).toEqual(before);
    // What the correction says is sealed.
    const reworded = sealVersion(
      content([{ ...TYPO, reason: { ...TYPO.reason, en: 'A typo.' } }]),
      '2024-01-01',
      1,
    );
    expect(reworded.record?.corrections).not.toBe(before.record?.corrections);
  });
});
