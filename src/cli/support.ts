/**
 * The support-request commands of the `intras` CLI (issue 9):
 *
 *   intras receiver [--data ./support-data] [--port 8787] [--host 127.0.0.1] [--allow-origin <origin>…] [--trust-proxy]
 *   intras support export [--format csv|json] [--separator semicolon|comma|tab] [--no-bom] [--lang fr|en] [--data ./support-data]
 *   intras support purge --older-than 365d [--data ./support-data]
 *
 * The database: `DATABASE_URL` (environment, never an option: a password on the command line shows in `ps`) → a real
 * PostgreSQL; otherwise PGlite in `--data`. PGlite is one process only: `support export` / `purge` refuse a folder
 * a live receiver holds (lock file `intras-receiver.lock` with its pid). Data on stdout (the export), diagnostics and
 * the receiver's JSON log lines on stderr, all terminal-safe. The receiver module is loaded only by these commands.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Lang } from '../shared/issues.js';

const T = {
  fr: {
    receiver: 'lance le récepteur de demandes d’accompagnement (POST /requests, GET /health)',
    data: 'dossier des données PGlite (sans DATABASE_URL)',
    port: 'port TCP',
    host: 'adresse d’écoute (127.0.0.1 : cette machine seulement)',
    allowOrigin: 'origine autorisée à envoyer des demandes depuis un navigateur (répétable), ex. https://www.exemple.gouv.fr',
    trustProxy: 'derrière votre propre proxy : limite de débit sur la dernière adresse de X-Forwarded-For',
    rateLimit: 'limite par client : rafale/par minute (20/30), ou « off »',
    support: 'demandes d’accompagnement enregistrées : export, purge',
    export: 'écrit les demandes enregistrées (CSV protégé contre l’injection de formules, ou JSON) sur la sortie standard',
    format: 'format',
    separator: 'séparateur des cellules CSV (point-virgule : Excel en français ; comma : Excel en anglais)',
    noBom: 'CSV sans marque d’ordre des octets (BOM) en tête : sans elle, Excel lit mal les accents',
    purge: 'supprime les demandes plus anciennes que la durée de conservation',
    olderThan: 'âge minimal des demandes supprimées, en jours (365d) ou semaines (52w)',
  },
  en: {
    receiver: 'run the support-request receiver (POST /requests, GET /health)',
    data: 'PGlite data folder (without DATABASE_URL)',
    port: 'TCP port',
    host: 'listen address (127.0.0.1: this machine only)',
    allowOrigin: 'origin allowed to post requests from a browser (repeatable), e.g. https://www.example.gouv.fr',
    trustProxy: 'behind your own proxy: rate-limit on the last X-Forwarded-For address',
    rateLimit: 'limit per client: burst/per minute (20/30), or "off"',
    support: 'stored support requests: export, purge',
    export: 'write the stored requests (CSV protected against formula injection, or JSON) to standard output',
    format: 'format',
    separator: 'CSV cell separator (semicolon: French Excel; comma: English Excel)',
    noBom: 'CSV without the leading byte order mark (BOM): without it, Excel misreads accents',
    purge: 'delete the requests older than the retention period',
    olderThan: 'minimum age of the deleted requests, in days (365d) or weeks (52w)',
  },
} as const;

/** What the commands need from `run()`: language, printers, usage error, exit. */
export interface SupportCliContext {
  readonly lang: Lang;
  readonly out: (s: string) => void;
  /** Diagnostics, one escaped line each (stderr). */
  readonly say: (lines: string[]) => void;
  /** Prints the usage error and exits 2. */
  readonly usage: (fr: string, en: string) => never;
  /** Ends the command with this exit code. */
  readonly exit: (code: number) => never;
  readonly langOption: () => Option;
  /** `[options] [commande]` in the help's language. */
  readonly commandUsage: string;
}

const LOCK = 'intras-receiver.lock';

function lockHolder(dir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dir, LOCK), 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** Adds `receiver` and `support export|purge` to the program. */
export function addSupportCommands(program: Command, ctx: SupportCliContext): void {
  const t = T[ctx.lang];
  const { say, usage } = ctx;
  const env = process.env;
  const dataOption = () => new Option('--data <dir>', t.data).default('./support-data');

  /** Store options: DATABASE_URL, or the PGlite folder (which must exist unless `create`). */
  const storeOptions = (data: string, create: boolean) => {
    if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL, where: 'PostgreSQL (DATABASE_URL)' };
    const dir = resolve(data);
    if (!create && !existsSync(dir)) usage(`dossier de données introuvable « ${data} » (ou définissez DATABASE_URL)`, `data folder not found "${data}" (or set DATABASE_URL)`);
    const pid = lockHolder(dir);
    if (pid) usage(`un récepteur (pid ${pid}) utilise déjà « ${data} » : PGlite n’accepte qu’un processus ; arrêtez-le d’abord, ou utilisez PostgreSQL (DATABASE_URL)`, `a receiver (pid ${pid}) already uses "${data}": PGlite takes one process only; stop it first, or use PostgreSQL (DATABASE_URL)`);
    return { dataDir: dir, where: `PGlite (${data})` };
  };
  const open = async (data: string) => {
    const { openStore } = await import('../receiver/store.js');
    const { where, ...options } = storeOptions(data, false);
    try {
      return await openStore(options);
    } catch (e) {
      const code = (e as { code?: string }).code ?? (e as Error).name;
      return usage(`impossible d’ouvrir la base ${where} (${code})`, `cannot open the database ${where} (${code})`);
    }
  };

  program.command('receiver')
    .description(t.receiver)
    .addOption(dataOption())
    .addOption(new Option('--port <port>', t.port).default('8787'))
    .addOption(new Option('--host <host>', t.host).default('127.0.0.1'))
    .addOption(new Option('--allow-origin <origin...>', t.allowOrigin))
    .option('--trust-proxy', t.trustProxy)
    .addOption(new Option('--rate-limit <limit>', t.rateLimit).default('20/30'))
    .addOption(ctx.langOption())
    .action(async (opts: { data: string; port: string; host: string; allowOrigin?: string[]; trustProxy?: boolean; rateLimit: string }) => {
      const rl = /^(\d{1,6})\/(\d{1,6})$/.exec(opts.rateLimit);
      if (opts.rateLimit !== 'off' && !(rl && Number(rl[1]) >= 1 && Number(rl[2]) >= 1))
        usage(`--rate-limit attend « rafale/par minute » (20/30) ou « off », reçu « ${opts.rateLimit} »`, `--rate-limit takes "burst/per minute" (20/30) or "off", received "${opts.rateLimit}"`);
      const rateLimit = rl ? { burst: Number(rl[1]), perMinute: Number(rl[2]) } : false as const;
      const port = /^\d{1,5}$/.test(opts.port) ? Number(opts.port) : NaN;
      if (!(port >= 0 && port <= 65535)) usage(`--port attend un numéro de 0 à 65535, reçu « ${opts.port} »`, `--port takes a number from 0 to 65535, received "${opts.port}"`);
      const origins = opts.allowOrigin ?? [];
      for (const o of origins) {
        let ok = false;
        try { const u = new URL(o); ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === o; } catch { /* not a URL */ }
        if (!ok) usage(`--allow-origin attend une origine http(s) sans chemin ni « / » final (https://www.exemple.gouv.fr), reçu « ${o} »`, `--allow-origin takes an http(s) origin without path or trailing "/" (https://www.example.gouv.fr), received "${o}"`);
      }
      const { where, ...store } = storeOptions(opts.data, true);
      const { startReceiver } = await import('../receiver/server.js');
      const { targetsFromEnv } = await import('../receiver/outbox.js');
      let targets;
      try {
        targets = targetsFromEnv(env);
      } catch (e) {
        const [fr, en] = (e as Error).message.split(' / ');
        usage(fr, en ?? fr);
      }
      if (store.dataDir) {
        mkdirSync(store.dataDir, { recursive: true });
        writeFileSync(join(store.dataDir, LOCK), `${process.pid}\n`);
      }
      const releaseLock = () => { if (store.dataDir && !lockHolder(store.dataDir)) rmSync(join(store.dataDir, LOCK), { force: true }); };
      let running;
      try {
        running = await startReceiver({ ...store, port, host: opts.host, allowOrigins: origins, targets, trustProxy: opts.trustProxy, limits: { rateLimit } });
      } catch (e) {
        releaseLock();
        const code = (e as { code?: string }).code ?? (e as Error).name;
        usage(`impossible de démarrer le récepteur sur ${opts.host}:${port} avec ${where} (${code})`, `cannot start the receiver on ${opts.host}:${port} with ${where} (${code})`);
      }
      say([ctx.lang === 'en'
        ? `receiver ready: ${running!.url} (${where}; forwarding: ${targets!.map((x) => x.name).join(', ') || 'none'}; allowed origins: ${origins.join(' ') || 'none'})`
        : `récepteur prêt : ${running!.url} (${where} ; transfert : ${targets!.map((x) => x.name).join(', ') || 'aucun'} ; origines autorisées : ${origins.join(' ') || 'aucune'})`]);
      await new Promise<void>((done) => {
        const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); done(); };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await running!.close();
      releaseLock();
      ctx.exit(0);
    });

  const support = program.command('support').description(t.support).usage(ctx.commandUsage);
  support.command('export')
    .description(t.export)
    .addOption(new Option('--format <format>', t.format).choices(['csv', 'json']).default('csv'))
    .addOption(new Option('--separator <separator>', t.separator).choices(['semicolon', 'comma', 'tab']).default('semicolon'))
    .option('--no-bom', t.noBom)
    .addOption(dataOption())
    .addOption(ctx.langOption())
    .action(async (opts: { format: 'csv' | 'json'; separator: 'semicolon' | 'comma' | 'tab'; bom: boolean; data: string }) => {
      const store = await open(opts.data);
      const { exportCsv, exportJson } = await import('../receiver/export.js');
      try {
        const rows = await store.list();
        ctx.out(opts.format === 'json' ? exportJson(rows) : exportCsv(rows, { lang: ctx.lang, separator: ({ semicolon: ';', comma: ',', tab: '\t' } as const)[opts.separator], bom: opts.bom }));
        say([ctx.lang === 'en' ? `✓ ${rows.length} request(s) exported` : `✓ ${rows.length} demande(s) exportée(s)`]);
      } finally { await store.close(); }
      ctx.exit(0);
    });
  support.command('purge')
    .description(t.purge)
    .requiredOption('--older-than <duration>', t.olderThan)
    .addOption(dataOption())
    .addOption(ctx.langOption())
    .action(async (opts: { olderThan: string; data: string }) => {
      const { parseDuration } = await import('../receiver/export.js');
      const ms = parseDuration(opts.olderThan);
      if (ms === undefined) usage(`--older-than attend une durée en jours (365d) ou semaines (52w), de 1 jour à 100 ans, reçu « ${opts.olderThan} »`, `--older-than takes a duration in days (365d) or weeks (52w), from 1 day to 100 years, received "${opts.olderThan}"`);
      const store = await open(opts.data);
      const before = new Date(Date.now() - ms!);
      try {
        const r = await store.purge(before);
        const day = before.toISOString().slice(0, 10);
        say([ctx.lang === 'en' ? `✓ ${r.requests} request(s) received before ${day} deleted` : `✓ ${r.requests} demande(s) reçue(s) avant le ${day} supprimée(s)`]);
      } finally { await store.close(); }
      ctx.exit(0);
    });
}
