/**
 * The `intras` command-line tool of `@betagouv/intras` (package `bin`, built to `dist/cli/intras.js`).
 *
 *   intras validate <file> [--lang en] [--kind <kind>]
 *   intras export openbadge <framework.json|application.json> [-o out.json] [--framework f.json] [--id-base url]
 *
 * Exit codes: 0 valid / written, 1 invalid document, 2 usage error (bad option, unreadable file, invalid JSON).
 * Messages are French by default, English with `--lang en`; never a stack trace.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../shared/issues.js';
import { parseSkillFramework, type SkillFramework } from '../skills/framework.js';
import { parseCertificationApplication } from '../certification/application.js';
import { openBadgeAchievement, openBadgeCredential, DEFAULT_ID_BASE } from '../certification/openbadge.js';
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

/** Runs the CLI on `argv` (without `node` and the script path); returns the exit code. Writes to stdout/stderr. */
export async function run(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const say = (lines: string[]) => out(`${lines.join('\n')}\n`);
  const usage = (lang: Lang, fr: string, en: string): never => {
    err(`${lang === 'en' ? `error: ${en}` : `erreur : ${fr}`}\n`);
    throw new Exit(EXIT.usage);
  };
  const langOption = () => new Option('--lang <lang>', 'langue des messages / message language').choices(['fr', 'en']).default('fr');

  const program = new Command('intras')
    .description('Outils @betagouv/intras : valider un fichier, exporter un Open Badge 3.0.\n@betagouv/intras tools: validate a file, export an Open Badge 3.0.')
    .version(version(), '-V, --version', 'affiche la version / print the version')
    .helpOption('-h, --help', 'affiche l’aide / show help')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: err });

  program.command('validate')
    .description(`valide un fichier JSON et nomme chaque erreur par son chemin / validate a JSON file, naming each error by its path\ntypes / kinds: ${DOCUMENT_KINDS.join(', ')}`)
    .argument('<file>', 'fichier JSON / JSON file')
    .addOption(langOption())
    .addOption(new Option('--kind <kind>', 'force le type au lieu de le détecter / force the kind instead of detecting it').choices([...DOCUMENT_KINDS]))
    .action((file: string, opts: { lang: Lang; kind?: DocumentKind }) => {
      const read = readJsonFile(file);
      if (!read.ok) usage(opts.lang, read.fr, read.en);
      const report = validateDocument((read as { value: unknown }).value, file, opts.kind);
      say(formatReport(report, opts.lang));
      throw new Exit(report.ok ? EXIT.ok : EXIT.invalid);
    });

  const exp = program.command('export').description('exporte vers un autre format / export to another format');
  exp.command('openbadge')
    .description('écrit l’Open Badge 3.0 (JSON-LD, non signé) d’un référentiel (Achievement) ou d’une candidature lauréate (OpenBadgeCredential)\nwrites the unsigned Open Badges 3.0 JSON-LD of a framework (Achievement) or of a laureate application (OpenBadgeCredential)')
    .argument('<file>', 'référentiel ou candidature (JSON) / framework or application (JSON)')
    .option('-o, --output <file>', 'fichier de sortie (sinon la sortie standard) / output file (default: stdout)')
    .option('--framework <file>', 'référentiel des compétences évaluées (défaut : RS6247) / framework of the evaluated competences (default: RS6247)')
    .option('--id-base <url>', `base des identifiants / base URL of the ids (default: ${DEFAULT_ID_BASE})`)
    .addOption(langOption())
    .action((file: string, opts: { output?: string; framework?: string; idBase?: string; lang: Lang }) => {
      const lang = opts.lang;
      if (opts.idBase !== undefined && !/^https?:\/\/\S+$/.test(opts.idBase))
        usage(lang, `--id-base doit être une URL http(s), reçu « ${opts.idBase} »`, `--id-base must be an http(s) URL, received "${opts.idBase}"`);
      const read = readJsonFile(file);
      if (!read.ok) usage(lang, read.fr, read.en);
      const doc = (read as { value: unknown }).value;
      const kind = detectKind(doc);
      const fail = (lines: string[]) => { say(lines); throw new Exit(EXIT.invalid); };
      let framework: SkillFramework | undefined;
      if (opts.framework) {
        const f = readJsonFile(opts.framework);
        if (!f.ok) usage(lang, f.fr, f.en);
        const r = parseSkillFramework((f as { value: unknown }).value);
        if (!r.ok) fail([...r.issues.map((i) => `  ${i[lang]}`), lang === 'en' ? `✗ ${opts.framework}: invalid skill framework` : `✗ ${opts.framework} : référentiel de compétences invalide`]);
        framework = r.value;
      }
      let output: unknown;
      if (kind === 'skill-framework') {
        const r = parseSkillFramework(doc);
        if (!r.ok) fail(formatReport(validateDocument(doc, file, kind), lang));
        output = openBadgeAchievement(r.value!, { idBase: opts.idBase, lang });
      } else if (kind === 'certification-application') {
        const r = parseCertificationApplication(doc);
        if (!r.ok) fail(formatReport(validateDocument(doc, file, kind), lang));
        const c = openBadgeCredential(r.value!, { framework, idBase: opts.idBase, lang });
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

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof Exit) return e.code;
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    err(`erreur interne / internal error: ${(e as Error)?.message ?? String(e)}\n`);
    return EXIT.usage;
  }
}
