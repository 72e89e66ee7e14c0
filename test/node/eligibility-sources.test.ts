/**
 * Sources are real pages: every source path of every rule set is in the upstream repositories' file list
 * (test/fixtures/eligibility/upstream-files.json, see its SOURCE note), and its URL follows from the path.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PROGRAMMES, RULE_SETS, SOURCES, type Source } from '../../src/eligibility/index.js';

const FILES = JSON.parse(readFileSync(new URL('../fixtures/eligibility/upstream-files.json', import.meta.url), 'utf8')) as Record<string, string[]>;

/** Where each repository's files are published. */
const URL_OF: Record<string, (path: string) => string> = {
  // GitBook: https://doc.incubateur.net/communaute/<path without .md; a folder's README.md is the folder>
  'betagouv/doc.incubateur.net-communaute': (p) => `https://doc.incubateur.net/communaute/${p.replace(/\/README\.md$/, '').replace(/\.md$/, '')}`,
  'betagouv/espace-membre-next': (p) => `https://github.com/betagouv/espace-membre-next/blob/main/${p}`,
};

function allSources(): Array<[string, Source]> {
  const out: Array<[string, Source]> = Object.entries(SOURCES).map(([k, s]) => [`SOURCES.${k}`, s]);
  for (const p of PROGRAMMES) {
    const rs = RULE_SETS[p];
    out.push([`${p}`, rs.source]);
    for (const r of [...rs.rules, ...rs.hints]) out.push([`${p} ${r.id}`, r.source]);
  }
  return out;
}

describe('rule sources', () => {
  for (const [where, s] of allSources()) {
    test(`${where}: ${s.path ?? s.url}`, () => {
      assert.ok(s.repo && s.path, `${where}: a source names its repository and path`);
      assert.ok(FILES[s.repo], `${where}: unknown repository ${s.repo}`);
      assert.ok(FILES[s.repo].includes(s.path), `${where}: ${s.path} is not a file of ${s.repo}`);
      assert.equal(s.url, URL_OF[s.repo](s.path), `${where}: URL`);
      assert.ok(s.section.trim(), `${where}: section`);
    });
  }
  test('the clinic page is the one under je-sollicite-de-laide-transverse/ (no "comliquees")', () => {
    assert.equal(SOURCES.clinic.path, 'solliciter-et-contribuer-a-la-communaute/je-sollicite-de-laide-transverse/coaching-rh-clinique-des-situations-difficiles.md');
    for (const [, s] of allSources()) assert.ok(!s.url.includes('comliquees'), s.url);
  });
});
