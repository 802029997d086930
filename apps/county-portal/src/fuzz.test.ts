// Fuzz suite: every public parser and fold of the packages, fed what a careless integrator or a hostile
// client sends — any JSON-like value, prototype keys, absurd numbers, NUL, full-width and invisible
// characters, random bytes. Each must answer with a value or issues: never a TypeError, never a hang
// (each input is bounded in time), never a polluted prototype. Lives here because this app depends on
// every package; bounded in runs so it takes seconds.
import { checkReport } from '@gk/annual-report';
import { readLexicon, redact, scanText } from '@gk/attribute-review';
import { readTimeLimit, safeParseCatalogue, searchCatalogues } from '@gk/catalogue-schema';
import { checkResidentId, checkUscc, GkError, safeParseDivisionCode, safeParseLocalDate } from '@gk/core';
import { inspectXlsx, officeText, readCatalogueXlsx } from '@gk/office';
import type { CaseEvent } from '@gk/request-workflow';
import {
  allowedActions,
  buildNotice,
  checkApplication,
  evaluateCase,
  noticeKindsFor,
  processingFee,
  safeParseCaseEvents,
} from '@gk/request-workflow';
import { chinaCalendar, safeParseHolidayNotice } from '@gk/workdays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** The longest one input may take: far above any real answer, short enough to catch a hang. */
const PER_INPUT_MS = 1000;
const RUNS = 150;

const awkwardText = fc.string({
  unit: fc.constantFrom(
    ...['0', '9', '１', 'Ｘ', 'X', '\u200b', '\u202e', '\u0000', '\ufeff', '年', '月', '日', '个', '工作日', '内'],
    ...[' ', '-', '.', '@', '★', '秘密', '__proto__', 'constructor', '{', '"', '\n', '𠀀'],
  ),
  maxLength: 60,
});
const hostile = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 6, withNullPrototype: true, withBoxedValues: true, withMap: true }),
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e308,
    -0,
    '',
    '\u0000',
    '__proto__',
    'constructor',
    [],
    [null],
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown,
  ),
  awkwardText,
);

/** Calls `fn` on every generated input: it returns, or throws a GkError (the throwing APIs), in time. */
function survives(name: string, fn: (input: unknown) => unknown, arbitrary: fc.Arbitrary<unknown> = hostile): void {
  it(`${name}: issues, never a TypeError or a hang`, () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const started = performance.now();
        try {
          fn(input);
        } catch (error) {
          expect(error, `${name}(${fc.stringify(input)})`).toBeInstanceOf(GkError);
        }
        expect(performance.now() - started).toBeLessThan(PER_INPUT_MS);
      }),
      { numRuns: RUNS },
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
}

describe('fuzz: core', () => {
  survives('safeParseLocalDate', (x) => safeParseLocalDate(x));
  survives('checkResidentId', (x) => checkResidentId(x as string));
  survives('checkUscc', (x) => checkUscc(x as string));
  survives('safeParseDivisionCode', (x) => safeParseDivisionCode(x as string));
});

describe('fuzz: workdays and catalogues', () => {
  survives('safeParseHolidayNotice', (x) => safeParseHolidayNotice(x));
  survives('chinaCalendar.addWorkdays', (x) => chinaCalendar.addWorkdays('2025-10-01', x as number));
  survives('safeParseCatalogue', (x) => safeParseCatalogue(x));
  survives('readTimeLimit', (x) => readTimeLimit(x as string));
  survives('searchCatalogues', (x) => searchCatalogues([], x as string));
});

describe('fuzz: requests', () => {
  const options = (today: unknown) => ({ calendar: chinaCalendar, today: today as string });
  survives('safeParseCaseEvents', (x) => safeParseCaseEvents(x));
  survives('evaluateCase', (x) => evaluateCase(x as CaseEvent[], options('2025-10-09')));
  survives('evaluateCase (a list of anything)', (x) => evaluateCase([x] as CaseEvent[], options(x)));
  survives('checkApplication', (x) => checkApplication(x as never));
  survives('processingFee', (x) => processingFee(x as never));
  survives('allowedActions and noticeKindsFor on any history', (x) => {
    const state = evaluateCase([x] as CaseEvent[], options('2025-10-09'));
    allowedActions(state, { today: '2025-10-09' });
    for (const kind of noticeKindsFor(state)) buildNotice(kind, state, { agency: { name: '示范县人民政府办公室' } });
  });
  survives('buildNotice (any kind)', (x) =>
    buildNotice(x as never, evaluateCase([], options('2025-10-09')), { agency: { name: 'x' } }),
  );
});

describe('fuzz: reports and review', () => {
  survives('checkReport', (x) => checkReport(x));
  survives('readLexicon', (x) => readLexicon(x as string));
  survives('scanText', (x) => scanText(x as string));
  survives('redact(scanText)', (x) => redact(x as string, scanText(x as string)), awkwardText);
});

describe('fuzz: office files from random bytes', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    // A ZIP's end-of-directory record with random counts and offsets after random bytes.
    fc
      .tuple(fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ minLength: 18, maxLength: 18 }))
      .map(([head, tail]) => new Uint8Array([...head, 0x50, 0x4b, 0x05, 0x06, ...tail])),
  );
  survives('inspectXlsx', (x) => inspectXlsx(x as Uint8Array), bytes);
  survives('officeText (docx)', (x) => officeText(x as Uint8Array, 'docx'), bytes);
  survives('officeText (xlsx)', (x) => officeText(x as Uint8Array, 'xlsx'), bytes);
  it('readCatalogueXlsx: issues, never a throw, on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (x) => {
        const result = await readCatalogueXlsx(x);
        expect(result.catalogue).toBeNull();
        expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 50 },
    );
  });
});
