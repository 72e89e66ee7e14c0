/**
 * Job domain bench (printed, not asserted): CSP CSV import of 10,000 generated rows (time, heap and RSS growth), and
 * search over 10,000 postings: index build, first search (matching included), then p95 per keystroke against a plain
 * `Array.filter` + `includes` baseline on folded text in the same run. Seeded PRNG, deterministic input.
 * Run: `node --import tsx scripts/bench-jobs.ts` (also part of `npm run bench`).
 */
import { CSP_CSV_HEADERS, fromCspCsv } from '../src/jobs/sources/csp-csv.js';
import { createJobIndex } from '../src/jobs/search.js';
import { foldText } from '../src/shared/text.js';
import { mulberry32 as prng } from './prng.mjs';

const N = Number(process.env.BENCH_JOBS ?? 10_000);
const r = prng(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const titles = ['Cheffe / Chef de projet numérique', 'Data scientist', 'Gestionnaire de paie', 'Designer UX', 'Chargé(e) de déploiement', 'Développeuse / Développeur', 'Responsable budgétaire', 'Coach agile', 'Agent d’accueil', 'Product Owner'];
const words = 'piloter le déploiement accompagner les usagers recherche utilisateur prototypes tests budget marchés publics équipe pluridisciplinaire conduite du changement données ouvertes sécurité réseau paie accueil'.split(' ');
const text = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
const cell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const rows = [CSP_CSV_HEADERS.join(';')];
for (let i = 0; i < N; i++) {
  const d = 1 + Math.floor(r() * 28);
  const row: Record<string, string> = {
    'Référence': `2026-${String(1_000_000 + i)}`, 'Intitulé du poste': `${pick(titles)} ${i}`, 'Employeur': `Direction ${i % 97}`,
    'Catégorie': pick(['A', 'B', 'C', 'A+']), 'Versant': pick(["Fonction publique de l'État", 'Fonction publique territoriale']),
    "Nature de l'emploi": pick(['Emploi ouvert aux titulaires et aux contractuels', 'Emploi ouvert uniquement aux contractuels']),
    'Compétences attendues': `${text(30)}\n${text(30)}`, 'Localisation du poste': pick(['Paris (75)', 'Gironde (33)', 'Nord (59)', 'Rhône (69)']),
    'Date de première publication': `${String(d).padStart(2, '0')}/09/2026`, 'Date de fin de publication par défaut': pick(['31/12/9999', '30/10/2026']),
  };
  rows.push(CSP_CSV_HEADERS.map((h) => cell(row[h] ?? '')).join(';'));
}
const csv = `\uFEFF${rows.join('\r\n')}\r\n`;

(globalThis as { gc?: () => void }).gc?.();
const heap0 = process.memoryUsage().heapUsed;
const rss0 = process.memoryUsage().rss;
let t = performance.now();
const result = fromCspCsv(csv);
const importMs = performance.now() - t;
const heap1 = process.memoryUsage().heapUsed;
const rss1 = process.memoryUsage().rss;
const mb = (n: number) => (n / 1048576).toFixed(1);
console.log(`Jobs bench — ${N} generated rows / postings (Node ${process.version})`);
console.log(`CSP CSV import: ${(csv.length / 1048576).toFixed(1)} MB text → ${result.valid.length} postings in ${importMs.toFixed(0)} ms (${(N / importMs * 1000).toFixed(0)} rows/s); heap +${mb(heap1 - heap0)} MB, RSS +${mb(rss1 - rss0)} MB`);

const postings = result.valid;
t = performance.now();
const index = createJobIndex(postings);
const createMs = performance.now() - t;
t = performance.now();
index.search('x');
const buildMs = performance.now() - t;
t = performance.now();
index.search('', { competence: 'deploiement' });
const matchMs = performance.now() - t;
const queries = ['d', 'de', 'dep', 'depl', 'deplo', 'deploi', 'deploie', 'deploiem', 'deploieme', 'deploiement', 'u', 'us', 'usa', 'usag', 'usage', 'usager', 'p', 'pr', 'pro', 'prot', 'proto'];
const p95 = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
const lib: number[] = [];
const base: number[] = [];
const folded = postings.map((p) => foldText([p.title, p.employer.label, p.location.label, p.profile ?? ''].join(' ')));
for (let round = 0; round < 3; round++) {
  for (const q of queries) {
    t = performance.now();
    index.search(q, { departement: round === 1 ? '75' : undefined }, { today: '2026-10-01' });
    lib.push(performance.now() - t);
    t = performance.now();
    const f = foldText(q);
    postings.filter((p, i) => folded[i].includes(f) && (round !== 1 || p.location.departement === '75'));
    base.push(performance.now() - t);
  }
}
console.log(`index: create ${createMs.toFixed(1)} ms (lazy), MiniSearch build on first search ${buildMs.toFixed(0)} ms, competence matching on first facet use ${matchMs.toFixed(0)} ms`);
console.log(`search + facets per keystroke (${lib.length} keystrokes): p95 ${p95(lib).toFixed(1)} ms vs Array.filter+includes baseline p95 ${p95(base).toFixed(1)} ms (ratio ${(p95(lib) / p95(base)).toFixed(1)}×; the baseline has no facets, ranking, stemming or typos)`);
