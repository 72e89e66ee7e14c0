// `intras --help` (issue 7, item 27): French by default, English with --lang en, commander's built-in texts
// translated too, and the way to run it without installing (`npx -p @betagouv/intras intras …`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { intras, root } from './cli-helpers.js';

/** Commander's English built-in texts: none may show in the French help. */
const COMMANDER_EN = ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'display help for command', 'output the version number',
  'display version number', '(choices:', 'default:', '[command]'];
const HELPS = [['--help'], ['-h'], ['help'], ['validate', '--help'], ['help', 'validate'], ['export', '--help'], ['help', 'export'], ['export', 'openbadge', '--help'], ['export', 'help', 'openbadge']];

for (const args of HELPS) {
  test(`item 27: intras ${args.join(' ')} is all French, on stdout, exit 0`, async () => {
    const r = await intras(...args);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^Utilisation : intras/);
    assert.match(r.stdout, /^Options :$/m);
    assert.match(r.stdout, /-h, --help +affiche l’aide de la commande/);
    for (const en of COMMANDER_EN) assert.ok(!r.stdout.includes(en), `"${en}" in:\n${r.stdout}`);
    assert.doesNotMatch(r.stdout, / \/ [a-z]/, 'no "français / English" doubled descriptions');
  });
  test(`item 27: intras ${args.join(' ')} --lang en is all English`, async () => {
    const r = await intras(...args, '--lang', 'en');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Usage: intras/);
    assert.match(r.stdout, /-h, --help +show the help of the command/);
    assert.doesNotMatch(r.stdout, /affiche|Utilisation|fichier|référentiel|valeurs possibles|défaut/);
  });
}

test('item 27: the main help lists commands, version and help in French, and says how to run without installing', async () => {
  const r = await intras('--help');
  assert.match(r.stdout, /^Commandes :$/m);
  assert.match(r.stdout, /-V, --version +affiche le numéro de version/);
  assert.match(r.stdout, /help \[commande\] +affiche l’aide d’une commande/);
  assert.match(r.stdout, /^ {2}npx -p @betagouv\/intras intras validate mon-fichier\.json$/m);
  assert.match(r.stdout, /Codes de sortie : 0 valide ou écrit, 1 document invalide, 2 erreur d’utilisation/);
  assert.match(r.stdout, /sortie d’erreur/);
  const en = await intras('--help', '--lang', 'en');
  assert.match(en.stdout, /^Commands:$/m);
  assert.match(en.stdout, /-V, --version +print the version number/);
  assert.match(en.stdout, /^ {2}npx -p @betagouv\/intras intras validate my-file\.json$/m);
  assert.match((await intras('--lang=en', '--help')).stdout, /^Usage: intras/);
  assert.match((await intras('--lang', 'en', 'validate', '--help')).stdout, /^Usage: intras validate/);
});

test('item 27: option notes (choices, default) are translated', async () => {
  const r = await intras('validate', '--help');
  assert.match(r.stdout, /\(valeurs possibles : fr, en ; défaut : fr\)/);
  assert.match(r.stdout, /--max-size <Mio> +taille maximale d’un fichier lu, en Mio \(défaut : 50\)/);
  const en = await intras('validate', '--help', '--lang', 'en');
  assert.match(en.stdout, /\(choices: fr, en, default: fr\)/);
  assert.match(en.stdout, /--max-size <MiB> +largest file read, in MiB \(default: 50\)/);
});

test('item 27: a bare `intras` prints the French help on stderr, exit 2', async () => {
  const r = await intras();
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /Utilisation : intras/);
  assert.ok(!r.stderr.includes('display help for command'));
});

test('item 27: README and docs/skills.md document `npx -p @betagouv/intras intras`, never a bare `npx intras`', () => {
  for (const file of ['README.md', 'docs/skills.md']) {
    const text = readFileSync(`${root}${file}`, 'utf8');
    assert.match(text, /npx -p @betagouv\/intras intras validate/, file);
    assert.doesNotMatch(text, /npx intras (validate|export|-)/, `${file}: \`npx intras …\` only works once installed locally`);
  }
});
