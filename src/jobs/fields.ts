/**
 * Where each field of a {@link JobPosting} comes from, in every input format: the table of docs/jobs.md, kept as data
 * so that messages about a record name the field the user wrote (`closesAt (source : « Date limite »)`).
 * `—` means the format has no such field; text in parentheses says how the value is derived.
 */
import type { JobPosting } from './posting.js';

/** Input formats of the job adapters. */
export const JOB_FORMATS = ['json', 'jsonld', 'csp-csv', 'pep', 'notion'] as const;
export type JobFormat = (typeof JOB_FORMATS)[number];

/** Names of the formats, for messages and docs. */
export const JOB_FORMAT_LABELS: Record<JobFormat, { fr: string; en: string }> = {
  json: { fr: 'JSON @betagouv/intras', en: '@betagouv/intras JSON' },
  jsonld: { fr: 'JSON-LD schema.org JobPosting', en: 'schema.org JobPosting JSON-LD' },
  'csp-csv': { fr: 'CSV Choisir le service public', en: 'Choisir le service public CSV' },
  pep: { fr: 'export Place de l’emploi public (TalentSoft)', en: 'Place de l’emploi public export (TalentSoft)' },
  notion: { fr: 'export Notion metiers.numerique.gouv.fr', en: 'metiers.numerique.gouv.fr Notion export' },
};

type Row = { readonly field: string } & Readonly<Record<JobFormat, string>>;

/** One row per model field (dotted path): the source field in each format. */
export const JOB_FIELD_SOURCES: readonly Row[] = [
  { field: 'id', json: 'id', jsonld: 'identifier.value (else a hash of url)', 'csp-csv': '"csp-" + Référence', pep: '"pep-" + OfferID', notion: '"mdn-" + page id' },
  { field: 'title', json: 'title', jsonld: 'title', 'csp-csv': 'Intitulé du poste', pep: 'JobDescriptionTranslation_JobTitle_', notion: 'Name' },
  { field: 'employer.label', json: 'employer.label', jsonld: 'hiringOrganization.name', 'csp-csv': 'Employeur (else Organisme de rattachement)', pep: 'Origin_Entity_', notion: 'Ministère' },
  { field: 'employer.parentLabel', json: 'employer.parentLabel', jsonld: 'hiringOrganization.parentOrganization.name', 'csp-csv': 'Organisme de rattachement', pep: 'Origin_Entity_With3', notion: '—' },
  { field: 'employer.organisationId', json: 'employer.organisationId', jsonld: '—', 'csp-csv': '—', pep: '—', notion: '—' },
  { field: 'versant', json: 'versant', jsonld: '—', 'csp-csv': 'Versant', pep: 'Origin_Entity_With2 (else JobDescription_SalaryRange_)', notion: '(always FPE: State job board)' },
  { field: 'categorie', json: 'categorie', jsonld: '—', 'csp-csv': 'Catégorie', pep: 'JobDescription_CustomFields_CustomCodeTableValue1_', notion: 'Poste ouvert aux ("Niveau Cadre" → A)' },
  { field: 'openTo', json: 'openTo', jsonld: '—', 'csp-csv': 'Nature de l\'emploi', pep: 'JobDescription_Contract_', notion: 'Poste ouvert aux' },
  { field: 'contractKind', json: 'contractKind', jsonld: 'employmentType (CONTRACTOR, INTERN, VOLUNTEER, TEMPORARY)', 'csp-csv': 'Nature de contrat', pep: '(fixed-term when JobDescriptionTranslation_ContractLength_ is set)', notion: 'Poste ouvert aux ("CDD", "CDI")' },
  { field: 'contractDuration', json: 'contractDuration', jsonld: '—', 'csp-csv': 'Durée du contrat', pep: 'JobDescriptionTranslation_ContractLength_', notion: '—' },
  { field: 'workingTime', json: 'workingTime', jsonld: 'employmentType (FULL_TIME, PART_TIME)', 'csp-csv': 'Temps Plein', pep: 'OfferCustomBlock1_CustomFields_CustomCodeTableValue3_', notion: '—' },
  { field: 'location.label', json: 'location.label', jsonld: 'jobLocation.address (locality, region) / jobLocationType TELECOMMUTE → "Télétravail"', 'csp-csv': 'Localisation du poste (else Lieu d\'affectation)', pep: 'Location_Department_Department_ (else region, address)', notion: 'Localisation' },
  { field: 'location.departement', json: 'location.departement', jsonld: 'jobLocation.address.postalCode', 'csp-csv': 'Localisation du poste ("Nom (NN)")', pep: 'Location_Department_Department_ ("Paris (75)")', notion: 'Localisation (postal code, "(NN)", "- NN" or a name)' },
  { field: 'location.region', json: 'location.region', jsonld: '(from the département)', 'csp-csv': '(from the département)', pep: 'Location_Region_Region_ (official spelling; else from the département)', notion: '(from the département)' },
  { field: 'location.city', json: 'location.city', jsonld: 'jobLocation.address.addressLocality', 'csp-csv': '—', pep: 'Location_CustomFieldsTranslation_ShortText1_', notion: '—' },
  { field: 'location.address', json: 'location.address', jsonld: 'jobLocation.address.streetAddress', 'csp-csv': 'Lieu d\'affectation (sans géolocalisation) (else Lieu d\'affectation)', pep: 'Location_JobLocation_', notion: 'Localisation' },
  { field: 'location.geo', json: 'location.geo', jsonld: 'jobLocation.geo', 'csp-csv': '—', pep: 'Offer_CoordLat_, Offer_CoordLong_ (decimal comma)', notion: '—' },
  { field: 'remote', json: 'remote', jsonld: 'jobLocationType TELECOMMUTE → full', 'csp-csv': 'Télétravail', pep: '—', notion: '—' },
  { field: 'postedAt', json: 'postedAt', jsonld: 'datePosted', 'csp-csv': 'Date de première publication (dd/mm/yyyy)', pep: 'FirstPublicationDate (DD/MM/YYYY HH:MM:SS)', notion: 'created_time (date part)' },
  { field: 'closesAt', json: 'closesAt', jsonld: 'validThrough (date part)', 'csp-csv': 'Date de fin de publication par défaut (31/12/9999 = none)', pep: 'OF_CustomFields_Date1_', notion: 'Date limite' },
  { field: 'startsAt', json: 'startsAt', jsonld: 'jobStartDate', 'csp-csv': 'Date de vacance de l\'emploi', pep: 'Origin_BeginningDate_', notion: '—' },
  { field: 'url', json: 'url', jsonld: 'url (else the page address)', 'csp-csv': '(https://choisirleservicepublic.gouv.fr/offre-emploi/?query=<Référence>)', pep: '(https://place-emploi-public.gouv.fr/offre-emploi/<Offer_Reference_>/)', notion: 'Pour en savoir plus when an http(s) URL, else the Notion page url' },
  { field: 'description', json: 'description', jsonld: 'description (HTML tags removed)', 'csp-csv': '—', pep: 'JobDescriptionTranslation_Description1_', notion: 'Mission + Ce que vous ferez + Équipe' },
  { field: 'profile', json: 'profile', jsonld: 'qualifications + skills + experienceRequirements', 'csp-csv': 'Compétences attendues + Niveau d\'études + Niveau d\'expérience min. requis', pep: 'JobDescriptionTranslation_Description2_', notion: 'Votre profil + Expérience' },
  { field: 'metierReference', json: 'metierReference', jsonld: 'occupationalCategory (scheme other)', 'csp-csv': 'Métier (RMFP)', pep: 'JobDescription_PrimaryProfile_ (RMFP)', notion: '—' },
  { field: 'startupGhids', json: 'startupGhids', jsonld: '—', 'csp-csv': '—', pep: '—', notion: '—' },
  { field: 'source.kind', json: 'source.kind', jsonld: '(jsonld)', 'csp-csv': '(csp)', pep: '(pep)', notion: '(mdn)' },
  { field: 'source.reference', json: 'source.reference', jsonld: 'identifier.value', 'csp-csv': 'Référence', pep: 'Offer_Reference_', notion: 'page id' },
  { field: 'source.url', json: 'source.url', jsonld: '(the page read, when given)', 'csp-csv': '(the offer URL)', pep: '(the offer URL)', notion: 'page url (notion.so)' },
  { field: 'status', json: 'status', jsonld: '(published)', 'csp-csv': '(published)', pep: 'Offer_OfferStatus_ ("Diffusée" → published)', notion: 'archived (true → draft, else published)' },
] satisfies readonly Row[];

const byField = new Map(JOB_FIELD_SOURCES.map((r) => [r.field, r]));
/** Every model path of the table is a field of {@link JobPosting} (checked by the tests). */
export type JobFieldPath = keyof JobPosting | `${keyof JobPosting}.${string}`;

/**
 * The source field of a model path in `format`, for messages: the raw field name only (`Date limite`), without the
 * derivation notes; `undefined` when the format has none or the path is unknown.
 */
export function sourceFieldName(format: JobFormat, path: string): string | undefined {
  const text = (byField.get(path) ?? byField.get(path.split('.')[0]))?.[format];
  if (!text || text === '—' || text.startsWith('(')) return undefined;
  return text.replace(/\s*\(.*$/, '').replace(/^"[^"]*" \+ /, '');
}
