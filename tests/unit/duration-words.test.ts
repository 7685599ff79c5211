import { describe, expect, it } from 'vitest';
import { retentionMismatch } from '../../src/guard/retention-words.ts';
import { statedDuration } from '../../src/time/duration-words.ts';

const period = (iso: string, upTo = false) =>
  ({ kind: 'period', period: iso, from: 'unstated', upTo }) as const;

describe('an amount of time in words', () => {
  it.each([
    ['6 maanden', 'nl-NL', 'P6M', false],
    ['zes maanden', 'nl-NL', 'P6M', false],
    ['twee jaar na het einde', 'nl-NL', 'P2Y', false],
    ['een jaar', 'nl-NL', 'P1Y', false],
    ['tot 7 jaar na uitdiensttreding', 'nl-NL', 'P7Y', true],
    ['maximaal 12 maanden', 'nl-NL', 'P12M', true],
    ['6 months', 'en-GB', 'P6M', false],
    ['twelve months', 'en-GB', 'P12M', false],
    ['a maximum of 2 years after you leave', 'en-GB', 'P2Y', true],
    ['for up to 7 years', 'en-GB', 'P7Y', true],
    ['12 Monate', 'de-DE', 'P12M', false],
    ['sechs Monate', 'de-DE', 'P6M', false],
    ['nach 10 Jahren', 'de-DE', 'P10Y', false],
    ['höchstens 30 Tage', 'de-DE', 'P30D', true],
    ['48 Stunden', 'de-DE', 'PT48H', false],
    ['30 jours au maximum', 'fr-FR', 'P30D', true],
    ['trois ans', 'fr-FR', 'P3Y', false],
    ['deux années', 'fr-FR', 'P2Y', false],
  ])('"%s" (%s) says %s, a maximum: %s', (text, language, iso, maximum) => {
    const stated = statedDuration(text, language);
    const total = stated.amounts.map(({ count, unit }) => `${count} ${unit}`).join(', ');
    expect({ total, maximum: stated.maximum }).toEqual({
      total: {
        P6M: '6 month',
        P2Y: '2 year',
        P1Y: '1 year',
        P7Y: '7 year',
        P12M: '12 month',
        P10Y: '10 year',
        P30D: '30 day',
        PT48H: '48 hour',
        P3Y: '3 year',
      }[iso],
      maximum,
    });
  });

  it('finds no amount where the words state none', () => {
    expect(statedDuration('zolang dit relevant is', 'nl-NL').amounts).toEqual([]);
    expect(statedDuration('as long as needed', 'en-GB').amounts).toEqual([]);
  });
});

describe('a retention mark against its words', () => {
  it('refuses a period the words do not say, naming both', () => {
    expect(retentionMismatch('6 maanden', period('P7Y'), 'nl-NL')).toEqual({
      message: 'the words "6 maanden" say 6 months, but period="P7Y" says 7 years',
      fix: 'make the two agree: period="P6M" if the words are right (readers read the words; the summaries show the attribute)',
    });
  });

  it('takes the same length written another way: 12 months for one year, 14 days for two weeks', () => {
    expect(retentionMismatch('12 maanden', period('P1Y'), 'nl-NL')).toBeUndefined();
    expect(retentionMismatch('14 days', period('P2W'), 'en-GB')).toBeUndefined();
  });

  it('asks for upTo where the words say a maximum, and the other way round', () => {
    expect(retentionMismatch('maximaal 6 maanden', period('P6M'), 'nl-NL')?.message).toBe(
      'the words "maximaal 6 maanden" say the period is a maximum, but the mark has no upTo',
    );
    expect(retentionMismatch('6 maanden', period('P6M', true), 'nl-NL')?.message).toBe(
      'the mark says upTo (at most), but its words "6 maanden" do not say the period is a maximum',
    );
  });

  it('asks for the maximum word just before a mark to be inside it, with upTo', () => {
    expect(retentionMismatch('6 maanden', period('P6M'), 'nl-NL', 'bewaren wij maximaal ')).toEqual(
      {
        message:
          'the word "maximaal" just before the mark says the period is a maximum, but the mark has no upTo',
        fix: 'put "maximaal" inside the mark and add upTo: <Retention period="P6M" upTo>maximaal 6 maanden</Retention>',
      },
    );
    expect(retentionMismatch('6 maanden', period('P6M'), 'nl-NL', 'bewaren wij ')).toBeUndefined();
  });

  it('refuses "as long as relevant" on words that name a period', () => {
    expect(retentionMismatch('7 jaar', { kind: 'relevant' }, 'nl-NL')?.message).toBe(
      'the words "7 jaar" say 7 years, but the mark says relevant',
    );
  });

  it('leaves the attributes standing where the words state no amount, and in a language it has no words for', () => {
    expect(retentionMismatch('de wettelijke termijn', period('P7Y'), 'nl-NL')).toBeUndefined();
    expect(retentionMismatch('sju år', period('P7Y', true), 'sv-SE')).toBeUndefined();
  });
});
