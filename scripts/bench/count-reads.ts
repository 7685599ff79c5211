// Loaded with node --import before a build (scripts/bench/file-reads.ts): counts how often each
// statement file (content/**/*.mdx) is read, and writes the counts to FILE_READS_OUT at exit.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { writeFileSync } from 'node:fs';

const counts = new Map<string, number>();
const STATEMENT = /\/content\/[^/]+\/\d{4}-\d{2}-\d{2}\/[^/]+\.mdx$/;
const count = (path: unknown) => {
  const name =
    typeof path === 'string'
      ? path
      : path instanceof URL
        ? path.pathname
        : Buffer.isBuffer(path)
          ? path.toString()
          : '';
  if (STATEMENT.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
};
const wrap = <F extends (...args: never[]) => unknown>(original: F): F =>
  ((...args: Parameters<F>) => {
    count(args[0]);
    return original(...args);
  }) as F;

fs.readFileSync = wrap(fs.readFileSync);
fs.readFile = wrap(fs.readFile);
fs.promises.readFile = wrap(fs.promises.readFile);
syncBuiltinESMExports();

const out = process.env.FILE_READS_OUT;
process.on('exit', () => {
  if (out) writeFileSync(out, JSON.stringify(Object.fromEntries(counts)));
});
