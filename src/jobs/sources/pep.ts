/**
 * Place de l'emploi public (PEP, place-emploi-public.gouv.fr, 2016–2023) offer export, TalentSoft field names:
 * a JSON array of flat objects (`OfferID` integer, `Offer_Reference_`, `JobDescriptionTranslation_JobTitle_`,
 * `Origin_Entity_*`, `Location_*`, dates `DD/MM/YYYY HH:MM:SS`, coordinates with a decimal comma). Real snapshot:
 * test/fixtures/jobs/pep-offres-2021-09.json (154 offers). Mapping: docs/jobs.md. The offer URL is rebuilt as
 * metiers-numeriques did (`https://place-emploi-public.gouv.fr/offre-emploi/<Offer_Reference_>/`).
 */
import { wordNow } from '../../shared/issue-messages.js';
import { foldText } from '../../shared/text.js';
import { isPepExport } from './detect.js';
import { Conversion, ResultBuilder, decimalNumber, documentError, location, parseCategorie, parseOpenTo, parseVersant, recordId, text, type JobImportResult } from './common.js';

export { isPepExport };

/** The fields of a PEP offer this adapter reads (every value is a string except `OfferID`). */
export interface PepOffer {
  OfferID: number | string;
  Offer_Reference_?: string;
  Offer_OfferStatus_?: string;
  JobDescriptionTranslation_JobTitle_?: string;
  JobDescriptionTranslation_Description1_?: string;
  JobDescriptionTranslation_Description2_?: string;
  JobDescription_PrimaryProfile_?: string;
  JobDescription_CustomFields_CustomCodeTableValue1_?: string;
  JobDescription_Contract_?: string;
  JobDescription_SalaryRange_?: string;
  JobDescriptionTranslation_ContractLength_?: string;
  OfferCustomBlock1_CustomFields_CustomCodeTableValue3_?: string;
  Location_JobLocation_?: string;
  Location_CustomFieldsTranslation_ShortText1_?: string;
  Location_Region_Region_?: string;
  Location_Department_Department_?: string;
  Offer_CoordLat_?: string;
  Offer_CoordLong_?: string;
  Origin_Entity_?: string;
  Origin_Entity_With2?: string;
  Origin_Entity_With3?: string;
  FirstPublicationDate?: string;
  OF_CustomFields_Date1_?: string;
  Origin_BeginningDate_?: string;
  [key: string]: unknown;
}

/**
 * Reads a PEP export (the parsed JSON array). Each offer becomes a posting or a rejection naming the TalentSoft field
 * (`title : texte requis (source : « JobDescriptionTranslation_JobTitle_ »)`). Never throws.
 */
export function fromPepExport(doc: unknown): JobImportResult {
  if (!Array.isArray(doc)) {
    return documentError('pep', { path: '', code: 'invalid_document', fr: 'export PEP attendu : une liste d’offres', en: 'expected a PEP export: a list of offers' });
  }
  const out = new ResultBuilder('pep', wordNow);
  doc.forEach((raw, index) => {
    const conv = new Conversion('pep');
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      out.reject(index, [{ path: '', code: 'invalid_type', fr: 'offre attendue (un objet)', en: 'expected an offer (an object)' }]);
      return;
    }
    const o = raw as PepOffer;
    const offerId = typeof o.OfferID === 'number' || typeof o.OfferID === 'string' ? String(o.OfferID).trim() : '';
    const reference = text(o.Offer_Reference_);
    const url = reference ? `https://place-emploi-public.gouv.fr/offre-emploi/${encodeURIComponent(reference)}/` : undefined;
    const lat = decimalNumber(o.Offer_CoordLat_);
    const lon = decimalNumber(o.Offer_CoordLong_);
    const working = foldText(o.OfferCustomBlock1_CustomFields_CustomCodeTableValue3_ ?? '');
    const contractLength = text(o.JobDescriptionTranslation_ContractLength_);
    const status = foldText(o.Offer_OfferStatus_ ?? '');
    const metier = text(o.JobDescription_PrimaryProfile_);
    const place = location(
      text(o.Location_Department_Department_) ?? text(o.Location_Region_Region_) ?? text(o.Location_CustomFieldsTranslation_ShortText1_) ?? text(o.Location_JobLocation_),
      [o.Location_Department_Department_, o.Location_JobLocation_, o.Location_CustomFieldsTranslation_ShortText1_].map((x) => x ?? '').join(' ; '),
      text(o.Location_Region_Region_),
      {
        city: text(o.Location_CustomFieldsTranslation_ShortText1_),
        address: text(o.Location_JobLocation_),
        geo: lat !== undefined && lon !== undefined ? { latitude: lat, longitude: lon } : undefined,
      },
    );
    // A department written "Paris (75)" whose code is unknown is kept as a label only; departementFromText also
    // reads the address ("… 67000 Strasbourg") when the department field is empty.
    if (!place.departement && text(o.Location_Department_Department_)) {
      conv.problem('location.departement', 'Location_Department_Department_', false, 'departement', `département non reconnu « ${o.Location_Department_Department_} »`, `unknown département "${o.Location_Department_Department_}"`);
    }
    const candidate = {
      id: offerId ? recordId('pep', offerId) : undefined,
      title: text(o.JobDescriptionTranslation_JobTitle_),
      employer: { label: text(o.Origin_Entity_), parentLabel: text(o.Origin_Entity_With3) },
      versant: parseVersant(o.Origin_Entity_With2) ?? parseVersant(o.JobDescription_SalaryRange_),
      categorie: parseCategorie(o.JobDescription_CustomFields_CustomCodeTableValue1_),
      openTo: parseOpenTo(o.JobDescription_Contract_),
      contractKind: contractLength ? 'fixed-term' : undefined,
      contractDuration: contractLength,
      workingTime: working === 'temps complet' ? 'full-time' : working.startsWith('temps non complet') || working.startsWith('temps partiel') ? 'part-time' : undefined,
      location: Object.fromEntries(Object.entries(place).filter(([, v]) => v !== undefined)),
      postedAt: conv.frDate(o.FirstPublicationDate, 'postedAt', 'FirstPublicationDate', true),
      closesAt: conv.frDate(o.OF_CustomFields_Date1_, 'closesAt', 'OF_CustomFields_Date1_', false),
      startsAt: conv.frDate(o.Origin_BeginningDate_, 'startsAt', 'Origin_BeginningDate_', false),
      url,
      description: text(o.JobDescriptionTranslation_Description1_),
      profile: text(o.JobDescriptionTranslation_Description2_),
      metierReference: metier ? { scheme: 'RMFP', label: metier } : undefined,
      source: { kind: 'pep', reference, url },
      status: status === 'diffusee' || status === '' ? 'published' : status.includes('pourvu') ? 'filled' : 'draft',
    };
    if (!offerId) conv.problem('id', 'OfferID', true, 'required', 'champ requis', 'required field');
    if (!reference) conv.problem('url', 'Offer_Reference_', true, 'required', 'référence requise pour l’adresse de l’offre', 'reference required for the offer URL');
    out.add(index, candidate, conv, { id: offerId ? `pep-${offerId}` : undefined });
  });
  return out.result();
}
