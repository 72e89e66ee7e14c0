/**
 * Export of the stored requests (`intras support export`) and the retention period's parser (`intras support purge`).
 *
 * CSV (RFC 4180, CRLF line ends): one row per request, columns {@link EXPORT_COLUMNS}, headers and values in one
 * language ({@link EXPORT_HEADERS}, labels of the kinds, topics, contacts, `oui`/`non`), `;` between cells by default
 * (the list separator of French Excel, which splits a `,` file on `;` — and then ran `=1+1` out of `x;=1+1;y`).
 * Against CSV injection, whatever separator the spreadsheet picks:
 * - every cell holding `,` `;` a tab, a line break or `"` is quoted (`"` doubled); tabs and carriage returns are kept
 *   as they are (quoted), never rewritten;
 * - a formula character (`=` `+` `-` `@`) at the start of a cell **or right after one of `,` `;` tab CR LF inside it**
 *   gets a `'` before it (a reader using another separator, or ignoring quotes, would start a cell there). So a
 *   message line `- point` is exported as `'- point`: the CSV is for reading in a spreadsheet; the JSON export keeps
 *   every text exactly.
 * Other control characters (ESC, bidi overrides…) are written as inert `\x1B` / `\u202E` escapes, like everything
 * else the CLI prints (src/cli/terminal.ts). JSON: the stored requests as they are, escaped the same way by `jsonText`.
 */
import { escapeControls, jsonText } from '../cli/terminal.js';
import type { Lang } from '../shared/issues.js';
import { PREFERRED_CONTACT_LABELS, SUPPORT_KIND_LABELS } from '../support/request.js';
import { TOPIC_LABELS } from '../eligibility/inputs.js';
import type { StoredRow } from './store.js';

/** Columns of the CSV export, in order (stable keys; the header line is {@link EXPORT_HEADERS} in the export's language). */
export const EXPORT_COLUMNS = [
  'reference', 'received_at', 'kind', 'name', 'email', 'home_administration', 'startup', 'topics', 'preferred_contact',
  'summary', 'message', 'follow_up_consent', 'handling_consent_at', 'lang', 'forwarding',
] as const;

/** The header line of the CSV export per language, one per {@link EXPORT_COLUMNS}. */
export const EXPORT_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  fr: ['Référence', 'Reçue le', 'Type', 'Nom', 'Adresse électronique', 'Administration d’origine', 'Start-up', 'Sujets', 'Contact préféré',
    'Résumé', 'Message', 'Suivi accepté', 'Accord de traitement donné le', 'Langue', 'Transfert'],
  en: ['Reference', 'Received at', 'Kind', 'Name', 'E-mail address', 'Home administration', 'Start-up', 'Topics', 'Preferred contact',
    'Summary', 'Message', 'Follow-up accepted', 'Handling consent given at', 'Language', 'Forwarding'],
};

/** A formula character at the start of a cell, or after a separator or line break inside it (see the module's note). */
export const FORMULA_START = /(^|[,;\t\r\n])([=+\-@])/g;
/** A cell that must be quoted: it holds a separator, a line break or a double quote. */
const NEEDS_QUOTES = /[,;\t\r\n"]/;

/** Options of {@link exportCsv}. */
export interface CsvOptions {
  /** Language of the headers and values (default `fr`). */
  readonly lang?: Lang;
  /** Between cells (default `;`, French Excel's list separator; `,` for English-locale spreadsheets, tab). */
  readonly separator?: ';' | ',' | '\t';
  /**
   * Starts the text with a UTF-8 byte order mark (U+FEFF, 3 bytes) so that Excel opens it as UTF-8 rather than the
   * Windows code page ("RÃ©fÃ©rence"); LibreOffice, Grist and papaparse read it either way. Default `false` here;
   * `intras support export` writes it unless `--no-bom`.
   */
  readonly bom?: boolean;
}

/** One CSV cell: terminal controls escaped (tab and line breaks kept), formula starts neutralised, quoted if needed. */
export function csvCell(text: string): string {
  const safe = text
    .split(/([\t\r\n])/).map((part) => (/^[\t\r\n]$/.test(part) ? part : escapeControls(part))).join('')
    .replace(FORMULA_START, "$1'$2");
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The stored requests as CSV (header line, CRLF line ends as RFC 4180), in `lang`, cells separated by `separator`, with a BOM when `bom`. */
export function exportCsv(rows: readonly StoredRow[], { lang = 'fr', separator = ';', bom = false }: CsvOptions = {}): string {
  const data = rows.map((row) => {
    const r = row.request;
    const forwarding = row.forwarding.map((f) => lang === 'en'
      ? `${f.target}: ${f.delivered ? 'delivered' : `pending (${f.attempts} ${f.attempts === 1 ? 'try' : 'tries'})`}`
      : `${f.target} : ${f.delivered ? 'transmis' : `en attente (${f.attempts} essai${f.attempts > 1 ? 's' : ''})`}`).join(lang === 'en' ? '; ' : ' ; ');
    return [
      row.reference, row.receivedAt.toISOString(), SUPPORT_KIND_LABELS[r.kind][lang], r.name, r.email, r.homeAdministration ?? '', r.startup ?? '',
      (r.topics ?? []).map((t) => TOPIC_LABELS[t][lang]).join(lang === 'en' ? '; ' : ' ; '), r.preferredContact ? PREFERRED_CONTACT_LABELS[r.preferredContact][lang] : '',
      r.summary ?? '', r.message,
      r.consent.followUp?.given ? (lang === 'en' ? 'yes' : 'oui') : (lang === 'en' ? 'no' : 'non'), r.consent.handling.at,
      (r.lang ?? 'fr') === 'en' ? (lang === 'en' ? 'English' : 'anglais') : (lang === 'en' ? 'French' : 'français'),
      forwarding,
    ];
  });
  return (bom ? '\uFEFF' : '') + [EXPORT_HEADERS[lang], ...data].map((cells) => `${cells.map(csvCell).join(separator)}\r\n`).join('');
}

/** The stored requests as JSON (`[{ reference, receivedAt, kind, request, forwarding }]`), terminal-safe. */
export function exportJson(rows: readonly StoredRow[]): string {
  return jsonText(rows.map((r) => ({ reference: r.reference, receivedAt: r.receivedAt.toISOString(), kind: r.kind, request: r.request, forwarding: r.forwarding })));
}

/**
 * A retention period: a whole number of days `365d` (also `52w` weeks), from 1 day to 100 years. Returns
 * milliseconds, or `undefined` when the text is not one.
 */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d{1,6})([dw])$/.exec(text.trim());
  if (!m) return undefined;
  const days = Number(m[1]) * (m[2] === 'w' ? 7 : 1);
  return days >= 1 && days <= 36_500 ? days * 86_400_000 : undefined;
}
