/**
 * `onlyRecords` (src/shared/issues.ts): the data source lists the unknown fields of the rejected records only
 * (components/shared/data-source.ts), so it walks a copy of the document that keeps those records and puts `null` in
 * place of the others — the same paths as a walk of the whole document, without parsing every valid record again
 * through the document's union (~30 ms at Lighthouse's 4× CPU for the demo's 49 portraits; issue 10, demo page).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { onlyRecords, unknownKeys } from '../../src/shared/issues.js';
import { PortraitsDocumentSchema, parsePortraits } from '../../src/portraits/portrait.js';

const demo = JSON.parse(readFileSync(new URL('../../demo/data/portraits.json', import.meta.url), 'utf8'));
const indexOf = (path: string) => Number(/^(?:[A-Za-z_$][\w$]*)?\[(\d+)\]/.exec(path)?.[1]);

test('keeps the records at the given indexes, null in place of the others; other fields and the input untouched', () => {
  const doc = { portraits: [{ a: 1 }, { b: 2 }, { c: 3 }], version: 2 };
  assert.deepEqual(onlyRecords(doc, new Set([1])), { portraits: [null, { b: 2 }, null], version: 2 });
  assert.deepEqual(onlyRecords([{ a: 1 }, { b: 2 }], new Set([0])), [{ a: 1 }, null]);
  assert.deepEqual(doc.portraits, [{ a: 1 }, { b: 2 }, { c: 3 }]);
  assert.equal(onlyRecords('x', new Set([0])), 'x');
});

test('the unknown fields of the rejected demo portraits are the same as through the whole document', () => {
  const result = parsePortraits(demo);
  const wanted = new Set([...result.rejected, ...(result.dropped ?? [])].map((r) => r.index).filter((i) => i >= 0));
  assert.ok(wanted.size > 0, 'the demo data holds rejected records');
  const whole = unknownKeys(PortraitsDocumentSchema, demo).map((i) => i.path).filter((p) => wanted.has(indexOf(p)));
  const only = unknownKeys(PortraitsDocumentSchema, onlyRecords(demo, wanted)).map((i) => i.path);
  assert.deepEqual(only, whole);
});

test('a misspelt field of a rejected record in a large document is found', () => {
  const good = demo.portraits.find((p: { id?: unknown }) => parsePortraits({ portraits: [p] }).valid.length === 1);
  const records = Array.from({ length: 200 }, (_, i) => ({ ...good, id: `p-${i}` }));
  records[150] = { ...good, id: 'p-150', displayName: undefined, nom: 'Camille Exemple' };
  const doc = { portraits: records };
  const found = unknownKeys(PortraitsDocumentSchema, onlyRecords(doc, new Set([150]))).map((i) => i.path);
  assert.deepEqual(found, ['portraits[150].nom']);
});
