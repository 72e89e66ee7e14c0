// What `intras` prints (issue 7, items 22 and 25): data on stdout only, diagnostics on stderr; no terminal control
// character from a file name, a key or a value reaches the terminal.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { escapeControls, jsonText } from '../../src/cli/terminal.js';
import { intras, fx, tempDir, type CliResult } from './cli-helpers.js';

const tmp = tempDir('intras-cli-output-');
after(tmp.cleanup);
const ISSUER = ['--issuer-id', 'https://incubateur-exemple.example.org', '--issuer-name', 'Incubateur Exemple', '--id-base', 'https://incubateur-exemple.example.org/badges'];
const fw = JSON.parse(readFileSync(fx('skills/framework-incubateur-exemple.json'), 'utf8'));

test('item 22: -o writes the file, says so on stderr, nothing on stdout', async () => {
  const out = tmp.path('achievement.json');
  const r = await intras('export', 'openbadge', fx('skills/framework-incubateur-exemple.json'), '-o', out, ...ISSUER);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^✓ Open Badge écrit dans .*achievement\.json$/m);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).type[0], 'Achievement');
});

// Item 25. Every character a terminal may act on: C0 (ESC, BEL, CR, LF, BS…), DEL, C1 (CSI U+009B, OSC U+009D), bidi.
const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\r\b\u007f\u009b31m\u009d0;x\u009c\u202e\u2066\u200f\u2028\n✓ tout va bien';
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** No control character at all, and no line a value could have forged. */
function assertInert(r: CliResult, what: string) {
  for (const [name, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
    assert.doesNotMatch(text, CONTROL, `${what}: raw control character on ${name}: ${JSON.stringify(text)}`);
    assert.doesNotMatch(text, /^✓ tout va bien/m, `${what}: a value forged a line on ${name}`);
  }
}

test('item 25: escapeControls writes every control character as an inert escape; keepNewlines keeps only LF', () => {
  assert.equal(escapeControls('a\u001b[2Jb'), 'a\\x1B[2Jb');
  assert.equal(escapeControls('\u0000\u0007\t\r\n\u007f'), '\\x00\\x07\\x09\\x0D\\x0A\\x7F');
  assert.equal(escapeControls('\u0080\u009b\u009f'), '\\x80\\x9B\\x9F');
  assert.equal(escapeControls('\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029'),
    '\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C\\u2028\\u2029');
  assert.equal(escapeControls('l1\nl2\u001b', { keepNewlines: true }), 'l1\nl2\\x1B');
  assert.equal(escapeControls('Compétence « é » ’ — 👩‍💻 \u00a0'), 'Compétence « é » ’ — 👩‍💻 \u00a0', 'printable text unchanged');
});

test('item 25: jsonText is the same JSON, with no raw control character', () => {
  const value = { s: HOSTILE, [HOSTILE]: 1, n: [1, 'é'] };
  const text = jsonText(value);
  assert.doesNotMatch(text, CONTROL);
  assert.deepEqual(JSON.parse(text), value);
  assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2).replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`)}\n`);
});

test('item 25: a file name with control characters is escaped in every message about it', async () => {
  const name = `x${HOSTILE}.json`;
  const cases: [string, string[]][] = [
    ['missing file', ['validate', tmp.path(name)]],
    ['missing file, English', ['validate', tmp.path(name), '--lang', 'en']],
    ['invalid JSON', ['validate', tmp.write(`bad-${name}`, '{ "a": ')]],
    ['valid file (summary)', ['validate', tmp.write(`ok-${name}`, readFileSync(fx('certification/sessions-2026.json'), 'utf8'))]],
    ['invalid file (summary)', ['validate', tmp.write(`broken-${name}`, readFileSync(fx('skills/framework-broken.json'), 'utf8'))]],
    ['unknown kind', ['validate', tmp.write(`unknown-${name}`, { hello: 1 })]],
    ['--previous', ['validate', fx('skills/released/rs6247-1.0.0.json'), '--previous', tmp.path(name)]],
    ['export of sessions', ['export', 'openbadge', tmp.path(`ok-${name}`)]],
    ['-o written', ['export', 'openbadge', fx('skills/framework-incubateur-exemple.json'), ...ISSUER, '-o', tmp.path(`out-${name}`)]],
    ['-o same file', ['export', 'openbadge', tmp.path(`ok-${name}`), '-o', tmp.path(`ok-${name}`)]],
  ];
  for (const [what, args] of cases) {
    const r = await intras(...args);
    assert.ok(r.stderr.includes('x\\x1B]0;pwned\\x07\\x1B[2J\\x0D\\x08\\x7F\\x9B31m\\x9D0;x\\x9C\\u202E\\u2066\\u200F\\u2028\\x0A✓ tout va bien'), `${what}: the name is shown escaped:\n${r.stderr}`);
    assertInert(r, what);
  }
});

test('item 25: keys, values and JSON paths from the file are escaped (validate and export), one message per line', async () => {
  const evil = { ...fw, version: `1.0${HOSTILE}`, [`k${HOSTILE}`]: 1, competences: fw.competences.map((c: object, i: number) => (i === 0 ? { ...c, [`e${HOSTILE}`]: 2 } : c)) };
  const v = await intras('validate', tmp.write('evil-fw.json', evil));
  assert.equal(v.code, 1);
  assert.match(v.stderr, /^ {2}history\[0\]\.version : version publiée 1\.0\.0 postérieure à la version du fichier 1\.0\\x1B\]0;pwned\\x07\\x1B\[2J\\x0D/m);
  assert.match(v.stderr, /avertissement : champ inconnu « k\\x1B/);
  assert.match(v.stderr, /avertissement : competences\[0\] : champ inconnu « e\\x1B/);
  assertInert(v, 'validate');
  for (const line of v.stderr.trimEnd().split('\n')) assert.match(line, /^( {2}|✗ )/, 'each line is one message (indented) or the summary');

  const portraits = [{ id: 'p', displayName: `Ana${HOSTILE}`, headline: 'h', category: `c${HOSTILE}`, before: 'b', after: [], startups: [], narrative: 'n', consent: { given: true }, status: 'published' }];
  const p = await intras('validate', tmp.write('evil-portraits.json', portraits), '--lang', 'en');
  assert.equal(p.code, 1);
  assert.match(p.stderr, /\[0\]\.category: unexpected value "c\\x1B\]0;pwned/);
  assertInert(p, 'portraits');

  // A valid framework whose texts hold C1 and bidi characters: the exported JSON has them as \u escapes, same data.
  const text = `Compétence\u009b2J \u202eevil\u202c`;
  const label = { ...fw, competences: fw.competences.map((c: { label: object }, i: number) => (i === 0 ? { ...c, label: { fr: text, en: text } } : c)) };
  const e = await intras('export', 'openbadge', tmp.write('label-fw.json', label), ...ISSUER);
  assert.equal(e.code, 0, e.stderr);
  assertInert(e, 'export');
  assert.ok(e.stdout.includes('Compétence\\u009b2J \\u202eevil\\u202c'));
  assert.ok(JSON.stringify(JSON.parse(e.stdout)).includes(text), 'the same string once parsed');
});

test('item 25: commander’s own errors (unknown option, bad choice, unknown command) are escaped too', async () => {
  for (const args of [['validate', fx('skills/released/rs6247-1.0.0.json'), `--x${HOSTILE}`], ['validate', 'f.json', '--kind', HOSTILE], [`cmd${HOSTILE}`]]) {
    const r = await intras(...args);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\\x1B\]0;pwned\\x07/);
    assertInert(r, args.join(' '));
  }
});
