// Scans 50 MB (UTF-8) of Chinese text with a 10,000-term lexicon: @gk/attribute-review's compiled
// lexicon against the npm package modern-ahocorasick (compact and double-array backends). Checks the
// matches are identical (no spaces or punctuation in the text, so normalisation changes nothing),
// then prints median MB/s and the ratio. Run with `pnpm bench`.
import { CompiledLexicon, scanText } from '@gk/attribute-review';
import AhoCorasick from 'modern-ahocorasick';
import FastAhoCorasick from 'modern-ahocorasick/fast';
import { seededRandom } from './random.ts';

const TERMS = 10_000;
const BYTES = 50_000_000;
const ROUNDS = 3;

const random = seededRandom(99);
// A pool of 3,000 CJK characters: common enough that terms recur in the text.
const pool = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7) % 20_900)));
const char = (): string => pool[Math.floor(random() * pool.length)] ?? '一';
const termSet = new Set<string>();
while (termSet.size < TERMS) {
  const length = 2 + Math.floor(random() * 4);
  let term = '';
  for (let i = 0; i < length; i++) term += char();
  termSet.add(term);
}
const terms = [...termSet];

const chars = BYTES / 3; // every character of the pool is 3 bytes in UTF-8
const parts: string[] = [];
let size = 0;
while (size < chars) {
  const piece = random() < 0.05 ? (terms[Math.floor(random() * terms.length)] ?? '') : char();
  parts.push(piece);
  size += piece.length;
}
const text = parts.join('');
const megabytes = Buffer.byteLength(text, 'utf8') / 1_000_000;

const ours = new CompiledLexicon(terms.map((term) => ({ term, category: '敏感词', severity: 'warning' as const })));
const compact = new AhoCorasick(terms);
const fast = new FastAhoCorasick(terms);

const key = (start: number, end: number, index: number): string => `${String(start)}:${String(end)}:${String(index)}`;
const ourMatches = ours.match(text);
const theirMatches = fast.search(text);
const a = ourMatches.map((m) => key(m.start, m.end, m.termIndex)).sort();
const b = theirMatches.map((m) => key(m.start, m.end, m.patternIndex)).sort();
const identical = a.length === b.length && a.every((value, i) => value === b[i]);
console.log(
  `text: ${megabytes.toFixed(1)} MB UTF-8 (${text.length.toLocaleString('en-US')} characters), lexicon: ${String(TERMS)} terms`,
);
console.log(
  `matches: @gk/attribute-review ${a.length.toLocaleString('en-US')}, modern-ahocorasick ${b.length.toLocaleString('en-US')} — ${identical ? 'identical' : 'DIFFERENT'}`,
);
if (!identical) {
  process.exitCode = 1;
  throw new Error('the matches differ');
}

function median(run: () => unknown): number {
  const times: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const began = performance.now();
    run();
    if (round > 0) times.push(performance.now() - began);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
const rate = (ms: number): number => megabytes / (ms / 1000);
const oursMs = median(() => ours.match(text));
const compactMs = median(() => compact.search(text));
const fastMs = median(() => fast.search(text));
console.log(`@gk/attribute-review            ${rate(oursMs).toFixed(1).padStart(7)} MB/s  (${oursMs.toFixed(0)} ms)`);
console.log(
  `modern-ahocorasick (compact)    ${rate(compactMs).toFixed(1).padStart(7)} MB/s  (${compactMs.toFixed(0)} ms)  ratio ${(compactMs / oursMs).toFixed(2)}×`,
);
console.log(
  `modern-ahocorasick/fast         ${rate(fastMs).toFixed(1).padStart(7)} MB/s  (${fastMs.toFixed(0)} ms)  ratio ${(fastMs / oursMs).toFixed(2)}×`,
);

// A notice dense with personal data (an ID number and a phone in every line, 20 MB): the scanner's
// checks against ID ranges must stay linear in the number of findings.
const line =
  '关于2025年度农村危房改造补助资金发放情况的公示，联系人身份证号320102198001011238，联系电话13912345678。\n';
const dense = line.repeat(Math.ceil(20_000_000 / Buffer.byteLength(line, 'utf8')));
const denseMegabytes = Buffer.byteLength(dense, 'utf8') / 1_000_000;
let denseFindings = 0;
const denseMs = median(() => {
  denseFindings = scanText(dense).length;
});
console.log(
  `scanText, dense personal data   ${(denseMegabytes / (denseMs / 1000)).toFixed(1).padStart(7)} MB/s  (${denseMs.toFixed(0)} ms, ${denseMegabytes.toFixed(1)} MB, ${denseFindings.toLocaleString('en-US')} findings)`,
);
