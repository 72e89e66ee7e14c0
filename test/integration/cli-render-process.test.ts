// `intras render` from its real entry point (integration: child processes, decision 0054): the bytes written to a
// pipe by two fresh processes are the bytes of the in-process run (test/node/cli-render.test.ts checks the rest).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fx, intras, intrasChild } from '../node/cli-helpers.js';

const VALID = fx('portraits/valid.json');

test('render portraits: same input and --now → the same bytes from fresh processes, stdout a pipe', async () => {
  const a = await intras('render', 'portraits', '--data', VALID, '--now', '2026-11-30');
  assert.equal(a.code, 0, a.stderr);
  const c = intrasChild(['render', 'portraits', '--data', VALID, '--now', '2026-11-30']);
  assert.equal(c.code, 0, c.stderr);
  assert.equal(c.stdout, a.stdout);
  assert.equal(intrasChild(['render', 'portraits', '--data', VALID, '--now', '2026-11-30']).stdout, a.stdout);
});
