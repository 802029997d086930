import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { safeParseCatalogue } from './catalogue.js';
import { catalogueDocumentSchema } from './document.js';
import { catalogueJsonSchema } from './json-schema.js';

const root = join(import.meta.dirname, '..');
const examples = (kind: 'good' | 'bad') =>
  readdirSync(join(root, 'examples', kind))
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({
      file,
      document: JSON.parse(readFileSync(join(root, 'examples', kind, file), 'utf8')) as unknown,
    }));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(catalogueJsonSchema());

// What each bad example is for: the first issue code the parser reports.
const BAD: Readonly<Record<string, string>> = {
  'audience-in-chinese.json': 'catalogue.enum',
  'blank-publisher.json': 'catalogue.required',
  'channel-number.json': 'catalogue.type',
  'division-code-province.json': 'divisionCode.province',
  'format-version.json': 'catalogue.enum',
  'impossible-date.json': 'date.nonexistent',
  'missing-time-limit.json': 'catalogue.required',
  'no-channels.json': 'catalogue.required',
  'no-items.json': 'catalogue.required',
  'unknown-field.json': 'catalogue.unknownField',
};

describe('examples', () => {
  it('the checked-in JSON Schema is the one the zod schema generates (run `pnpm --filter @gk/catalogue-schema generate:schema`)', () => {
    const file = JSON.parse(readFileSync(join(root, 'schema', 'catalogue.schema.json'), 'utf8')) as unknown;
    expect(file).toEqual(catalogueJsonSchema());
  });

  it.each(examples('good'))('good/$file: zod, ajv and the parser all accept it', ({ document }) => {
    expect(catalogueDocumentSchema.safeParse(document).success).toBe(true);
    expect(validate(document), ajv.errorsText(validate.errors)).toBe(true);
    const result = safeParseCatalogue(document);
    expect(result.success, JSON.stringify(result.issues)).toBe(true);
  });

  it('has an expected issue for every bad example', () => {
    expect(
      examples('bad')
        .map((e) => e.file)
        .sort(),
    ).toEqual(Object.keys(BAD).sort());
  });

  it.each(examples('bad'))('bad/$file: zod and ajv both reject it, and the parser says why', ({ file, document }) => {
    expect(catalogueDocumentSchema.safeParse(document).success).toBe(false);
    expect(validate(document)).toBe(false);
    const result = safeParseCatalogue(document);
    expect(result.success).toBe(false);
    expect(result.issues[0]?.code).toBe(BAD[file]);
  });
});
