// The shipped JSON Schema files (generated from the zod schemas) validate real files with a standard validator (ajv).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { jsonSchemas, type JsonSchemaName } from '../../src/cli/json-schemas.js';
import { RS6247_FRAMEWORK } from '../../src/index.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const schemas = jsonSchemas();
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validators = Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, ajv.compile(s)])) as Record<JsonSchemaName, ReturnType<typeof ajv.compile>>;
const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));

const portrait = {
  id: 'p-vertical-1', personId: 'mathis.vasseur', displayName: 'Mathis Vasseur', headline: 'Chef de la mission numérique, DGFiP',
  category: 'vertical', before: 'Inspecteur des finances publiques en SIE', startups: [{ ghid: 'aidants-relais', name: 'Aidants Relais' }],
  after: ['Chef de la mission numérique'], narrative: 'Parti d’un service des impôts des entreprises, il pilote six produits.',
  consent: { given: true, at: '2025-10-02' }, status: 'published', publishedAt: '2025-10-15', competences: ['pitch', 'cohesion-equipe'],
};

test('four schema files, draft 2020-12, each with an $id and a title', () => {
  assert.deepEqual(Object.keys(schemas).sort(), ['certification-application.schema.json', 'certification-sessions.schema.json', 'job-postings.schema.json', 'portraits.schema.json', 'skill-framework.schema.json', 'support-request.schema.json']);
  for (const [name, s] of Object.entries(schemas)) {
    assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(String(s.$id).endsWith(`/${name}`));
    assert.ok(s.title);
  }
});

const ROWS: { name: string; schema: JsonSchemaName; doc: () => unknown; valid: boolean; errorAt?: string }[] = [
  { name: 'RS6247 framework data', schema: 'skill-framework.schema.json', doc: () => JSON.parse(JSON.stringify(RS6247_FRAMEWORK)), valid: true },
  { name: 'released RS6247 1.0.0 snapshot', schema: 'skill-framework.schema.json', doc: () => fixture('skills/released/rs6247-1.0.0.json'), valid: true },
  { name: 'another incubator’s framework (with $schema)', schema: 'skill-framework.schema.json', doc: () => fixture('skills/framework-incubateur-exemple.json'), valid: true },
  { name: 'broken framework (empty label.fr)', schema: 'skill-framework.schema.json', doc: () => fixture('skills/framework-broken.json'), valid: false, errorAt: '/competences/3/label/fr' },
  { name: 'framework with an unknown scale kind', schema: 'skill-framework.schema.json', doc: () => ({ ...fixture('skills/framework-incubateur-exemple.json'), levelScale: { kind: 'stars' } }), valid: false, errorAt: '/levelScale' },
  { name: 'the certification page snapshot is not a framework', schema: 'skill-framework.schema.json', doc: () => fixture('certification/certification-rs6247.json'), valid: false },
  { name: 'sessions 2026 ({ sessions: [...] })', schema: 'certification-sessions.schema.json', doc: () => fixture('certification/sessions-2026.json'), valid: true },
  { name: 'sessions as a bare array', schema: 'certification-sessions.schema.json', doc: () => fixture('certification/sessions-2026.json').sessions, valid: true },
  { name: 'sessions with 2027-02-30', schema: 'certification-sessions.schema.json', doc: () => [fixture('certification/sessions-broken.json')[4]], valid: false, errorAt: '/0/applicationOpens' },
  { name: 'session with an unknown season', schema: 'certification-sessions.schema.json', doc: () => [{ ...fixture('certification/sessions-2026.json').sessions[0], season: 'printemps' }], valid: false, errorAt: '/0/season' },
  { name: 'laureate application', schema: 'certification-application.schema.json', doc: () => fixture('certification/application-laureat.json'), valid: true },
  { name: 'submitted application', schema: 'certification-application.schema.json', doc: () => fixture('certification/application-submitted.json'), valid: true },
  { name: 'broken application', schema: 'certification-application.schema.json', doc: () => fixture('certification/application-broken.json'), valid: false, errorAt: '/status' },
  { name: 'application with an unknown jury role', schema: 'certification-application.schema.json', doc: () => ({ ...fixture('certification/application-laureat.json'), jury: [{ role: 'president', name: 'Hugo Tessier' }] }), valid: false, errorAt: '/jury/0/role' },
  { name: 'portraits array', schema: 'portraits.schema.json', doc: () => [portrait], valid: true },
  { name: 'portraits wrapper', schema: 'portraits.schema.json', doc: () => ({ portraits: [portrait] }), valid: true },
  { name: 'portrait without consent', schema: 'portraits.schema.json', doc: () => [{ ...portrait, consent: undefined }].map((p) => JSON.parse(JSON.stringify(p))), valid: false },
  { name: 'portrait with an unknown category', schema: 'portraits.schema.json', doc: () => [{ ...portrait, category: 'diagonal' }], valid: false },
];
for (const row of ROWS) {
  test(`${row.schema} ${row.valid ? 'accepts' : 'rejects'}: ${row.name}`, () => {
    const validate = validators[row.schema];
    const ok = validate(row.doc());
    assert.equal(ok, row.valid, JSON.stringify(validate.errors?.slice(0, 3)));
    if (row.errorAt) assert.ok(validate.errors?.some((e) => e.instancePath.startsWith(row.errorAt!)), JSON.stringify(validate.errors?.map((e) => e.instancePath)));
  });
}
