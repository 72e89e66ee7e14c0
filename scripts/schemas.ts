/**
 * Build step (`npm run build`): writes the JSON Schema files to `dist/schemas/*.schema.json` and the RS6247
 * framework as plain JSON to `dist/data/rs6247.framework.json` (exported as `@betagouv/intras/data/*`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas, SCHEMA_BASE_URL } from '../src/cli/json-schemas.js';
import { RS6247_FRAMEWORK } from '../src/skills/rs6247.js';

const root = new URL('../dist/', import.meta.url);
mkdirSync(new URL('schemas/', root), { recursive: true });
mkdirSync(new URL('data/', root), { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`schemas/${name}`, root), `${JSON.stringify(schema, null, 2)}\n`);
}
const framework = { $schema: `${SCHEMA_BASE_URL}skill-framework.schema.json`, ...RS6247_FRAMEWORK };
writeFileSync(new URL('data/rs6247.framework.json', root), `${JSON.stringify(framework, null, 2)}\n`);
console.log(`schemas: ${Object.keys(jsonSchemas()).length} JSON Schema files + data/rs6247.framework.json written to dist/`);
