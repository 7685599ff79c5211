// Content is data, never code: what an editor (or anyone with write access to content/) might put
// in, refused before anything is built, with a report that names the file and the line, and no
// trace of it in the published site, which stays byte for byte as it was.
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/build/build-site.ts';
import { runScript } from '../../harness/project-copy.ts';
import {
  CLINIC,
  contentReport,
  edit,
  filesContaining,
  publish,
  scenario,
  STACK_TRACE,
  treeHash,
} from '../../helpers/copies.ts';
import { builtSite } from '../../helpers/sites.ts';

const published = builtSite('secondOrganization');
const FIXTURE = CLINIC;
const DRAFT = '2099-01-01';
const PATIENT = `content/patient/${DRAFT}/de.mdx`;
const GENERAL = `content/general/${DRAFT}/de.mdx`;

/** A version not yet in effect (a draft, unsealed), copied from the newest, where hostile edits go. */
function withDraft(dir: string): void {
  for (const part of ['general', 'patient', 'companion', 'staff'])
    cpSync(join(dir, `content/${part}/2025-04-01`), join(dir, `content/${part}/${DRAFT}`), {
      recursive: true,
    });
  appendFileSync(
    join(dir, 'content/versions.yaml'),
    `\n- date: ${DRAFT}\n  provenance: original\n  material: false\n  summary: { de: Entwurf., en: Draft., fr: Brouillon. }\n`,
  );
}

interface HostileCase {
  name: string;
  /** Makes the change in a copy (whose content/ is the second organisation's). */
  make: (dir: string) => void;
  /** Where the report must point: file, with line (and column) where there is one. */
  where: RegExp;
  /** What the report must say. */
  problem: RegExp;
  /** Text that would appear in the site only if the hostile input had any effect there. */
  trace?: string;
}

const CASES: HostileCase[] = [
  {
    name: 'an import line and an expression that read a file of the build machine, in a draft',
    make: (dir) =>
      edit(dir, PATIENT, (text) =>
        text.replace(
          '#### ',
          'import { readFileSync } from "node:fs"\n\n{readFileSync("/etc/hostname", "utf8") + "-TRACE" + "-OF-CODE"}\n\n#### ',
        ),
      ),
    where: /content\/patient\/2099-01-01\/de\.mdx:\d+:1/,
    problem: /found an import or export line: code/,
    trace: '-TRACE-OF-CODE',
  },
  {
    name: 'an export line',
    make: (dir) =>
      edit(dir, GENERAL, (text) =>
        text.replace('## ', 'export const evil = "TRACE-OF-EXPORT"\n\n## '),
      ),
    where: /content\/general\/2099-01-01\/de\.mdx:\d+:1/,
    problem: /found an import or export line/,
    trace: 'TRACE-OF-EXPORT',
  },
  {
    name: 'an expression in an attribute of <Purpose>',
    make: (dir) =>
      edit(dir, PATIENT, (text) => text.replace('<Purpose>', '<Purpose x={process.exit(3)}>')),
    where: /content\/patient\/2099-01-01\/de\.mdx:\d+:\d+/,
    problem: /<Purpose> has the attribute x=\{…\} written as code/,
  },
  {
    name: 'an attribute the component does not declare',
    make: (dir) =>
      edit(dir, PATIENT, (text) =>
        text.replace('<Purpose>', '<Purpose title="TRACE-OF-ATTRIBUTE">'),
      ),
    where: /content\/patient\/2099-01-01\/de\.mdx:\d+:\d+/,
    problem: /<Purpose> attributes: unknown field "title"/,
    trace: 'TRACE-OF-ATTRIBUTE',
  },
  {
    name: 'raw HTML with a script',
    make: (dir) =>
      edit(dir, GENERAL, (text) =>
        text.replace('## ', '<script>{"TRACE-OF-SCRIPT"}</script>\n\n## '),
      ),
    where: /content\/general\/2099-01-01\/de\.mdx:\d+:1/,
    problem: /found the HTML element <script>: a statement file may not contain raw HTML/,
    trace: 'TRACE-OF-SCRIPT',
  },
  {
    name: 'a javascript: link',
    make: (dir) =>
      edit(dir, GENERAL, (text) =>
        text.replace('## ', '[Klick](javascript:alert("TRACE-OF-LINK"))\n\n## '),
      ),
    where: /content\/general\/2099-01-01\/de\.mdx:\d+:1/,
    problem: /uses the scheme javascript:/,
    trace: 'TRACE-OF-LINK',
  },
  {
    name: 'a protocol-relative link',
    make: (dir) =>
      edit(dir, GENERAL, (text) => text.replace('## ', '[Klick](//trace-of-host.example/)\n\n## ')),
    where: /content\/general\/2099-01-01\/de\.mdx:\d+:1/,
    problem: /is protocol-relative/,
    trace: 'trace-of-host.example',
  },
  {
    name: 'an image from another site',
    make: (dir) =>
      edit(dir, GENERAL, (text) =>
        text.replace('## ', '![Bild](https://trace-of-image.example/pixel.gif)\n\n## '),
      ),
    where: /content\/general\/2099-01-01\/de\.mdx:\d+:1/,
    problem: /found an image/,
    trace: 'trace-of-image.example',
  },
  {
    name: 'a right-to-left override in the text',
    make: (dir) => edit(dir, PATIENT, (text) => text.replace('Behandlung', 'Behand\u202Elung')),
    where: /content\/patient\/2099-01-01\/de\.mdx:\d+:\d+/,
    problem: /U\+202E RIGHT-TO-LEFT OVERRIDE/,
  },
  {
    name: 'a zero-width space inside a word',
    make: (dir) => edit(dir, PATIENT, (text) => text.replace('Behandlung', 'Behand\u200Blung')),
    where: /content\/patient\/2099-01-01\/de\.mdx:\d+:\d+/,
    problem: /U\+200B ZERO WIDTH SPACE/,
  },
  {
    name: 'a Cyrillic look-alike letter in a word',
    make: (dir) => edit(dir, PATIENT, (text) => text.replace('Behandlung', 'Beh\u0430ndlung')),
    where: /content\/patient\/2099-01-01\/de\.mdx:\d+:\d+/,
    problem: /mixes scripts: "а" is U\+0430 CYRILLIC SMALL LETTER A/,
  },
  {
    name: 'a hidden character in a YAML value',
    make: (dir) =>
      edit(dir, 'content/organization.yaml', (text) =>
        text.replace('Praxisklinik am Stadtpark GmbH', 'Praxisklinik am Stadt\u200Dpark GmbH'),
      ),
    where: /content\/organization\.yaml:\d+:\d+/,
    problem: /U\+200D ZERO WIDTH JOINER/,
  },
  {
    name: 'a YAML file with nested aliases',
    make: (dir) =>
      appendFileSync(
        join(dir, 'content/site.yaml'),
        `\nx: &a [TRACEOFALIAS, TRACEOFALIAS]\ny: &b [*a, *a, *a]\nz: &c [*b, *b, *b]\n`,
      ),
    where: /content\/site\.yaml:\d+:\d+/,
    problem: /an alias \(\*a\) repeats another part of the file/,
    trace: 'TRACEOFALIAS',
  },
  {
    name: 'a YAML file with a duplicate key',
    make: (dir) =>
      appendFileSync(
        join(dir, 'content/organization.yaml'),
        '\nemail: trace-of-duplicate@evil.example\n',
      ),
    where: /content\/organization\.yaml:\d+:\d+/,
    problem: /Map keys must be unique/,
    trace: 'trace-of-duplicate@evil.example',
  },
  {
    name: 'an edit of a published version, after deleting the seals',
    make: (dir) => {
      rmSync(join(dir, 'content/seals.yaml'));
      edit(dir, 'content/patient/2025-04-01/de.mdx', (text) =>
        text.replace('Behandlung', 'TRACE-OF-EDIT'),
      );
    },
    where: /content\/seals\.yaml/,
    problem:
      /the file is missing, so nothing proves that the published version\(s\) 2024-03-01, 2025-04-01 are as published/,
    trace: 'TRACE-OF-EDIT',
  },
  {
    name: 'an edit of a published version whose seal record was removed',
    make: (dir) => {
      edit(dir, 'content/seals.yaml', (text) => text.replace(/^2025-04-01:[\s\S]*$/m, ''));
      edit(dir, 'content/patient/2025-04-01/de.mdx', (text) =>
        text.replace('Behandlung', 'TRACE-OF-UNSEALED'),
      );
    },
    where: /content\/\*\/2025-04-01\//,
    problem: /version 2025-04-01 is in effect \(dated on or before 2025-06-01\) but not sealed/,
    trace: 'TRACE-OF-UNSEALED',
  },
  {
    name: 'a statement file that is a symbolic link to a file outside the repository',
    make: (dir) => {
      // Plain text, which would pass every check of a statement file if the build read it.
      const outside = mkdtempSync(join(tmpdir(), 'outside-'));
      writeFileSync(
        join(outside, 'notes.txt'),
        '---\ntitle: Notizen\n---\n\nTRACE-OF-LINKED-FILE\n',
      );
      rmSync(join(dir, PATIENT));
      symlinkSync(join(outside, 'notes.txt'), join(dir, PATIENT));
    },
    where: /content\/patient\/2099-01-01\/de\.mdx/,
    problem: /a symbolic link: content holds only files that are themselves in the repository/,
    trace: 'TRACE-OF-LINKED-FILE',
  },
  {
    name: 'a file added to a sealed version',
    make: (dir) =>
      cpSync(
        join(dir, 'content/patient/2025-04-01/en.mdx'),
        join(dir, 'content/staff/2025-04-01/en.mdx.bak'),
      ),
    where: /content\/staff\/2025-04-01\/en\.mdx\.bak/,
    problem: /not a statement file/,
  },
  {
    name: 'a statement file added to a sealed version',
    // The seal as it was before the French text of the staff's part existed: that file is new.
    make: (dir) =>
      edit(dir, 'content/seals.yaml', (text) =>
        text.replace(/^ {4}content\/staff\/2025-04-01\/fr\.mdx: [0-9a-f]{64}\n/m, ''),
      ),
    where: /content\/staff\/2025-04-01\/fr\.mdx/,
    problem: /this file was added after version 2025-04-01 was published and sealed/,
  },
  {
    name: 'a file removed from a sealed version',
    make: (dir) => rmSync(join(dir, 'content/staff/2025-04-01/fr.mdx')),
    where: /content\/staff\/2025-04-01\/fr\.mdx/,
    problem: /this file was removed after version 2025-04-01 was published and sealed/,
  },
  {
    name: 'the summary of a sealed version rewritten',
    make: (dir) =>
      edit(dir, 'content/versions.yaml', (text) =>
        text.replace('en: First version of the privacy statement.', 'en: TRACE-OF-SUMMARY.'),
      ),
    where: /content\/versions\.yaml/,
    problem:
      /the entry of version 2024-03-01: its summary changed after it was published and sealed; a published version may not change/,
    trace: 'TRACE-OF-SUMMARY',
  },
  {
    name: 'a sealed version relabelled and its notice date moved',
    make: (dir) =>
      edit(dir, 'content/versions.yaml', (text) =>
        text
          .replace('announced: 2025-02-10', 'announced: 2025-01-10')
          .replace(
            'provenance: original\n  material: true\n  summary',
            'provenance: reconstructed\n  material: false\n  summary',
          ),
      ),
    where: /content\/versions\.yaml/,
    problem:
      /(?=[^]*the entry of version 2025-04-01: its announcement day changed from 2025-02-10 to 2025-01-10 after it was published)(?=[^]*the entry of version 2024-03-01: its provenance changed from "original" to "reconstructed" after it was published)[^]*the entry of version 2024-03-01: material changed from true to false after it was published/,
  },
  {
    name: 'a recorded correction taken back',
    make: (dir) => {
      // A correction is recorded and sealed, then deleted from the list as if it never was.
      const correction =
        '  corrections:\n    - date: 2025-05-01\n      reason: { de: Tippfehler., en: Typo., fr: Coquille. }\n';
      edit(dir, 'content/versions.yaml', (text) =>
        text.replace(`\n- date: ${DRAFT}`, `${correction}\n- date: ${DRAFT}`),
      );
      const sealed = runScript(dir, 'seal', ['2025-04-01']);
      if (sealed.status !== 0) throw new Error(`npm run seal failed: ${sealed.output}`);
      edit(dir, 'content/versions.yaml', (text) => text.replace(correction, ''));
    },
    where: /content\/versions\.yaml/,
    problem:
      /the entry of version 2025-04-01: a correction that its seal includes was changed, removed or moved \(a new correction goes at the end of the list\) after it was published and sealed/,
  },
  {
    name: 'a seal for a version that does not exist',
    make: (dir) =>
      appendFileSync(
        join(dir, 'content/seals.yaml'),
        '2030-01-01:\n  corrections: 0\n  details: {}\n  files: {}\n',
      ),
    where: /content\/seals\.yaml/,
    problem: /a seal for version 2030-01-01, which content\/versions\.yaml does not have/,
  },
  {
    name: 'a new email in organization.yaml, which sealed versions show',
    make: (dir) =>
      edit(dir, 'content/organization.yaml', (text) =>
        text.replace(/^email: .*$/m, 'email: trace-of-email@evil.example'),
      ),
    where: /content\/organization\.yaml/,
    problem:
      /changes what the version shows for <Email \/>: "datenschutz@praxisklinik-stadtpark\.example" is now "trace-of-email@evil\.example"/,
    trace: 'trace-of-email@evil.example',
  },
];

describe.each(CASES)('$name', ({ make, where, problem, trace }) => {
  const dir = scenario({ content: FIXTURE });
  const before = publish(dir, published);
  withDraft(dir);
  make(dir);
  // What npm run build runs, in this process (the command itself is run below, once).
  const build = buildSite(dir);

  it('stops the build with a report naming the file, the place and the problem, without a stack trace', async () => {
    const { ok, report } = await build;
    expect(ok, report).toBe(false);
    expect(report).toMatch(where);
    expect(report).toMatch(problem);
    expect(report).toContain('How to fix:');
    expect(report).not.toMatch(STACK_TRACE);
  });

  it('leaves the published site byte for byte, with nothing of the input in any built file', async () => {
    await build;
    expect(treeHash(join(dir, 'dist'))).toBe(before);
    if (trace) {
      expect(filesContaining(join(dir, 'dist'), trace)).toEqual([]);
      expect(filesContaining(join(dir, '.build'), trace)).toEqual([]);
    }
  });

  it('is found by the content check that npm run check runs too', () => {
    const report = contentReport(dir);
    expect(report).toMatch(where);
    expect(report).toMatch(problem);
  });
});

describe('npm run build', () => {
  it('exits 1 with the report on standard error, and leaves dist/ alone', () => {
    const dir = scenario({ content: FIXTURE });
    const before = publish(dir, published);
    withDraft(dir);
    CASES[0]!.make(dir);
    const build = runScript(dir, 'build');
    expect(build.status).toBe(1);
    expect(build.output).toMatch(CASES[0]!.problem);
    expect(build.output).toMatch(
      /\u2716 The content has 2 problems: nothing was published, dist\/ is as it was./,
    );
    expect(build.output).not.toMatch(STACK_TRACE);
    expect(treeHash(join(dir, 'dist'))).toBe(before);
  });
});

describe('astro build on its own', () => {
  // Someone runs astro build directly, around npm run build and its content check: the content
  // collections and the pages run the same check themselves, so the file is never compiled. (The
  // remark step inside the MDX pipeline, the last line behind them, is tested on its own in
  // tests/unit/remark-statement.test.ts.)
  const dir = scenario({ content: FIXTURE });
  withDraft(dir);
  edit(dir, PATIENT, (text) =>
    text.replace('#### ', 'export const x = "PIPELINE" + "-TRACE"\n\n#### '),
  );
  const content = readFileSync(join(dir, PATIENT), 'utf8');

  it('fails the Astro build naming the file and what it holds', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(
      process.execPath,
      [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(dir, 'direct')],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, SOURCE_DATE_EPOCH: '1748736000', ASTRO_TELEMETRY_DISABLED: '1' },
      },
    );
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(/content\/patient\/2099-01-01\/de\.mdx/);
    expect(output).toMatch(/found an import or export line/);
    expect(filesContaining(join(dir, 'direct'), 'PIPELINE-TRACE')).toEqual([]);
    expect(content).toContain('"PIPELINE" + "-TRACE"');
  });
});

describe('the draft version the cases start from', () => {
  it('passes the content check when nothing hostile is in it', () => {
    const dir = scenario({ content: FIXTURE });
    withDraft(dir);
    expect(contentReport(dir)).toBe('');
  });
});
