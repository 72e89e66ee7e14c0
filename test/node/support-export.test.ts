// The CSV export (`intras support export`): cells quoted whenever they hold a separator, a quote or a line break,
// formula starts neutralised in every cell, tabs and carriage returns kept (quoted), headers and values in one
// language (`--lang`), `;` by default (French Excel's list separator). And the CLI's usage errors of `support`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { exportCsv, type StoredRow } from '../../src/receiver/index.js';
import { storedPart, validateSupportRequest } from '../../src/index.js';
import { run } from '../../src/cli/run.js';
import { requestBody } from './support-fixtures.js';

const row = (over: Record<string, unknown> = {}, forwarding: StoredRow['forwarding'] = [{ target: 'grist', delivered: true, attempts: 1 }, { target: 'mattermost', delivered: false, attempts: 3 }]): StoredRow => {
  const request = storedPart(validateSupportRequest(requestBody(over)).value!);
  return { reference: 'R-2026-0042', receivedAt: new Date('2026-03-02T09:00:00Z'), kind: request.kind, request, forwarding } as StoredRow;
};
const parse = (csv: string, delimiter: string) => Papa.parse<string[]>(csv.replace(/\r\n$/, ''), { delimiter, newline: '\r\n' }).data;

test('a cell holding the separator is quoted: French Excel (;) cannot split "x;=1+1;y" into a formula cell', () => {
  for (const sep of [';', ',', '\t']) {
    const csv = exportCsv([row({ message: 'x;=1+1;y, z\tw' })], { separator: sep as ';' | ',' | '\t' });
    assert.ok(csv.includes(`"x;'=1+1;y, z\tw"`), `${JSON.stringify(sep)}: ${csv}`);
    // Read back with each separator a spreadsheet might choose: no cell starts with a formula character.
    for (const reader of [';', ',', '\t']) {
      for (const line of parse(csv, reader)) for (const cell of line) assert.doesNotMatch(cell, /^[=+\-@]/, `written with ${JSON.stringify(sep)}, read with ${JSON.stringify(reader)}: ${cell}`);
    }
    const back = parse(csv, sep);
    assert.equal(back[1][back[0].indexOf(back[0].find((h) => /^Message$/.test(h))!)], "x;'=1+1;y, z\tw", 'read back whole (tab kept), the formula start after ";" neutralised');
  }
});

test('formula starts are neutralised in every cell, DDE payloads included; tabs and carriage returns are kept, quoted', () => {
  const dde = "=cmd|' /C calc'!A0";
  const csv = exportCsv([row({ kind: 'saisine_drh_numerique', name: dde, homeAdministration: '@SUM(A1)', summary: '+1\tdeux\rtrois', message: '-2\r\nligne 2\n- point', topics: ['impact'] })]);
  const back = parse(csv, ';');
  const cells = back[1];
  for (const cell of cells) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, cell);
  assert.ok(cells.includes(`'${dde}`), 'DDE payload prefixed');
  assert.ok(cells.includes("'+1\tdeux\rtrois"), 'tab and CR kept, not rewritten as \\x09 / \\x0D');
  assert.ok(cells.includes("'-2\r\nligne 2\n'- point"), 'a formula start after a line break is neutralised too (a quote-blind reader starts a row there)');
  assert.ok(!csv.includes('\\x09') && !csv.includes('\\x0D'));
  // Terminal controls other than tab / line breaks are still written as inert escapes.
  const esc = exportCsv([row({ message: 'a\u001b]0;t\u0007b\u202E' })]);
  assert.ok(!/[\u001b\u0007\u202e]/.test(esc) && esc.includes('\\x1B]0;t\\x07b\\u202E'));
});

test('headers and values in one language: French by default (;), English with lang "en"', () => {
  const r = row({ kind: 'clinique_situations_difficiles', topics: ['management_equipe'], preferredContact: 'tchap', consent: { handling: { given: true, at: '2026-03-02T10:00:00+01:00' }, followUp: { given: false, at: '2026-03-02T10:00:00+01:00' } } });
  const fr = parse(exportCsv([r]), ';');
  const en = parse(exportCsv([r], { lang: 'en', separator: ',' }), ',');
  assert.equal(fr[0][0], 'Référence');
  assert.equal(en[0][0], 'Reference');
  const pick = (t: string[][], h: string) => t[1][t[0].indexOf(h)];
  assert.equal(pick(fr, 'Suivi accepté'), 'non');
  assert.equal(pick(en, 'Follow-up accepted'), 'no');
  assert.equal(pick(fr, 'Type'), 'Clinique des situations difficiles');
  assert.equal(pick(en, 'Kind'), 'Difficult-situations clinic');
  assert.equal(pick(fr, 'Contact préféré'), 'Tchap');
  assert.equal(pick(en, 'Preferred contact'), 'Tchap');
  assert.equal(pick(fr, 'Transfert'), 'grist : transmis ; mattermost : en attente (3 essais)');
  assert.equal(pick(en, 'Forwarding'), 'grist: delivered; mattermost: pending (3 tries)');
  for (const t of [fr, en]) assert.equal(t[0].length, t[1].length);
  assert.ok(!fr[0].some((h) => /^[a-z_]+$/.test(h) && h.includes('_')), 'no English snake_case header in French');
});

test('intras support purge without --older-than: one line in the chosen language (French by default, English with --lang en), exit 2 (decision 0062)', async () => {
  for (const [args, first, pattern] of [
    [[], 'erreur', /option requise « --older-than/],
    [['--lang', 'en'], 'error:', /required option '--older-than/],
  ] as const) {
    let err = '';
    const code = await run(['support', 'purge', '--data', '/nonexistent-intras', ...args], () => {}, (s) => { err += s; });
    assert.equal(code, 2);
    const lines = err.split('\n').filter((l) => /^(erreur|error)/.test(l));
    assert.deepEqual(lines.map((l) => l.split(' ')[0]), [first]);
    assert.match(lines[0], pattern);
  }
});

test('bom: the CSV starts with U+FEFF only when asked (Excel reads UTF-8 then), and papaparse reads the header whole', () => {
  const plain = exportCsv([row()]);
  assert.ok(plain.startsWith('Référence;'));
  const withBom = exportCsv([row()], { bom: true });
  assert.equal(withBom, `\uFEFF${plain}`);
  assert.equal(Buffer.from(withBom, 'utf8').subarray(0, 3).toString('hex'), 'efbbbf');
  const back = Papa.parse<string[]>(withBom.replace(/\r\n$/, ''), { delimiter: ';', newline: '\r\n' }).data;
  assert.equal(back[0][0].replace(/^\uFEFF/, ''), 'Référence');
});
