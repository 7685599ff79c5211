import { describe, expect, it } from 'vitest';
import {
  buildDate,
  formatDate,
  isRealIsoDate,
  dayBefore,
  daysBetween,
} from '../../src/time/dates.ts';
import { validityOf, versionTimeline } from '../../src/versions/timeline.ts';
import type { Version } from '../../src/schemas/versions-schema.ts';

describe('isRealIsoDate', () => {
  it.each(['2023-09-27', '2024-02-29'])('accepts %s', (date) =>
    expect(isRealIsoDate(date)).toBe(true),
  );
  it.each(['2023-02-30', '2023-02-29', '27-09-2023', '2023-9-27', '2023-13-01'])(
    'rejects %s',
    (date) => expect(isRealIsoDate(date)).toBe(false),
  );
});

describe('formatDate', () => {
  it('writes dates the way each language does', () => {
    expect(formatDate('nl', '2020-01-06')).toBe('6 januari 2020');
    expect(formatDate('en-GB', '2020-01-06')).toBe('6 January 2020');
  });

  it('writes the first of a month in French as an ordinal, and every other day as a number', () => {
    expect(formatDate('fr-BE', '2024-05-01')).toBe('1er mai 2024');
    expect(formatDate('fr-CH', '2026-12-01')).toBe('1er décembre 2026');
    expect(formatDate('fr', '2024-05-11')).toBe('11 mai 2024');
    expect(formatDate('nl', '2024-05-01')).toBe('1 mei 2024');
  });
});

describe('buildDate', () => {
  it('comes from SOURCE_DATE_EPOCH when set', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1695772800' })).toBe('2023-09-27');
  });
  it('rejects an epoch that is not a number', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/whole number of seconds/);
  });
});

const version = (date: string): Version => ({
  date,
  provenance: 'original',
  material: true,
  summary: { nl: 'x' },
  corrections: [],
});

describe('versionTimeline', () => {
  const versions = [
    version('2023-09-27'),
    version('2020-01-06'),
    { ...version('2027-01-01'), announced: '2026-11-01' },
  ];

  it('makes the latest version in effect current, later announced ones upcoming and earlier ones archived', () => {
    const timeline = versionTimeline(versions, '2026-11-25');
    expect(timeline.current.date).toBe('2023-09-27');
    expect(timeline.upcoming.map((v) => v.date)).toEqual(['2027-01-01']);
    expect(timeline.archived.map((v) => v.date)).toEqual(['2020-01-06']);
  });

  it('makes an upcoming version current on its date', () => {
    expect(versionTimeline(versions, '2027-01-01').current.date).toBe('2027-01-01');
  });

  it('explains when nothing is in effect yet', () => {
    expect(() => versionTimeline(versions, '2019-01-01')).toThrow(
      /no version is in effect on the build date 2019-01-01/,
    );
  });
});

describe('announcements', () => {
  const draft = { ...version('2027-03-01'), announced: '2027-01-15' };

  it('keeps a later version that is not announced yet out of the published site', () => {
    const timeline = versionTimeline([version('2023-09-27'), draft], '2026-12-01');
    expect(timeline.all.map((v) => v.date)).toEqual(['2023-09-27']);
    expect(timeline.drafts.map((v) => v.date)).toEqual(['2027-03-01']);
    expect(
      versionTimeline([version('2023-09-27'), draft], '2027-01-15').upcoming.map((v) => v.date),
    ).toEqual(['2027-03-01']);
  });

  it('keeps a later version with no announcement date a draft until it takes effect', () => {
    const unannounced = version('2027-03-01');
    expect(
      versionTimeline([version('2023-09-27'), unannounced], '2027-02-28').drafts.map((v) => v.date),
    ).toEqual(['2027-03-01']);
    expect(versionTimeline([version('2023-09-27'), unannounced], '2027-03-01').current.date).toBe(
      '2027-03-01',
    );
  });

  it("shows drafts as versions to come in the editor's preview only", () => {
    const preview = versionTimeline(
      [version('2023-09-27'), draft, version('2027-05-01')],
      '2026-12-01',
      { showDrafts: true },
    );
    expect(preview.upcoming.map((v) => v.date)).toEqual(['2027-03-01', '2027-05-01']);
    expect(preview.drafts).toEqual([]);
  });
});

describe('validity', () => {
  const versions = [version('2020-01-06'), version('2023-09-27'), version('2027-01-01')];

  it("runs from a version's date until the day before the next one", () => {
    expect(validityOf(versions[0]!, versions)).toEqual({ from: '2020-01-06', until: '2023-09-26' });
    expect(validityOf(versions[2]!, versions)).toEqual({ from: '2027-01-01' });
  });

  it('counts days across months, leap days and years', () => {
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
    expect(daysBetween('2025-02-10', '2025-04-01')).toBe(50);
    expect(daysBetween('2025-04-01', '2025-02-10')).toBe(-50);
  });
});
