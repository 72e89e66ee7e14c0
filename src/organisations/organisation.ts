/**
 * Organisations (sponsors) and incubators, as in espace-membre (`src/models/sponsor.ts`, `incubator.ts`).
 */
import * as z from 'zod/mini';
import { Text } from '../shared/schema.js';

/** espace-membre `SponsorType`. */
export const SPONSOR_TYPES = ['administration-centrale', 'service-deconcentre', 'operateur', 'securite-sociale', 'collectivite-territoriale', 'autre'] as const;
/** espace-membre `SponsorDomaineMinisteriel`. */
export const DOMAINES_MINISTERIELS = [
  'affaires-etrangeres', 'agriculture', 'armees', 'bercy', 'culture', 'education', 'enseignement-sup', 'environnement',
  'interieur', 'justice', 'outre-mer', 'solidarite-sante', 'spm', 'sport', 'travail', 'territoires', 'autres',
] as const;

/**
 * An organisation (sponsor / administration). Ids keep the case and accents of the source (`DIPLP`, `Préfecture`).
 * `type` and `domaineMinisteriel` are kept as strings: real data holds values outside the enums
 * (see {@link SPONSOR_TYPES}, {@link DOMAINES_MINISTERIELS} for the known ones).
 */
export const OrganisationSchema = z.object({
  id: Text(),
  name: Text(),
  acronym: z.optional(z.string()),
  domaineMinisteriel: z.optional(z.string()),
  type: z.optional(z.string()),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

/** An incubator (`dinum`, `mtes`, `anct`…). `hidden` incubators (e.g. `sgmas`) have no public metadata. */
export const IncubatorSchema = z.object({
  id: Text(),
  title: z.optional(z.string()),
  website: z.optional(z.nullable(z.string())),
  github: z.optional(z.nullable(z.string())),
  owner: z.optional(z.string()),
  startupGhids: z.array(z.string()),
  hidden: z.boolean(),
});
export type Incubator = z.infer<typeof IncubatorSchema>;
