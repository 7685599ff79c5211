import { performance } from 'node:perf_hooks';
import { diffWordsWithSpace } from 'diff';
import { wordsOf } from '../../src/lib/word-diff.ts';
import { readFileSync } from 'node:fs';
import { diffBlocks } from '../../src/lib/diff.ts';
const vocab = [...new Set(wordsOf(readFileSync('content/general/2023-09-27/nl.mdx','utf8') + readFileSync('content/employee/2023-09-27/nl.mdx','utf8')))];
function random(seed: number) { let s = seed; return () => { s = (s + 0x6d2b79f5) | 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const prose = (n: number, seed: number) => { const r = random(seed); return Array.from({length: n}, (_, i) => vocab[Math.floor(r()*vocab.length)] + (i%15===14?'.':'')); };
const a = prose(20000,1).join(' '), b = prose(20000,2).join(' ');
for (let i = 0; i < 8; i++) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  const r = diffWordsWithSpace(a, b, { maxEditLength: 800 });
  const t1 = performance.now(); const c1 = process.cpuUsage(c0);
  const t2 = performance.now();
  diffBlocks([{kind:'paragraph',text:a,section:''}],[{kind:'paragraph',text:b,section:''}]);
  const t3 = performance.now();
  console.log('jsdiff', (t1-t0).toFixed(0), 'ms cpu', ((c1.user+c1.system)/1000).toFixed(0), r === undefined ? 'gave up' : 'ok', ' diffBlocks', (t3-t2).toFixed(0));
}
