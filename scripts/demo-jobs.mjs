#!/usr/bin/env node
// Builds the job-feed demo data (demo/data/offres-pep.json) from the real Place de l'emploi public snapshot:
// 1. copies test/fixtures/jobs/pep-offres-2021-09.json (and its SOURCE note) to demo/data/;
// 2. converts it to our JSON with the CLI: `intras jobs import demo/data/pep-offres-2021-09.json --from pep -o …`;
// 3. shifts every date (postedAt, closesAt, startsAt) by the same number of days, so that 2021-09-26 lands on the
//    chosen day (`--today YYYY-MM-DD`, default: today): offers that closed before 26 September 2021 are expired,
//    those closing from 26 September to 1 October 2021 close within 5 days, the later ones are open.
// The demo page pins `now` to that day (the `now` attribute of its <intra-job-feed>) so the three kinds stay visible.
// Run: node scripts/demo-jobs.mjs [--today 2026-11-30]
import { copyFileSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const ANCHOR = '2021-09-26';
const arg = process.argv.indexOf('--today');
const d = new Date();
const today = arg > 0 ? process.argv[arg + 1] : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) { console.error('--today YYYY-MM-DD'); process.exit(2); }
const day = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
const delta = Math.round((day(today) - day(ANCHOR)) / 86_400_000);
const shift = (s) => (s ? new Date(day(s) + delta * 86_400_000).toISOString().slice(0, 10) : s);

copyFileSync('test/fixtures/jobs/pep-offres-2021-09.json', 'demo/data/pep-offres-2021-09.json');
copyFileSync('test/fixtures/jobs/pep-offres-2021-09.json.SOURCE.md', 'demo/data/pep-offres-2021-09.json.SOURCE.md');
const dir = mkdtempSync(join(tmpdir(), 'intras-demo-jobs-'));
try {
  const out = join(dir, 'postings.json');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/intras.ts', 'jobs', 'import', 'demo/data/pep-offres-2021-09.json', '--from', 'pep', '-o', out], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  const doc = JSON.parse(readFileSync(out, 'utf8'));
  const postings = (Array.isArray(doc) ? doc : doc.postings).map((p) => ({ ...p, postedAt: shift(p.postedAt), ...(p.closesAt ? { closesAt: shift(p.closesAt) } : {}), ...(p.startsAt ? { startsAt: shift(p.startsAt) } : {}) }));
  writeFileSync('demo/data/offres-pep.json', `${JSON.stringify({ postings }, null, 1)}\n`);
  const closed = postings.filter((p) => p.closesAt && p.closesAt < today).length;
  const soon = postings.filter((p) => p.closesAt && p.closesAt >= today && day(p.closesAt) - day(today) <= 5 * 86_400_000).length;
  writeFileSync('demo/data/offres-pep.json.SOURCE.md', `# offres-pep.json: where it comes from

Demo data of \`<intra-job-feed>\` (demo/index.html). Made by \`node scripts/demo-jobs.mjs --today ${today}\`:

1. **Source:** the real Place de l'emploi public export \`pep-offres-2021-09.json\` (154 offers, September 2021),
   copied here from test/fixtures/jobs/ with its SOURCE note (\`pep-offres-2021-09.json.SOURCE.md\`: repository,
   commit, path, what was blanked).
2. **Conversion:** \`intras jobs import demo/data/pep-offres-2021-09.json --from pep -o …\` (our JSON; 153 postings,
   one exact repeat merged).
3. **Dates shifted:** every \`postedAt\`, \`closesAt\` and \`startsAt\` moved by ${delta} days, so that 2021-09-26 falls
   on ${today}. On that day: ${closed} offers have closed, ${soon} close within 5 days, the others are open or have no
   closing date. **These dates are not the real ones**; titles, employers, places and texts are unchanged.

The demo pins \`now="${today}"\` so that the mix stays the same whatever the day; re-run the script and update the
attribute to move it.
`);
  console.log(`demo/data/offres-pep.json: ${postings.length} postings, dates +${delta} days (${closed} closed, ${soon} closing within 5 days on ${today})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
