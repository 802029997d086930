// Parses and validates a 100,000-item catalogue three ways: the zod schema (structure only),
// parseCatalogue (structure + domain rules), and ajv with the exported JSON Schema.
// Prints median items per second. Run with `pnpm bench` (builds first).
import { readFileSync } from 'node:fs';
import { catalogueDocumentSchema, catalogueJsonSchema, parseCatalogue } from '@gk/catalogue-schema';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Bench } from 'tinybench';

const ITEMS = 100_000;
const example = JSON.parse(
  readFileSync(
    new URL('../packages/catalogue-schema/examples/good/compulsory-education.json', import.meta.url),
    'utf8',
  ),
) as { header: unknown; items: Record<string, unknown>[] };
const limits = [
  '信息形成或者变更之日起20个工作日内',
  '制定或获取信息之日起10个工作日内',
  '本级人民代表大会或其常务委员会批准后20日内',
  '实时公开',
  '半年至少更新1次',
];
const items = Array.from({ length: ITEMS }, (_, i) => {
  const base = example.items[i % 2] ?? {};
  return {
    ...base,
    id: `item-${String(i)}`,
    secondaryMatter: `事项${String(i)}`,
    timeLimit: limits[i % limits.length],
  };
});
const document = { formatVersion: '1', header: example.header, items };

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(catalogueJsonSchema());
if (!validate(document) || !catalogueDocumentSchema.safeParse(document).success)
  throw new Error('the benchmark catalogue must be valid');
if (parseCatalogue(document).items.length !== ITEMS) throw new Error('parseCatalogue lost items');

const bench = new Bench({ iterations: 7, time: 0, warmupIterations: 1, warmupTime: 0 });
bench
  .add('zod schema (structure)', () => {
    catalogueDocumentSchema.safeParse(document);
  })
  .add('parseCatalogue (structure + domain rules)', () => {
    parseCatalogue(document);
  })
  .add('ajv + exported JSON Schema (structure)', () => {
    validate(document);
  });
await bench.run();

console.log(`catalogue of ${ITEMS.toLocaleString('en-US')} items; median items per second:`);
for (const task of bench.tasks) {
  const p50 = (task.result as { latency?: { p50: number } }).latency?.p50;
  if (p50 === undefined) throw new Error(`no result for ${task.name}`);
  console.log(
    `  ${task.name.padEnd(44)} ${Math.round(ITEMS / (p50 / 1000))
      .toLocaleString('en-US')
      .padStart(12)}/s  (${p50.toFixed(0)} ms per catalogue)`,
  );
}
