/**
 * `intras jobs …`: import job postings from any source, write feeds, write the digest post for the intras channels.
 *
 *   intras jobs import <files…> [--from csp-csv|pep|notion|jsonld|json] [-o postings.json] [--lang en] [--max-size MiB]
 *   intras jobs feed <postings.json> --format atom|rss|json [--filter key=value…] [--now YYYY-MM-DD] [--with-expired]
 *   intras jobs digest <postings.json> --since YYYY-MM-DD [--format markdown|mattermost] [--now YYYY-MM-DD]
 *
 * Data on stdout (or `-o`), diagnostics on stderr (file names, ids and messages with control characters escaped,
 * src/cli/terminal.ts). Exit codes as `intras validate`: 0 done (warnings allowed), 1 a document or record was
 * invalid (the valid postings are still written), 2 usage error (bad option, unreadable or too large file, -o = input).
 * The CLI may read the clock (default `--now`); the library never does.
 */
import { closeSync, constants, fstatSync, openSync, readSync, writeFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { Feed } from 'feed';
import type { Lang } from '../shared/issues.js';
import { isCalendarDate } from '../shared/dates.js';
import { SCHEMA_BASE_URL } from './json-schemas.js';
import { escapeControls, jsonText } from './terminal.js';
import { JOB_FORMATS, importJobs, type JobFormat } from '../jobs/sources/index.js';
import type { JobImportResult } from '../jobs/sources/common.js';
import { dedupeJobPostings } from '../jobs/dedupe.js';
import { parseJobPostings } from '../jobs/sources/json.js';
import { createJobIndex, JOB_FACETS, MIN_RELEVANCE, type JobFilters } from '../jobs/search.js';
import { daysUntilClose, isOpen, type JobPosting } from '../jobs/posting.js';
import { RS6247_SHORT_LABELS } from '../skills/rs6247-ids.js';

/** What the jobs commands need from `run`: streams and a way to end with an exit code. */
export interface JobsCliIo {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly exit: (code: number) => never;
}

/** Default largest input file: 50 MiB (10,000 CSV rows are about 20 MB). */
export const JOBS_DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

type Read = { ok: true; text: string; dev: number; ino: number } | { ok: false; fr: string; en: string };
/**
 * Reads a text file: opened once without blocking (`O_NONBLOCK`), checked with `fstat` (regular files only, at most
 * `maxBytes`, checked again while reading). Never throws.
 */
export function readTextFile(path: string, maxBytes = JOBS_DEFAULT_MAX_BYTES): Read {
  const cannot = (fr: string, en: string): Read => ({ ok: false, fr: `impossible de lire « ${path} » : ${fr}`, en: `cannot read "${path}": ${en}` });
  let fd: number;
  try { fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'ENOENT' ? cannot('fichier introuvable', 'file not found') : code === 'EACCES' ? cannot('accès refusé', 'permission denied') : cannot(`erreur ${code}`, `error ${code}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return cannot('ce n’est pas un fichier ordinaire', 'not a regular file');
    const tooLarge = () => cannot(`fichier trop gros (plus de ${maxBytes / 1048576} Mio ; --max-size <Mio> change la limite)`, `file too large (over ${maxBytes / 1048576} MiB; --max-size <MiB> changes the limit)`);
    if (st.size > maxBytes) return tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total) || 1);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return tooLarge();
      chunks.push(chunk.subarray(0, n));
    }
    return { ok: true, text: Buffer.concat(chunks, total).toString('utf8'), dev: st.dev, ino: st.ino };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return cannot(`erreur ${code}`, `error ${code}`);
  } finally {
    closeSync(fd);
  }
}

const CONTENT_TYPES: Record<string, string> = { '.csv': 'text/csv', '.html': 'text/html', '.htm': 'text/html', '.jsonld': 'application/ld+json' };

/** Report lines of one import (1-based record numbers, CSV lines), in `lang`, escaped for the terminal. */
export function importReport(file: string, r: JobImportResult, lang: Lang): string[] {
  const f = escapeControls(file);
  const where = (x: { index: number; line?: number; id?: string }) => {
    const at = x.line !== undefined ? (lang === 'en' ? `line ${x.line}` : `ligne ${x.line}`) : x.index < 0 ? '' : (lang === 'en' ? `record #${x.index + 1}` : `fiche n° ${x.index + 1}`);
    return [at, x.id ? `(${escapeControls(x.id)})` : ''].filter(Boolean).join(' ');
  };
  const lines: string[] = [];
  if (r.error) lines.push(lang === 'en' ? `✗ ${f}: ${escapeControls(r.error.en)}` : `✗ ${f} : ${escapeControls(r.error.fr)}`);
  for (const x of r.rejected) for (const i of x.issues) lines.push(`  ${lang === 'en' ? 'rejected' : 'rejetée'} ${where(x)}${where(x) ? (lang === 'en' ? ': ' : ' : ') : ''}${escapeControls(i[lang])}`);
  for (const x of r.dropped) for (const i of x.issues) lines.push(`  ${lang === 'en' ? 'warning' : 'avertissement'} ${where(x)}${lang === 'en' ? ': ' : ' : '}${escapeControls(i[lang])}`);
  const n = r.valid.length;
  lines.push(lang === 'en'
    ? `${r.error || r.rejected.length ? '✗' : '✓'} ${f}: ${n} posting${n === 1 ? '' : 's'} read (${r.format}), ${r.rejected.length} rejected`
    : `${r.error || r.rejected.length ? '✗' : '✓'} ${f} : ${n} offre${n > 1 ? 's' : ''} lue${n > 1 ? 's' : ''} (${r.format}), ${r.rejected.length} rejetée${r.rejected.length > 1 ? 's' : ''}`);
  return lines;
}

function parseFilters(values: readonly string[], usage: (fr: string, en: string) => never): JobFilters {
  const filters: Record<string, string> = {};
  for (const v of values) {
    const m = /^([a-zA-Z]+)=(.+)$/.exec(v);
    if (!m || !(JOB_FACETS as readonly string[]).includes(m[1])) {
      usage(`--filter attend clé=valeur avec une clé parmi ${JOB_FACETS.join(', ')}, reçu « ${escapeControls(v)} »`, `--filter takes key=value with a key among ${JOB_FACETS.join(', ')}, received "${escapeControls(v)}"`);
    }
    filters[m![1]] = m![2];
  }
  return filters as JobFilters;
}

/** `YYYY-MM-DD` of the local clock (CLI only). */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const frDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** Markdown-escaped text: a posting's words never become links, emphasis or HTML. */
export const markdownText = (s: string) => escapeControls(s.replace(/\s+/g, ' ')).replace(/([\\`*_{}[\]()#+!<>|~@:])/g, '\\$1');

/** Registers `jobs import|feed|digest` on `program`. */
export function registerJobsCommand(program: Command, io: JobsCliIo, langOption: () => Option, argvLang: Lang = 'fr'): void {
  const jobs = program.command('jobs').description('offres d’emploi : importer, flux, récapitulatif / job postings: import, feeds, digest');
  // `--lang` is read from the whole command line (run.ts argvLang): the root command also declares it and takes it
  // wherever it stands, so a sub-command's own option may stay at its default.
  let lang: Lang = argvLang;
  const usage = (fr: string, en: string): never => { io.err(`${lang === 'en' ? `error: ${en}` : `erreur : ${fr}`}\n`); return io.exit(2); };
  const maxBytes = (v?: string) => {
    if (v === undefined) return JOBS_DEFAULT_MAX_BYTES;
    const n = Number(v);
    return Number.isFinite(n) && n > 0 && n <= 4096 ? Math.floor(n * 1048576) : usage(`--max-size attend une taille en Mio entre 0 et 4096, reçu « ${escapeControls(v)} »`, `--max-size takes a size in MiB between 0 and 4096, received "${escapeControls(v)}"`);
  };
  const dateOption = (name: string, v: string | undefined) => {
    if (v !== undefined && !isCalendarDate(v)) usage(`${name} attend une date AAAA-MM-JJ, reçu « ${escapeControls(v)} »`, `${name} takes a YYYY-MM-DD date, received "${escapeControls(v)}"`);
    return v;
  };
  const loadPostings = (file: string, max?: string): JobPosting[] => {
    const read = readTextFile(file, maxBytes(max));
    if (!read.ok) return usage(read.fr, read.en);
    const r = importJobs((read as { text: string }).text, { format: 'json' });
    const parsed = r.error ? r : parseJobPostings(JSON.parse((read as { text: string }).text));
    if (parsed.error || parsed.rejected.length) {
      io.err(`${importReport(file, parsed, lang).join('\n')}\n`);
      if (parsed.error) io.exit(1);
    }
    return parsed.valid;
  };

  jobs.command('import')
    .description('lit des offres (CSV Choisir le service public, export PEP, export Notion, JSON-LD ou page HTML, JSON), les normalise et les dédoublonne\nreads postings (CSP CSV, PEP export, Notion export, JSON-LD or HTML page, JSON), normalises and de-duplicates them')
    .argument('<files...>', 'fichiers à lire / files to read')
    .addOption(new Option('--from <format>', 'format des fichiers (sinon détecté) / file format (default: detected)').choices([...JOB_FORMATS]))
    .option('-o, --output <file>', 'fichier de sortie (sinon la sortie standard) / output file (default: stdout)')
    .option('--max-size <MiB>', 'taille maximale d’un fichier lu, en Mio / largest file read, in MiB')
    .addOption(langOption())
    .action((files: string[], opts: { from?: JobFormat; output?: string; maxSize?: string; lang: Lang }) => {
      lang = argvLang === 'en' ? 'en' : opts.lang;
      const max = maxBytes(opts.maxSize);
      if (opts.output !== undefined) {
        let outId: { dev: number; ino: number } | undefined;
        try { const st = statSync(opts.output); outId = { dev: st.dev, ino: st.ino }; } catch { /* new file */ }
        for (const f of files) {
          let same = false;
          try { const st = statSync(f); same = !!outId && st.dev === outId.dev && st.ino === outId.ino; } catch { /* reported when read */ }
          if (same) usage(`-o « ${escapeControls(opts.output)} » écraserait le fichier d’entrée « ${escapeControls(f)} »`, `-o "${escapeControls(opts.output)}" would overwrite the input file "${escapeControls(f)}"`);
        }
      }
      const all: JobPosting[] = [];
      let invalid = false;
      for (const file of files) {
        const read = readTextFile(file, max);
        if (!read.ok) usage(read.fr, read.en);
        const r = importJobs((read as { text: string }).text, { format: opts.from, contentType: CONTENT_TYPES[extname(file).toLowerCase()] });
        io.err(`${importReport(file, r, lang).join('\n')}\n`);
        if (r.error || r.rejected.length) invalid = true;
        all.push(...r.valid);
      }
      const { postings, merges } = dedupeJobPostings(all);
      for (const m of merges) {
        io.err(`${lang === 'en'
          ? `  merged: ${escapeControls(m.droppedId)} into ${escapeControls(m.keptId)} (same ${m.reason}${m.filled.length ? `; filled ${m.filled.join(', ')}` : ''})`
          : `  fusionnée : ${escapeControls(m.droppedId)} dans ${escapeControls(m.keptId)} (même ${m.reason === 'reference' ? 'référence' : m.reason === 'url' ? 'adresse' : 'intitulé + employeur + lieu'}${m.filled.length ? ` ; complétée : ${m.filled.join(', ')}` : ''})`}\n`);
      }
      const json = jsonText({ $schema: `${SCHEMA_BASE_URL}job-postings.schema.json`, postings });
      if (opts.output) {
        try { writeFileSync(opts.output, json); } catch (e) {
          usage(`impossible d’écrire « ${escapeControls(opts.output)} » (${(e as NodeJS.ErrnoException).code ?? 'EIO'})`, `cannot write "${escapeControls(opts.output)}" (${(e as NodeJS.ErrnoException).code ?? 'EIO'})`);
        }
      } else io.out(json);
      const n = postings.length;
      io.err(`${lang === 'en' ? `${n} posting${n === 1 ? '' : 's'} written${opts.output ? ` to ${escapeControls(opts.output)}` : ''} (${merges.length} merged)` : `${n} offre${n > 1 ? 's' : ''} écrite${n > 1 ? 's' : ''}${opts.output ? ` dans ${escapeControls(opts.output)}` : ''} (${merges.length} fusionnée${merges.length > 1 ? 's' : ''})`}\n`);
      io.exit(invalid ? 1 : 0);
    });

  jobs.command('feed')
    .description('écrit un flux Atom, RSS ou JSON Feed des offres ouvertes (employeur et start-up dans chaque entrée)\nwrites an Atom, RSS or JSON Feed of the open postings (employer and start-up in every entry)')
    .argument('<file>', 'offres (JSON @betagouv/intras) / postings (@betagouv/intras JSON)')
    .addOption(new Option('--format <format>', 'format du flux / feed format').choices(['atom', 'rss', 'json']).makeOptionMandatory())
    .option('--filter <key=value...>', `filtre (répétable) / filter (repeatable): ${JOB_FACETS.join(', ')}`, (v: string, prev: string[] = []) => [...prev, v])
    .option('--now <date>', 'date du jour AAAA-MM-JJ (défaut : horloge) / today YYYY-MM-DD (default: clock)')
    .option('--with-expired', 'garde les offres clôturées / keep closed postings')
    .option('--title <text>', 'titre du flux / feed title')
    .option('--link <url>', 'adresse du site du flux / feed site URL', 'https://beta.gouv.fr/')
    .option('--max-size <MiB>', 'taille maximale du fichier lu, en Mio / largest file read, in MiB')
    .addOption(langOption())
    .action((file: string, opts: { format: 'atom' | 'rss' | 'json'; filter?: string[]; now?: string; withExpired?: boolean; title?: string; link: string; maxSize?: string; lang: Lang }) => {
      lang = argvLang === 'en' ? 'en' : opts.lang;
      const today = dateOption('--now', opts.now) ?? localToday();
      const filters = parseFilters(opts.filter ?? [], usage);
      const postings = loadPostings(file, opts.maxSize);
      const index = createJobIndex(postings);
      const hits = index.search('', filters, { today, withExpired: opts.withExpired, sort: 'newest' }).hits;
      const suffix = Object.entries(filters).map(([k, v]) => `${k}=${v}`).join(', ');
      const feed = new Feed({
        title: opts.title ?? `${lang === 'en' ? 'Job postings for intrapreneurs' : 'Offres d’emploi pour les intrapreneurs'}${suffix ? ` (${suffix})` : ''}`,
        id: opts.link, link: opts.link, language: lang, updated: new Date(`${today}T00:00:00Z`),
        copyright: 'Licence Ouverte / Open Licence', generator: '@betagouv/intras',
      });
      for (const { posting: p, match } of hits) {
        const startups = p.startupGhids?.length ? ` · ${lang === 'en' ? 'start-up' : 'start-up'} ${p.startupGhids.join(', ')}` : '';
        const closes = p.closesAt ? ` · ${lang === 'en' ? 'closes' : 'clôture le'} ${lang === 'en' ? p.closesAt : frDate(p.closesAt)}` : '';
        feed.addItem({
          title: `${p.title} — ${p.employer.label}${startups}`,
          id: p.url, link: p.url, date: new Date(`${p.postedAt}T00:00:00Z`),
          description: `${p.employer.label}${startups} · ${p.location.label}${p.categorie ? ` · ${lang === 'en' ? 'category' : 'catégorie'} ${p.categorie}` : ''}${closes}${match.explanation[lang] ? `\n${match.explanation[lang]}` : ''}`,
          author: [{ name: p.employer.label }],
          category: [...match.competences.map((c) => ({ name: c.label[lang], term: c.competenceId })), ...(p.startupGhids ?? []).map((g) => ({ name: g, domain: 'https://beta.gouv.fr/startups/' }))],
        });
      }
      io.out(`${opts.format === 'atom' ? feed.atom1() : opts.format === 'rss' ? feed.rss2() : feed.json1()}\n`);
      io.exit(0);
    });

  jobs.command('digest')
    .description('écrit le message pour les canaux intras : nouvelles offres pertinentes depuis une date, par compétence, avec leur clôture\nwrites the post for the intras channels: new relevant postings since a date, by competence, with closing dates')
    .argument('<file>', 'offres (JSON @betagouv/intras) / postings (@betagouv/intras JSON)')
    .requiredOption('--since <date>', 'offres publiées depuis cette date AAAA-MM-JJ / postings published since YYYY-MM-DD')
    .addOption(new Option('--format <format>', 'format du message / post format').choices(['markdown', 'mattermost']).default('markdown'))
    .option('--now <date>', 'date du jour AAAA-MM-JJ (défaut : horloge) / today YYYY-MM-DD (default: clock)')
    .option('--max-size <MiB>', 'taille maximale du fichier lu, en Mio / largest file read, in MiB')
    .addOption(langOption())
    .action((file: string, opts: { since: string; format: 'markdown' | 'mattermost'; now?: string; maxSize?: string; lang: Lang }) => {
      lang = argvLang === 'en' ? 'en' : opts.lang;
      const since = dateOption('--since', opts.since)!;
      const today = dateOption('--now', opts.now) ?? localToday();
      const postings = loadPostings(file, opts.maxSize);
      const index = createJobIndex(postings);
      const fresh = postings.filter((p) => p.postedAt >= since && isOpen(p, today) && index.matchOf(p.id).score >= MIN_RELEVANCE);
      const groups = new Map<string, JobPosting[]>();
      for (const p of fresh) {
        const m = index.matchOf(p.id);
        const key = m.passerelles.length ? (lang === 'en' ? 'Bridge jobs (RMFP passerelles)' : 'Passerelles RMFP') : m.competences[0] ? RS6247_SHORT_LABELS[m.competences[0].competenceId][lang] : '—';
        groups.set(key, [...(groups.get(key) ?? []), p]);
      }
      const h = opts.format === 'mattermost' ? '####' : '##';
      const lines: string[] = [lang === 'en'
        ? `${opts.format === 'mattermost' ? '### ' : '# '}New postings for intrapreneurs since ${since} (${fresh.length})`
        : `${opts.format === 'mattermost' ? '### ' : '# '}Nouvelles offres pour les intras depuis le ${frDate(since)} (${fresh.length})`];
      if (!fresh.length) lines.push('', lang === 'en' ? 'No new relevant posting.' : 'Aucune nouvelle offre pertinente.');
      for (const [group, list] of [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
        lines.push('', `${h} ${group} (${list.length})`, '');
        for (const p of list.sort((a, b) => (a.closesAt ?? '9999') < (b.closesAt ?? '9999') ? -1 : 1)) {
          const d = daysUntilClose(p, today);
          const closes = p.closesAt === undefined ? (lang === 'en' ? 'no closing date' : 'sans date de clôture')
            : lang === 'en' ? `closes ${p.closesAt}${d === 0 ? ' (today)' : ` (in ${d} day${d === 1 ? '' : 's'})`}` : `clôture le ${frDate(p.closesAt)}${d === 0 ? ' (aujourd’hui)' : ` (dans ${d} jour${d === 1 ? '' : 's'})`}`;
          const m = index.matchOf(p.id);
          const terms = [...new Set([...m.passerelles.map((x) => x.term), ...m.competences.flatMap((c) => c.terms)])].slice(0, 4).map((t) => `« ${t} »`).join(', ');
          lines.push(`- [${markdownText(p.title)}](${p.url.replace(/\(/g, "%28").replace(/\)/g, "%29")}) — ${markdownText(p.employer.label)}, ${markdownText(p.location.label)} · ${closes}${terms ? ` · ${markdownText(terms)}` : ''}`);
        }
      }
      io.out(`${lines.join('\n')}\n`);
      io.exit(0);
    });
}
