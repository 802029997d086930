// Races @gk/workdays (the built package) against the npm package chinese-days on every day of
// 2019–2026: first checks that both give identical answers, then times full sweeps of the
// period and prints median calls per second and the ratio. Run with `pnpm bench` (builds first).
// The race uses `chinaCalendar.strict` (notices only), so days past the last notice raise a coverage
// error rather than a provisional answer; the cost of building the provisional days to 2100 is timed last.
import {
  CHINA_HOLIDAY_NOTICES,
  chinaCalendar as provisionalCalendar,
  createCalendar,
  WorkdaysError,
} from '@gk/workdays';
import chineseDays from 'chinese-days';
import { Bench } from 'tinybench';

const { findWorkday, isWorkday: cdIsWorkday } = chineseDays;
const chinaCalendar = provisionalCalendar.strict;

const days: string[] = [];
for (let t = Date.UTC(2019, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
  days.push(new Date(t).toISOString().slice(0, 10));
}

// 1. Identical answers.
let workdayMismatches = 0;
for (const day of days) if (chinaCalendar.isWorkday(day) !== cdIsWorkday(day)) workdayMismatches++;

const addDays: string[] = [];
let addMismatches = 0;
const beyondData: string[] = [];
for (const day of days) {
  try {
    const ours = chinaCalendar.addWorkdays(day, 20);
    if (ours !== findWorkday(20, day)) addMismatches++;
    addDays.push(day);
  } catch (error) {
    if (!(error instanceof WorkdaysError && error.isCoverageError)) throw error;
    beyondData.push(day);
  }
}
console.log(`days compared: ${days.length} (2019-01-01 … 2026-12-31)`);
console.log(`isWorkday: ${workdayMismatches} differences`);
console.log(
  `addWorkdays(d, 20): ${addDays.length} days compared, ${addMismatches} differences; ` +
    `${beyondData.length} days (${beyondData[0] ?? '-'} … ${beyondData.at(-1) ?? '-'}) end past 2026-12-31, ` +
    'where the strict calendar raises a coverage error (chinaCalendar answers them provisionally)',
);
if (workdayMismatches + addMismatches > 0) {
  process.exitCode = 1;
  throw new Error('the two libraries disagree; not timing');
}

// 2. Speed: one task iteration is one sweep over the period.
let sink = 0;
const bench = new Bench({ time: 1500, warmupTime: 300 });
bench
  .add('@gk/workdays isWorkday', () => {
    for (const day of days) if (chinaCalendar.isWorkday(day)) sink++;
  })
  .add('chinese-days isWorkday', () => {
    for (const day of days) if (cdIsWorkday(day)) sink++;
  })
  .add('@gk/workdays addWorkdays(d, 20)', () => {
    for (const day of addDays) sink += chinaCalendar.addWorkdays(day, 20).length;
  })
  .add('chinese-days findWorkday(20, d)', () => {
    for (const day of addDays) sink += findWorkday(20, day).length;
  });
await bench.run();

const perSecond = (name: string, calls: number): number => {
  const task = bench.getTask(name);
  const result = task?.result as { latency?: { p50: number } } | undefined;
  const p50 = result?.latency?.p50;
  if (p50 === undefined) throw new Error(`no result for ${name}`);
  return calls / (p50 / 1000);
};
const rows = [
  ['isWorkday', '@gk/workdays isWorkday', 'chinese-days isWorkday', days.length],
  ['addWorkdays(d, 20)', '@gk/workdays addWorkdays(d, 20)', 'chinese-days findWorkday(20, d)', addDays.length],
] as const;
console.log('\nmedian calls per second (from the median time of a full sweep):');
for (const [label, ours, peer, calls] of rows) {
  const a = perSecond(ours, calls);
  const b = perSecond(peer, calls);
  console.log(
    `${label.padEnd(20)} @gk/workdays ${Math.round(a).toLocaleString('en-US').padStart(13)}/s   ` +
      `chinese-days ${Math.round(b).toLocaleString('en-US').padStart(11)}/s   ratio ${(a / b).toFixed(1)}×`,
  );
}
if (sink === 42) console.log('');

// 3. Building the calendar: notices only (2008–2026) against notices plus provisional days to 2100.
const build = new Bench({ time: 1500, warmupTime: 300 });
build
  .add('createCalendar, notices only', () => {
    sink += createCalendar(CHINA_HOLIDAY_NOTICES).coverage.last.length;
  })
  .add('createCalendar, provisional to 2100', () => {
    sink += createCalendar(CHINA_HOLIDAY_NOTICES, [], { provisional: true }).coverage.last.length;
  });
await build.run();
const medianMs = (name: string): number =>
  (build.getTask(name)?.result as { latency?: { p50: number } } | undefined)?.latency?.p50 ?? Number.NaN;
const strictMs = medianMs('createCalendar, notices only');
const fullMs = medianMs('createCalendar, provisional to 2100');
console.log(
  `\ncalendar build (median): notices only ${strictMs.toFixed(2)} ms, provisional to 2100 ${fullMs.toFixed(2)} ms ` +
    `(${(fullMs / strictMs).toFixed(1)}×; built once per calendar)`,
);
