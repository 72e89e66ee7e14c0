// The `intras` CLI: its `run()` in this process for the table (fast); the real entry point as a child process where
// only a process shows the behaviour (closed pipe) is in test/integration/cli-process.test.ts. The pack test runs the built one. Every row also checks the
// streams (issue 7, item 22): stdout holds only data (parseable JSON for exports, the help, the version), stderr
// every diagnostic.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intras, root, fx } from './cli-helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'intras-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const write = (name: string, content: string | object) => {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

const portrait = {
  id: 'p-prive-1', displayName: 'Clémence Nadeau', headline: 'Product Manager dans une entreprise de l’ESS', category: 'sortie_prive',
  before: 'Attachée d’administration en préfecture', startups: [{ ghid: 'cantine-claire', name: 'Cantine Claire' }], after: ['Product Manager (privé)'],
  narrative: 'Elle rejoint le privé, avec l’envie de revenir.', consent: { given: false }, status: 'draft',
};
const files = {
  portraits: write('portraits.json', { portraits: [portrait] }),
  portraitsBroken: write('portraits-broken.json', { portraits: [portrait, { ...portrait, id: 'p-2', consent: undefined, category: 'diagonal' }] }),
  badJson: write('bad.json', '{ "id": "rs6247", '),
  empty: write('empty.json', ''),
  unknown: write('unknown.json', { hello: 'world' }),
};
const rs6247 = JSON.parse(readFileSync(fx('skills/released/rs6247-1.0.0.json'), 'utf8'));
const exampleFw = JSON.parse(readFileSync(fx('skills/framework-incubateur-exemple.json'), 'utf8'));
const more = {
  typo: write('typo.json', { ...rs6247, competenses: [], competences: rs6247.competences.map((c: object, i: number) => (i === 1 ? { ...c, labell: 'x' } : c)) }),
  next: write('rs6247-1.1.0.json', { ...rs6247, version: '1.1.0', crosswalks: undefined, competences: rs6247.competences.slice(0, 7), history: [{ version: '1.1.0', date: '2027-01-01', competenceIds: rs6247.competences.slice(0, 7).map((c: { id: string }) => c.id) }] }),
  nextOk: write('rs6247-1.2.0.json', { ...rs6247, version: '1.2.0', history: [...rs6247.history, { version: '1.2.0', date: '2027-06-01', competenceIds: rs6247.competences.map((c: { id: string }) => c.id) }] }),
  levels: write('app-levels.json', { ...JSON.parse(readFileSync(fx('certification/application-laureat.json'), 'utf8')), evaluations: [{ competenceId: 'vision-produit', outcome: 9 }, ...['recherche-utilisateur', 'entretiens', 'facilitation', 'cohesion'].map((competenceId) => ({ competenceId, outcome: 3 }))] }),
};
const ISSUER = ['--issuer-id', 'https://incubateur-exemple.example.org', '--issuer-name', 'Incubateur Exemple', '--id-base', 'https://incubateur-exemple.example.org/badges'];

const ROWS: { name: string; args: string[]; code: number; stdout?: (string | RegExp)[]; stderr?: (string | RegExp)[]; notStdout?: string[]; notStderr?: string[] }[] = [
  { name: 'valid RS6247 framework', args: ['validate', fx('skills/released/rs6247-1.0.0.json')], code: 0, stderr: [/^✓ .*rs6247-1\.0\.0\.json : référentiel de compétences valide \(8 compétences\)$/m] },
  { name: 'valid framework of another incubator, English', args: ['validate', fx('skills/framework-incubateur-exemple.json'), '--lang', 'en'], code: 0, stderr: [/: valid skill framework \(6 competences\)$/m] },
  { name: 'broken framework, French paths and summary', args: ['validate', fx('skills/framework-broken.json')], code: 1, stderr: ['  competences[3].label.fr : texte requis', '  version : version semver attendue (ex. « 1.0.0 »), reçu « 1.0 »', '  id : identifiant en minuscules, chiffres et tirets attendu (ex. « cohesion-equipe »), reçu « Incubateur Cassé »', /référentiel de compétences invalide, 3 erreurs$/m] },
  { name: 'broken framework, English', args: ['validate', fx('skills/framework-broken.json'), '--lang', 'en'], code: 1, stderr: ['  competences[3].label.fr: text required', /invalid skill framework, 3 errors$/m], notStderr: ['texte requis'] },
  { name: 'valid sessions', args: ['validate', fx('certification/sessions-2026.json')], code: 0, stderr: [/sessions de certification valides \(2 enregistrements valides\)$/m] },
  { name: 'broken sessions, index in the path', args: ['validate', fx('certification/sessions-broken.json')], code: 1, stderr: ['  [2].applicationCloses : la clôture des candidatures précède leur ouverture', '  [3].id : session « 2027-mai » en double', '  [4].applicationOpens : date inexistante (30 février 2027)', /3 erreurs \(2 enregistrements valides, 3 enregistrements rejetés\)$/m] },
  { name: 'valid application', args: ['validate', fx('certification/application-laureat.json')], code: 0, stderr: [/candidature à la certification valide$/m] },
  { name: 'broken application', args: ['validate', fx('certification/application-broken.json')], code: 1, stderr: ['  status : valeur inattendue « evaluee »', '  dossier[1].kind : valeur inattendue « photos »', /4 erreurs$/m] },
  { name: 'valid portraits', args: ['validate', files.portraits], code: 0, stderr: [/portraits valides \(1 enregistrement valide\)$/m] },
  { name: 'broken portraits, wrapper key in the path', args: ['validate', files.portraitsBroken], code: 1, stderr: ['  portraits[1].category : valeur inattendue « diagonal »', '  portraits[1].consent : champ requis', /1 enregistrement rejeté\)$/m] },
  { name: 'forced kind', args: ['validate', files.portraits, '--kind', 'certification-sessions'], code: 1, stderr: [/sessions de certification invalides/] },
  { name: 'unknown kind of document', args: ['validate', files.unknown], code: 1, stderr: ['type de document non reconnu (attendu : skill-framework, portraits, certification-sessions, certification-application, job-postings)'] },
  { name: 'missing file → usage error', args: ['validate', join(tmp, 'absent.json')], code: 2, stderr: [/^erreur : impossible de lire « .*absent\.json » : fichier introuvable$/m] },
  { name: 'missing file, English', args: ['validate', join(tmp, 'absent.json'), '--lang', 'en'], code: 2, stderr: [/^error: cannot read ".*absent\.json": file not found$/m] },
  { name: 'a directory', args: ['validate', tmp], code: 2, stderr: ['c’est un dossier'] },
  { name: 'invalid JSON', args: ['validate', files.badJson], code: 2, stderr: [/^erreur : JSON invalide dans « .*bad\.json »/m] },
  { name: 'empty file, English', args: ['validate', files.empty, '--lang', 'en'], code: 2, stderr: [/^error: invalid JSON in ".*empty\.json"/m] },
  { name: 'no file argument, English', args: ['validate', '--lang', 'en'], code: 2, stderr: ['missing required argument'] },
  { name: 'unsupported language, English', args: ['validate', files.portraits, '--lang', 'en', '--lang', 'de'], code: 2, stderr: ['Allowed choices are fr, en'] },
  { name: 'unknown command, English', args: ['frobnicate', '--lang', 'en'], code: 2, stderr: ['unknown command'] },
  { name: '--help', args: ['--help'], code: 0, stdout: ['Utilisation : intras', 'validate', 'export'] },
  { name: '--version', args: ['--version'], code: 0, stdout: [/^\d+\.\d+\.\d+$/m] },
  { name: 'export openbadge of the example framework to stdout', args: ['export', 'openbadge', fx('skills/framework-incubateur-exemple.json'), ...ISSUER], code: 0, stdout: ['"Achievement"', '"resultDescription"', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', '"name": "Incubateur Exemple"'], notStdout: ['DINUM'] },
  // QA round: no DINUM issuer for another framework, issuer options.
  { name: 'export openbadge of another framework without issuer → usage error', args: ['export', 'openbadge', fx('skills/framework-incubateur-exemple.json')], code: 2, stderr: [/^erreur : le référentiel « incubateur-exemple-produit » n’est pas RS6247 : précisez l’émetteur avec --issuer-id .*--issuer-name .*--id-base/m] },
  { name: 'same, English', args: ['export', 'openbadge', fx('skills/framework-incubateur-exemple.json'), '--lang', 'en', '--id-base', 'https://x.example.org'], code: 2, stderr: [/^error: framework "incubateur-exemple-produit" is not RS6247: pass the issuer with --issuer-id .*--issuer-name/m] },
  { name: 'an application evaluated against another framework without issuer', args: ['export', 'openbadge', fx('certification/application-laureat.json'), '--framework', fx('skills/framework-incubateur-exemple.json')], code: 2, stderr: ['--issuer-name'] },
  { name: 'a bad --issuer-url', args: ['export', 'openbadge', fx('certification/application-laureat.json'), '--issuer-id', 'https://a.example.org', '--issuer-name', 'A', '--issuer-url', 'javascript:x'], code: 2, stderr: ['--issuer-url doit être une URL http(s)'] },
  { name: '--issuer-id without --issuer-name', args: ['export', 'openbadge', fx('certification/application-laureat.json'), '--issuer-id', 'https://a.example.org'], code: 2, stderr: ['--issuer-name'] },
  { name: 'RS6247 application with its own issuer', args: ['export', 'openbadge', fx('certification/application-laureat.json'), '--issuer-id', 'did:web:a.example.org', '--issuer-name', 'Académie A', '--issuer-url', 'https://a.example.org'], code: 0, stdout: ['"id": "did:web:a.example.org"', '"name": "Académie A"', '"achievedLevel"'] },
  { name: 'levels against an ordinal --framework: the wrong level is named', args: ['export', 'openbadge', more.levels, '--framework', fx('skills/framework-incubateur-exemple.json'), ...ISSUER], code: 1, stderr: ['  evaluations[0].outcome : niveau 9 hors de l’échelle : entre 1 et 5 attendu'] },
  { name: '-o equal to the input file → refused', args: ['export', 'openbadge', more.levels, '-o', more.levels], code: 2, stderr: ['écraserait le fichier d’entrée'] },
  // --previous, warnings
  { name: 'unknown keys are warnings, exit 0', args: ['validate', more.typo], code: 0, stderr: ['  avertissement : champ inconnu « competenses » (ignoré)', '  avertissement : competences[1] : champ inconnu « labell » (ignoré)', /référentiel de compétences valide \(8 compétences, 2 avertissements\)$/m] },
  { name: 'unknown keys, English', args: ['validate', more.typo, '--lang', 'en'], code: 0, stderr: ['  warning: unknown field "competenses" (ignored)', /valid skill framework \(8 competences, 2 warnings\)$/m] },
  { name: '--previous: an id removed from competences and history', args: ['validate', more.next, '--previous', fx('skills/released/rs6247-1.0.0.json')], code: 1, stderr: ['  competences : la compétence « cohesion-equipe » (version 1.0.0) a disparu sans replacedBy', /évolution depuis .*rs6247-1\.0\.0\.json incompatible, 1 erreur$/m] },
  { name: '--previous: a compatible evolution', args: ['validate', more.nextOk, '--previous', fx('skills/released/rs6247-1.0.0.json'), '--lang', 'en'], code: 0, stderr: [/valid skill framework \(8 competences\)$/m, /evolution from .*rs6247-1\.0\.0\.json \(1\.0\.0 → 1\.2\.0\): no id lost$/m] },
  { name: '--previous on a file that is not a framework', args: ['validate', fx('certification/application-laureat.json'), '--previous', fx('skills/released/rs6247-1.0.0.json')], code: 2, stderr: ['--previous'] },
  { name: '--previous unreadable', args: ['validate', more.nextOk, '--previous', join(tmp, 'absent.json')], code: 2, stderr: ['fichier introuvable'] },
  // usage errors: help on a bare command, French first line for commander's own errors
  { name: 'no arguments → help, usage error', args: [], code: 2, stderr: ['Utilisation : intras'] },
  { name: 'export alone → help, usage error', args: ['export'], code: 2, stderr: ['Utilisation : intras export'] },
  // Commander's usage errors read like the CLI's own: one line, in the chosen language (decision 0062; was French then
  // English on two lines, the English one with its line break shown as \x0A).
  { name: 'unknown command, one French line', args: ['frobnicate'], code: 2, stderr: [/^erreur : commande inconnue « frobnicate »$/m], notStderr: ['error:', '\\x0A'] },
  { name: 'unknown option, one French line with the suggestion', args: ['validate', files.portraits, '--kinds'], code: 2, stderr: [/^erreur : option inconnue « --kinds » \(vouliez-vous dire --kind \?\)$/m], notStderr: ['error:', 'Did you mean', '\\x0A'] },
  { name: 'unknown option, one English line with --lang en', args: ['validate', files.portraits, '--kinds', '--lang', 'en'], code: 2, stderr: [/^error: unknown option '--kinds' \(Did you mean --kind\?\)$/m], notStderr: ['erreur', '\\x0A'] },
  { name: 'missing argument, one French line', args: ['validate'], code: 2, stderr: [/^erreur : argument requis manquant « file »$/m], notStderr: ['error:'] },
  { name: 'bad --lang, one French line', args: ['validate', files.portraits, '--lang', 'de'], code: 2, stderr: [/^erreur : valeur « de » invalide pour l’option « --lang <lang> » ; valeurs possibles : fr, en$/m], notStderr: ['error:'] },
  // After a subcommand, an invalid or missing --lang is that subcommand's error: its help follows, not the root's.
  { name: 'bad --lang after render portraits → its help', args: ['render', 'portraits', '--lang', 'de'], code: 2, stderr: [/^erreur : valeur « de » invalide pour l’option « --lang <lang> »/m, 'Utilisation : intras render portraits'], notStderr: ['Utilisation : intras [options] [commande]'] },
  { name: '--lang without a value after render portraits → its help', args: ['render', 'portraits', '--lang'], code: 2, stderr: [/^erreur : valeur manquante pour l’option « --lang <lang> »$/m, 'Utilisation : intras render portraits'], notStderr: ['Utilisation : intras [options] [commande]'] },
  { name: 'bad --lang after validate → its help', args: ['validate', files.portraits, '--lang', 'de'], code: 2, stderr: ['Utilisation : intras validate'], notStderr: ['Utilisation : intras [options] [commande]'] },
  { name: 'bad --lang after jobs feed, English → its help', args: ['jobs', 'feed', '--lang', 'en', '--lang', 'de'], code: 2, stderr: [/^error: option '--lang <lang>' argument 'de' is invalid/m, 'Usage: intras jobs feed'], notStderr: ['Usage: intras [options] [command]'] },
  { name: 'jobs alone with --lang en → its help in English', args: ['jobs', '--lang', 'en'], code: 2, stderr: ['Usage: intras jobs'], notStderr: ['unknown option'] },
  { name: 'bad --lang before the command → the root help', args: ['--lang', 'de', 'validate', files.portraits], code: 2, stderr: [/^erreur : valeur « de » invalide/m, 'Utilisation : intras [options] [commande]'] },
  { name: 'too many arguments, one French line', args: ['validate', files.portraits, files.portraits], code: 2, stderr: [/^erreur : trop d’arguments \(1 attendu, 2 reçus\)$/m], notStderr: ['error:'] },
  { name: 'export --help is still 0', args: ['export', '--help'], code: 0, stdout: ['openbadge'] },
  { name: 'export openbadge of a non-laureate application', args: ['export', 'openbadge', fx('certification/application-submitted.json')], code: 1, stderr: ['  status : seul un dossier « laureat » donne un badge (reçu « submitted »)', 'pas d’Open Badge pour cette candidature'] },
  { name: 'export openbadge of a broken framework', args: ['export', 'openbadge', fx('skills/framework-broken.json'), '--lang', 'en'], code: 1, stderr: ['competences[3].label.fr: text required'] },
  { name: 'export openbadge of sessions → usage error', args: ['export', 'openbadge', fx('certification/sessions-2026.json')], code: 2, stderr: ['n’est ni un référentiel de compétences ni une candidature'] },
  { name: 'export openbadge with a bad --id-base', args: ['export', 'openbadge', fx('certification/application-laureat.json'), '--id-base', 'ftp://x'], code: 2, stderr: ['--id-base doit être une URL http(s)'] },
];
for (const row of ROWS) {
  test(`intras ${row.args.map((a) => a.replace(root, '').replace(tmp, '<tmp>')).join(' ')} → exit ${row.code} (${row.name})`, async () => {
    const r = await intras(...row.args);
    assert.equal(r.code, row.code, `stdout: ${r.stdout}\nstderr: ${r.stderr}`);
    for (const s of row.stdout ?? []) typeof s === 'string' ? assert.ok(r.stdout.includes(s), `stdout lacks ${s}:\n${r.stdout}`) : assert.match(r.stdout, s);
    for (const s of row.stderr ?? []) typeof s === 'string' ? assert.ok(r.stderr.includes(s), `stderr lacks ${s}:\n${r.stderr}`) : assert.match(r.stderr, s);
    for (const s of row.notStdout ?? []) assert.ok(!r.stdout.includes(s));
    for (const s of row.notStderr ?? []) assert.ok(!r.stderr.includes(s));
    assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+/, 'never a stack trace');
    // Item 22: data on stdout only (the JSON of a successful export to stdout, the help, the version), nothing else.
    const data = row.code !== 0 ? undefined : row.args.some((a) => a === '--help' || a === '--version') ? 'text' : row.args[0] === 'export' ? 'json' : undefined;
    if (data === 'json') assert.doesNotThrow(() => JSON.parse(r.stdout), 'stdout is the JSON alone');
    if (data === undefined) assert.equal(r.stdout, '', `no diagnostic on stdout:\n${r.stdout}`);
    else assert.equal(r.stderr, '', `nothing on stderr when the data is asked:\n${r.stderr}`);
    if (row.code !== 0 || row.args[0] === 'validate') assert.notEqual(r.stderr, '', 'the diagnostic is on stderr');
  });
}

test('intras export openbadge <laureate application> -o file writes the unsigned OpenBadgeCredential', async () => {
  const out = join(tmp, 'badge.json');
  const r = await intras('export', 'openbadge', fx('certification/application-laureat.json'), '-o', out, '--id-base', 'https://incubateur.example.org/ob');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /✓ Open Badge écrit dans .*badge\.json/);
  assert.equal(r.stdout, '');
  assert.ok(existsSync(out));
  const cred = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(cred.type, ['VerifiableCredential', 'OpenBadgeCredential']);
  assert.equal(cred.id, 'https://incubateur.example.org/ob/credentials/app-002');
  assert.equal(cred.credentialSubject.result.length, 8);
});

test('intras export openbadge <application> --framework <file> evaluates against that framework', async () => {
  const app = JSON.parse(readFileSync(fx('certification/application-laureat.json'), 'utf8'));
  app.evaluations = [{ competenceId: 'animation', outcome: 4 }, { competenceId: 'vision-produit', outcome: 3 }, { competenceId: 'recherche-utilisateur', outcome: 2 }, { competenceId: 'entretiens', outcome: 5 }];
  const r = await intras('export', 'openbadge', write('app-exemple.json', app), '--framework', fx('skills/framework-incubateur-exemple.json'), '--lang', 'en', ...ISSUER, '--issuer-url', 'https://incubateur-exemple.example.org/');
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const cred = JSON.parse(r.stdout);
  assert.equal(cred.credentialSubject.achievement.name, 'Product framework of the Exemple incubator');
  assert.deepEqual(cred.credentialSubject.result.map((x: { resultDescription: string; value: string }) => [x.resultDescription.split('#')[1], x.value]), [['result-facilitation', '4'], ['result-cohesion', '4'], ['result-vision-produit', '3'], ['result-recherche-utilisateur', '2'], ['result-entretiens', '5']]);
  assert.deepEqual(cred.issuer, { id: 'https://incubateur-exemple.example.org', type: ['Profile'], name: 'Incubateur Exemple', url: 'https://incubateur-exemple.example.org/' });
  assert.deepEqual(cred.credentialSubject.achievement.creator, cred.issuer);
  assert.equal(cred.credentialSubject.achievement.achievementType, 'Achievement');
  assert.ok(cred.id.startsWith('https://incubateur-exemple.example.org/badges/credentials/'));
});
