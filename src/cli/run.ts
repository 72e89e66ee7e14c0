/**
 * The `intras` command-line tool of `@betagouv/intras` (package `bin`, built to `dist/cli/intras.js`).
 *
 *   intras validate <file> [--lang en] [--kind <kind>] [--previous released.json] [--framework f.json]
 *   intras export openbadge <framework.json|application.json> [-o out.json] [--framework f.json] [--id-base url]
 *     [--issuer-id url] [--issuer-name name] [--issuer-url url]
 *   intras jobs import|feed|digest … (src/cli/jobs.ts)
 *
 * Exit codes: 0 valid / written (warnings allowed), 1 invalid document (or an incompatible evolution, or no badge for
 * this application), 2 usage error (no command, bad option or argument, unreadable file, invalid JSON, missing
 * issuer for a framework other than RS6247, output = input). Messages are French by default, English with
 * `--lang en` (which also picks the language of the exported text); commander's own usage errors are printed in
 * French then English. Never a stack trace.
 */
import { writeFileSync, readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../shared/issues.js';
import { HttpUrlSchema } from '../shared/schema.js';
import { checkEvolution, parseSkillFramework, type SkillFramework } from '../skills/framework.js';
import { RS6247_FRAMEWORK } from '../skills/rs6247.js';
import { parseCertificationApplication } from '../certification/application.js';
import { openBadgeAchievement, openBadgeCredential, resolveIssuer, isOpenBadgeError, DEFAULT_ID_BASE } from '../certification/openbadge.js';
import { registerJobsCommand } from './jobs.js';
import { DOCUMENT_KINDS, detectKind, formatReport, readJsonFile, validateDocument, type DocumentKind } from './validate.js';

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

class Exit extends Error {
  constructor(readonly code: number) { super(`exit ${code}`); }
}

/** Commander's usage errors (English), with a French first line: `[pattern, French]` (`$1`… from the pattern). */
const COMMANDER_FR: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^error: unknown command '(.+?)'/, (m) => `commande inconnue « ${m[1]} »`],
  [/^error: unknown option '(.+?)'/, (m) => `option inconnue « ${m[1]} »`],
  [/^error: missing required argument '(.+?)'/, (m) => `argument requis manquant « ${m[1]} »`],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+?)\.?$/m, (m) => `valeur « ${m[2]} » invalide pour l’option « ${m[1]} » ; valeurs possibles : ${m[3]}`],
  [/^error: option '(.+?)' argument missing/, (m) => `valeur manquante pour l’option « ${m[1]} »`],
  [/^error: too many arguments/, () => 'trop d’arguments'],
];
function frenchFirst(message: string): string {
  const hit = COMMANDER_FR.map(([re, fr]) => [message.match(re), fr] as const).find(([m]) => m);
  const suggestion = /\(Did you mean (.+?)\?\)/.exec(message);
  const fr = hit ? hit[1](hit[0]!) : 'utilisation incorrecte (voir --help)';
  return `erreur : ${fr}${suggestion ? ` (vouliez-vous dire ${suggestion[1]} ?)` : ''}\n${message.endsWith('\n') ? message : `${message}\n`}`;
}

/** Same file? (resolved paths, and real paths when both exist). */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try { return realpathSync(a) === realpathSync(b); } catch { return false; }
}
const isHttpUrl = (s: string) => HttpUrlSchema.safeParse(s).success;

/** Runs the CLI on `argv` (without `node` and the script path); returns the exit code. Writes to stdout/stderr. */
export async function run(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const say = (lines: string[]) => out(`${lines.join('\n')}\n`);
  const usage = (lang: Lang, fr: string, en: string): never => {
    err(`${lang === 'en' ? `error: ${en}` : `erreur : ${fr}`}\n`);
    throw new Exit(EXIT.usage);
  };
  /** Reads and parses a framework file given as an option: usage error when unreadable, exit 1 when invalid. */
  const loadFramework = (path: string, lang: Lang): SkillFramework => {
    const f = readJsonFile(path);
    if (!f.ok) usage(lang, f.fr, f.en);
    const r = parseSkillFramework((f as { value: unknown }).value);
    if (!r.ok) {
      say([...r.issues.map((i) => `  ${i[lang]}`), lang === 'en' ? `✗ ${path}: invalid skill framework` : `✗ ${path} : référentiel de compétences invalide`]);
      throw new Exit(EXIT.invalid);
    }
    return r.value!;
  };
  const langOption = () => new Option('--lang <lang>', 'langue des messages / message language').choices(['fr', 'en']).default('fr');

  const program = new Command('intras')
    .description('Outils @betagouv/intras : valider un fichier, exporter un Open Badge 3.0.\n@betagouv/intras tools: validate a file, export an Open Badge 3.0.')
    .version(version(), '-V, --version', 'affiche la version / print the version')
    .helpOption('-h, --help', 'affiche l’aide / show help')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: err, outputError: (message, write) => write(frenchFirst(message)) });

  program.command('validate')
    .description(`valide un fichier JSON et nomme chaque erreur par son chemin / validate a JSON file, naming each error by its path\ntypes / kinds: ${DOCUMENT_KINDS.join(', ')}`)
    .argument('<file>', 'fichier JSON / JSON file')
    .addOption(langOption())
    .addOption(new Option('--kind <kind>', 'force le type au lieu de le détecter / force the kind instead of detecting it').choices([...DOCUMENT_KINDS]))
    .option('--previous <file>', 'version publiée précédente du référentiel : vérifie qu’aucun identifiant n’a disparu / previous released version of the framework: checks that no id disappeared')
    .option('--framework <file>', 'référentiel des compétences évaluées par une candidature (défaut : RS6247) / framework of an application’s evaluations (default: RS6247)')
    .action((file: string, opts: { lang: Lang; kind?: DocumentKind; previous?: string; framework?: string }) => {
      const lang = opts.lang;
      const read = readJsonFile(file);
      if (!read.ok) usage(lang, read.fr, read.en);
      const doc = (read as { value: unknown }).value;
      const kind = opts.kind ?? detectKind(doc);
      if (opts.previous !== undefined && kind !== 'skill-framework')
        usage(lang, '--previous ne s’applique qu’à un référentiel de compétences', '--previous only applies to a skill framework');
      const framework = opts.framework === undefined ? undefined : loadFramework(opts.framework, lang);
      const report = validateDocument(doc, file, kind, framework);
      if (opts.previous === undefined || !report.ok) {
        say(formatReport(report, lang));
        throw new Exit(report.ok ? EXIT.ok : EXIT.invalid);
      }
      const previous = loadFramework(opts.previous, lang);
      const next = parseSkillFramework(doc).value!;
      const evolution = checkEvolution(previous, next);
      say(formatReport(report, lang));
      if (evolution.length) {
        const n = evolution.length;
        say([...evolution.map((i) => `  ${i[lang]}`), lang === 'en'
          ? `✗ ${file}: evolution from ${opts.previous} incompatible, ${n} ${n === 1 ? 'error' : 'errors'}`
          : `✗ ${file} : évolution depuis ${opts.previous} incompatible, ${n} ${n > 1 ? 'erreurs' : 'erreur'}`]);
        throw new Exit(EXIT.invalid);
      }
      say([lang === 'en'
        ? `✓ ${file}: evolution from ${opts.previous} (${previous.version} → ${next.version}): no id lost`
        : `✓ ${file} : évolution depuis ${opts.previous} (${previous.version} → ${next.version}) : aucun identifiant perdu`]);
      throw new Exit(EXIT.ok);
    });

  const exp = program.command('export').description('exporte vers un autre format / export to another format');
  exp.command('openbadge')
    .description('écrit l’Open Badge 3.0 (JSON-LD, non signé) d’un référentiel (Achievement) ou d’une candidature lauréate (OpenBadgeCredential)\nwrites the unsigned Open Badges 3.0 JSON-LD of a framework (Achievement) or of a laureate application (OpenBadgeCredential)')
    .argument('<file>', 'référentiel ou candidature (JSON) / framework or application (JSON)')
    .option('-o, --output <file>', 'fichier de sortie (sinon la sortie standard) / output file (default: stdout)')
    .option('--framework <file>', 'référentiel des compétences évaluées (défaut : RS6247) / framework of the evaluated competences (default: RS6247)')
    .option('--id-base <url>', `base des identifiants / base URL of the ids (RS6247 default: ${DEFAULT_ID_BASE}; required for other frameworks)`)
    .option('--issuer-id <url>', 'identifiant de l’émetteur (URL ou DID) ; requis hors RS6247 / issuer id (URL or DID); required except for RS6247')
    .option('--issuer-name <name>', 'nom de l’émetteur ; requis hors RS6247 / issuer name; required except for RS6247')
    .option('--issuer-url <url>', 'site de l’émetteur / issuer website')
    .addOption(langOption())
    .action((file: string, opts: { output?: string; framework?: string; idBase?: string; issuerId?: string; issuerName?: string; issuerUrl?: string; lang: Lang }) => {
      const lang = opts.lang;
      if (opts.idBase !== undefined && !isHttpUrl(opts.idBase))
        usage(lang, `--id-base doit être une URL http(s), reçu « ${opts.idBase} »`, `--id-base must be an http(s) URL, received "${opts.idBase}"`);
      if (opts.issuerId !== undefined && !isHttpUrl(opts.issuerId) && !/^did:[a-z0-9]+:\S+$/.test(opts.issuerId))
        usage(lang, `--issuer-id doit être une URL http(s) ou un DID, reçu « ${opts.issuerId} »`, `--issuer-id must be an http(s) URL or a DID, received "${opts.issuerId}"`);
      if (opts.issuerUrl !== undefined && !isHttpUrl(opts.issuerUrl))
        usage(lang, `--issuer-url doit être une URL http(s), reçu « ${opts.issuerUrl} »`, `--issuer-url must be an http(s) URL, received "${opts.issuerUrl}"`);
      if ((opts.issuerId === undefined) !== (opts.issuerName === undefined) || (opts.issuerUrl !== undefined && opts.issuerId === undefined))
        usage(lang, 'l’émetteur se donne avec --issuer-id et --issuer-name ensemble (--issuer-url en plus, facultatif)', 'the issuer takes --issuer-id and --issuer-name together (plus --issuer-url, optional)');
      if (opts.output !== undefined && [file, opts.framework].some((input) => input !== undefined && sameFile(opts.output!, input)))
        usage(lang, `-o « ${opts.output} » écraserait le fichier d’entrée : choisissez un autre fichier de sortie`, `-o "${opts.output}" would overwrite the input file: choose another output file`);
      const issuer = opts.issuerId !== undefined && opts.issuerName !== undefined
        ? { id: opts.issuerId, name: opts.issuerName, ...(opts.issuerUrl ? { url: opts.issuerUrl } : {}) } : undefined;
      const read = readJsonFile(file);
      if (!read.ok) usage(lang, read.fr, read.en);
      const doc = (read as { value: unknown }).value;
      const kind = detectKind(doc);
      const fail = (lines: string[]) => { say(lines); throw new Exit(EXIT.invalid); };
      const framework = opts.framework === undefined ? undefined : loadFramework(opts.framework, lang);
      /** Outside RS6247 the DINUM defaults do not apply: openbadge's `issuer_required` becomes a usage error. */
      const needIssuer = (fw: SkillFramework) => {
        try {
          resolveIssuer(fw, { issuer, idBase: opts.idBase });
        } catch (e) {
          if (!isOpenBadgeError(e, 'issuer_required')) throw e;
          const id = e.info.frameworkId;
          usage(lang,
            `le référentiel « ${id} » n’est pas RS6247 : précisez l’émetteur avec --issuer-id <url> --issuer-name <nom> [--issuer-url <url>] et la base des identifiants avec --id-base <url>`,
            `framework "${id}" is not RS6247: pass the issuer with --issuer-id <url> --issuer-name <name> [--issuer-url <url>] and the id base with --id-base <url>`);
        }
      };
      let output: unknown;
      if (kind === 'skill-framework') {
        const r = parseSkillFramework(doc);
        if (!r.ok) fail(formatReport(validateDocument(doc, file, kind), lang));
        needIssuer(r.value!);
        output = openBadgeAchievement(r.value!, { idBase: opts.idBase, issuer, lang });
      } else if (kind === 'certification-application') {
        needIssuer(framework ?? RS6247_FRAMEWORK);
        const r = parseCertificationApplication(doc, framework ? { framework } : {});
        if (!r.ok) fail(formatReport(validateDocument(doc, file, kind, framework), lang));
        const c = openBadgeCredential(r.value!, { framework, idBase: opts.idBase, issuer, lang });
        if (!c.ok) fail([...c.issues.map((i) => `  ${i[lang]}`), lang === 'en' ? `✗ ${file}: no Open Badge for this application` : `✗ ${file} : pas d’Open Badge pour cette candidature`]);
        output = c.value;
      } else {
        usage(lang, `« ${file} » n’est ni un référentiel de compétences ni une candidature`, `"${file}" is neither a skill framework nor an application`);
      }
      const json = `${JSON.stringify(output, null, 2)}\n`;
      if (opts.output) {
        try {
          writeFileSync(opts.output, json);
        } catch (e) {
          usage(lang, `impossible d’écrire « ${opts.output} » (${(e as NodeJS.ErrnoException).code ?? 'EIO'})`, `cannot write "${opts.output}" (${(e as NodeJS.ErrnoException).code ?? 'EIO'})`);
        }
        say([lang === 'en' ? `✓ Open Badge written to ${opts.output}` : `✓ Open Badge écrit dans ${opts.output}`]);
      } else {
        out(json);
      }
      throw new Exit(EXIT.ok);
    });

  registerJobsCommand(program, { out, err, exit: (code) => { throw new Exit(code); } }, langOption);

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof Exit) return e.code;
    if (e instanceof CommanderError) {
      // `--help`, `--version`, `help`: 0. A bare `intras` or `intras export` prints the help as an error: 2.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
      if (e.code === 'commander.help') return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return EXIT.usage;
    }
    err(`erreur interne / internal error: ${(e as Error)?.message ?? String(e)}\n`);
    return EXIT.usage;
  }
}
