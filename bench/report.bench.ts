// Builds the annual report from 1,000,000 generated case states (the fields CaseState carries) and
// checks it. Prints the median build time over 5 rounds on one core. Run with `pnpm bench`.
import type { ReportCase } from '@gk/annual-report';
import { buildAnnualReport, checkReport } from '@gk/annual-report';
import { ORGANIZATION_CATEGORIES, OUTCOME_CODES } from '@gk/request-workflow';
import { seededRandom } from './random.ts';

const CASES = 1_000_000;
const ROUNDS = 5;
const random = seededRandom(7);
const start = Date.UTC(2024, 6, 1);
const day = (offset: number): string => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
const categories = ORGANIZATION_CATEGORIES;
const cases: ReportCase[] = Array.from({ length: CASES }, () => {
  const received = Math.floor(random() * 700);
  const open = random() < 0.1;
  const applicant =
    random() < 0.8
      ? ({ kind: 'naturalPerson', name: '张三' } as const)
      : ({ kind: 'organization', name: '某单位', category: categories[Math.floor(random() * 5)] ?? 'other' } as const);
  return {
    receivedOn: day(received),
    concludedOn: open ? null : day(received + Math.floor(random() * 40)),
    outcome: open ? null : (OUTCOME_CODES[Math.floor(random() * OUTCOME_CODES.length)] ?? 'disclosed'),
    applicant,
    fee: random() < 0.01 ? { amount: 100, paidOn: day(received + 5) } : null,
  };
});
const proactive = {
  regulations: { issued: 0, repealed: 0, inForce: 3 },
  normativeDocuments: { issued: 5, repealed: 1, inForce: 40 },
  licensingDecisions: 120,
  penaltyDecisions: 30,
  enforcementDecisions: 2,
  feesTenThousandYuan: 12.5,
};

const times: number[] = [];
let errors = 0;
for (let round = 0; round <= ROUNDS; round++) {
  const began = performance.now();
  const report = buildAnnualReport({
    format: '2021',
    year: 2025,
    issuer: '某省人民政府办公厅',
    cases,
    appeals: [],
    proactive,
  });
  const elapsed = performance.now() - began;
  errors += checkReport(report).length;
  if (round > 0) times.push(elapsed);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
console.log(
  `buildAnnualReport: ${CASES.toLocaleString('en-US')} cases, median ${median.toFixed(0)} ms on one core ` +
    `(rounds: ${times.map((t) => t.toFixed(0)).join(', ')} ms); checkReport issues: ${String(errors)}`,
);
