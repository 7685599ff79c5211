import { describe, expect, it } from 'vitest';
import { retentionLabel } from '../../src/facts/retention-label.ts';
import { formatDuration } from '../../src/time/durations.ts';
import { translator } from '../../src/i18n/interface-texts.ts';
import type { SiteConfig } from '../../src/schemas/site-schema.ts';

const strings = {
  'retention.upTo': 'maximaal {period}',
  'retention.relevant': 'zolang relevant',
} as Record<string, string>;
const t = translator(strings as never, 'nl');
const site = {
  retention: {
    starts: [{ id: 'end-of-employment', label: { nl: 'na het einde van het dienstverband' } }],
    events: [{ id: 'attachment-lifted', label: { nl: 'tot het beslag is ingetrokken' } }],
  },
} as unknown as SiteConfig;

describe('formatDuration', () => {
  it("writes any ISO 8601 duration in the reader's language, through Intl", () => {
    expect(formatDuration('nl-NL', 'P7Y')).toBe('7 jaar');
    expect(formatDuration('en-GB', 'P6M')).toBe('6 months');
    expect(formatDuration('en-GB', 'PT12H')).toBe('12 hours');
    expect(formatDuration('de-DE', 'PT72H')).toBe('72 Stunden');
    expect(formatDuration('en-GB', 'P1Y6M')).toBe('1 year, 6 months');
  });
});

describe('retentionLabel', () => {
  it('says a maximum and the start the text states, with no comma between them', () => {
    expect(
      retentionLabel(
        { kind: 'period', period: 'P2Y', from: 'end-of-employment', upTo: true },
        site,
        'nl',
        'nl-NL',
        t,
      ),
    ).toBe('maximaal 2 jaar na het einde van het dienstverband');
  });

  it('says nothing of a start the text does not state', () => {
    expect(
      retentionLabel(
        { kind: 'period', period: 'P7Y', from: 'unstated', upTo: false },
        site,
        'nl',
        'nl-NL',
        t,
      ),
    ).toBe('7 jaar');
  });

  it('names the event that ends a retention, and "as long as relevant"', () => {
    expect(
      retentionLabel({ kind: 'until', until: 'attachment-lifted' }, site, 'nl', 'nl-NL', t),
    ).toBe('tot het beslag is ingetrokken');
    expect(retentionLabel({ kind: 'relevant' }, site, 'nl', 'nl-NL', t)).toBe('zolang relevant');
  });
});
