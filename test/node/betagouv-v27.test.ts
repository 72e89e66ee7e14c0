import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  parseApiStartups, parseApiOrganisations, parseApiIncubators, currentPhase, isActive, decodeHtmlEntities, reachedPhase,
} from '../../src/index.js';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

test('startups.json v2.7 snapshot: all 662 records parse, none rejected', () => {
  const r = parseApiStartups(read('startups-v2.7.json'));
  assert.equal(r.total, 662);
  assert.equal(r.valid.length, 662, JSON.stringify(r.rejected.slice(0, 3)));
  assert.equal(r.rejected.length, 0);
  assert.equal(r.incubatorTitles.size, 22);
  assert.deepEqual(r.unresolvedIncubators, ['sgmas'], 'the hidden incubator is reported, not fatal');
});

test('startups.json: "" phase ends become absent (1,422 of them), links trimmed and unescaped', () => {
  const raw = read('startups-v2.7.json');
  const emptyEnds = raw.data.flatMap((d: any) => d.attributes.phases).filter((p: any) => p.end === '').length;
  assert.equal(emptyEnds, 1422);
  const r = parseApiStartups(raw);
  const all = r.valid.flatMap((s) => s.phases);
  assert.equal(all.filter((p) => p.end === undefined).length, 1422);
  assert.ok(all.every((p) => p.end !== ''));
  const s = r.valid.find((x) => x.ghid === '1-eleve-1-stage')!;
  assert.equal(s.link, 'https://1eleve1stage.education.gouv.fr');
  assert.equal(currentPhase(s.phases)?.name, 'transfere');
  assert.equal(isActive(s), false);
  assert.ok(r.valid.every((x) => !x.link || (!x.link.includes('&#x2F;') && x.link === x.link.trim())));
});

test('startups.json: phase counts match the snapshot note', () => {
  const r = parseApiStartups(read('startups-v2.7.json'));
  const counts: Record<string, number> = {};
  for (const p of r.valid.flatMap((s) => s.phases)) counts[p.name] = (counts[p.name] ?? 0) + 1;
  assert.equal(counts.acceleration, 181);
  assert.equal(counts.investigation, 577);
  assert.equal(counts.transfere, 99);
  const active = r.valid.filter(isActive).length;
  assert.ok(active > 100 && active < 662, `active start-ups: ${active}`);
});

test('startups.json: one bad record is reported with index and reason, the others kept', () => {
  const raw = read('startups-v2.7.json');
  raw.data[5].attributes.phases[0].name = 'hibernation';
  raw.data[9].attributes.phases[0].start = '2023-02-30';
  delete raw.data[12].attributes.name;
  const r = parseApiStartups(raw);
  assert.equal(r.valid.length, 659);
  assert.deepEqual(r.rejected.map((x) => x.index), [5, 9, 12]);
  assert.equal(r.rejected[0].id, raw.data[5].id);
  assert.match(r.rejected[0].issues[0].fr, /^attributes\.phases\[0\]\.name : valeur inattendue « hibernation »/);
  assert.match(r.rejected[1].issues[0].en, /^attributes\.phases\[0\]\.start: no such date \(30 February 2023\)/);
  assert.match(r.rejected[2].issues[0].fr, /attributes\.name : champ requis/);
});

test('startups.json: a document of the wrong shape is reported, not thrown', () => {
  for (const bad of [null, 42, [], { data: 'x' }]) {
    const r = parseApiStartups(bad);
    assert.equal(r.valid.length, 0);
    assert.equal(r.rejected[0].index, -1);
  }
});

test('organisations.json v2.7 snapshot: 144 organisations, HTML entities decoded', () => {
  const r = parseApiOrganisations(read('organisations-v2.7.json'));
  assert.equal(r.total, 144);
  assert.equal(r.valid.length, 144);
  const pref = r.valid.find((o) => o.id === 'Préfecture')!;
  assert.equal(pref.name, "Préfecture de l'Ain");
  assert.ok(r.valid.every((o) => !/&#39;|&amp;/.test(o.name)));
  assert.equal(r.valid.find((o) => o.id === 'opera-comique')?.acronym, undefined);
});

test('incubators.json v2.7 snapshot: 23 incubators, sgmas hidden, menj without products, 664 product entries', () => {
  const r = parseApiIncubators(read('incubators-v2.7.json'));
  assert.equal(r.total, 23);
  assert.equal(r.valid.length, 23);
  assert.equal(r.valid.filter((i) => i.hidden).map((i) => i.id).join(), 'sgmas');
  assert.equal(r.valid.reduce((n, i) => n + i.startupGhids.length, 0), 664);
  assert.deepEqual(r.valid.find((i) => i.id === 'menj')?.startupGhids, []);
});

test('decodeHtmlEntities handles named, decimal and hex references', () => {
  assert.equal(decodeHtmlEntities('l&#39;Ain &amp; https:&#x2F;&#x2F;x'), "l'Ain & https://x");
  assert.equal(decodeHtmlEntities('&unknown; &#0;'), '&unknown; &#0;');
});

test('reachedPhase: acceleration overlapping a mission window', () => {
  const phases = [
    { name: 'investigation' as const, start: '2021-03-01', end: '2021-05-03' },
    { name: 'construction' as const, start: '2021-05-03', end: '2022-06-01' },
    { name: 'acceleration' as const, start: '2022-06-01' },
    { name: 'abandon' as const, start: '2025-02-01' },
  ];
  assert.equal(reachedPhase(phases, 'acceleration'), true);
  assert.equal(reachedPhase(phases, 'acceleration', { from: '2021-03-01', to: '2022-05-31' }), false);
  assert.equal(reachedPhase(phases, 'acceleration', { from: '2021-03-01', to: '2022-06-01' }), true);
  assert.equal(reachedPhase(phases, 'acceleration', { from: '2025-02-02' }), false, 'acceleration ended when abandon started');
  assert.equal(reachedPhase(phases, 'consolidation'), false);
});
