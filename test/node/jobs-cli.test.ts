// `intras jobs import|feed|digest`, in-process: data on stdout, diagnostics on stderr, exit codes as validate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/run.js';

const fx = (name: string) => fileURLToPath(new URL(`../fixtures/jobs/${name}`, import.meta.url));
async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

test('jobs import: every format, de-duplicated, rejected rows with line / record number and field, exit 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'intras-jobs-'));
  try {
    const o = join(dir, 'postings.json');
    const r = await cli('jobs', 'import', fx('pep-offres-2021-09.json'), fx('metiers-numeriques-notion-2021-10.json'), fx('csp-offres-invented.csv'), '-o', o);
    assert.equal(r.code, 1, r.err);
    assert.equal(r.out, '');
    const doc = JSON.parse(readFileSync(o, 'utf8'));
    assert.equal(doc.$schema, 'https://unpkg.com/@betagouv/intras/dist/schemas/job-postings.schema.json');
    assert.equal(doc.postings.length, 154 + 16 + 4 - 2);
    assert.match(r.err, /rejetée fiche n° 17 \(mdn-0f7075be-67b3-4303-b22a-333ea2bb70f0\) : employer\.label : champ requis \(source : « Ministère »\)/);
    assert.match(r.err, /rejetée ligne 6 \(csp-2026-0000003\) : postedAt : date invalide « 32\/09\/2026 »/);
    assert.match(r.err, /doublon : pep-690730 \(présente deux fois, même référence\)/); // the PEP export lists this offer twice
    assert.match(r.err, /172 offres écrites/);
    const en = await cli('jobs', 'import', fx('pep-offres-2021-09.json'), '--lang', 'en');
    assert.equal(en.code, 0);
    assert.equal(JSON.parse(en.out).postings.length, 153);
    assert.match(en.err, /✓ .*pep-offres-2021-09\.json: 154 postings read \(pep\), 0 rejected/);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Référence,Intitulé du poste\nx,y\n');
    const sep = await cli('jobs', 'import', bad, '--from', 'csp-csv');
    assert.equal(sep.code, 1);
    assert.match(sep.err, /ligne 1 : séparateur « , » trouvé, « ; » attendu/);
    const same = await cli('jobs', 'import', bad, '-o', bad);
    assert.equal(same.code, 2);
    assert.match(same.err, /écraserait le fichier d’entrée/);
    // Through a symlink or a hard link, the input is still refused, and left as it was.
    const link = join(dir, 'link.csv');
    symlinkSync(bad, link);
    const viaLink = await cli('jobs', 'import', bad, '-o', link);
    assert.equal(viaLink.code, 2);
    assert.match(viaLink.err, /écraserait le fichier d’entrée/);
    assert.equal(readFileSync(bad, 'utf8'), 'Référence,Intitulé du poste\nx,y\n');
    // An output that cannot be written (a directory) is a usage error naming it, not a crash.
    const toDir = await cli('jobs', 'import', fx('pep-offres-2021-09.json'), '-o', dir);
    assert.equal(toDir.code, 2);
    assert.match(toDir.err, /impossible d’écrire .*EISDIR/);
    const evil = join(dir, 'evil\u001b[2J.json');
    writeFileSync(evil, '[1]');
    const esc = await cli('jobs', 'import', evil);
    assert.ok(!esc.err.includes('\u001b'), 'control characters escaped');
    assert.match(esc.err, /evil\\x1B\[2J\.json/);
    assert.equal((await cli('jobs', 'import', join(dir, 'missing.json'))).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('jobs feed: Atom / RSS / JSON Feed with employer and start-up, filters, expiry by --now', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'intras-jobs-'));
  try {
    const file = join(dir, 'p.json');
    const base = { employer: { label: 'DINUM' }, location: { label: 'Paris (75)', departement: '75' }, source: { kind: 'manual' }, status: 'published' };
    writeFileSync(file, JSON.stringify({ postings: [
      { ...base, id: 'a', title: 'Coach produit', postedAt: '2026-09-01', closesAt: '2026-09-30', url: 'https://exemple.gouv.fr/a', startupGhids: ['mon-service'], description: 'Animer une équipe pluridisciplinaire, prototypes et tests utilisateurs.' },
      { ...base, id: 'b', title: 'Gestionnaire <paie>', postedAt: '2026-09-02', closesAt: '2026-09-05', url: 'https://exemple.gouv.fr/b' },
      { ...base, id: 'c', title: 'Data engineer', postedAt: '2026-09-03', url: 'https://exemple.gouv.fr/c', location: { label: 'Lyon (69)', departement: '69' } },
    ] }));
    const atom = await cli('jobs', 'feed', file, '--format', 'atom', '--now', '2026-09-10');
    assert.equal(atom.code, 0, atom.err);
    assert.match(atom.out, /<title type="html"><!\[CDATA\[Coach produit — DINUM · start-up mon-service\]\]><\/title>/);
    assert.ok(!atom.out.includes('Gestionnaire'), 'closed on 2026-09-05');
    const rss = await cli('jobs', 'feed', file, '--format', 'rss', '--now', '2026-09-04', '--filter', 'departement=75');
    assert.match(rss.out, /<rss/);
    assert.match(rss.out, /Gestionnaire &lt;paie&gt;|CDATA\[Gestionnaire <paie>/);
    assert.ok(!rss.out.includes('Data engineer'));
    const json = JSON.parse((await cli('jobs', 'feed', file, '--format', 'json', '--now', '2026-09-10')).out);
    assert.deepEqual(json.items.map((i: { id: string }) => i.id), ['https://exemple.gouv.fr/c', 'https://exemple.gouv.fr/a']);
    assert.equal(json.items[1].authors?.[0]?.name ?? json.items[1].author?.name, 'DINUM');
    assert.equal((await cli('jobs', 'feed', file, '--format', 'atom', '--filter', 'colour=red')).code, 2);
    assert.equal((await cli('jobs', 'feed', file, '--format', 'atom', '--now', '10/09/2026')).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('jobs digest: new relevant postings since a date, grouped by competence, closing dates, markdown-escaped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'intras-jobs-'));
  try {
    const file = join(dir, 'p.json');
    const base = { employer: { label: 'DINUM' }, location: { label: 'Paris (75)', departement: '75' }, source: { kind: 'manual' }, status: 'published' };
    writeFileSync(file, JSON.stringify([
      { ...base, id: 'a', title: 'Cheffe de projet numérique [urgent](javascript:x)', postedAt: '2026-09-01', closesAt: '2026-09-15', url: 'https://exemple.gouv.fr/a' },
      { ...base, id: 'b', title: 'Designer UX', postedAt: '2026-09-02', url: 'https://exemple.gouv.fr/b', description: 'Recherche utilisateur, entretiens avec les usagers, design de parcours.' },
      { ...base, id: 'c', title: 'Gestionnaire de paie', postedAt: '2026-09-03', url: 'https://exemple.gouv.fr/c' },
      { ...base, id: 'd', title: 'Coach produit', postedAt: '2026-08-01', url: 'https://exemple.gouv.fr/d' },
    ]));
    const r = await cli('jobs', 'digest', file, '--since', '2026-09-01', '--now', '2026-09-10');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, [
      '# Nouvelles offres pour les intras depuis le 01/09/2026 (2)',
      '',
      '## Investigation du problème (1)',
      '',
      '- [Designer UX](https://exemple.gouv.fr/b) — DINUM, Paris \\(75\\) · sans date de clôture, affichée jusqu’au 01/11/2026 · « recherche utilisateur », « entretiens avec les usagers », « ux », « design »',
      '',
      '## Passerelles RMFP (1)',
      '',
      '- [Cheffe de projet numérique \\[urgent\\]\\(javascript\\:x\\)](https://exemple.gouv.fr/a) — DINUM, Paris \\(75\\) · clôture le 15/09/2026 (dans 5 jours) · « chef de projet numérique »',
      '',
    ].join('\n'));
    const mm = await cli('jobs', 'digest', file, '--since', '2026-09-01', '--now', '2026-09-15', '--format', 'mattermost', '--lang', 'en');
    assert.match(mm.out, /^### New postings for intrapreneurs since 2026-09-01 \(2\)/);
    assert.match(mm.out, /#### Bridge jobs \(RMFP passerelles\) \(1\)/);
    assert.match(mm.out, /closes 2026-09-15 \(today\)/);
    assert.equal((await cli('jobs', 'digest', file)).code, 2, '--since is required');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('jobs feed / digest: an offer without closing date closes --open-days (default 60) after it was posted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'intras-jobs-'));
  try {
    const file = join(dir, 'p.json');
    assert.equal((await cli('jobs', 'import', fx('pep-offres-2021-09.json'), '-o', file)).code, 0);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    const noDate = ((written.postings ?? written) as { closesAt?: string }[]).filter((p) => !p.closesAt).length;
    assert.ok(noDate > 0, 'the PEP snapshot has offers without a closing date');
    const today = JSON.parse((await cli('jobs', 'feed', file, '--format', 'json', '--now', '2026-11-30')).out);
    assert.equal(today.items.length, 0, 'September 2021 offers are not open in November 2026');
    const soon = JSON.parse((await cli('jobs', 'feed', file, '--format', 'json', '--now', '2022-06-01')).out);
    const longer = JSON.parse((await cli('jobs', 'feed', file, '--format', 'json', '--now', '2022-06-01', '--open-days', '3650')).out);
    assert.ok(longer.items.length > soon.items.length, '--open-days keeps dateless offers open longer');
    assert.equal((await cli('jobs', 'feed', file, '--format', 'json', '--open-days', '0')).code, 2);
    assert.equal((await cli('jobs', 'feed', file, '--format', 'json', '--open-days', '2.5')).code, 2);
    assert.equal((await cli('jobs', 'digest', file, '--since', '2021-01-01', '--now', '2026-11-30')).out.match(/\n- /g)?.length ?? 0, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('intras validate knows our job postings JSON (kind job-postings): detected by shape or $schema, errors by path', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'intras-jobs-'));
  try {
    const file = join(dir, 'postings.json');
    assert.equal((await cli('jobs', 'import', fx('metiers-numeriques-notion-2021-10.json'), '-o', file)).code, 1, 'one Notion page rejected');
    const ok = await cli('validate', file);
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out + ok.err, /✓ .*postings\.json : offres d’emploi valides \(16 enregistrements valides\)/);
    const posting = JSON.parse(readFileSync(file, 'utf8')).postings?.[0] ?? JSON.parse(readFileSync(file, 'utf8'))[0];
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([posting, { ...posting, id: 'other', postedAt: '2026-02-30', titel: 'x' }]));
    const r = await cli('validate', bad, '--lang', 'en');
    assert.equal(r.code, 1);
    assert.match(r.err + r.out, /\[1\]\.postedAt/);
    assert.match(r.err + r.out, /✗ .*bad\.json: invalid job postings/);
    assert.match(r.err + r.out, /warning: \[1\]: unknown field "titel"/);
    writeFileSync(bad, JSON.stringify({ $schema: 'https://example.org/job-postings.schema.json', postings: [] }));
    assert.match((await cli('validate', bad)).out + (await cli('validate', bad)).err, /offres d’emploi valides \(0 enregistrement valide\)/);
    assert.equal((await cli('validate', bad, '--kind', 'job-postings')).code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('jobs feed / digest given another format (PEP, Notion, CSV): one line saying to run `jobs import` first, exit 1, not a rejection per record', async () => {
  for (const [file, fmt] of [['pep-offres-2021-09.json', 'pep'], ['metiers-numeriques-notion-2021-10.json', 'notion'], ['csp-offres-invented.csv', 'csp-csv']] as const) {
    for (const cmd of [['jobs', 'feed', fx(file), '--format', 'atom'], ['jobs', 'digest', fx(file), '--since', '2026-01-01']]) {
      const fr = await cli(...cmd);
      assert.equal(fr.code, 1, `${cmd[1]} ${file}`);
      assert.equal(fr.out, '');
      assert.doesNotMatch(fr.err, /rejetée|fiche n°/, 'no per-record rejections');
      assert.match(fr.err, new RegExp(`^erreur : .*${file.replace('.', '\\.')}.*\\(${fmt}\\).*intras jobs import`, 'm'));
      const en = await cli(...cmd, '--lang', 'en');
      assert.equal(en.code, 1);
      assert.match(en.err, new RegExp(`^error: .*${file.replace('.', '\\.')}.*\\(${fmt}\\).*intras jobs import`, 'm'));
    }
  }
});

test('jobs import: a posting listed twice under the same id is reported as a duplicate, not "merged into itself"', async () => {
  for (const lang of ['fr', 'en']) {
    const r = await cli('jobs', 'import', fx('pep-offres-2021-09.json'), '--lang', lang);
    const self = r.err.split('\n').filter((l) => { const m = /(?:fusionnée|merged) ?: (\S+) (?:dans|into) (\S+)/.exec(l); return m && m[1] === m[2]; });
    assert.deepEqual(self, [], lang);
    assert.match(r.err, lang === 'en' ? /^ {2}duplicate: pep-\d+ \(listed twice, same reference\)/m : /^ {2}doublon : pep-\d+ \(présente deux fois, même référence\)/m);
  }
});

test('jobs feed / digest read a postings file that starts with a byte-order mark (as jobs import and validate do)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'intras-jobs-bom-'));
  try {
    const plain = join(dir, 'postings.json');
    assert.equal((await cli('jobs', 'import', fx('pep-offres-2021-09.json'), '-o', plain)).code, 0);
    const bom = join(dir, 'postings-bom.json');
    writeFileSync(bom, `\uFEFF${readFileSync(plain, 'utf8')}`);
    const a = await cli('jobs', 'feed', plain, '--format', 'json', '--now', '2021-09-20');
    const b = await cli('jobs', 'feed', bom, '--format', 'json', '--now', '2021-09-20');
    assert.equal(b.code, 0, b.err);
    assert.equal(b.out, a.out);
    assert.equal((await cli('jobs', 'digest', bom, '--since', '2021-09-01')).code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
