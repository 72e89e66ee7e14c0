// `intras validate` on portraits files: misspelt fields are warnings (exit 0), invalid records are errors (exit 1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unknownKeys, PortraitSchema } from '../../src/index.js';
import { intras } from './cli-helpers.js';

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

test('intras validate portraits: warnings for unknown fields keep exit 0; an invalid record gives exit 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'intras-cli-portraits-'));
  try {
    const run = (doc: unknown, ...args: string[]) => {
      const file = join(dir, 'p.json');
      writeFileSync(file, JSON.stringify(doc));
      return intras('validate', file, ...args);
    };
    // Diagnostics (warnings, errors, the summary) are on stderr (issue 7, item 22).
    const warned = await run({ portraits: [{ ...portrait, photo: 'a.png' }] });
    assert.equal(warned.code, 0, warned.stderr);
    assert.equal(warned.stdout, '');
    assert.match(warned.stderr, /avertissement : portraits\[0\] : champ inconnu « photo » \(ignoré\)/);
    assert.match(warned.stderr, /portraits valides \(1 enregistrement valide, 1 avertissement\)/);
    const bad = await run([portrait, { ...portrait, id: 'b', category: 'diagonal', colour: 'red' }], '--lang', 'en');
    assert.equal(bad.code, 1);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /\[1\]\.category: unexpected value "diagonal"/);
    assert.match(bad.stderr, /warning: \[1\]: unknown field "colour" \(ignored\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('intras validate portraits: an invalid optional part, a bad URL, a blank name, a 0000 date and end < start are errors (exit 1)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'intras-cli-portraits-'));
  try {
    const file = join(dir, 'p.json');
    const position = { stage: 'avant', title: 'Juriste', organisationLabel: 'DGFiP', sector: 'public', start: '2020-01-01', end: '2019-01-01' };
    writeFileSync(file, JSON.stringify({ portraits: [
      { ...portrait, photoUrl: '/\\evil.example/x.png', careerPath: [position] },
      { ...portrait, id: 'b', displayName: '\u200b', publishedAt: '0000-01-01' },
    ] }));
    const r = await intras('validate', file);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
    const out = r.stderr;
    assert.match(out, /portraits\[0\]\.photoUrl : adresse http\(s\) ou chemin du site attendu .*\(partie ignorée : photoUrl \+ photoAlt\)/);
    assert.match(out, /portraits\[0\]\.careerPath\[0\]\.end : la fin \(2019-01-01\) précède le début \(start : 2020-01-01\) \(partie ignorée : careerPath\[0\]\)/);
    assert.match(out, /portraits\[1\]\.displayName : texte vide : seulement des espaces ou des caractères invisibles/);
    assert.match(out, /portraits\[1\]\.publishedAt : date hors de la plage acceptée \(années 1900 à 2100/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
