// What `intras` reads and writes, attacked (issue 7, items 23, 24, 26): keys named like Object.prototype members,
// special and huge input files, an output that is an input under another name.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, linkSync, openSync, readFileSync, symlinkSync, ftruncateSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { unknownKeys, PortraitSchema } from '../../src/index.js';
import { intras, fx, tempDir } from './cli-helpers.js';

const tmp = tempDir('intras-cli-input-');
after(tmp.cleanup);

const portrait = {
  id: 'p-1', displayName: 'Ana Lopez', headline: 'Cheffe de produit', category: 'vertical', before: 'Attachée', after: [],
  startups: [{ ghid: 'x', name: 'X' }], narrative: 'Récit.', consent: { given: true, at: '2025-01-01' }, status: 'published',
};
const json = (p: string) => JSON.parse(readFileSync(fx(p), 'utf8'));
const DOCS: Record<string, unknown> = {
  'skill framework (RS6247)': json('skills/released/rs6247-1.0.0.json'),
  'skill framework (ordinal scale)': json('skills/framework-incubateur-exemple.json'),
  'certification sessions (wrapper)': json('certification/sessions-2026.json'),
  'certification sessions (array)': json('certification/sessions-2026.json').sessions,
  'certification application': json('certification/application-laureat.json'),
  'portraits (wrapper)': { portraits: [portrait, { ...portrait, id: 'p-2' }] },
  'portraits (array)': [portrait],
};

/** `doc` with an own key `key` (value `{ "polluted": "yes" }`) added to every object, at every depth, arrays' too. */
function everywhere(doc: unknown, key: string): unknown {
  if (Array.isArray(doc)) return doc.map((x) => everywhere(x, key));
  if (doc === null || typeof doc !== 'object') return doc;
  const out: Record<string, unknown> = {};
  const define = (k: string, value: unknown) => Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
  for (const [k, v] of Object.entries(doc)) define(k, everywhere(v, key));
  define(key, { polluted: 'yes' });
  return out;
}
const objects = (x: unknown): number => (Array.isArray(x) ? x.reduce((n: number, v) => n + objects(v), 0)
  : x !== null && typeof x === 'object' ? 1 + Object.values(x).reduce((n: number, v) => n + objects(v), 0) : 0);

const PROTO_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__'];

for (const key of PROTO_KEYS) {
  test(`item 23: a key "${key}" in every object of every kind of document is an unknown key (a warning), never a crash`, async () => {
    for (const [name, doc] of Object.entries(DOCS)) {
      const text = JSON.stringify(everywhere(doc, key));
      assert.ok(text.includes(`"${key}":{"polluted":"yes"}`), 'the key is in the file as written');
      const file = tmp.write(`${key}.json`, text);
      const r = await intras('validate', file);
      assert.equal(r.code, 0, `${name}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /erreur interne|internal error/, name);
      const warnings = r.stderr.split('\n').filter((l) => l.startsWith('  avertissement : '));
      assert.equal(warnings.length, objects(doc), `${name}: one warning per object:\n${r.stderr}`);
      for (const w of warnings) assert.ok(w.endsWith(`champ inconnu « ${key} » (ignoré)`), w);
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype untouched');
    }
  });
}

test('item 23: unknownKeys reads own keys only (JSON.parse keeps "__proto__" as an own key)', () => {
  const parsed = JSON.parse(`{"id":"a","__proto__":{"x":1},"constructor":1,"consent":{"given":true,"toString":2},"startups":[{"ghid":"x","name":"X","valueOf":3}]}`);
  assert.deepEqual(unknownKeys(PortraitSchema, parsed).map((i) => i.path), ['__proto__', 'constructor', 'consent.toString', 'startups[0].valueOf']);
});

test('item 23: export openbadge of a framework and an application with such keys everywhere works and drops them', async () => {
  const fw = tmp.write('fw-proto.json', JSON.stringify(everywhere(DOCS['skill framework (RS6247)'], '__proto__')));
  const app = tmp.write('app-proto.json', JSON.stringify(everywhere(DOCS['certification application'], 'constructor')));
  for (const file of [fw, app]) {
    const r = await intras('export', 'openbadge', file);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /polluted/);
    JSON.parse(r.stdout);
  }
});

test('item 24: a directory is refused, exit 2', async () => {
  const dir = tmp.path('a-dir.json');
  mkdirSync(dir);
  const r = await intras('validate', dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^erreur : impossible de lire « .*a-dir\.json » : c’est un dossier$/m);
});

test('item 24: a file over 50 MiB (sparse: no disk used) is refused before reading; --max-size changes the limit', async () => {
  const big = tmp.path('big.json');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024 + 1);
  closeSync(fd);
  const r = await intras('validate', big);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^erreur : impossible de lire « .*big\.json » : fichier trop gros \(plus de 50 Mio ; --max-size <Mio> change la limite\)$/m);
  const en = await intras('export', 'openbadge', big, '--lang', 'en');
  assert.equal(en.code, 2);
  assert.match(en.stderr, /^error: cannot read ".*big\.json": file too large \(over 50 MiB; --max-size <MiB> changes the limit\)$/m);
  // A 2 MiB file under --max-size 1 is refused; under --max-size 3 it is read (and is not JSON: NUL bytes).
  const two = tmp.path('two.json');
  const fd2 = openSync(two, 'w');
  ftruncateSync(fd2, 2 * 1024 * 1024);
  closeSync(fd2);
  assert.match((await intras('validate', two, '--max-size', '1')).stderr, /fichier trop gros \(plus de 1 Mio/);
  const read = await intras('validate', two, '--max-size', '3');
  assert.equal(read.code, 2);
  assert.match(read.stderr, /JSON invalide dans « .*two\.json »/);
  // Exactly at the limit is accepted.
  const exact = tmp.write('exact.json', `[${' '.repeat(1024 * 1024 - 2)}]`);
  assert.match((await intras('validate', exact, '--max-size', '1', '--kind', 'portraits')).stderr, /portraits valides \(0 enregistrement valide\)/);
});

test('item 24: the size is checked while reading too (a file whose stat size is 0 but that has content)', { skip: !existsSync('/proc/self/status') && 'no /proc' }, async () => {
  // /proc files are regular files that stat as 0 bytes: only the reading loop can see they are too big.
  const r = await intras('validate', '/proc/self/status', '--max-size', '0.0001');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /« \/proc\/self\/status » : fichier trop gros \(plus de 104 octets ;/);
});

test('item 24: a bad --max-size is a usage error', async () => {
  for (const value of ['0', '-1', 'abc', '1e3', '5000']) {
    const r = await intras('validate', fx('skills/released/rs6247-1.0.0.json'), '--max-size', value);
    assert.equal(r.code, 2, value);
    // It says what is wrong with the value and the accepted range (it said "between 0 and 4096" when given 0).
    assert.match(r.stderr, /^erreur : --max-size attend une taille en Mio plus grande que 0 \(au moins 1 octet\) et au plus 4096, par exemple 0\.5 ou 100 ; reçu « .* » : .+$/m);
    assert.doesNotMatch(r.stderr, /entre 0 et/);
  }
  const why = async (value: string, lang = 'fr') => (await intras('validate', fx('skills/released/rs6247-1.0.0.json'), '--max-size', value, '--lang', lang)).stderr;
  assert.match(await why('0'), /reçu « 0 » : aucun fichier ne pourrait être lu$/m);
  assert.match(await why('0.0000001'), /reçu « 0\.0000001 » : aucun fichier ne pourrait être lu$/m);
  assert.match(await why('5000'), /reçu « 5000 » : plus de 4096$/m);
  assert.match(await why('-1'), /reçu « -1 » : pas un nombre décimal positif$/m);
  assert.match(await why('0', 'en'), /^error: --max-size takes a size in MiB greater than 0 \(at least 1 byte\) and at most 4096, for example 0\.5 or 100; received "0": no file could be read$/m);
  // The jobs commands say the same.
  assert.match((await intras('jobs', 'import', fx('skills/released/rs6247-1.0.0.json'), '--max-size', '0')).stderr, /reçu « 0 » : aucun fichier ne pourrait être lu$/m);
});

// Item 26: -o must never be an input, whatever path names it.
const ISSUER = ['--issuer-id', 'https://incubateur-exemple.example.org', '--issuer-name', 'Incubateur Exemple', '--id-base', 'https://incubateur-exemple.example.org/badges'];

test('item 26: -o through a hard link or a symlink to the input (or to --framework) is refused and the input is untouched', async () => {
  const fwText = readFileSync(fx('skills/framework-incubateur-exemple.json'), 'utf8');
  const fw = tmp.write('fw.json', fwText);
  const appText = readFileSync(fx('certification/application-laureat.json'), 'utf8');
  const app = tmp.write('app.json', appText);
  const hard = tmp.path('hard-link.json');
  linkSync(fw, hard);
  const soft = tmp.path('soft-link.json');
  symlinkSync(fw, soft);
  const softToHard = tmp.path('soft-to-hard.json');
  symlinkSync(hard, softToHard);
  mkdirSync(tmp.path('sub'));
  const dotted = `${tmp.path('sub')}/../fw.json`;
  for (const output of [hard, soft, softToHard, dotted, fw]) {
    const r = await intras('export', 'openbadge', fw, '-o', output, ...ISSUER);
    assert.equal(r.code, 2, `${output}: ${r.stderr}`);
    assert.match(r.stderr, /^erreur : -o « .* » écraserait le fichier d’entrée « .*fw\.json » \(le même fichier, sous un autre nom ou par un lien\) : choisissez un autre fichier de sortie$/m);
    assert.equal(readFileSync(fw, 'utf8'), fwText, `${output}: the framework is untouched`);
  }
  const hardFw = tmp.path('hard-link-fw.json');
  linkSync(fw, hardFw);
  const viaFramework = await intras('export', 'openbadge', app, '--framework', fw, '-o', hardFw, '--lang', 'en', ...ISSUER);
  assert.equal(viaFramework.code, 2);
  assert.match(viaFramework.stderr, /^error: -o ".*hard-link-fw\.json" would overwrite the input file ".*fw\.json" \(the same file, under another name or through a link\)/m);
  assert.equal(readFileSync(fw, 'utf8'), fwText);
  assert.equal(readFileSync(app, 'utf8'), appText);
});

test('item 26: -o to another existing file (even one with the same name elsewhere) overwrites it', async () => {
  const fw = tmp.write('fw2.json', readFileSync(fx('skills/framework-incubateur-exemple.json'), 'utf8'));
  mkdirSync(tmp.path('other'));
  const out = tmp.path('other/fw2.json');
  writeFileSync(out, 'x'.repeat(100_000));
  const r = await intras('export', 'openbadge', fw, '-o', out, ...ISSUER);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).type[0], 'Achievement', 'old content truncated');
});
