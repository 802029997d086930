// Writes schema/catalogue.schema.json from the zod schema. A test fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogueJsonSchema } from '../src/json-schema.js';

const out = fileURLToPath(new URL('../schema/catalogue.schema.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
