/**
 * Export of the stored requests (`intras support export`) and the retention period's parser (`intras support purge`).
 *
 * CSV: one row per request, columns {@link EXPORT_COLUMNS}, written by papaparse's `unparse` with `escapeFormulae`:
 * a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` and quoted, so a
 * spreadsheet shows it as text instead of running it (CSV injection). Control characters other than line breaks
 * (ESC, bidi overrides…) are written as inert `\x1B` / `\u202E` escapes, like everything else the CLI prints
 * (src/cli/terminal.ts). JSON: the stored requests as they are, escaped the same way by `jsonText`.
 */
import Papa from 'papaparse';
import { escapeControls, jsonText } from '../cli/terminal.js';
import type { StoredRow } from './store.js';

/** Columns of the CSV export, in order. */
export const EXPORT_COLUMNS = [
  'reference', 'received_at', 'kind', 'name', 'email', 'home_administration', 'startup', 'topics', 'preferred_contact',
  'summary', 'message', 'follow_up_consent', 'handling_consent_at', 'lang', 'forwarding',
] as const;

/**
 * Cells escaped against CSV injection: those starting with `=`, `+`, `-`, `@`, a tab or a carriage return, **whatever
 * follows**. papaparse's own `escapeFormulae: true` pattern is `/^[=+\-@\t\r].*$/`, whose `.` stops at a line break:
 * a multi-line cell such as `@cmd…\nline 2` would pass unescaped (found by the tests), hence this pattern.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The stored requests as CSV (header line, CRLF line ends as RFC 4180). */
export function exportCsv(rows: readonly StoredRow[]): string {
  const cell = (s: string) => escapeControls(s, { keepNewlines: true });
  const data = rows.map((row) => {
    const r = row.request;
    return [
      row.reference, row.receivedAt.toISOString(), r.kind, r.name, r.email, r.homeAdministration ?? '', r.startup ?? '',
      (r.topics ?? []).join(' '), r.preferredContact ?? '', r.summary ?? '', r.message,
      r.consent.followUp?.given ? 'oui' : 'non', r.consent.handling.at, r.lang ?? 'fr',
      row.forwarding.map((f) => `${f.target}:${f.delivered ? 'ok' : `pending(${f.attempts})`}`).join(' '),
    ].map(cell);
  });
  return `${Papa.unparse({ fields: [...EXPORT_COLUMNS], data }, { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false })}\r\n`;
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
