/**
 * JSON Schema files generated from the zod schemas (`z.toJSONSchema`, draft 2020-12), shipped as
 * `dist/schemas/<name>.schema.json` so a file can be validated without TypeScript (written by `scripts/schemas.ts`).
 * Lengths, list sizes, blank texts (a "visible character" pattern), the 1900–2100 date range and the URL rule (a
 * pattern refusing other schemes, `//host`, backslashes and white space) are in the JSON Schema too. Cross-field and
 * parsing rules (unique ids, consent withdrawal across repeated ids, a position's end after its start, NFC, URL
 * parsing, evolution guarantee, references) are not expressible in JSON Schema: only `intras validate` checks those.
 */
import * as z from 'zod/mini';
import { SkillFrameworkSchema } from '../skills/framework.js';
import { PortraitsDocumentSchema } from '../portraits/portrait.js';
import { CertificationSessionsDocumentSchema } from '../certification/session.js';
import { CertificationApplicationSchema } from '../certification/application.js';
import { SupportRequestSchema } from '../support/request.js';
import { JobPostingsDocumentSchema } from '../jobs/posting.js';

/** Public base URL of the shipped schemas (npm CDN path of the package). */
export const SCHEMA_BASE_URL = 'https://unpkg.com/@betagouv/intras/dist/schemas/';

/** Schema file names → zod schema and a title. */
export const JSON_SCHEMA_SOURCES = {
  'skill-framework.schema.json': { schema: SkillFrameworkSchema, title: 'Référentiel de compétences / Skill framework (@betagouv/intras)' },
  'portraits.schema.json': { schema: PortraitsDocumentSchema, title: 'Portraits d’intrapreneurs / Intrapreneur portraits (@betagouv/intras)' },
  'certification-sessions.schema.json': { schema: CertificationSessionsDocumentSchema, title: 'Sessions de certification RS6247 / Certification sessions (@betagouv/intras)' },
  'certification-application.schema.json': { schema: CertificationApplicationSchema, title: 'Candidature à la certification RS6247 / Certification application (@betagouv/intras)' },
  'support-request.schema.json': { schema: SupportRequestSchema, title: 'Demande d’accompagnement / Support request (@betagouv/intras)' },
  'job-postings.schema.json': { schema: JobPostingsDocumentSchema, title: 'Offres d’emploi / Job postings (@betagouv/intras)' },
} as const;
export type JsonSchemaName = keyof typeof JSON_SCHEMA_SOURCES;

/** Generates every JSON Schema (input shape: what a file may contain). */
export function jsonSchemas(): Record<JsonSchemaName, Record<string, unknown>> {
  const out = {} as Record<JsonSchemaName, Record<string, unknown>>;
  for (const name of Object.keys(JSON_SCHEMA_SOURCES) as JsonSchemaName[]) {
    const { schema, title } = JSON_SCHEMA_SOURCES[name];
    const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    const { $schema, ...rest } = generated;
    out[name] = { $schema, $id: `${SCHEMA_BASE_URL}${name}`, title, ...rest };
  }
  return out;
}
