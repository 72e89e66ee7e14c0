/**
 * Built-in portrait data: demo/data/portraits.json, test/fixtures/portraits/*.json and the benchmark
 * generator scripts/gen-portraits.mjs. Checks counts, the consent gate, real start-up ghids and names
 * (test/fixtures/startups-v2.7.json), career dates against start-up phases, and the generated avatars.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  parsePortraits, isPublishable, foldText, decodeHtmlEntities, PORTRAIT_CATEGORIES, RS6247_COMPETENCE_IDS, type Portrait,
} from '../../src/index.js';

const root = new URL('../../', import.meta.url);
const path = (rel: string) => fileURLToPath(new URL(rel, root));
const readJson = (rel: string) => JSON.parse(readFileSync(path(rel), 'utf8'));

const snapshot = readJson('test/fixtures/startups-v2.7.json');
const STARTUPS = new Map<string, { name: string; phases: { name: string; start: string }[] }>(
  snapshot.data.map((d: any) => [d.id, d.attributes]),
);
const ORGANISATION_NAMES = new Set<string>(readJson('test/fixtures/organisations-v2.7.json').map((o: any) => decodeHtmlEntities(o.name)));
const SNAPSHOT_TEXT = ['startups-v2.7.json', 'organisations-v2.7.json', 'incubators-v2.7.json']
  .map((f) => readFileSync(path(`test/fixtures/${f}`), 'utf8')).join('\n').normalize('NFC');
const TERMINAL = new Set(['abandon', 'transfere', 'abandon-investigation']);

const demo = readJson('demo/data/portraits.json');
const demoResult = parsePortraits(demo);

/** Every start-up is real, named as in the snapshot, and the career path is consistent with its phases. */
function checkPortraitStory(p: Portrait): void {
  assert.ok(p.startups.length >= 1 && p.startups.length <= 3, `${p.id}: 1 to 3 start-ups`);
  for (const s of p.startups) {
    const real = STARTUPS.get(s.ghid);
    assert.ok(real, `${p.id}: ghid ${s.ghid} is in the snapshot`);
    assert.equal(s.name, real.name, `${p.id}: name of ${s.ghid}`);
  }
  const comps = p.competences ?? [];
  assert.ok(comps.length >= 2 && comps.length <= 5, `${p.id}: 2 to 5 competences`);
  assert.ok(comps.every((c) => (RS6247_COMPETENCE_IDS as readonly string[]).includes(c)));
  const path = p.careerPath ?? [];
  assert.ok(path.length >= 3 && path.length <= 6, `${p.id}: 3 to 6 positions`);
  const covered = new Set<string>();
  for (const pos of path) {
    assert.ok(pos.start, `${p.id}: every position has a start`);
    if (pos.end) assert.ok(pos.start! <= pos.end, `${p.id}: ${pos.title} starts before it ends`);
    if (pos.stage !== 'pendant') continue;
    assert.ok(pos.startupGhids?.length, `${p.id}: pendant positions name their start-ups`);
    for (const g of pos.startupGhids!) {
      assert.ok(p.startups.some((s) => s.ghid === g), `${p.id}: ${g} is one of the portrait's start-ups`);
      covered.add(g);
      const phases = STARTUPS.get(g)!.phases.filter((ph) => ph.start);
      const first = phases.map((ph) => ph.start).sort()[0];
      const terminal = phases.filter((ph) => TERMINAL.has(ph.name)).map((ph) => ph.start).sort()[0];
      assert.ok(pos.start! >= first, `${p.id}: ${g} mission starts on or after the start-up's first phase (${first})`);
      if (terminal) assert.ok(pos.start! < terminal, `${p.id}: ${g} mission starts before the start-up ended (${terminal})`);
    }
  }
  assert.deepEqual([...covered].sort(), p.startups.map((s) => s.ghid).sort(), `${p.id}: every start-up has a pendant position`);
  const stages = path.map((pos) => pos.stage);
  assert.deepEqual(stages, [...stages].sort((a, b) => ['avant', 'pendant', 'apres'].indexOf(a) - ['avant', 'pendant', 'apres'].indexOf(b)), `${p.id}: stages in order`);
}

/** Surnames already searched in the snapshot (2,400 generated portraits share ~60 surnames: search each once). */
const surnamesChecked = new Set<string>();
function checkSurnames(portraits: { displayName?: string }[]): void {
  for (const p of portraits) {
    if (!p.displayName) continue;
    for (const w of p.displayName.split(' ').slice(1).join(' ').split(/[- ]/).filter((x) => x.length > 2)) {
      if (surnamesChecked.has(w)) continue;
      const re = new RegExp(`(^|[^\\p{L}])${w}(?![\\p{L}])`, 'iu');
      assert.ok(!re.test(SNAPSHOT_TEXT), `surname ${w} (${p.displayName}) does not appear in the snapshot`);
      surnamesChecked.add(w);
    }
  }
}

function checkAvatar(file: string): void {
  assert.ok(existsSync(file), `${file} exists`);
  assert.ok(statSync(file).size < 1500, `${file} is under 1.5 KB`);
  const svg = readFileSync(file, 'utf8');
  assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /<title>[^<]+<\/title>/);
  assert.doesNotMatch(svg, /<image|<script|<foreignObject|href=|on\w+=/i);
}

test('demo portraits: 44 published, 3 valid but never shown, 2 rejected', () => {
  assert.equal(demoResult.total, 49);
  assert.equal(demoResult.valid.length, 47);
  assert.equal(demoResult.rejected.length, 2);
  assert.deepEqual(demoResult.rejected.map((r) => [r.index, r.id]), [[47, 'p-048'], [48, 'p-049']]);
  assert.ok(demoResult.rejected[0].issues.some((i) => i.path === 'category'));
  assert.ok(demoResult.rejected[1].issues.some((i) => i.path === 'displayName'));
  const shown = demoResult.valid.filter(isPublishable);
  assert.equal(shown.length, 44);
  const hidden = demoResult.valid.filter((p) => !isPublishable(p));
  assert.deepEqual(hidden.map((p) => [p.id, p.status, p.consent.given]), [
    ['p-045', 'draft', true], ['p-046', 'published', false], ['p-047', 'archived', true],
  ]);
  for (const c of PORTRAIT_CATEGORIES) assert.equal(shown.filter((p) => p.category === c).length, 11, c);
  assert.deepEqual(demo.portraits.map((p: any) => p.id), Array.from({ length: 49 }, (_, i) => `p-${String(i + 1).padStart(3, '0')}`));
});

test('demo portraits: real administrations, real start-ups, careers consistent with phases', () => {
  const admins = new Set(demoResult.valid.map((p) => p.administration));
  assert.ok(admins.size >= 10, `${admins.size} administrations`);
  for (const a of admins) assert.ok(ORGANISATION_NAMES.has(a!), `${a} is an organisation of the snapshot`);
  for (const p of demoResult.valid) {
    checkPortraitStory(p);
    assert.doesNotMatch(p.narrative, /[<>]/, `${p.id}: plain-text narrative`);
    if (isPublishable(p)) {
      const sentences = p.narrative.split(/(?<=[.!?])\s+/).length;
      assert.ok(sentences >= 3 && sentences <= 5, `${p.id}: 3 to 5 sentences (${sentences})`);
      assert.ok(p.consent.at && p.publishedAt && p.consent.at <= p.publishedAt, `${p.id}: consent before publication`);
    }
  }
  // Invalid records still point at real start-ups.
  for (const raw of demo.portraits.slice(47)) for (const s of raw.startups) assert.equal(STARTUPS.get(s.ghid)?.name, s.name);
  checkSurnames(demo.portraits);
});

test('demo avatars: one third of the portraits, abstract SVG files under 1.5 KB', () => {
  const withPhoto = demoResult.valid.filter((p) => p.photoUrl);
  assert.ok(withPhoto.length >= 13 && withPhoto.length <= 16, `${withPhoto.length} photos`);
  for (const p of withPhoto) {
    assert.match(p.photoUrl!, /^\/data\/avatars\/p-\d{3}\.svg$/); // root-relative: the same file from the demo page and from the embed pages (dist/embed/)
    assert.equal(typeof p.photoAlt, 'string', `${p.id}: photoAlt set`);
    checkAvatar(path(`demo${p.photoUrl}`));
  }
  const files = readdirSync(path('demo/data/avatars'));
  assert.deepEqual(files.sort(), withPhoto.map((p) => `${p.id}.svg`).sort(), 'no orphan avatar');
});

test('fixtures: valid.json, mixed.json, invalid-document.json', () => {
  const valid = parsePortraits(readJson('test/fixtures/portraits/valid.json'));
  assert.equal(valid.valid.length, 12);
  assert.equal(valid.rejected.length, 0);
  assert.equal(valid.valid.filter(isPublishable).length, 12);
  for (const c of PORTRAIT_CATEGORIES) assert.ok(valid.valid.some((p) => p.category === c), c);
  assert.ok(valid.valid.some((p) => p.displayName.startsWith('Élodie') && foldText(p.displayName).startsWith('elodie')));
  assert.ok(valid.valid.some((p) => !p.photoUrl), 'one portrait without photo');
  const missing = valid.valid.filter((p) => p.photoUrl === '/test/fixtures/portraits/avatars/missing.svg');
  assert.equal(missing.length, 1, 'one portrait with a missing photo file');
  assert.ok(!existsSync(path('test/fixtures/portraits/avatars/missing.svg')));
  const photos = valid.valid.filter((p) => p.photoUrl && p !== missing[0]);
  assert.ok(photos.length >= 1);
  for (const p of photos) {
    assert.match(p.photoUrl!, /^\/test\/fixtures\/portraits\/avatars\/p-\d{3}\.svg$/);
    checkAvatar(path(p.photoUrl!.slice(1)));
  }
  for (const p of valid.valid) checkPortraitStory(p);
  // Same records as the demo, apart from photo paths.
  const demoById = new Map(demoResult.valid.map((p) => [p.id, p]));
  for (const p of valid.valid) {
    const d = demoById.get(p.id)!;
    assert.equal(p.displayName, d.displayName);
    assert.deepEqual(p.startups, d.startups);
  }

  const mixed = parsePortraits(readJson('test/fixtures/portraits/mixed.json'));
  assert.equal(mixed.valid.length, 15);
  assert.equal(mixed.rejected.length, 2);
  assert.equal(mixed.valid.filter(isPublishable).length, 12);

  const bad = parsePortraits(readJson('test/fixtures/portraits/invalid-document.json'));
  assert.equal(bad.valid.length, 0);
  assert.deepEqual(bad.rejected.map((r) => r.index), [-1]);
});

test('generator: 2,400 valid published portraits, deterministic, real start-ups', async () => {
  const mod = await import(new URL('scripts/gen-portraits.mjs', root).href);
  const generated = mod.generatePortraits(2400, 42) as unknown[];
  assert.deepEqual(mod.generatePortraits(50, 42), generated.slice(0, 50), 'same seed, same output');
  assert.notDeepEqual(mod.generatePortraits(50, 7), generated.slice(0, 50), 'another seed, other output');
  const r = parsePortraits(generated);
  assert.equal(r.valid.length, 2400);
  assert.equal(r.rejected.length, 0);
  assert.equal(r.valid.filter(isPublishable).length, 2400);
  assert.equal(new Set(r.valid.map((p) => p.id)).size, 2400);
  for (const c of PORTRAIT_CATEGORIES) assert.equal(r.valid.filter((p) => p.category === c).length, 600, c);
  for (const a of new Set(r.valid.map((p) => p.administration))) assert.ok(ORGANISATION_NAMES.has(a!), a);
  for (const p of r.valid) {
    checkPortraitStory(p);
    assert.ok(p.headline.length <= 200 && p.narrative.length <= 5000);
  }
  checkSurnames(r.valid);
});
