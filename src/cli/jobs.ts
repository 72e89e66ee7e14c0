/**
 * `intras jobs …`: import job postings from any source, write feeds, write the digest post for the intras channels.
 *
 *   intras jobs import <files…> [--from csp-csv|pep|notion|jsonld|json] [-o postings.json] [--lang en] [--max-size MiB]
 *   intras jobs feed <postings.json> --format atom|rss|json [--filter key=value…] [--now YYYY-MM-DD] [--with-expired] [--open-days N]
 *   intras jobs digest <postings.json> --since YYYY-MM-DD [--format markdown|mattermost] [--now YYYY-MM-DD]
 *
 * Data on stdout (or `-o`), diagnostics on stderr (file names, ids and messages with control characters escaped,
 * src/cli/terminal.ts). Exit codes as `intras validate`: 0 done (warnings allowed), 1 a document or record was
 * invalid (the valid postings are still written), 2 usage error (bad option, unreadable or too large file, -o = input).
 * The CLI may read the clock (default `--now`); the library never does.
 */
import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { Feed } from 'feed';
import type { Lang } from '../shared/issues.js';
import { isCalendarDate, isInCalendarRange, MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from '../shared/dates.js';
import { isHttpUrl } from '../shared/urls.js';
import { SCHEMA_BASE_URL } from './json-schemas.js';
import { identityOf, parseMaxSize, readRegularFile, sameIdentity, sizeText, writeOutput, type FileIdentity } from './validate.js';
import { escapeControls, jsonText } from './terminal.js';
import { JOB_FORMATS, detectJobFormat, importJobs, type JobFormat } from '../jobs/sources/index.js';
import type { JobImportResult } from '../jobs/sources/common.js';
import { dedupeJobPostings } from '../jobs/dedupe.js';
import { createJobIndex, JOB_FACETS, MIN_RELEVANCE, type JobFilters, type JobHit } from '../jobs/search.js';
import { closingDate, daysUntilClose, DEFAULT_OPEN_DAYS, isOpen, type JobPosting } from '../jobs/posting.js';
import { RS6247_SHORT_LABELS } from '../skills/rs6247-ids.js';

/** What the jobs commands need from `run`: streams and a way to end with an exit code. */
export interface JobsCliIo {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly exit: (code: number) => never;
}

/** Default largest input file: 50 MiB (10,000 CSV rows are about 20 MB). */
export const JOBS_DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

type Read = { ok: true; text: string } | { ok: false; fr: string; en: string };
/** Reads a text file with the CLI's one file reader ({@link readRegularFile}: regular files only, at most `maxBytes`). */
export function readTextFile(path: string, maxBytes = JOBS_DEFAULT_MAX_BYTES): Read {
  const read = readRegularFile(path, { maxBytes });
  return read.ok ? { ok: true, text: read.bytes.toString('utf8') } : read;
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
/**
 * Markdown-escaped text (CommonMark, GitHub and Mattermost flavours): a posting's words never become links, images,
 * emphasis, code, HTML or character references (`&lt;` shows as written); one line (white space collapsed), terminal
 * controls escaped.
 */
export const markdownText = (s: string) => escapeControls(s.replace(/\s+/g, ' ')).replace(/([\\`*_{}[\]()#+!<>|~@:&])/g, '\\$1');
/**
 * A posting's link in Markdown: `[title](url)` when the URL is http(s) (`isHttpUrl`), serialised by `URL` (spaces,
 * quotes and `<` `>` percent-encoded) with `(` `)` encoded too; the bare escaped title otherwise.
 */
export function markdownLink(title: string, url: string): string {
  if (!isHttpUrl(url)) return markdownText(title);
  return `[${markdownText(title)}](${new URL(url).href.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

/** Options of {@link buildJobsFeed}. */
export interface JobsFeedOptions {
  readonly format: 'atom' | 'rss' | 'json';
  readonly lang: Lang;
  /** `YYYY-MM-DD`: the feed's `updated` date. */
  readonly today: string;
  /** The feed's site address: an http(s) URL (checked by the caller with `isHttpUrl`; anything else throws here). */
  readonly link: string;
  /** Feed title (plain text); default "Offres d’emploi pour les intrapreneurs" plus the filters. */
  readonly title?: string;
  readonly filters?: JobFilters;
}

/**
 * Plain text safe in an XML document, a JSON Feed and on a terminal: terminal control characters written as inert
 * escapes (`\x1B`, line breaks kept), lone surrogates replaced by U+FFFD (XML 1.0 cannot hold either).
 */
export const plainText = (s: string) => escapeControls(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'), { keepNewlines: true });
/** Plain text as HTML: {@link plainText} with `& < > " '` as entities, for the fields feed readers read as HTML. */
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const htmlText = (s: string) => plainText(s).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);

/**
 * The feed text of `hits` (already filtered and sorted): Atom 1.0, RSS 2.0 or JSON Feed 1, built with the `feed`
 * package. Posting texts (from PEP, CSP, Notion, JSON-LD: plain text, never HTML) are escaped wherever the format
 * reads HTML: Atom's `type="html"` title and summary, RSS's item title, description and channel title (read as HTML
 * by most readers); JSON Feed items carry `content_text`, never `content_html`; other elements are text that the
 * XML writer escapes. An entry links to its posting only when the URL is http(s) (`isHttpUrl`); otherwise the entry
 * stays, without a link, with the id `urn:intras:job:<id>`.
 * @throws {TypeError} when `options.link` is not a URL (callers validate it first).
 */
export function buildJobsFeed(hits: readonly JobHit[], options: JobsFeedOptions): string {
  const { lang, today, filters = {}, format } = options;
  /** The text of a field the format reads as HTML (Atom html fields, RSS), else plain. */
  const asHtml = format === 'json' ? plainText : htmlText;
  const suffix = Object.entries(filters).map(([k, v]) => `${k}=${v}`).join(', ');
  const title = options.title ?? `${lang === 'en' ? 'Job postings for intrapreneurs' : 'Offres d’emploi pour les intrapreneurs'}${suffix ? ` (${suffix})` : ''}`;
  const feed = new Feed({
    // Atom's feed title is a text construct (no type): the XML writer escapes it. RSS's is read as HTML.
    title: format === 'rss' ? htmlText(title) : plainText(title),
    id: options.link, link: options.link, language: lang, updated: new Date(`${today}T00:00:00Z`),
    copyright: 'Licence Ouverte / Open Licence', generator: '@betagouv/intras',
  });
  const texts = new Map<string, string>();
  for (const { posting: p, match } of hits) {
    const startups = p.startupGhids?.length ? ` · start-up ${p.startupGhids.join(', ')}` : '';
    const closes = p.closesAt ? ` · ${lang === 'en' ? 'closes' : 'clôture le'} ${lang === 'en' ? p.closesAt : frDate(p.closesAt)}` : '';
    const description = `${p.employer.label}${startups} · ${p.location.label}${p.categorie ? ` · ${lang === 'en' ? 'category' : 'catégorie'} ${p.categorie}` : ''}${closes}${match.explanation[lang] ? `\n${match.explanation[lang]}` : ''}`;
    const link = isHttpUrl(p.url) ? p.url : undefined;
    const id = link ?? `urn:intras:job:${encodeURIComponent(p.id)}`;
    texts.set(id, plainText(description));
    feed.addItem({
      title: asHtml(`${p.title} — ${p.employer.label}${startups}`),
      id, link: link as string, date: new Date(`${p.postedAt}T00:00:00Z`),
      description: asHtml(description),
      author: [{ name: plainText(p.employer.label) }],
      category: [...match.competences.map((c) => ({ name: c.label[lang], term: c.competenceId })), ...(p.startupGhids ?? []).map((g) => ({ name: g, domain: 'https://beta.gouv.fr/startups/' }))],
    });
  }
  // An entry without an http(s) URL: the `feed` package writes an empty `<link/>` (Atom requires `href`): drop it.
  if (format === 'atom') return `${feed.atom1().replace(/\n\s*<link\/>/g, '')}\n`;
  if (format === 'rss') return `${feed.rss2()}\n`;
  // JSON Feed: posting texts are plain text: `content_text` (the `feed` package only writes `content_html`).
  const json = JSON.parse(feed.json1()) as { items: Record<string, unknown>[] };
  for (const item of json.items) {
    delete item.content_html;
    item.content_text = texts.get(String(item.id)) ?? '';
  }
  return jsonText(json);
}

/** Help texts of the jobs commands, per language (the help follows `--lang`, like `validate` and `export`). */
export const JOBS_HELP = {
  fr: {
    jobs: 'offres d’emploi : importer, écrire un flux, écrire le récapitulatif',
    import: 'lit des offres (CSV Choisir le service public, export PEP, export Notion, JSON-LD ou page HTML, JSON), les normalise et les dédoublonne',
    importFiles: 'fichiers à lire',
    from: 'format des fichiers (sinon détecté)',
    output: 'fichier de sortie (sinon la sortie standard)',
    feed: 'écrit un flux Atom, RSS ou JSON Feed des offres ouvertes (employeur et start-up dans chaque entrée)',
    postings: 'offres (JSON @betagouv/intras)',
    feedFormat: 'format du flux',
    filter: `filtre clé=valeur, répétable ; clés : ${JOB_FACETS.join(', ')}`,
    now: 'date du jour AAAA-MM-JJ (défaut : horloge)',
    withExpired: 'garde les offres clôturées',
    openDays: `jours d’affichage d’une offre sans date de clôture après sa publication (défaut : ${DEFAULT_OPEN_DAYS})`,
    title: 'titre du flux',
    link: 'adresse http(s) du site du flux',
    digest: 'écrit le message pour les canaux intras : nouvelles offres pertinentes depuis une date, par compétence, avec leur clôture',
    since: 'offres publiées depuis cette date AAAA-MM-JJ',
    digestFormat: 'format du message',
  },
  en: {
    jobs: 'job postings: import, write a feed, write the digest',
    import: 'read postings (CSP CSV, PEP export, Notion export, JSON-LD or HTML page, JSON), normalise and de-duplicate them',
    importFiles: 'files to read',
    from: 'file format (default: detected)',
    output: 'output file (default: standard output)',
    feed: 'write an Atom, RSS or JSON Feed of the open postings (employer and start-up in every entry)',
    postings: '@betagouv/intras postings JSON',
    feedFormat: 'feed format',
    filter: `key=value filter, repeatable; keys: ${JOB_FACETS.join(', ')}`,
    now: 'today YYYY-MM-DD (default: clock)',
    withExpired: 'keep closed postings',
    openDays: `days a posting without closing date stays listed after publication (default: ${DEFAULT_OPEN_DAYS})`,
    title: 'feed title',
    link: 'http(s) address of the feed’s site',
    digest: 'write the post for the intras channels: new relevant postings since a date, by competence, with closing dates',
    since: 'postings published since YYYY-MM-DD',
    digestFormat: 'post format',
  },
} as const;

/** What the jobs commands share with the other commands of `run` (src/cli/run.ts): options and usage line, translated. */
export interface JobsCliShared {
  /** `--lang fr|en`. */
  readonly langOption: () => Option;
  /** `--max-size <Mio>` with its translated description. */
  readonly maxSizeOption: () => Option;
  /** `[options] [commande]` / `[options] [command]`. */
  readonly commandUsage: string;
}

/** Registers `jobs import|feed|digest` on `program`; `argvLang` (run.ts `argvLang`) picks the help's language. */
export function registerJobsCommand(program: Command, io: JobsCliIo, shared: JobsCliShared, argvLang: Lang = 'fr'): void {
  const t = JOBS_HELP[argvLang];
  const { langOption, maxSizeOption } = shared;
  const jobs = program.command('jobs').description(t.jobs).usage(shared.commandUsage);
  // `--lang` is read from the whole command line (run.ts argvLang): the root command also declares it and takes it
  // wherever it stands, so a sub-command's own option may stay at its default.
  let lang: Lang = argvLang;
  const usage = (fr: string, en: string): never => { io.err(`${lang === 'en' ? `error: ${en}` : `erreur : ${fr}`}\n`); return io.exit(2); };
  const maxBytes = (v?: string) => {
    if (v === undefined) return JOBS_DEFAULT_MAX_BYTES;
    // Same rule and message as `validate` (run.ts).
    const r = parseMaxSize(v);
    return r.ok ? r.bytes : usage(r.fr, r.en);
  };
  const openDaysOption = (v: string | undefined): number => {
    // Days an offer without a closing date stays open after its publication (docs/jobs.md, "Expiry").
    if (v === undefined) return DEFAULT_OPEN_DAYS;
    const n = /^\d{1,4}$/.test(v) ? Number(v) : NaN;
    return n >= 1 && n <= 3650 ? n : usage(`--open-days attend un nombre entier de jours de 1 à 3650, reçu « ${escapeControls(v)} »`, `--open-days takes a whole number of days from 1 to 3650, received "${escapeControls(v)}"`);
  };
  const dateOption = (name: string, v: string | undefined) => {
    // The shared date rule (src/shared/dates.ts): a real date within MIN_CALENDAR_YEAR–MAX_CALENDAR_YEAR (1900–2100).
    if (v !== undefined && !(isCalendarDate(v) && isInCalendarRange(v))) {
      usage(`${name} attend une date AAAA-MM-JJ entre ${MIN_CALENDAR_YEAR} et ${MAX_CALENDAR_YEAR}, reçu « ${escapeControls(v)} »`, `${name} takes a YYYY-MM-DD date between ${MIN_CALENDAR_YEAR} and ${MAX_CALENDAR_YEAR}, received "${escapeControls(v)}"`);
    }
    return v;
  };
  const loadPostings = (file: string, max?: string): JobPosting[] => {
    const read = readTextFile(file, maxBytes(max));
    if (!read.ok) return usage(read.fr, read.en);
    // Another format (a PEP or Notion export, JSON-LD, the CSP CSV) is not rejected record by record (1,233 lines for
    // the PEP snapshot): one line says which command converts it.
    const text = (read as { text: string }).text;
    const format = detectJobFormat(text, CONTENT_TYPES[extname(file).toLowerCase()]);
    if (format && format !== 'json') {
      io.err(`${lang === 'en'
        ? `error: "${escapeControls(file)}" is in another format (${format}), not @betagouv/intras postings JSON: convert it first with intras jobs import ${escapeControls(file)} -o postings.json`
        : `erreur : « ${escapeControls(file)} » est dans un autre format (${format}), pas des offres JSON @betagouv/intras : convertissez-le d’abord avec intras jobs import ${escapeControls(file)} -o offres.json`}\n`);
      return io.exit(1);
    }
    // One read (byte-order mark dropped, JSON errors with line and column), validated once.
    const parsed = importJobs(text, { format: 'json' });
    if (parsed.error || parsed.rejected.length) {
      io.err(`${importReport(file, parsed, lang).join('\n')}\n`);
      if (parsed.error) io.exit(1);
    }
    return parsed.valid;
  };

  jobs.command('import')
    .description(t.import)
    .argument('<files...>', t.importFiles)
    .addOption(new Option('--from <format>', t.from).choices([...JOB_FORMATS]))
    .option('-o, --output <file>', t.output)
    .addOption(maxSizeOption())
    .addOption(langOption())
    .action((files: string[], opts: { from?: JobFormat; output?: string; maxSize?: string; lang: Lang }) => {
      lang = argvLang === 'en' ? 'en' : opts.lang;
      const max = maxBytes(opts.maxSize);
      // -o must not be an input, whatever the path says: same device and inode (hard link, symlink, `./x` vs `x`),
      // checked before reading and again on the opened output descriptor when writing (no check-then-write race).
      const overwrites = (input: string) => usage(`-o « ${escapeControls(opts.output!)} » écraserait le fichier d’entrée « ${escapeControls(input)} »`, `-o "${escapeControls(opts.output!)}" would overwrite the input file "${escapeControls(input)}"`);
      const inputs: [string, FileIdentity][] = [];
      if (opts.output !== undefined) {
        const target = identityOf(opts.output);
        for (const f of files) {
          const id = identityOf(f);
          if (id) inputs.push([f, id]);
          if (id && target && sameIdentity(id, target)) overwrites(f);
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
      // One line per merge; the same posting listed twice in the inputs is a duplicate, not merged into itself.
      const reasonFr = (r: string) => (r === 'reference' ? 'référence' : r === 'url' ? 'adresse' : 'intitulé + employeur + lieu');
      const reasonEn = (r: string) => (r === 'title-employer-place' ? 'title + employer + place' : r);
      for (const m of merges) {
        const [kept, dropped] = [escapeControls(m.keptId), escapeControls(m.droppedId)];
        const twice = m.keptId === m.droppedId;
        io.err(`${lang === 'en'
          ? `  ${twice ? `duplicate: ${kept} (listed twice, ` : `merged: ${dropped} into ${kept} (`}same ${reasonEn(m.reason)}${m.filled.length ? `; filled ${m.filled.join(', ')}` : ''})`
          : `  ${twice ? `doublon : ${kept} (présente deux fois, ` : `fusionnée : ${dropped} dans ${kept} (`}même ${reasonFr(m.reason)}${m.filled.length ? ` ; complétée : ${m.filled.join(', ')}` : ''})`}\n`);
      }
      const json = jsonText({ $schema: `${SCHEMA_BASE_URL}job-postings.schema.json`, postings });
      if (opts.output) {
        let written: FileIdentity | undefined;
        try { written = writeOutput(opts.output, json, inputs.map(([, id]) => id)); } catch (e) {
          usage(`impossible d’écrire « ${escapeControls(opts.output)} » (${(e as NodeJS.ErrnoException).code ?? 'EIO'})`, `cannot write "${escapeControls(opts.output)}" (${(e as NodeJS.ErrnoException).code ?? 'EIO'})`);
        }
        const hit = written && inputs.find(([, id]) => sameIdentity(id, written));
        if (hit) overwrites(hit[0]);
      } else io.out(json);
      const n = postings.length;
      io.err(`${lang === 'en' ? `${n} posting${n === 1 ? '' : 's'} written${opts.output ? ` to ${escapeControls(opts.output)}` : ''} (${merges.length} merged)` : `${n} offre${n > 1 ? 's' : ''} écrite${n > 1 ? 's' : ''}${opts.output ? ` dans ${escapeControls(opts.output)}` : ''} (${merges.length} fusionnée${merges.length > 1 ? 's' : ''})`}\n`);
      io.exit(invalid ? 1 : 0);
    });

  jobs.command('feed')
    .description(t.feed)
    .argument('<file>', t.postings)
    .addOption(new Option('--format <format>', t.feedFormat).choices(['atom', 'rss', 'json']).makeOptionMandatory())
    .option('--filter <key=value...>', t.filter, (v: string, prev: string[] = []) => [...prev, v])
    .option('--now <date>', t.now)
    .option('--with-expired', t.withExpired)
    .option('--open-days <days>', t.openDays)
    .option('--title <text>', t.title)
    .option('--link <url>', t.link, 'https://beta.gouv.fr/')
    .addOption(maxSizeOption())
    .addOption(langOption())
    .action((file: string, opts: { format: 'atom' | 'rss' | 'json'; filter?: string[]; now?: string; withExpired?: boolean; openDays?: string; title?: string; link: string; maxSize?: string; lang: Lang }) => {
      lang = argvLang === 'en' ? 'en' : opts.lang;
      const today = dateOption('--now', opts.now) ?? localToday();
      const openDays = openDaysOption(opts.openDays);
      if (!isHttpUrl(opts.link)) {
        usage(`--link doit être une URL http(s) avec un hôte, sans identifiants, reçu « ${escapeControls(opts.link)} »`, `--link must be an http(s) URL with a host and no credentials, received "${escapeControls(opts.link)}"`);
      }
      const filters = parseFilters(opts.filter ?? [], usage);
      const postings = loadPostings(file, opts.maxSize);
      const index = createJobIndex(postings, { openDays });
      const hits = index.search('', filters, { today, withExpired: opts.withExpired, sort: 'newest' }).hits;
      io.out(buildJobsFeed(hits, { format: opts.format, lang, today, link: opts.link, title: opts.title, filters }));
      io.exit(0);
    });

  jobs.command('digest')
    .description(t.digest)
    .argument('<file>', t.postings)
    .requiredOption('--since <date>', t.since)
    .addOption(new Option('--format <format>', t.digestFormat).choices(['markdown', 'mattermost']).default('markdown'))
    .option('--now <date>', t.now)
    .option('--open-days <days>', t.openDays)
    .addOption(maxSizeOption())
    .addOption(langOption())
    .action((file: string, opts: { since: string; format: 'markdown' | 'mattermost'; now?: string; openDays?: string; maxSize?: string; lang: Lang }) => {
      lang = argvLang === 'en' ? 'en' : opts.lang;
      const since = dateOption('--since', opts.since)!;
      const today = dateOption('--now', opts.now) ?? localToday();
      const openDays = openDaysOption(opts.openDays);
      if (since > today) usage(`--since (${since}) est après --now (${today}) : aucune offre ne peut être nouvelle`, `--since (${since}) is after --now (${today}): no posting can be new`);
      const postings = loadPostings(file, opts.maxSize);
      const index = createJobIndex(postings, { openDays });
      const fresh = postings.filter((p) => p.postedAt >= since && isOpen(p, today, openDays) && index.matchOf(p.id).score >= MIN_RELEVANCE);
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
        for (const p of list.sort((a, b) => closingDate(a, openDays) < closingDate(b, openDays) ? -1 : 1)) {
          const d = daysUntilClose(p, today, openDays);
          const end = closingDate(p, openDays);
          // Without a closing date, the offer is withdrawn `openDays` after publication (docs/jobs.md, "Expiry").
          const closes = p.closesAt === undefined
            ? (lang === 'en' ? `no closing date, listed until ${end}` : `sans date de clôture, affichée jusqu’au ${frDate(end)}`)
            : lang === 'en' ? `closes ${p.closesAt}${d === 0 ? ' (today)' : ` (in ${d} day${d === 1 ? '' : 's'})`}` : `clôture le ${frDate(p.closesAt)}${d === 0 ? ' (aujourd’hui)' : ` (dans ${d} jour${d === 1 ? '' : 's'})`}`;
          const m = index.matchOf(p.id);
          const terms = [...new Set([...m.passerelles.map((x) => x.term), ...m.competences.flatMap((c) => c.terms)])].slice(0, 4).map((t) => `« ${t} »`).join(', ');
          lines.push(`- ${markdownLink(p.title, p.url)} — ${markdownText(p.employer.label)}, ${markdownText(p.location.label)} · ${closes}${terms ? ` · ${markdownText(terms)}` : ''}`);
        }
      }
      io.out(`${lines.join('\n')}\n`);
      io.exit(0);
    });
}
