/**
 * The `intras` command-line tool of `@betagouv/intras` (package `bin`, built to `dist/cli/intras.js`).
 *
 *   intras validate <file> [--lang en] [--kind <kind>] [--previous released.json] [--framework f.json] [--max-size MiB]
 *   intras export openbadge <framework.json|application.json> [-o out.json] [--framework f.json] [--id-base url]
 *     [--issuer-id url] [--issuer-name name] [--issuer-url url] [--max-size MiB]
 *   intras jobs import|feed|digest … (src/cli/jobs.ts)
 *   intras receiver | support export | support purge  (support requests: ./support.ts)
 *
 * Exit codes: 0 valid / written (warnings allowed), 1 invalid document (or an incompatible evolution, or no badge for
 * this application), 2 usage error (no command, bad option or argument, unreadable file, not a regular file, a file
 * over `--max-size`, invalid JSON, missing issuer for a framework other than RS6247, output = an input file).
 *
 * Streams: stdout carries only data (the exported JSON, `--help`, `--version`); every diagnostic (errors, warnings,
 * the ✓ / ✗ summary, "written to") goes to stderr, so `export … > badge.json` never holds an error and
 * `validate f.json 1>/dev/null` still shows them. Everything printed goes through `escapeControls` / `jsonText`
 * (`./terminal.ts`): no terminal control character from a file name or a value reaches the terminal.
 *
 * Messages and help are French by default, English with `--lang en` (which also picks the language of the exported
 * text), commander's own usage errors too (one line, as the CLI's other errors: decision 0062).
 * Never a stack trace. Decisions 0013, 0014, 0015.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, Option, type Argument } from 'commander';
import type { Lang } from '../shared/issues.js';
import { HttpUrlSchema } from '../shared/schema.js';
import { checkEvolution, parseSkillFramework, type SkillFramework } from '../skills/framework.js';
import { RS6247_FRAMEWORK } from '../skills/rs6247.js';
import { parseCertificationApplication } from '../certification/application.js';
import { openBadgeAchievement, openBadgeCredential, resolveIssuer, isOpenBadgeError, DEFAULT_ID_BASE } from '../certification/openbadge.js';
import { registerJobsCommand } from './jobs.js';
import { DEFAULT_MAX_BYTES, DOCUMENT_KINDS, detectKind, parseMaxSize, formatReport, mebibytes, readJsonFile, identityOf, sameIdentity, validateDocument, writeOutput, type DocumentKind, type FileIdentity } from './validate.js';
import { escapeControls, jsonText } from './terminal.js';
import { addSupportCommands } from './support.js';
import { registerRenderCommand } from './render.js';

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

/** Commander's usage errors (English) in French: `[pattern, French]` (`$1`… from the pattern). */
const COMMANDER_FR: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^error: unknown command '(.+?)'/, (m) => `commande inconnue « ${m[1]} »`],
  [/^error: unknown option '(.+?)'/, (m) => `option inconnue « ${m[1]} »`],
  [/^error: missing required argument '(.+?)'/, (m) => `argument requis manquant « ${m[1]} »`],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+?)\.?$/m, (m) => `valeur « ${m[2]} » invalide pour l’option « ${m[1]} » ; valeurs possibles : ${m[3]}`],
  [/^error: command-argument value '(.*?)' is invalid for argument '(.+?)'\. Allowed choices are (.+?)\.?$/m, (m) => `valeur « ${m[1]} » invalide pour l’argument « ${m[2]} » ; valeurs possibles : ${m[3]}`],
  [/^error: option '(.+?)' argument missing/, (m) => `valeur manquante pour l’option « ${m[1]} »`],
  [/^error: required option '(.+?)' not specified/, (m) => `option requise « ${m[1]} » manquante`],
  [/^error: too many arguments.*?Expected (\d+) arguments? but got (\d+)/, (m) => `trop d’arguments (${m[1]} attendu${m[1] === '1' ? '' : 's'}, ${m[2]} reçu${m[2] === '1' ? '' : 's'})`],
  [/^error: too many arguments/, () => 'trop d’arguments'],
  [/^error: (.+?) cannot be used with (.+?)$/m, (m) => `${m[1]} ne peut pas être utilisée avec ${m[2]}`],
];
/**
 * A commander usage error written like the CLI's own (`usage()`): one line in the chosen language, `erreur : …` or
 * `error: …`, commander's "(Did you mean …?)" kept on that line (decision 0062). An error with no French pattern
 * keeps commander's English text after a French lead-in. `message` is already escaped whole by `escapeControls`
 * (a line break typed in an argument stays `\x0A`); commander's own break before its suggestion is dropped.
 */
function commanderLine(message: string, lang: Lang): string {
  const suggestion = /(?:\\x0A)?\(Did you mean (.+?)\?\)$/.exec(message);
  const main = suggestion ? message.slice(0, suggestion.index) : message;
  if (lang === 'en') return `${main}${suggestion ? ` (Did you mean ${suggestion[1]}?)` : ''}\n`;
  const hit = COMMANDER_FR.map(([re, fr]) => [main.match(re), fr] as const).find(([m]) => m);
  const fr = hit ? hit[1](hit[0]!) : `utilisation incorrecte (voir --help) : ${main.replace(/^error: /, '')}`;
  return `erreur : ${fr}${suggestion ? ` (vouliez-vous dire ${suggestion[1]} ?)` : ''}\n`;
}

/**
 * The language asked on the command line, read before commander parses it (the help is built in that language):
 * the last `--lang fr|en` or `--lang=fr|en` before a `--`. French otherwise. Commander still rejects other values.
 */
export function argvLang(argv: readonly string[]): Lang {
  let lang: Lang = 'fr';
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : undefined;
    if (value === 'fr' || value === 'en') lang = value;
  }
  return lang;
}

/** Every text of the help, per language (commander's built-in ones included). */
const HELP = {
  fr: {
    titles: { 'Usage:': 'Utilisation :', 'Options:': 'Options :', 'Commands:': 'Commandes :', 'Arguments:': 'Arguments :', 'Global Options:': 'Options globales :' } as Record<string, string>,
    choices: 'valeurs possibles :', default: 'défaut :', extraSeparator: ' ; ', commandUsage: '[options] [commande]', helpCommandName: 'help [commande]', mib: 'Mio',
    program: 'Outils @betagouv/intras : valider un fichier JSON, exporter un Open Badge 3.0, traiter des offres d’emploi, recevoir et exporter des demandes d’accompagnement.',
    version: 'affiche le numéro de version',
    help: 'affiche l’aide de la commande',
    helpCommand: 'affiche l’aide d’une commande',
    lang: 'langue des messages, de l’aide et du texte exporté',
    maxSize: `taille maximale d’un fichier lu, en Mio (défaut : ${mebibytes(DEFAULT_MAX_BYTES)})`,
    validate: `valide un fichier JSON et nomme chaque erreur par son chemin\ntypes : ${DOCUMENT_KINDS.join(', ')}`,
    file: 'fichier JSON',
    kind: 'force le type au lieu de le détecter',
    previous: 'version publiée précédente du référentiel : vérifie qu’aucun identifiant n’a disparu',
    validateFramework: 'référentiel des compétences évaluées par une candidature (défaut : RS6247)',
    export: 'exporte vers un autre format',
    openbadge: 'écrit l’Open Badge 3.0 (JSON-LD, non signé) d’un référentiel (Achievement) ou d’une candidature lauréate (OpenBadgeCredential)',
    openbadgeFile: 'référentiel ou candidature (JSON)',
    output: 'fichier de sortie (sinon la sortie standard)',
    exportFramework: 'référentiel des compétences évaluées (défaut : RS6247)',
    idBase: `base des identifiants (défaut pour RS6247 : ${DEFAULT_ID_BASE} ; requise pour les autres référentiels)`,
    issuerId: 'identifiant de l’émetteur (URL ou DID) ; requis hors RS6247',
    issuerName: 'nom de l’émetteur ; requis hors RS6247',
    issuerUrl: 'site de l’émetteur',
    epilogue: [
      '',
      'Sans installer le paquet :',
      '  npx -p @betagouv/intras intras validate mon-fichier.json',
      'Codes de sortie : 0 valide ou écrit, 1 document invalide, 2 erreur d’utilisation',
      `  (option, fichier illisible, spécial ou de plus de ${mebibytes(DEFAULT_MAX_BYTES)} Mio, JSON invalide).`,
      'Les données (JSON exporté, aide, version) vont sur la sortie standard,',
      'les messages (erreurs, avertissements, bilan) sur la sortie d’erreur.',
      'In English: intras --help --lang en',
    ].join('\n'),
  },
  en: {
    titles: {} as Record<string, string>,
    choices: 'choices:', default: 'default:', extraSeparator: ', ', commandUsage: '[options] [command]', helpCommandName: 'help [command]', mib: 'MiB',
    program: '@betagouv/intras tools: validate a JSON file, export an Open Badge 3.0, process job postings, receive and export support requests.',
    version: 'print the version number',
    help: 'show the help of the command',
    helpCommand: 'show the help of a command',
    lang: 'language of the messages, the help and the exported text',
    maxSize: `largest file read, in MiB (default: ${mebibytes(DEFAULT_MAX_BYTES)})`,
    validate: `validate a JSON file, naming each error by its path\nkinds: ${DOCUMENT_KINDS.join(', ')}`,
    file: 'JSON file',
    kind: 'force the kind instead of detecting it',
    previous: 'previous released version of the framework: checks that no id disappeared',
    validateFramework: 'framework of an application’s evaluations (default: RS6247)',
    export: 'export to another format',
    openbadge: 'write the unsigned Open Badges 3.0 JSON-LD of a framework (Achievement) or of a laureate application (OpenBadgeCredential)',
    openbadgeFile: 'framework or application (JSON)',
    output: 'output file (default: standard output)',
    exportFramework: 'framework of the evaluated competences (default: RS6247)',
    idBase: `base URL of the ids (RS6247 default: ${DEFAULT_ID_BASE}; required for other frameworks)`,
    issuerId: 'issuer id (URL or DID); required except for RS6247',
    issuerName: 'issuer name; required except for RS6247',
    issuerUrl: 'issuer website',
    epilogue: [
      '',
      'Without installing the package:',
      '  npx -p @betagouv/intras intras validate my-file.json',
      'Exit codes: 0 valid or written, 1 invalid document, 2 usage error',
      `  (option, file unreadable, special or over ${mebibytes(DEFAULT_MAX_BYTES)} MiB, invalid JSON).`,
      'Data (exported JSON, help, version) goes to standard output,',
      'messages (errors, warnings, summary) to standard error.',
      'En français : intras --help',
    ].join('\n'),
  },
} as const;

/**
 * Commander's help formatter with translated titles and option notes (`choices`, `default`), as `configureHelp`
 * overrides (subcommands inherit them).
 */
function localHelp(t: (typeof HELP)[Lang]): Partial<Help> {
  const extra = (base: string, choices: readonly string[] | undefined, def: string | undefined) => {
    const notes = [...(choices ? [`${t.choices} ${choices.join(', ')}`] : []), ...(def !== undefined ? [`${t.default} ${def}`] : [])];
    return notes.length ? `${base} (${notes.join(t.extraSeparator)})` : base;
  };
  return {
    styleTitle: (title: string) => t.titles[title] ?? title,
    optionDescription: (option: Option) => extra(option.description, option.argChoices,
      option.defaultValue !== undefined && (option.required || option.optional) ? option.defaultValueDescription ?? String(option.defaultValue) : undefined),
    argumentDescription: (argument: Argument) => extra(argument.description, argument.argChoices,
      argument.defaultValue === undefined ? undefined : argument.defaultValueDescription ?? String(argument.defaultValue)),
    // A command group whose only option is the hidden --lang is listed as before, without "[options]".
    subcommandTerm(this: Help, cmd: Command) {
      const term = Help.prototype.subcommandTerm.call(this, cmd);
      return cmd.options.length && cmd.options.every((o) => o.hidden) ? term.replace(' [options]', '') : term;
    },
  };
}

const isHttpUrl = (s: string) => HttpUrlSchema.safeParse(s).success;

/**
 * Runs the CLI on `argv` (without `node` and the script path); returns the exit code. `out` receives only data
 * (exported JSON, help, version), `err` every diagnostic; both only ever receive terminal-safe text.
 */
export async function run(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const lang = argvLang(argv);
  const t = HELP[lang];
  /** Diagnostics: one message per line, each escaped whole (a line break inside a value cannot forge a line). */
  const say = (lines: string[]) => err(`${lines.map((line) => escapeControls(line)).join('\n')}\n`);
  const usage = (fr: string, en: string): never => {
    say([lang === 'en' ? `error: ${en}` : `erreur : ${fr}`]);
    throw new Exit(EXIT.usage);
  };
  let maxBytes = DEFAULT_MAX_BYTES;
  const read = (path: string) => {
    const r = readJsonFile(path, { maxBytes });
    if (!r.ok) usage(r.fr, r.en);
    return r as Extract<typeof r, { ok: true }>;
  };
  /** Reads and parses a framework file given as an option: usage error when unreadable, exit 1 when invalid. */
  const loadFramework = (path: string): { framework: SkillFramework; file: FileIdentity } => {
    const f = read(path);
    const r = parseSkillFramework(f.value);
    if (!r.ok) {
      say([...r.issues.map((i) => `  ${i[lang]}`), lang === 'en' ? `✗ ${path}: invalid skill framework` : `✗ ${path} : référentiel de compétences invalide`]);
      throw new Exit(EXIT.invalid);
    }
    return { framework: r.value!, file: f.file };
  };
  const setMaxSize = (value: string | undefined) => {
    if (value === undefined) return;
    const r = parseMaxSize(value);
    if (!r.ok) usage(r.fr, r.en);
    else maxBytes = r.bytes;
  };
  const langOption = () => new Option('--lang <lang>', t.lang).choices(['fr', 'en']).default('fr');
  const maxSizeOption = () => new Option(`--max-size <${t.mib}>`, t.maxSize);

  const program = new Command('intras')
    .description(t.program)
    .usage(t.commandUsage)
    .version(version(), '-V, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand(t.helpCommandName, t.helpCommand)
    .addOption(langOption())
    .configureHelp(localHelp(t))
    .addHelpText('after', t.epilogue)
    .showHelpAfterError()
    // The root's options come before the command: an option after it is that command's, so its error is followed by
    // that command's help (`intras render portraits --lang de` showed the root's help).
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => out(escapeControls(s, { keepNewlines: true })),
      writeErr: (s) => err(escapeControls(s, { keepNewlines: true })),
      // A commander error quotes the command line (a file name, an option): escape it whole, its own line breaks too;
      // then one line in the chosen language only.
      outputError: (message, write) => write(commanderLine(escapeControls(message.replace(/\n$/, '')), lang)),
    });

  program.command('validate')
    .description(t.validate)
    .argument('<file>', t.file)
    .addOption(langOption())
    .addOption(new Option('--kind <kind>', t.kind).choices([...DOCUMENT_KINDS]))
    .option('--previous <file>', t.previous)
    .option('--framework <file>', t.validateFramework)
    .addOption(maxSizeOption())
    .action((file: string, opts: { kind?: DocumentKind; previous?: string; framework?: string; maxSize?: string }) => {
      setMaxSize(opts.maxSize);
      const doc = read(file).value;
      const kind = opts.kind ?? detectKind(doc);
      if (opts.previous !== undefined && kind !== 'skill-framework')
        usage('--previous ne s’applique qu’à un référentiel de compétences', '--previous only applies to a skill framework');
      const framework = opts.framework === undefined ? undefined : loadFramework(opts.framework).framework;
      const report = validateDocument(doc, file, kind, framework);
      if (opts.previous === undefined || !report.ok) {
        say(formatReport(report, lang));
        throw new Exit(report.ok ? EXIT.ok : EXIT.invalid);
      }
      const previous = loadFramework(opts.previous).framework;
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

  const exp = program.command('export').description(t.export).usage(t.commandUsage);
  exp.command('openbadge')
    .description(t.openbadge)
    .argument('<file>', t.openbadgeFile)
    .option('-o, --output <file>', t.output)
    .option('--framework <file>', t.exportFramework)
    .option('--id-base <url>', t.idBase)
    .option('--issuer-id <url>', t.issuerId)
    .option('--issuer-name <name>', t.issuerName)
    .option('--issuer-url <url>', t.issuerUrl)
    .addOption(langOption())
    .addOption(maxSizeOption())
    .action((file: string, opts: { output?: string; framework?: string; idBase?: string; issuerId?: string; issuerName?: string; issuerUrl?: string; maxSize?: string }) => {
      setMaxSize(opts.maxSize);
      if (opts.idBase !== undefined && !isHttpUrl(opts.idBase))
        usage(`--id-base doit être une URL http(s), reçu « ${opts.idBase} »`, `--id-base must be an http(s) URL, received "${opts.idBase}"`);
      if (opts.issuerId !== undefined && !isHttpUrl(opts.issuerId) && !/^did:[a-z0-9]+:\S+$/.test(opts.issuerId))
        usage(`--issuer-id doit être une URL http(s) ou un DID, reçu « ${opts.issuerId} »`, `--issuer-id must be an http(s) URL or a DID, received "${opts.issuerId}"`);
      if (opts.issuerUrl !== undefined && !isHttpUrl(opts.issuerUrl))
        usage(`--issuer-url doit être une URL http(s), reçu « ${opts.issuerUrl} »`, `--issuer-url must be an http(s) URL, received "${opts.issuerUrl}"`);
      if ((opts.issuerId === undefined) !== (opts.issuerName === undefined) || (opts.issuerUrl !== undefined && opts.issuerId === undefined))
        usage('l’émetteur se donne avec --issuer-id et --issuer-name ensemble (--issuer-url en plus, facultatif)', 'the issuer takes --issuer-id and --issuer-name together (plus --issuer-url, optional)');
      const issuer = opts.issuerId !== undefined && opts.issuerName !== undefined
        ? { id: opts.issuerId, name: opts.issuerName, ...(opts.issuerUrl ? { url: opts.issuerUrl } : {}) } : undefined;
      const input = read(file);
      const doc = input.value;
      const loaded = opts.framework === undefined ? undefined : loadFramework(opts.framework);
      const framework = loaded?.framework;
      // -o must not be an input, whatever the path says: same device and inode (hard link, symlink, `./x` vs `x`).
      const inputs: [string, FileIdentity][] = [[file, input.file], ...(loaded ? [[opts.framework!, loaded.file] as [string, FileIdentity]] : [])];
      const overwrites = (inputPath: string) => usage(
        `-o « ${opts.output} » écraserait le fichier d’entrée « ${inputPath} » (le même fichier, sous un autre nom ou par un lien) : choisissez un autre fichier de sortie`,
        `-o "${opts.output}" would overwrite the input file "${inputPath}" (the same file, under another name or through a link): choose another output file`);
      if (opts.output !== undefined) {
        const target = identityOf(opts.output);
        const hit = target && inputs.find(([, id]) => sameIdentity(id, target));
        if (hit) overwrites(hit[0]);
      }
      const kind = detectKind(doc);
      const fail = (lines: string[]) => { say(lines); throw new Exit(EXIT.invalid); };
      /** Outside RS6247 the DINUM defaults do not apply: openbadge's `issuer_required` becomes a usage error. */
      const needIssuer = (fw: SkillFramework) => {
        try {
          resolveIssuer(fw, { issuer, idBase: opts.idBase });
        } catch (e) {
          if (!isOpenBadgeError(e, 'issuer_required')) throw e;
          const id = e.info.frameworkId;
          usage(
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
        usage(`« ${file} » n’est ni un référentiel de compétences ni une candidature`, `"${file}" is neither a skill framework nor an application`);
      }
      const json = jsonText(output);
      if (opts.output === undefined) {
        out(json);
        throw new Exit(EXIT.ok);
      }
      let written: FileIdentity | undefined;
      try {
        written = writeOutput(opts.output, json, inputs.map(([, id]) => id));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
        usage(`impossible d’écrire « ${opts.output} » (${code})`, `cannot write "${opts.output}" (${code})`);
      }
      const hit = written && inputs.find(([, id]) => sameIdentity(id, written));
      if (hit) overwrites(hit[0]);
      say([lang === 'en' ? `✓ Open Badge written to ${opts.output}` : `✓ Open Badge écrit dans ${opts.output}`]);
      throw new Exit(EXIT.ok);
    });

  registerJobsCommand(program, { out, err, exit: (code) => { throw new Exit(code); } }, { langOption, maxSizeOption, commandUsage: t.commandUsage }, lang);
  registerRenderCommand(program, {
    out, say, usage, exit: (code) => { throw new Exit(code); }, maxSizeOption, setMaxSize, maxBytes: () => maxBytes, commandUsage: t.commandUsage,
  }, lang);
  addSupportCommands(program, { lang, out, say, usage, exit: (code) => { throw new Exit(code); }, langOption, commandUsage: t.commandUsage });
  // Every command takes --lang after its name (positional options above): the groups (`export`, `jobs`, `render`,
  // `support`) too, for the language of their help (hidden there: read by `argvLang` already, their help unchanged).
  for (const cmd of program.commands) if (!cmd.options.some((o) => o.long === '--lang')) cmd.addOption(langOption().hideHelp());

  try {
    // `intras help [command] --lang en`: the help command takes the rest as its operands; the language is read already.
    const command = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--lang');
    const args = command === 'help' ? argv.filter((a, i) => a !== '--lang' && argv[i - 1] !== '--lang' && !a.startsWith('--lang=')) : argv;
    await program.parseAsync([...args], { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof Exit) return e.code;
    if (e instanceof CommanderError) {
      // `--help`, `--version`, `help`: 0. A bare `intras` or `intras export` prints the help as an error: 2.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
      if (e.code === 'commander.help') return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return EXIT.usage;
    }
    say([`erreur interne / internal error: ${(e as Error)?.message ?? String(e)}`]);
    return EXIT.usage;
  }
}
