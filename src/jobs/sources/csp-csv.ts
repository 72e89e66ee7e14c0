/**
 * Choisir le service public open-data CSV (DGAFP dataset "Les offres diffusées sur Choisir le service public",
 * weekly): `;` separator, optional UTF-8 BOM, dates `dd/mm/yyyy` (`31/12/9999` = no end date), quoted cells that may
 * span lines, the headers listed in docs/jobs.md ({@link CSP_CSV_HEADERS}). Parsed with papaparse (RFC 4180 quoting).
 * No real file was available: tests use an invented fixture built from the documented headers. Mapping: docs/jobs.md.
 */
import { wordNow } from '../../shared/issue-messages.js';
import Papa from 'papaparse';
import { foldText } from '../../shared/text.js';
import type { ContractKind } from '../posting.js';
import { Conversion, ResultBuilder, documentError, joinTexts, location, parseCategorie, parseOpenTo, parseRemote, parseVersant, recordId, text, type JobImportResult } from './common.js';

/** The columns of the dataset, exact header names, in the export's order (listed and tested in docs/jobs.md). */
export const CSP_CSV_HEADERS = [
  'Référence', 'Intitulé du poste', 'Organisme de rattachement', 'Employeur',
  'Métier', 'Spécialisation', 'Catégorie', 'Versant', 'Niveaux',
  "Nature de l'emploi", 'Nature de contrat', 'Durée du contrat', 'Durée du poste', 'Statut du poste', 'Management', 'Temps Plein', 'Télétravail',
  "Niveau d'études", "Niveau d'expérience min. requis", 'Langues', 'Compétences attendues', 'Documents à transmettre',
  "Lieu d'affectation", "Lieu d'affectation (sans géolocalisation)", 'Localisation du poste',
  "Date de vacance de l'emploi", 'Date de première publication', 'Date de début de publication par défaut', 'Date de fin de publication par défaut',
  'Avis de vacances au JO',
] as const;
export type CspCsvHeader = (typeof CSP_CSV_HEADERS)[number];

/** Columns without which a row cannot become a posting: a missing one is an error of the whole file. */
export const CSP_CSV_REQUIRED_HEADERS: readonly CspCsvHeader[] = ['Référence', 'Intitulé du poste', 'Employeur', 'Localisation du poste', 'Date de première publication'];

const FOLDED = new Map<string, CspCsvHeader>(CSP_CSV_HEADERS.map((h) => [foldText(h), h]));

function contractKind(value: string | undefined): ContractKind | undefined {
  const t = foldText(value ?? '');
  if (!t) return undefined;
  if (/\bcdi\b|indetermine/.test(t)) return 'permanent';
  if (/\bcdd\b|determine/.test(t)) return 'fixed-term';
  if (/titulaire|statutaire|fonctionnaire|mutation|detachement/.test(t)) return 'statutory';
  if (/apprenti/.test(t)) return 'apprenticeship';
  if (/stage/.test(t)) return 'internship';
  if (/volontari|service civique/.test(t)) return 'volunteer';
  return 'other';
}

/** The first line of `text` (up to the first line break outside quotes). */
function headerLine(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return text.slice(0, i);
  }
  return text;
}

/**
 * Reads a Choisir le service public CSV export. Errors of the whole file (nothing or only the rows before it can be
 * read) name the line and the column: another separator than `;` (line 1), a required header missing (line 1, the
 * header), a quote opened and never closed or followed by text (the line where the row starts, the column). A row
 * with another number of cells than the header, or an invalid required value, is rejected with its 1-based `line`;
 * the other rows are kept. Never throws.
 */
export function fromCspCsv(input: string): JobImportResult {
  const text0 = String(input).replace(/^\uFEFF/, '');
  if (!text0.trim()) return documentError('csp-csv', { path: '', code: 'empty', line: 1, fr: 'ligne 1 : fichier CSV vide', en: 'line 1: empty CSV file' });
  const head = headerLine(text0);
  if (!head.includes(';')) {
    const other = head.includes('\t') ? 'tabulation' : head.includes(',') ? '« , »' : undefined;
    const otherEn = head.includes('\t') ? 'tab' : head.includes(',') ? '","' : undefined;
    return documentError('csp-csv', {
      path: '', code: 'wrong_separator', line: 1, column: '1',
      fr: `ligne 1 : séparateur ${other ? `${other} trouvé` : 'introuvable'}, « ; » attendu (export Choisir le service public)`,
      en: `line 1: ${otherEn ? `separator ${otherEn} found` : 'no separator found'}, ";" expected (Choisir le service public export)`,
    });
  }
  const out = new ResultBuilder('csp-csv', wordNow);
  let header: (CspCsvHeader | undefined)[] = [];
  let rawHeader: string[] = [];
  let fatal: JobImportResult['error'];
  let lineAt = 1;
  let scanned = 0;
  let rowIndex = -1;
  const lineOf = (offset: number) => {
    for (let i = scanned; i < offset && i < text0.length; i++) if (text0.charCodeAt(i) === 10) lineAt++;
    scanned = Math.max(scanned, offset);
    return lineAt;
  };
  let rowStart = 0;
  Papa.parse<string[]>(text0, {
    delimiter: ';',
    skipEmptyLines: 'greedy',
    step: (r, parser) => {
      // The row starts after the line breaks (and blank lines) that follow the previous one.
      let start = rowStart;
      while (start < text0.length && /\s/.test(text0[start])) start++;
      const line = lineOf(start);
      rowStart = r.meta.cursor;
      const cells = r.data;
      if (rowIndex === -1) {
        rowIndex = 0;
        rawHeader = cells.map((c) => c.trim());
        header = rawHeader.map((h) => FOLDED.get(foldText(h)));
        const missing = CSP_CSV_REQUIRED_HEADERS.find((h) => !header.includes(h));
        if (missing) {
          fatal = {
            path: '', code: 'missing_header', line: 1, column: missing,
            fr: `ligne 1 : colonne requise « ${missing} » absente (en-têtes lus : ${rawHeader.slice(0, 8).map((h) => `« ${h.slice(0, 40)} »`).join(', ')}${rawHeader.length > 8 ? '…' : ''})`,
            en: `line 1: required column "${missing}" missing (headers read: ${rawHeader.slice(0, 8).map((h) => `"${h.slice(0, 40)}"`).join(', ')}${rawHeader.length > 8 ? '…' : ''})`,
          };
          parser.abort();
        }
        return;
      }
      const quote = r.errors.find((e) => e.type === 'Quotes');
      if (quote) {
        const column = rawHeader[Math.min(cells.length, rawHeader.length) - 1] ?? String(cells.length);
        fatal = {
          path: '', code: 'broken_quote', line, column,
          fr: `ligne ${line}, colonne « ${column} » : guillemet non refermé (ou suivi d’autre chose que « ; ») ; le reste du fichier n’est pas lu`,
          en: `line ${line}, column "${column}": unterminated quote (or followed by something other than ";"); the rest of the file is not read`,
        };
        parser.abort();
        return;
      }
      const index = rowIndex++;
      if (cells.length !== rawHeader.length) {
        out.reject(index, [{ path: '', code: 'field_count', fr: `ligne ${line} : ${cells.length} colonne(s) au lieu de ${rawHeader.length}`, en: `line ${line}: ${cells.length} column(s) instead of ${rawHeader.length}` }], { line });
        return;
      }
      const row: Partial<Record<CspCsvHeader, string>> = {};
      header.forEach((h, k) => { if (h) row[h] = cells[k]; });
      const conv = new Conversion('csp-csv');
      out.add(index, candidate(row, conv), conv, { line, id: text(row['Référence']) ? recordId('csp', row['Référence']!) : undefined });
    },
  });
  const result = out.result();
  return fatal ? { ...result, error: fatal } : result;
}

function candidate(row: Partial<Record<CspCsvHeader, string>>, conv: Conversion): Record<string, unknown> {
  const ref = text(row['Référence']);
  const url = ref ? `https://choisirleservicepublic.gouv.fr/offre-emploi/?query=${encodeURIComponent(ref)}` : undefined;
  const employer = text(row.Employeur) ?? text(row['Organisme de rattachement']);
  const parent = text(row['Organisme de rattachement']);
  const place = text(row['Localisation du poste']) ?? text(row["Lieu d'affectation"]);
  const full = foldText(row['Temps Plein'] ?? '');
  const metier = text(row['Métier']);
  const study = text(row["Niveau d'études"]);
  const exp = text(row["Niveau d'expérience min. requis"]);
  if (!ref) conv.problem('id', 'Référence', true, 'required', 'champ requis', 'required field');
  return {
    id: ref ? recordId('csp', ref) : undefined,
    title: text(row['Intitulé du poste']),
    employer: { label: employer, parentLabel: parent && parent !== employer ? parent : undefined },
    versant: parseVersant(row.Versant),
    categorie: parseCategorie(row['Catégorie']),
    openTo: parseOpenTo(row["Nature de l'emploi"]),
    contractKind: contractKind(row['Nature de contrat']),
    contractDuration: text(row['Durée du contrat']),
    workingTime: full === 'oui' ? 'full-time' : full === 'non' ? 'part-time' : undefined,
    remote: parseRemote(row['Télétravail']),
    location: place ? location(place, row['Localisation du poste'] ?? place, undefined, { address: text(row["Lieu d'affectation (sans géolocalisation)"]) ?? text(row["Lieu d'affectation"]) }) : undefined,
    postedAt: conv.frDate(row['Date de première publication'], 'postedAt', 'Date de première publication', true),
    closesAt: conv.frDate(row['Date de fin de publication par défaut'], 'closesAt', 'Date de fin de publication par défaut', false),
    startsAt: conv.frDate(row["Date de vacance de l'emploi"], 'startsAt', "Date de vacance de l'emploi", false),
    url,
    profile: joinTexts(row['Compétences attendues'], study ? `Niveau d’études : ${study}` : undefined, exp ? `Expérience : ${exp}` : undefined),
    metierReference: metier ? { scheme: 'RMFP', label: metier } : undefined,
    source: { kind: 'csp', reference: ref, url },
    status: 'published',
  };
}
