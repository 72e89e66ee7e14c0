// The `intras` CLI as a child process, where only a process shows the behaviour: real file descriptors (issue 7,
// item 22), special input files that could block or exhaust a process (item 24: the child is killed by a guard if
// they do), a closed stdout pipe. Integration: each test starts processes. Every other CLI test runs `run()` in-process
// (test/node/cli*.test.ts); these tests were moved from cli-output, cli-input and cli.test.ts unchanged.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, symlinkSync } from 'node:fs';
import { intras, intrasChild, fx, root, tempDir } from '../node/cli-helpers.js';
import { cliPath } from '../node/helpers/cli.js';

const tmp = tempDir('intras-cli-process-');
after(tmp.cleanup);
const ISSUER = ['--issuer-id', 'https://incubateur-exemple.example.org', '--issuer-name', 'Incubateur Exemple', '--id-base', 'https://incubateur-exemple.example.org/badges'];
const exampleFw = JSON.parse(readFileSync(fx('skills/framework-incubateur-exemple.json'), 'utf8'));
const write = (name: string, content: string | object) => tmp.write(name, content);

// From cli-output.test.ts.
test('item 22: with real file descriptors, export writes only JSON to stdout and every diagnostic to stderr', () => {
  // `export openbadge broken.json > badge.json` used to leave the errors in badge.json.
  const outFile = tmp.path('badge.json');
  const fd = openSync(outFile, 'w');
  const broken = intrasChild(['export', 'openbadge', fx('skills/framework-broken.json')], { stdio: ['ignore', fd, 'pipe'] });
  closeSync(fd);
  assert.equal(broken.code, 1);
  assert.equal(readFileSync(outFile, 'utf8'), '', 'nothing on stdout');
  assert.match(broken.stderr, /competences\[3\]\.label\.fr : texte requis/);
  assert.match(broken.stderr, /✗ .*framework-broken\.json : référentiel de compétences invalide, 3 erreurs/);

  // (Every command's streams are also checked, in this process, by each row of cli.test.ts.)
  const ok = intrasChild(['export', 'openbadge', fx('skills/framework-incubateur-exemple.json'), ...ISSUER]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).type[0], 'Achievement');
  assert.equal(ok.stderr, '');
});

test('item 22: `validate bad.json 1>/dev/null` still shows the errors (on stderr), exit code unchanged', () => {
  const r = intrasChild(['validate', fx('skills/framework-broken.json')], { stdio: ['ignore', 'ignore', 'pipe'] });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^ {2}version : version semver attendue/m);
  assert.match(r.stderr, /référentiel de compétences invalide, 3 erreurs$/m);
  const valid = intrasChild(['validate', fx('skills/released/rs6247-1.0.0.json'), '--lang', 'en']);
  assert.equal(valid.code, 0);
  assert.equal(valid.stdout, '');
  assert.match(valid.stderr, /valid skill framework \(8 competences\)$/m);
});

// From cli-input.test.ts.
// Item 24: only regular files, and not too big. The special files run in a child process: before the fix a FIFO
// blocked forever and /dev/zero was read until memory ran out (the timeout is a guard that kills such a child).
const fifo = tmp.path('pipe.json');
const haveFifo = spawnSync('mkfifo', [fifo]).status === 0;
const zero = tmp.path('zero.json');
symlinkSync('/dev/zero', zero);

test('item 24: a named pipe (FIFO) is refused at once, naming the file, exit 2, in each place a file is read', { skip: !haveFifo && 'no mkfifo' }, async () => {
  const fw = fx('skills/released/rs6247-1.0.0.json');
  const cases: [string[], RegExp][] = [
    [['validate', fifo], /^erreur : impossible de lire « .*pipe\.json » : ce n’est pas un fichier ordinaire mais un tube nommé \(FIFO\)$/m],
    [['validate', fifo, '--lang', 'en'], /^error: cannot read ".*pipe\.json": not a regular file but a named pipe \(FIFO\)$/m],
    [['validate', fw, '--previous', fifo], /pipe\.json » : ce n’est pas un fichier ordinaire/],
    [['export', 'openbadge', fx('certification/application-laureat.json'), '--framework', fifo, '--issuer-id', 'https://a.example.org', '--issuer-name', 'A', '--id-base', 'https://a.example.org'], /pipe\.json » : ce n’est pas un fichier ordinaire/],
  ];
  // The first case in a child process (a regression would block it: the guard kills it); every file goes through
  // the same reader, so the other cases run in this process once the first has passed.
  for (const [i, [args, message]] of cases.entries()) {
    const r = i === 0 ? intrasChild(args, { timeout: 20_000 }) : await intras(...args);
    assert.ok(!('signal' in r) || r.signal === null, `${args.join(' ')}: blocked (killed by the guard)`);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
});

test('item 24: a symlink to /dev/zero is refused without reading it (a character device), exit 2', async () => {
  const cases = [['validate', zero], ['export', 'openbadge', zero], ['validate', fx('skills/released/rs6247-1.0.0.json'), '--previous', zero, '--lang', 'en']];
  for (const [i, args] of cases.entries()) {
    const r = i === 0 ? intrasChild(args, { timeout: 20_000 }) : await intras(...args);
    assert.ok(!('signal' in r) || r.signal === null, `${args.join(' ')}: still reading /dev/zero (killed by the guard)`);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /zero\.json(": | » : )(ce n’est pas un fichier ordinaire mais un périphérique caractère|not a regular file but a character device)$/m);
  }
});

// From cli.test.ts.
test('intras export openbadge … | head -c 10: a closed pipe ends quietly with exit 0 (no EPIPE stack)', async () => {
  const big = { ...exampleFw, version: '9.0.0', history: [{ version: '9.0.0', date: '2027-01-01', competenceIds: ['c-0'] }], groups: undefined, crosswalks: undefined,
    competences: Array.from({ length: 4000 }, (_, i) => ({ id: `c-${i}`, label: { fr: `Compétence ${i} `.repeat(8), en: `Competence ${i} `.repeat(8) } })) };
  const file = write('big.json', big);
  const child = spawn(process.execPath, [cliPath(), 'export', 'openbadge', file, ...ISSUER], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
});
