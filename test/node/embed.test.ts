// The embed pages (dist/embed/, docs/embed.md): the URL-parameter rules of embed/params.ts, table-driven, and the
// pages scripts/embed-pages.mjs renders: CSP meta, no inline script or style, relative URLs only. What `npm run build`
// writes to dist/embed/ is checked by test/integration/embed-build.test.ts (it needs the build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEmbedParams, parentOriginMismatch, EMBED_ELEMENTS, EMBED_PARAMS, type EmbedElement } from '../../embed/params.js';
import { PORTRAIT_CATEGORIES, PROGRAMMES, SUPPORT_KINDS, SUPPORT_TOPICS } from '../../src/index.js';
// @ts-expect-error plain ESM build script without types
import { renderEmbedPage, embedCsp, readEmbedConfig } from '../../scripts/embed-pages.mjs';

const PAGE = 'https://embed.exemple.gouv.fr/intras/embed/portraits.html';
const cfg = { pageUrl: PAGE, allowedOrigins: ['https://data.exemple.gouv.fr'] };
const parse = (el: EmbedElement, q: string) => parseEmbedParams(el, q, cfg);
const attrs = (el: EmbedElement, q: string) => {
  const r = parse(el, q);
  assert.ok(r.ok, `${q}: ${JSON.stringify(r)}`);
  return Object.fromEntries(r.attributes);
};
const refused = (el: EmbedElement, q: string, param: string) => {
  const r = parse(el, q);
  assert.equal(r.ok, false, `${el} ?${q} is refused`);
  if (r.ok) return;
  assert.ok(r.issues.some((i) => i.param === param), `${el} ?${q}: an issue names ${param}: ${JSON.stringify(r.issues)}`);
  for (const i of r.issues) {
    assert.ok(i.fr.includes(`« ${i.param} »`), `French message names the parameter: ${i.fr}`);
    assert.ok(i.en.includes(`"${i.param}"`), `English message names the parameter: ${i.en}`);
  }
};

test('valid parameters become the element\'s attributes; the URL-state parameters stay in the URL for the element', () => {
  assert.deepEqual(attrs('portraits', 'src=%2Fdata%2Fportraits.json&lang=en&heading-level=3&page-size=12&parcours=vertical&without-filters'),
    { src: '/data/portraits.json', 'heading-level': '3', 'page-size': '12', 'without-filters': '' });
  const r = parse('portraits', 'src=https://data.exemple.gouv.fr/p.json&lang=en&parent-origin=https://doc.incubateur.net');
  assert.ok(r.ok);
  assert.equal(r.lang, 'en');
  assert.equal(r.parentOrigin, 'https://doc.incubateur.net');
  assert.deepEqual(attrs('job-feed', 'src=offres.json&format=csv&now=2026-11-30&open-days=90&with-expired=true&q=design&tri=newest'),
    { src: 'offres.json', format: 'csv', now: '2026-11-30', 'open-days': '90', 'with-expired': '' });
  assert.deepEqual(attrs('job-feed', 'src=offres.json&with-expired=false'), { src: 'offres.json' });
  assert.deepEqual(attrs('eligibility', 'programme=clinic&href-coaching=https%3A%2F%2Fdoc.incubateur.net%2Fx'),
    { programme: 'clinic', 'href-coaching': 'https://doc.incubateur.net/x' });
  assert.deepEqual(attrs('support-request', 'kind=courrier_soutien&mailto=equipe%40exemple.gouv.fr&prefill-topics=impact,manque_de_sens'),
    { kind: 'courrier_soutien', mailto: 'equipe@exemple.gouv.fr', 'prefill-topics': 'impact,manque_de_sens' });
  assert.equal(parse('eligibility', 'programme=certification').ok, true);
  assert.equal(parse('eligibility', 'programme=certification&lang=fr').ok, true);
});

test('each bad parameter is refused with a French and English message naming it', () => {
  refused('portraits', 'src=p.json&colour=red', 'colour'); // unknown
  refused('portraits', 'src=p.json&url-key=x', 'url-key'); // public attribute without meaning in a page of its own
  refused('portraits', 'src=p.json&lang=de', 'lang');
  refused('portraits', 'src=p.json&lang=fr&lang=en', 'lang'); // twice
  refused('portraits', 'src=p.json&heading-level=7', 'heading-level');
  refused('portraits', 'src=p.json&heading-level=6', 'heading-level'); // the gallery's own range is 1–5 (its cards have sub-headings)
  refused('portraits', 'src=p.json&heading-level=2.5', 'heading-level');
  refused('portraits', 'src=p.json&page-size=0', 'page-size');
  refused('portraits', 'src=p.json&page-size=abc', 'page-size');
  refused('portraits', 'src=p.json&parcours=astronaute', 'parcours');
  refused('portraits', 'src=p.json&category=astronaute', 'category');
  refused('portraits', 'src=p.json&without-search=peut-etre', 'without-search');
  refused('portraits', 'src=p.json&data-lang=not%20a%20tag', 'data-lang');
  refused('portraits', 'src=p.json&label=a%00b', 'label');
  refused('portraits', `src=p.json&q=${'x'.repeat(201)}`, 'q');
  refused('portraits', 'lang=fr', 'src'); // required
  refused('portraits', 'src=', 'src');
  refused('job-feed', 'src=o.json&format=xml', 'format');
  refused('job-feed', 'src=o.json&now=2026-02-30', 'now');
  refused('job-feed', 'src=o.json&now=1999-12-31', 'now');
  refused('job-feed', 'src=o.json&tri=random', 'tri');
  refused('job-feed', 'src=o.json&emit-json-ld', 'emit-json-ld');
  refused('job-feed', 'src=o.json&timeout=-5', 'timeout');
  refused('eligibility', 'lang=fr', 'programme');
  refused('eligibility', 'programme=astronaute', 'programme');
  refused('eligibility', 'programme=clinic&href-coaching=javascript:alert(1)', 'href-coaching');
  refused('eligibility', 'programme=clinic&href-clinic=data:text/html,x', 'href-clinic');
  refused('eligibility', 'programme=clinic&redirect-href=%2F%2Fevil.example%2F', 'redirect-href');
  refused('support-request', 'kind=autre', 'kind');
  refused('support-request', 'mailto=pas-une-adresse', 'mailto');
  refused('support-request', 'prefill-topics=impact,vacances', 'prefill-topics');
  refused('support-request', 'prefill-email=a%40b.fr', 'prefill-email'); // personal data in a URL: not offered
  refused('support-request', 'action=https://evil.example/requests', 'action');
  refused('portraits', 'src=p.json&parent-origin=https://doc.incubateur.net/page', 'parent-origin');
  refused('portraits', 'src=p.json&parent-origin=*', 'parent-origin');
  // Several at once: every one named.
  const r = parse('portraits', 'src=p.json&page-size=x&heading-level=9&foo=1');
  assert.equal(r.ok, false);
  if (!r.ok) assert.deepEqual(r.issues.map((i) => i.param).sort(), ['foo', 'heading-level', 'page-size']);
});

test('parent-origin: a URL instead of an origin says which origin was meant; a well-formed but wrong one has its own message', () => {
  for (const [given, meant] of [['https://doc.incubateur.net/', 'https://doc.incubateur.net'], ['https://Doc.Incubateur.net', 'https://doc.incubateur.net'],
    ['https://doc.incubateur.net:443', 'https://doc.incubateur.net'], ['https://www.exemple.gouv.fr/page?x=1', 'https://www.exemple.gouv.fr']]) {
    const r = parse('portraits', `src=p.json&parent-origin=${encodeURIComponent(given)}`);
    assert.equal(r.ok, false, given);
    if (r.ok) continue;
    const i = r.issues.find((x) => x.param === 'parent-origin')!;
    assert.ok(i.fr.includes(`vouliez-vous dire « ${meant} » ?`), i.fr);
    assert.ok(i.en.includes(`did you mean "${meant}"?`), i.en);
    // The question ends the sentence: no full stop after it (breaker trial F8a).
    assert.ok(i.fr.endsWith(' ?') && i.en.endsWith('?') && !/\?\./.test(i.fr + i.en), `${i.fr}\n${i.en}`);
  }
  const star = parse('portraits', 'src=p.json&parent-origin=*');
  assert.ok(!star.ok && !star.issues[0].fr.includes('vouliez-vous'), 'no guess for what is not a URL');
  // The page learns the real parent's origin from its ping (embed/embed.ts): the issue names the parameter, both
  // origins and the fix.
  const m = parentOriginMismatch('https://exemple.gouv.fr', 'https://www.exemple.gouv.fr');
  assert.equal(m.param, 'parent-origin');
  assert.ok(m.fr.includes('« parent-origin »') && m.fr.includes('« https://exemple.gouv.fr »') && m.fr.includes('« https://www.exemple.gouv.fr »'), m.fr);
  assert.ok(m.fr.includes('parent-origin=https%3A%2F%2Fwww.exemple.gouv.fr'), m.fr);
  assert.ok(m.en.includes('"parent-origin"') && m.en.includes('"https://www.exemple.gouv.fr"'), m.en);
});

test('a data URL is same-origin or on the build-time allow-list; javascript: and data: are refused', () => {
  for (const src of ['p.json', '/data/p.json', 'https://embed.exemple.gouv.fr/p.json', 'https://data.exemple.gouv.fr/x/p.json'])
    assert.equal(attrs('portraits', `src=${encodeURIComponent(src)}`).src, src);
  for (const src of ['https://evil.example/p.json', 'http://embed.exemple.gouv.fr/p.json', 'https://data.exemple.gouv.fr.evil.example/p.json',
    '//evil.example/p.json', 'javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:application/json,[]',
    'https://user:pw@data.exemple.gouv.fr/p.json', 'blob:https://embed.exemple.gouv.fr/x', '/\\evil.example/p.json'])
    refused('portraits', `src=${encodeURIComponent(src)}`, 'src');
  // Without an allow-list, only the page's origin.
  const r = parseEmbedParams('job-feed', 'src=https%3A%2F%2Fdata.exemple.gouv.fr%2Fo.json', { pageUrl: PAGE, allowedOrigins: [] });
  assert.equal(r.ok, false);
  // support-request's action follows the same rule.
  assert.equal(attrs('support-request', 'action=https%3A%2F%2Fdata.exemple.gouv.fr%2Frequests').action, 'https://data.exemple.gouv.fr/requests');
});

test('the enumerations of the page are the library\'s own (no drift)', () => {
  const values = (el: EmbedElement, name: string) => EMBED_PARAMS[el].find((p: { name: string }) => p.name === name)?.values;
  assert.deepEqual(values('portraits', 'category'), [...PORTRAIT_CATEGORIES]);
  assert.deepEqual(values('portraits', 'parcours'), [...PORTRAIT_CATEGORIES]);
  assert.deepEqual(values('eligibility', 'programme'), [...PROGRAMMES]);
  assert.deepEqual(values('support-request', 'kind'), [...SUPPORT_KINDS]);
  assert.deepEqual(values('support-request', 'prefill-topics'), [...SUPPORT_TOPICS]);
  assert.deepEqual([...EMBED_ELEMENTS].sort(), ['eligibility', 'job-feed', 'portraits', 'support-request']);
});

test('the build-time configuration: origins from INTRAS_EMBED_DATA_ORIGINS / INTRAS_EMBED_IMG_ORIGINS, checked', () => {
  assert.deepEqual(readEmbedConfig({}), { dataOrigins: [], imageOrigins: [] });
  assert.deepEqual(readEmbedConfig({ INTRAS_EMBED_DATA_ORIGINS: 'https://a.gouv.fr, https://b.gouv.fr:8443', INTRAS_EMBED_IMG_ORIGINS: 'https://img.gouv.fr' }),
    { dataOrigins: ['https://a.gouv.fr', 'https://b.gouv.fr:8443'], imageOrigins: ['https://img.gouv.fr'] });
  for (const bad of ['https://a.gouv.fr/path', '*', "https://a.gouv.fr 'unsafe-inline'", 'javascript:x', 'a.gouv.fr'])
    assert.throws(() => readEmbedConfig({ INTRAS_EMBED_DATA_ORIGINS: bad }), /INTRAS_EMBED_DATA_ORIGINS/);
  const csp = embedCsp({ dataOrigins: ['https://a.gouv.fr'], imageOrigins: ['https://img.gouv.fr'] });
  assert.match(csp, /connect-src 'self' https:\/\/a\.gouv\.fr;/);
  assert.match(csp, /img-src 'self' https:\/\/img\.gouv\.fr;/);
  const html = renderEmbedPage('portraits', { dataOrigins: ['https://a.gouv.fr'], imageOrigins: [] });
  assert.match(html, /<meta name="intras-embed-origins" content="https:\/\/a\.gouv\.fr">/);
});
