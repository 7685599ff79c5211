// What the summaries ("In short", the retention schedule) make of the marks in a text: a purpose
// only where the words state one, the sentence of each period where one purpose has several, and
// the heading a passage falls under within its own part.
import { describe, expect, it } from 'vitest';
import { isCondition } from '../../src/facts/conditions.ts';
import { factRows } from '../../src/facts/fact-rows.ts';
import { checkPurposeMarks } from '../../src/facts/purpose-check.ts';
import type { ContentAsRead } from '../../src/model/content-model.ts';
import type { PartShown, StatementView } from '../../src/model/assemble.ts';
import { mdxToBlocks } from '../../src/model/blocks.ts';

function part(name: string, lang: string, text: string): PartShown {
  return {
    part: name,
    lang,
    state: 'source',
    document: {
      file: `content/${name}/2024-01-01/${lang}.mdx`,
      part: name,
      version: '2024-01-01',
      locale: lang,
      title: `The part ${name}`,
      sha256: '',
      source: text,
      links: [],
      blocks: mdxToBlocks(text).map((block, index) => ({ ...block, anchor: `${name}-${index}` })),
    },
  };
}

/** A view with no facts in its general sections and one audience, "staff", with the given text. */
function view(lang: string, staff: string): StatementView {
  return {
    version: '2024-01-01',
    locale: lang,
    general: part('general', lang, '## Who we are\n\nA clinic.\n'),
    audiences: ['staff'],
    parts: { staff: part('staff', lang, staff) },
  };
}

describe('a <Purpose> mark that holds a condition', () => {
  it.each([
    ['nl', 'Als je jezelf ziek meldt'],
    ['nl', 'Indien je een bonus krijgt'],
    ['nl', 'Je heb je ingeschreven'],
    ['nl', 'Je hebt je ingeschreven'],
    ['en', 'If you report sick'],
    ['en', 'When you collect a patient after outpatient surgery'],
    ['en', 'You have registered'],
    ['de', 'Wenn Sie eine Videosprechstunde wählen'],
    ['de', 'Falls Sie Ihre Einwilligung widerrufen'],
    ['fr', 'Lorsque vous venez chercher un patient'],
    ['fr', 'Lorsqu’il est nécessaire'],
    ['fr', 'Si vous choisissez une consultation vidéo'],
    ['nl-BE', 'Wanneer je solliciteert'],
  ])('in %s: "%s" is a condition', (lang, words) => {
    expect(isCondition(words, lang)).toBe(true);
  });

  it.each([
    ['nl', 'Om jouw salaris uit te betalen'],
    ['nl', 'voor opvolging, verantwoording en beveiliging'],
    ['nl', 'In de afhandeling van claims'],
    ['nl', 'zodat jij in Nederland kan werken'],
    ['en', 'When handling claims'],
    ['en', 'so that you can work in the Netherlands'],
    ['de', 'Damit wir Sie im Notfall erreichen können'],
    ['de', 'Zur Abrechnung unserer Leistungen'],
    ['fr', 'Pour la facturation de nos prestations'],
    ['fr', 'Sinon'],
    ['pl', 'Jeśli zgłosisz chorobę'],
  ])('in %s: "%s" is not', (lang, words) => {
    expect(isCondition(words, lang)).toBe(false);
  });

  it('states no purpose: the row has none, and keeps the words as a condition', () => {
    const [row] = factRows(
      view(
        'nl',
        '#### Salaris\n\n- <Purpose>Als je jezelf ziek meldt</Purpose> geven wij dit door aan <Recipients>onze arbodienst</Recipients>.\n',
      ),
      ['staff'],
    );
    expect(row).toMatchObject({
      purposes: [],
      conditions: ['Als je jezelf ziek meldt'],
      recipients: ['onze arbodienst'],
    });
  });
});

describe('the periods of one purpose', () => {
  it('are each given with their sentence when they stand in different sentences', () => {
    const rows = factRows(
      view(
        'nl',
        '#### Beveiliging\n\n- <Purpose>Om onze systemen te beheren</Purpose> gebruiken we een gebruikersnaam. Gegevens over het gebruik slaan we <Retention period="P6M" upTo>maximaal 6 maanden</Retention> op in log-bestanden. Mutaties slaan we <Retention period="P7Y">7 jaar</Retention> op.\n',
      ),
      ['staff'],
    );
    expect(
      rows[0]!.retention.map(({ text, sentence, quoteSentence }) => [
        text,
        sentence,
        quoteSentence,
      ]),
    ).toEqual([
      [
        'maximaal 6 maanden',
        'Gegevens over het gebruik slaan we maximaal 6 maanden op in log-bestanden.',
        true,
      ],
      ['7 jaar', 'Mutaties slaan we 7 jaar op.', true],
    ]);
  });

  it('are told apart across passages of the same part too, and not where the purposes differ', () => {
    const rows = factRows(
      view(
        'en',
        '#### Records\n\n- <Purpose>For legal purposes</Purpose> we keep files <Retention period="P5Y">5 years</Retention>.\n- <Purpose>For legal purposes</Purpose> we keep claims <Retention relevant>as long as relevant</Retention>.\n- <Purpose>To pay you</Purpose> we keep bank details <Retention period="P7Y">7 years</Retention>.\n',
      ),
      ['staff'],
    );
    expect(rows.map((row) => row.retention.map((entry) => entry.quoteSentence))).toEqual([
      [true],
      [true],
      [false],
    ]);
  });

  it('are not quoted when one sentence states them both, which the marked words tell apart', () => {
    const [row] = factRows(
      view(
        'nl',
        '#### Loopbaan\n\n- <Purpose>Om je ontwikkeling te volgen</Purpose> leggen wij een dossier aan. Dit dossier bewaren we <Retention period="P2Y" upTo>tot maximaal 2 jaar</Retention> of <Retention relevant>voor zolang dit relevant is</Retention>.\n',
      ),
      ['staff'],
    );
    expect(row!.retention.map((entry) => entry.quoteSentence)).toEqual([false, false]);
  });
});

it('groups a row under the heading it falls under within its own part, without the part', () => {
  const rows = factRows(
    view(
      'de',
      '#### Bewerbung\n\n- <Purpose>Um Ihre Bewerbung zu prüfen</Purpose>, nutzen wir ein Portal.\n',
    ),
    ['staff'],
  );
  expect(rows.map((row) => [row.part, row.section])).toEqual([['staff', 'Bewerbung']]);
});

describe('the content check', () => {
  const staff = part(
    'staff',
    'de',
    '#### Video\n\n- <Purpose>Wenn Sie eine Videosprechstunde wählen</Purpose>, nutzen wir einen Dienst.\n- <Purpose>Zur Abrechnung</Purpose> senden wir Daten.\n',
  ).document;
  const content = (sealed: boolean) =>
    ({
      documents: new Map([['staff/2024-01-01/de', staff]]),
      seals: sealed ? { '2024-01-01': {} } : undefined,
    }) as unknown as ContentAsRead;

  it('warns of a purpose mark that holds a condition, at its line, while its version is not sealed', () => {
    expect(checkPurposeMarks(content(false))).toEqual([
      {
        file: 'content/staff/2024-01-01/de.mdx:3',
        message:
          '<Purpose>Wenn Sie eine Videosprechstunde wählen</Purpose> holds a condition, not a purpose: it says when the data is used, not what for, so the summaries ("In short", the retention periods, the changes) say "not stated" for this passage',
        fix: 'put <Purpose> around the words that say what the data is for (such as "om … te …", "zodat …", "in order to …") and leave the condition unmarked; where the text gives no purpose, remove the mark',
        severity: 'warning',
      },
    ]);
  });

  it('says nothing of a sealed version, which changes only by a correction', () => {
    expect(checkPurposeMarks(content(true))).toEqual([]);
  });
});
