import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  factChanges,
  isMaterialChange,
  type FactChange,
  type FactPlace,
} from '../../src/facts/fact-changes.ts';
import type { PartShown, StatementView } from '../../src/model/assemble.ts';
import { mdxToBlocks } from '../../src/model/blocks.ts';

const TEXTS = join(import.meta.dirname, '../fixtures/statement-texts');
const AUDIENCES = ['visitor', 'client-contact', 'job-seeker', 'employee'];

/** A version of the real statement, as the content model would assemble it (binding language). */
function version(folder: string, texts: Record<string, string> = {}): StatementView {
  const shown = (part: string): PartShown => {
    const text = texts[part] ?? readFileSync(join(TEXTS, folder, `${part}.mdx`), 'utf8');
    return {
      part,
      lang: 'nl',
      state: 'source',
      document: {
        file: part,
        part,
        version: folder,
        locale: 'nl',
        title: part,
        sha256: '',
        source: text,
        links: [],
        blocks: mdxToBlocks(text, () => 'x'),
      },
    };
  };
  return {
    version: folder,
    locale: 'nl',
    general: shown('general'),
    audiences: AUDIENCES,
    parts: Object.fromEntries(AUDIENCES.map((audience) => [audience, shown(audience)])),
  };
}

/** A change in words: what kind, and the words of the facts it names, as the tests read them. */
function describe_(change: FactChange, before: StatementView, after: StatementView): string {
  const words = (view: StatementView, where: FactPlace | undefined) => {
    if (!where) return '-';
    const document =
      where.part === 'general' ? view.general.document : view.parts[where.part]!.document;
    const block = document.blocks[where.block]!;
    return where.fact === undefined ? block.text : block.facts[where.fact]!.text;
  };
  switch (change.kind) {
    case 'purpose-added':
      return `${change.kind} [${change.purpose.part}] ${words(after, change.purpose)}`;
    case 'purpose-removed':
      return `${change.kind} [${change.purpose.part}] ${words(before, change.purpose)}`;
    case 'retention-changed':
      return `${change.kind} [${change.before.part}] ${words(after, change.purpose)}: ${words(before, change.before)} -> ${words(after, change.after)} (${change.longer === undefined ? '?' : change.longer ? 'longer' : 'shorter'})`;
    case 'retention-added':
      return `${change.kind} [${change.retention.part}] ${words(after, change.purpose)}: ${words(after, change.retention)}`;
    case 'recipient-added':
      return `${change.kind} [${change.recipient.part}] ${words(after, change.purpose)}: ${words(after, change.recipient)}`;
    case 'retention-removed':
      return `${change.kind} [${change.retention.part}] ${words(before, change.purpose)}: ${words(before, change.retention)}`;
    case 'recipient-removed':
      return `${change.kind} [${change.recipient.part}] ${words(before, change.purpose)}: ${words(before, change.recipient)}`;
    case 'right-added':
    case 'right-removed':
      return `${change.kind} ${change.right}`;
  }
}

describe('factChanges on the real change from 2020-01-06 to 2023-09-27', () => {
  const before = version('2020-01-06');
  const after = version('.');
  const changes = (audiences: string[]) =>
    factChanges(before, after, audiences)
      .map((change) => describe_(change, before, after))
      .sort();

  it('finds exactly what changed, in full', () => {
    expect(changes(AUDIENCES)).toEqual(
      [
        'right-added automated-decisions',
        'recipient-added [visitor] voor opvolging, verantwoording en beveiliging: cloud-leveranciers buiten de EU',
        'retention-changed [visitor] Om onze IT-systemen te laten werken en te beschermen: 12 maanden -> 6 maanden (shorter)',
        'recipient-added [client-contact] voor opvolging, verantwoording en beveiliging: (cloud-)leveranciers buiten de EU',
        'retention-changed [client-contact] Om onze IT-systemen te laten werken en te beschermen: 12 maanden -> 6 maanden (shorter)',
        'recipient-added [job-seeker] voor opvolging, verantwoording en beveiliging: (cloud-)leveranciers buiten de EU',
        'retention-changed [job-seeker] Om onze IT-systemen te laten werken en te beschermen: 12 maanden -> 6 maanden (shorter)',
        'purpose-added [employee] Om subsidies en loonkostenvoordeel aan te vragen en te verantwoorden',
        'recipient-added [employee] voor opvolging, verantwoording en beveiliging: (cloud-)leveranciers buiten de Europese Economische Ruimte',
        'retention-changed [employee] Om onze systemen te beheren en te beveiligen: maximaal 12 maanden -> maximaal 6 maanden (shorter)',
      ].sort(),
    );
  });

  it('finds per audience only what concerns that audience and everyone', () => {
    expect(changes(['client-contact'])).toEqual(
      [
        'right-added automated-decisions',
        'recipient-added [client-contact] voor opvolging, verantwoording en beveiliging: (cloud-)leveranciers buiten de EU',
        'retention-changed [client-contact] Om onze IT-systemen te laten werken en te beschermen: 12 maanden -> 6 maanden (shorter)',
      ].sort(),
    );
  });

  it('calls the change material: a new purpose and new recipients', () => {
    expect(
      factChanges(before, after, AUDIENCES)
        .filter(isMaterialChange)
        .map((change) => change.kind)
        .sort(),
    ).toEqual([
      'purpose-added',
      'recipient-added',
      'recipient-added',
      'recipient-added',
      'recipient-added',
    ]);
  });

  it('matches purposes by meaning: moving and rewording a passage is no change', () => {
    const employee = readFileSync(join(TEXTS, 'employee.mdx'), 'utf8');
    const lines = employee.split('\n');
    const subsidy = lines.findIndex((line) => line.includes('subsidies en loonkostenvoordeel'));
    const moved = [...lines];
    const [line] = moved.splice(subsidy, 1);
    moved.push(
      line!.replace(
        'aan te vragen en te verantwoorden',
        'aan te vragen en daarover verantwoording af te leggen',
      ),
    );
    const reordered = version('.', { employee: moved.join('\n') });
    expect(factChanges(after, reordered, ['employee'])).toEqual([]);
  });

  it('tells a recipient added inside a list of recipients, and one dropped from it', () => {
    const employee = readFileSync(join(TEXTS, 'employee.mdx'), 'utf8');
    const widened = version('.', {
      employee: employee.replace(
        '<Recipients>onze pensioenuitvoerder</Recipients>',
        '<Recipients>onze pensioenuitvoerder en een adviesbureau</Recipients>',
      ),
    });
    const added = factChanges(after, widened, ['employee']);
    expect(added.map((change) => describe_(change, after, widened))).toEqual([
      'recipient-added [employee] Om jouw pensioen te verzorgen: onze pensioenuitvoerder en een adviesbureau',
    ]);
    expect(added.every(isMaterialChange)).toBe(true);

    const narrowed = version('.', {
      employee: employee.replace(
        '<Recipients>overheidsinstanties en uitvoeringsorganen</Recipients>. We hanteren een wettelijke bewaartermijn van <Retention period="P5Y"',
        '<Recipients>overheidsinstanties</Recipients>. We hanteren een wettelijke bewaartermijn van <Retention period="P5Y"',
      ),
    });
    const dropped = factChanges(after, narrowed, ['employee']);
    expect(dropped.map((change) => describe_(change, after, narrowed))).toEqual([
      'recipient-removed [employee] om contractuele afspraken met jou na te kunnen komen: overheidsinstanties en uitvoeringsorganen',
    ]);
    expect(dropped.some(isMaterialChange)).toBe(false);
  });

  it('tells a longer retention, a removed right and a removed recipient, and which of them are material', () => {
    const general = readFileSync(join(TEXTS, 'general.mdx'), 'utf8').replace(
      /^- <Right kind="portability">.*\n/m,
      '',
    );
    const visitor = readFileSync(join(TEXTS, 'visitor.mdx'), 'utf8')
      .replace('period="P6M">6 maanden', 'period="P1Y">1 jaar')
      .replace(
        ' Wij maken hierbij gebruik van <Recipients>cloud-leveranciers buiten de EU</Recipients>.',
        '',
      );
    const later = version('.', { general, visitor });
    const found = factChanges(after, later, ['visitor']);
    expect(found.map((change) => describe_(change, after, later)).sort()).toEqual(
      [
        'recipient-removed [visitor] voor opvolging, verantwoording en beveiliging: cloud-leveranciers buiten de EU',
        'retention-changed [visitor] Om onze IT-systemen te laten werken en te beschermen: 6 maanden -> 1 jaar (longer)',
        'right-removed portability',
      ].sort(),
    );
    expect(
      found
        .filter(isMaterialChange)
        .map((change) => change.kind)
        .sort(),
    ).toEqual(['retention-changed', 'right-removed']);
  });
});
