import * as z from 'zod';
import { catalogueDocumentSchema } from './document.js';

/** The JSON Schema's `$id` (a URN: the file ships in the package as `@gk/catalogue-schema/catalogue.schema.json`). */
export const CATALOGUE_SCHEMA_ID = 'urn:gk:schema:catalogue:1';

/**
 * The JSON Schema (draft 2020-12) of a catalogue document, generated from the zod schema. It
 * checks structure: required elements, value lists, dates, division-code form. The domain rules
 * of {@link parseCatalogue} (check characters, time limits, channels, instance rows) sit on top.
 * @returns the schema as a plain object
 */
export function catalogueJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(catalogueDocumentSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  return { $schema: schema.$schema, $id: CATALOGUE_SCHEMA_ID, ...schema };
}
