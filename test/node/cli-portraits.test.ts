// `intras validate` on portraits files: misspelt fields are warnings (exit 0), invalid records are errors (exit 1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unknownKeys, PortraitSchema } from '../../src/index.js';
import { cliPath } from './helpers/cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const portrait = {
  id: 'a', displayName: 'Ana Lopez', headline: 'Cheffe de produit', category: 'vertical', before: 'Attachée', after: [],
  startups: [{ ghid: 'x', name: 'X' }], narrative: 'Récit.', consent: { given: true, at: '2025-01-01' }, status: 'published',
};

test('unknownKeys names misspelt fields at any depth, and nothing for a clean record', () => {
  assert.deepEqual(unknownKeys(PortraitSchema, portrait), []);
  const w = unknownKeys(PortraitSchema, { ...portrait, photo: 'a.png', consent: { given: true, date: '2025-01-01' }, startups: [{ ghid: 'x', name: 'X', url: 'u' }] }, 'portraits[3]');
  assert.deepEqual(w.map((i) => i.path).sort(), ['portraits[3].consent.date', 'portraits[3].photo', 'portraits[3].startups[0].url']);
  const photo = w.find((i) => i.path === 'portraits[3].photo')!;
  assert.equal(photo.fr, 'portraits[3] : champ inconnu « photo » (ignoré)');
  assert.equal(photo.en, 'portraits[3]: unknown field "photo" (ignored)');
});

test('intras validate portraits: warnings for unknown fields keep exit 0; an invalid record gives exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'intras-cli-portraits-'));
  try {
    const run = (doc: unknown, ...args: string[]) => {
      const file = join(dir, 'p.json');
      writeFileSync(file, JSON.stringify(doc));
      return spawnSync(process.execPath, [cliPath(), 'validate', file, ...args], { cwd: root, encoding: 'utf8' });
    };
    const warned = run({ portraits: [{ ...portrait, photo: 'a.png' }] });
    assert.equal(warned.status, 0, warned.stderr);
    assert.match(warned.stdout, /avertissement : portraits\[0\] : champ inconnu « photo » \(ignoré\)/);
    assert.match(warned.stdout, /portraits valides \(1 enregistrement valide, 1 avertissement\)/);
    const bad = run([portrait, { ...portrait, id: 'b', category: 'diagonal', colour: 'red' }], '--lang', 'en');
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /\[1\]\.category: unexpected value "diagonal"/);
    assert.match(bad.stdout, /warning: \[1\]: unknown field "colour" \(ignored\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
