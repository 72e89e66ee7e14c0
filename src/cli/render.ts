/**
 * `intras render …`: the elements pre-rendered with Lit's own server renderer (`@lit-labs/ssr`), for static sites
 * (Jekyll, Eleventy, Astro…; issue 10 part 1, decision 0044, docs/static-sites.md).
 *
 *   intras render portraits --data portraits.json [--lang fr|en] [--page-size 24] [--heading-level 2] [--now YYYY-MM-DD]
 *     [--url-key key] [--label text] [--allow-invalid] [--max-size MiB] > gallery.html
 *   intras render job-feed --data postings.json [--lang] [--page-size 20] [--heading-level n] [--now YYYY-MM-DD]
 *     [--url-key key] [--label text] [--allow-invalid] [--max-size MiB] > jobs.html
 *   intras render eligibility --programme certification|coaching|clinic|hr-support [--lang fr|en] [--now YYYY-MM-DD]
 *     [--heading-level n] [--attribute href-coaching=/url …] > eligibility.html
 *
 * The output is one HTML fragment: the element with its attributes, a declarative shadow root
 * (`<template shadowrootmode="open">`) holding the element's styles, the facets and the first page of cards, then
 * the data inline (`<script type="application/json">`, only the publishable portraits: valid, consent given, status
 * `published`). It reads and looks right without JavaScript; when the element's script arrives (the CDN autoloader
 * loads Lit's hydration support first), the element **hydrates**: it keeps the server's nodes, fetches nothing and
 * renders nothing anew.
 *
 * The eligibility element is written at its first step (no data: the questions of the programme's first group, as of
 * `--now`, kept as `data-rendered-now` on every pre-rendered element: the hydrating render uses that date, then the
 * visitor's own; the autoloader reserves no space for an element that has it).
 *
 * Same input, options and package version → same bytes (no clock, no random, records in input order). Every text is
 * escaped by Lit's renderer; the inline JSON has `<`, `>`, `&`, U+2028 and U+2029 as `\uXXXX` escapes, so no text can
 * close the `<script>` or open a comment. `--now` (default: today, UTC) is the date the render is for: accepted by
 * every element, used by those that show dates relative to today.
 *
 * Exit codes as `intras validate`: 0 written, 1 invalid data (each error named by its path; with `--allow-invalid`,
 * the valid records are rendered and the errors printed as warnings) or nothing publishable, 2 usage error. Data on
 * stdout, diagnostics on stderr, French by default, English with `--lang en` (which is also the element's language).
 *
 * Hydration needs the same templates on both sides: render with the same version of the package as the script the
 * page loads (the CLI build minifies the templates as the CDN build does, rollup.config.mjs).
 */
import { createHash } from 'node:crypto';
import { Option, type Command } from 'commander';
import type { Lang } from '../shared/issues.js';
import { isCalendarDate, isInCalendarRange, MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from '../shared/dates.js';
import { isPublishable, parsePortraits, type Portrait } from '../portraits/portrait.js';
import { formatReport, readJsonFile, validateDocument } from './validate.js';
import { parseJobPostings } from '../jobs/sources/json.js';
import type { JobPosting } from '../jobs/posting.js';
import { importReport } from './jobs.js';
import { isUrlOrPath } from '../shared/urls.js';
import { escapeControls } from './terminal.js';
import { dataDigest } from '../shared/digest.js';

/** The options of `intras render portraits|job-feed` as commander gives them. */
interface ListCommandOptions { data: string; dataSrc?: string; pageSize: string; headingLevel?: string; now?: string; allowInvalid?: boolean; urlKey?: string; label?: string; maxSize?: string }

/** The elements `intras render` writes. */
export const RENDERABLE = ['portraits', 'eligibility', 'job-feed'] as const;
export type Renderable = (typeof RENDERABLE)[number];

/** Options of a render, checked (see {@link registerRenderCommand} for the command-line rules). */
export interface RenderOptions {
  /** Language of the element's texts (`lang` attribute written on the element). */
  readonly lang: Lang;
  /** Cards of the first page (`page-size`), a whole number from 1 to {@link MAX_PAGE_SIZE}. */
  readonly pageSize: number;
  /** Level of the card titles (`heading-level`), 1 to 5; left out when `undefined` (the element's default, 2). */
  readonly headingLevel?: number;
  /** The date the render is for (`YYYY-MM-DD`). */
  readonly now: string;
  /** `url-key` (URL state namespace, for several galleries on one page): letters, digits, `-`, `_`, at most 32. */
  readonly urlKey?: string;
  /** `label` (accessible name of the search region), at most 200 characters. */
  readonly label?: string;
  /**
   * `--data-src`: the URL the browser fetches the whole data from (written as `src`), checked by {@link isDataSrc}.
   * Then no data is written inline, and the element gets `defer-hydration` and `data-rendered-digest` (see
   * {@link deferredAttributes}; decision 0056). List elements only.
   */
  readonly dataSrc?: string;
}

/**
 * Whether `value` may be given as `--data-src`: an absolute `http://` or `https://` URL with a host, or a relative URL
 * of the site (`/data/p.json`, `data/p.json`, `../p.json`): {@link isUrlOrPath}'s rule (no `//host`, other scheme,
 * user info, white space or control character), and not empty; nor any character that cannot appear unencoded in a
 * URL (RFC 3986 §2; the WHATWG URL parser percent-encodes them): `"` `'` `<` `>` `` ` `` `{` `}` `|` `\` `^` (written
 * escaped they could do no harm, but such a value is a mistake or an attack: refused rather than silently encoded).
 */
export function isDataSrc(value: string): boolean {
  return value.trim() !== '' && !UNENCODED.test(value) && isUrlOrPath(value);
}

/** Characters a URL never holds unencoded, and white space (see {@link isDataSrc}). */
const UNENCODED = /["'<>`{}|\\^\s]/;

/** Largest `--page-size` (a first page of 500 cards is already a long page). */
export const MAX_PAGE_SIZE = 500;

/**
 * JSON for an inline `<script type="application/json">`: `<`, `>`, `&`, U+2028 and U+2029 written as `\uXXXX`, so
 * that no value can end the script (`</script>`), open a comment (`<!--`) or be read as a character reference; and a
 * `{` that starts a template tag (`{{`, `{%`, `{#`: Liquid, Nunjucks) written `\u007b`, so that a site generator that
 * reads the file as a template (Jekyll's `_includes`, Eleventy) finds none in a value. `JSON.parse` of the script's
 * text gives back the same value (a JSON structure never holds those pairs: only strings can).
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]|\{(?=[{%#])/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The element's markup with every `{` that starts a template tag (`{{`, `{%`, `{#`) written `&#123;` (the same
 * character once parsed), outside `<style>` (the elements' own CSS, whose hash the CSP lists, never holds one): a
 * narrative `{% endraw %}{{ site.time }}` stays text under Jekyll or Eleventy. Found by a breaker trial.
 */
function templateSafe(html: string): string {
  return html.split(/(<style>[\s\S]*?<\/style>)/).map((part, i) => (i % 2 ? part : part.replace(/\{(?=[{%#])/g, '&#123;'))).join('');
}

/** Lit's renderer and the element's class, loaded once and only by `intras render` (never by `validate`…). */
async function ssr(element: Renderable) {
  const [{ render }, { collectResult }, { html, nothing }, { loadEnglish }] = await Promise.all([
    import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js'), import('lit'), import('../../components/shared/i18n.js'),
  ]);
  if (element === 'portraits') await import('../../components/portraits/intra-portraits.js');
  else if (element === 'job-feed') await import('../../components/job-feed/intra-job-feed.js');
  else await import('../../components/eligibility/intra-eligibility.js');
  return { render, collectResult, html, nothing, loadEnglish };
}

/**
 * `defer-hydration=""` written `defer-hydration` in the element's start tag (the same attribute; as Lit's docs write it).
 * With `--data-src` (decision 0056) the element hydrates only once its whole data has arrived (components/shared/base.ts).
 */
function deferHydration(html: string): string {
  return html.replace(/^(<intra-[a-z-]+ [^>]*?)defer-hydration=""(>)/, '$1defer-hydration$2');
}

/** The outer template's hydration markers (the page does not hydrate it: only the element hydrates its shadow root). */
const OUTER_MARKERS = /^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?|<!--\/lit-part-->$/g;

/**
 * `<intra-portraits>` pre-rendered (see the module doc): `portraits` are the records to show and to write inline,
 * already valid and publishable (the element validates them again in the browser, as any data); with
 * `options.dataSrc`, the whole document served at that URL instead (nothing is written inline: the element renders
 * what the browser will fetch, its rejected records' notice included). Deterministic.
 */
export async function renderPortraitsHtml(portraits: readonly Portrait[] | unknown, options: RenderOptions): Promise<string> {
  const { render, collectResult, html, nothing, json, items, level, src, digest } = await listParts('portraits', portraits, options,
    (r) => { const p = parsePortraits(r); return dataDigest(p.valid.filter(isPublishable), p.rejected.length, p.dropped?.length ?? 0); });
  const rendered = await collectResult(render(html`<intra-portraits lang=${options.lang} page-size=${String(options.pageSize)} heading-level=${level ?? nothing} url-key=${options.urlKey ?? nothing} label=${options.label ?? nothing} src=${src ?? nothing} data-rendered-now=${options.now} data-rendered-digest=${digest ?? nothing} ?defer-hydration=${src !== undefined} .items=${items}></intra-portraits>`));
  return listElement('intra-portraits', rendered, json, src);
}

/**
 * What the two list renders share before their element's template: the SSR modules (English texts loaded for
 * `lang: "en"`), `items` — the inline JSON parsed back, so that the server renders from exactly what the browser will
 * read and both first renders agree — and, with `--data-src`, the digest of what the element renders (its own
 * validation of `items`, `digestOf`), for the browser to compare (decision 0056).
 */
async function listParts(element: 'portraits' | 'job-feed', data: unknown, options: RenderOptions, digestOf: (items: unknown) => string) {
  const lib = await ssr(element);
  if (options.lang === 'en') await lib.loadEnglish();
  const json = inlineJson(data);
  const items: unknown = JSON.parse(json);
  const src = options.dataSrc;
  const level = options.headingLevel === undefined ? undefined : String(options.headingLevel);
  return { ...lib, json, items, level, src, digest: src === undefined ? undefined : digestOf(items) };
}

/** The rendered list element as written to the page: hydration markers of the outer template removed, the data inline before its end tag (none with `--data-src`). */
function listElement(tag: 'intra-portraits' | 'intra-job-feed', rendered: string, json: string, src: string | undefined): string {
  const element = templateSafe(deferHydration(rendered.replace(OUTER_MARKERS, '').replace(new RegExp(`<${tag}\\s+`), `<${tag} `)));
  if (src !== undefined) return `${element}\n`;
  const end = element.lastIndexOf(`</${tag}>`);
  return `${element.slice(0, end)}<script type="application/json">${json}</script>${element.slice(end)}\n`;
}

/**
 * The CSP source that allows the `<style>` of the pre-rendered shadow root (`'sha256-…'`), for pages whose policy has
 * no `'unsafe-inline'` style: without it the page still works with JavaScript (the element adopts constructable
 * style sheets, which CSP does not restrict), but the pre-rendered HTML shows unstyled until then (README, CSP).
 */
export function styleHashes(html: string): string[] {
  const hashes = [...html.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  return [...new Set(hashes)];
}

/**
 * `<intra-job-feed>` pre-rendered (facets, first page of offers, data inline; see the module doc): `postings` already
 * valid and published (with `options.dataSrc`: the whole document served there, as for the gallery). `options.now` is written as `data-rendered-now`: the hydrating render lists the offers open on
 * that date, then the element follows the visitor's own date (an offer closed since disappears). Deterministic.
 */
export async function renderJobFeedHtml(postings: readonly JobPosting[] | unknown, options: RenderOptions): Promise<string> {
  const { render, collectResult, html, nothing, json, items, level, src, digest } = await listParts('job-feed', postings, options,
    (r) => { const p = parseJobPostings(r); return dataDigest(p.valid, p.rejected.length, p.dropped?.length ?? 0); });
  const rendered = await collectResult(render(html`<intra-job-feed lang=${options.lang} page-size=${String(options.pageSize)} heading-level=${level ?? nothing} url-key=${options.urlKey ?? nothing} label=${options.label ?? nothing} src=${src ?? nothing} data-rendered-now=${options.now} data-rendered-digest=${digest ?? nothing} ?defer-hydration=${src !== undefined} .items=${items}></intra-job-feed>`));
  return listElement('intra-job-feed', rendered, json, src);
}

/** Attributes of `<intra-eligibility>` that `intras render eligibility --attribute name=value` may set (its links). */
export const ELIGIBILITY_ATTRIBUTES = ['href-coaching', 'href-clinic', 'href-hr-support', 'href-certification', 'href-groupe-soutien', 'redirect-href'] as const;

/**
 * `<intra-eligibility>` pre-rendered at its first step (see the module doc): no data (the form asks), the questions of
 * `programme`'s first group as of `options.now`, written as `data-rendered-now` — the date of the render that the
 * element hydrates, after which it follows the visitor's own date (a `now` attribute would pin it for good).
 */
export async function renderEligibilityHtml(programme: string, options: RenderOptions & { readonly attributes?: ReadonlyArray<readonly [string, string]> }): Promise<string> {
  const { render, collectResult, html, nothing, loadEnglish } = await ssr('eligibility');
  if (options.lang === 'en') await loadEnglish();
  // The element loads its programme's rules before its first render (decision 0052); the server render cannot wait
  // for an update, so the rules are given to the class first (the browser's hydrating render waits for them as usual).
  const [{ IntraEligibility }, { isProgramme, loadRuleSet }] = await Promise.all([
    import('../../components/eligibility/eligibility.js'), import('../eligibility/programmes.js')]);
  if (isProgramme(programme)) IntraEligibility.addRuleSet(await loadRuleSet(programme));
  const level = options.headingLevel === undefined ? undefined : String(options.headingLevel);
  const links = new Map(options.attributes ?? []);
  const a = (name: (typeof ELIGIBILITY_ATTRIBUTES)[number]) => links.get(name) ?? nothing;
  const rendered = await collectResult(render(html`<intra-eligibility lang=${options.lang} programme=${programme} heading-level=${level ?? nothing} data-rendered-now=${options.now}
    href-coaching=${a('href-coaching')} href-clinic=${a('href-clinic')} href-hr-support=${a('href-hr-support')} href-certification=${a('href-certification')}
    href-groupe-soutien=${a('href-groupe-soutien')} redirect-href=${a('redirect-href')}></intra-eligibility>`));
  return `${templateSafe(rendered.replace(OUTER_MARKERS, '').replace(/<intra-eligibility\s+/, '<intra-eligibility ').replace(/\s+>/, '>'))}\n`;
}

/** What the render command needs from `run`: streams, the shared options and a way to end with an exit code. */
export interface RenderCliIo {
  readonly out: (s: string) => void;
  readonly say: (lines: string[]) => void;
  readonly usage: (fr: string, en: string) => never;
  readonly exit: (code: number) => never;
  readonly maxSizeOption: () => Option;
  readonly setMaxSize: (value: string | undefined) => void;
  readonly maxBytes: () => number;
  readonly commandUsage: string;
}

const HELP = {
  fr: {
    render: 'écrit un élément pré-rendu (HTML statique qui s’hydrate) pour un site statique : docs/static-sites.md',
    portraits: 'écrit <intra-portraits> pré-rendu : facettes, première page de cartes et données en ligne',
    data: 'fichier JSON des portraits',
    lang: 'langue de l’élément (attribut lang) et des messages',
    pageSize: `nombre de cartes de la première page, de 1 à ${MAX_PAGE_SIZE}`,
    headingLevel: 'niveau des titres des cartes, de 1 à 5 (défaut de l’élément : 2)',
    now: 'date du rendu, AAAA-MM-JJ (défaut : aujourd’hui, UTC)',
    allowInvalid: 'rend les fiches valides quand d’autres sont invalides (erreurs affichées en avertissements)',
    eligibility: 'écrit <intra-eligibility> pré-rendu à sa première étape (questions du premier groupe)',
    jobFeed: 'écrit <intra-job-feed> pré-rendu : facettes, première page d’offres ouvertes à --now et données en ligne',
    jobData: 'fichier JSON des offres (sortie de « intras jobs import »)',
    programme: 'programme évalué',
    formHeadingLevel: 'niveau des titres de l’élément, de 1 à 5',
    attribute: `attribut de l’élément, nom=valeur (répétable) ; noms : ${ELIGIBILITY_ATTRIBUTES.join(', ')}`,
    urlKey: 'attribut url-key (plusieurs galeries sur une page) : lettres, chiffres, - et _, 32 au plus',
    label: 'attribut label : nom accessible de la zone de recherche',
    dataSrc: 'adresse des données complètes (attribut src), chargées par le navigateur après l’affichage : aucune donnée en ligne dans la page (docs/static-sites.md)',
  },
  en: {
    render: 'write a pre-rendered element (static HTML that hydrates) for a static site: docs/static-sites.md',
    portraits: 'write a pre-rendered <intra-portraits>: facets, first page of cards and inline data',
    data: 'JSON file of portraits',
    lang: 'language of the element (lang attribute) and of the messages',
    pageSize: `cards on the first page, from 1 to ${MAX_PAGE_SIZE}`,
    headingLevel: 'level of the card titles, 1 to 5 (element default: 2)',
    now: 'date of the render, YYYY-MM-DD (default: today, UTC)',
    allowInvalid: 'render the valid records when others are invalid (errors printed as warnings)',
    eligibility: 'write a pre-rendered <intra-eligibility> at its first step (the first group\'s questions)',
    jobFeed: 'write a pre-rendered <intra-job-feed>: facets, first page of the offers open on --now, inline data',
    jobData: 'JSON file of postings (output of "intras jobs import")',
    programme: 'programme checked',
    formHeadingLevel: 'level of the element\'s headings, 1 to 5',
    attribute: `element attribute, name=value (repeatable); names: ${ELIGIBILITY_ATTRIBUTES.join(', ')}`,
    urlKey: 'url-key attribute (several galleries on one page): letters, digits, - and _, at most 32',
    label: 'label attribute: accessible name of the search region',
    dataSrc: 'URL of the whole data (src attribute), fetched by the browser after the first paint: no inline data in the page (docs/static-sites.md)',
  },
} as const;

/** Registers `intras render portraits` on `program` (see the module doc). */
export function registerRenderCommand(program: Command, io: RenderCliIo, lang: Lang): void {
  const t = HELP[lang];
  const cmd = program.command('render').description(t.render).usage(io.commandUsage);
  const whole = (name: string, v: string, min: number, max: number): number => {
    const n = /^\d{1,6}$/.test(v) ? Number(v) : NaN;
    return n >= min && n <= max ? n : io.usage(`${name} attend un nombre entier de ${min} à ${max}, reçu « ${escapeControls(v)} »`, `${name} takes a whole number from ${min} to ${max}, received "${escapeControls(v)}"`);
  };
  const checkNow = (v: string | undefined): string => {
    if (v !== undefined && !(isCalendarDate(v) && isInCalendarRange(v)))
      io.usage(`--now attend une date AAAA-MM-JJ entre ${MIN_CALENDAR_YEAR} et ${MAX_CALENDAR_YEAR}, reçu « ${escapeControls(v)} »`, `--now takes a YYYY-MM-DD date between ${MIN_CALENDAR_YEAR} and ${MAX_CALENDAR_YEAR}, received "${escapeControls(v)}"`);
    return v ?? new Date().toISOString().slice(0, 10);
  };
  const checkListOptions = (opts: { urlKey?: string; label?: string; dataSrc?: string }) => {
    if (opts.dataSrc !== undefined && !isDataSrc(opts.dataSrc))
      io.usage(`--data-src attend une adresse http(s)://… ou un chemin relatif du site (/donnees/portraits.json, donnees/portraits.json), sans espace ni caractère à encoder (" ' < > \` { } | \\ ^), reçu « ${escapeControls(opts.dataSrc)} »`,
        `--data-src takes an http(s)://… address or a path relative to the site (/data/portraits.json, data/portraits.json), without spaces or characters that must be encoded (" ' < > \` { } | \\ ^), received "${escapeControls(opts.dataSrc)}"`);
    if (opts.urlKey !== undefined && !/^[A-Za-z0-9_-]{1,32}$/.test(opts.urlKey))
      io.usage(`--url-key attend des lettres, chiffres, - ou _ (32 au plus), reçu « ${escapeControls(opts.urlKey)} »`, `--url-key takes letters, digits, - or _ (at most 32), received "${escapeControls(opts.urlKey)}"`);
    if (opts.label !== undefined && (opts.label.trim() === '' || opts.label.length > 200))
      io.usage('--label attend un texte non vide de 200 caractères au plus', '--label takes a non-empty text of at most 200 characters');
    return { urlKey: opts.urlKey, label: opts.label, dataSrc: opts.dataSrc };
  };
  /** A list element's command (`portraits`, `job-feed`): the same options, `--page-size` defaulting to `pageSize`. */
  const listCommand = (name: string, description: string, dataDescription: string, pageSize: string) => cmd.command(name)
    .description(description)
    .requiredOption('--data <file>', dataDescription)
    .option('--data-src <url>', t.dataSrc)
    .addOption(new Option('--lang <lang>', t.lang).choices(['fr', 'en']).default('fr'))
    .option('--page-size <n>', t.pageSize, pageSize)
    .option('--heading-level <n>', t.headingLevel)
    .option('--now <date>', t.now)
    .option('--allow-invalid', t.allowInvalid)
    .option('--url-key <key>', t.urlKey)
    .option('--label <text>', t.label)
    .addOption(io.maxSizeOption());
  /** A list command's options checked (errors named in French and English), and its `--data` file read as JSON. */
  const listInput = (opts: ListCommandOptions) => {
    const { urlKey, label, dataSrc } = checkListOptions(opts);
    io.setMaxSize(opts.maxSize);
    const pageSize = whole('--page-size', opts.pageSize, 1, MAX_PAGE_SIZE);
    const headingLevel = opts.headingLevel === undefined ? undefined : whole('--heading-level', opts.headingLevel, 1, 5);
    const now = checkNow(opts.now);
    const read = readJsonFile(opts.data, { maxBytes: io.maxBytes() });
    if (!read.ok) return io.usage(read.fr, read.en);
    return { value: read.value, options: { lang, pageSize, headingLevel, now, urlKey, label, dataSrc } };
  };
  /** Invalid records without `--allow-invalid`: what to do. */
  const nothingWritten = () => (lang === 'en'
    ? 'nothing written: fix the records, or pass --allow-invalid to render the valid ones'
    : 'rien n’est écrit : corrigez les fiches, ou ajoutez --allow-invalid pour rendre les fiches valides');
  /** With `--allow-invalid`, in place of the report's "✗" summary: what was skipped and kept, no failure mark. */
  const keptAndSkipped = (rejected: number, kept: number) => (lang === 'en'
    ? `warning: --allow-invalid: the invalid records are left out (${rejected} rejected, ${kept} valid kept)`
    : `avertissement : --allow-invalid : les fiches invalides sont écartées (${rejected} rejetée${rejected > 1 ? 's' : ''}, ${kept} valide${kept > 1 ? 's' : ''} gardée${kept > 1 ? 's' : ''})`);
  /** With `--data-src`: where the browser reads the whole data from, and that it must be the data just rendered. */
  const srcNote = (src: string | undefined) => (src === undefined ? [] : [lang === 'en'
    ? `data loaded from ${escapeControls(src)} after the first paint (no inline data): serve there the records rendered here, or the element renders the data it finds instead of hydrating`
    : `données chargées depuis ${escapeControls(src)} après l’affichage (aucune donnée en ligne) : servez-y les fiches rendues ici, sinon l’élément rend les données trouvées au lieu de s’hydrater`]);
  /** The CSP line printed after a render: the hashes of its pre-rendered `<style>`. */
  const cspNote = (html: string) => (lang === 'en'
    ? `CSP without 'unsafe-inline' styles: add style-src ${styleHashes(html).join(' ')} (the pre-rendered <style>)`
    : `CSP sans style 'unsafe-inline' : ajoutez style-src ${styleHashes(html).join(' ')} (le <style> pré-rendu)`);
  listCommand('portraits', t.portraits, t.data, '24')
    .action(async (opts: ListCommandOptions) => {
      const { value, options } = listInput(opts);
      const report = validateDocument(value, opts.data, 'portraits');
      const result = parsePortraits(value);
      const documentLevel = result.rejected.some((r) => r.index < 0);
      if (!report.ok && (documentLevel || !opts.allowInvalid)) {
        io.say([...formatReport(report, lang), ...(documentLevel ? [] : [nothingWritten()])]);
        return io.exit(1);
      }
      // The report's "✗" summary would read as a failure: a render that goes on says what it kept and skipped instead.
      if (!report.ok) io.say([...formatReport(report, lang).slice(0, -1), keptAndSkipped(result.rejected.length, result.valid.length)]);
      const publishable = result.valid.filter(isPublishable);
      if (publishable.length === 0) {
        io.say([lang === 'en'
          ? `✗ ${opts.data}: no publishable portrait (each needs consent.given: true and status: "published"); nothing written`
          : `✗ ${opts.data} : aucun portrait publiable (il faut consent.given : true et status : « published ») ; rien n’est écrit`]);
        return io.exit(1);
      }
      // With --data-src the browser reads the whole file at `src` and validates it: the server renders from the same
      // whole file (rejected records' notice included), so both first renders, and their digests, agree.
      const html = await renderPortraitsHtml(options.dataSrc === undefined ? publishable : value, options);
      io.out(html);
      const hidden = result.valid.length - publishable.length;
      io.say([lang === 'en'
        ? `✓ <intra-portraits> rendered: ${publishable.length} portrait(s), first page of ${Math.min(options.pageSize, publishable.length)}${hidden ? `, ${hidden} not published or without consent left out` : ''}`
        : `✓ <intra-portraits> rendu : ${publishable.length} portrait(s), première page de ${Math.min(options.pageSize, publishable.length)}${hidden ? `, ${hidden} non publié(s) ou sans consentement écarté(s)` : ''}`,
      ...srcNote(options.dataSrc), cspNote(html)]);
      return io.exit(0);
    });

  listCommand('job-feed', t.jobFeed, t.jobData, '20')
    .action(async (opts: ListCommandOptions) => {
      const { value, options } = listInput(opts);
      const r = parseJobPostings(value);
      const bad = !!r.error || r.rejected.length > 0 || r.dropped.length > 0;
      const goesOn = bad && !r.error && opts.allowInvalid;
      if (bad) io.say(goesOn ? [...importReport(opts.data, r, lang).slice(0, -1), keptAndSkipped(r.rejected.length, r.valid.length)] : importReport(opts.data, r, lang));
      if (r.error || (bad && !opts.allowInvalid)) {
        if (!r.error) io.say([nothingWritten()]);
        return io.exit(1);
      }
      // Only published offers reach the page (drafts and filled ones are never shown nor marked up).
      const published = r.valid.filter((p) => p.status === 'published');
      if (published.length === 0) {
        io.say([lang === 'en' ? `✗ ${opts.data}: no published offer; nothing written` : `✗ ${opts.data} : aucune offre publiée ; rien n’est écrit`]);
        return io.exit(1);
      }
      const html = await renderJobFeedHtml(options.dataSrc === undefined ? published : value, options);
      io.out(html);
      io.say([lang === 'en' ? `✓ <intra-job-feed> rendered: ${published.length} published offer(s), as of ${options.now}` : `✓ <intra-job-feed> rendu : ${published.length} offre(s) publiée(s), au ${options.now}`,
        ...srcNote(options.dataSrc), cspNote(html)]);
      return io.exit(0);
    });

  cmd.command('eligibility')
    .description(t.eligibility)
    .addOption(new Option('--programme <id>', t.programme).choices(['certification', 'coaching', 'clinic', 'hr-support']).makeOptionMandatory())
    .addOption(new Option('--lang <lang>', t.lang).choices(['fr', 'en']).default('fr'))
    .option('--now <date>', t.now)
    .option('--attribute <name=value>', t.attribute, (v: string, all: string[] = []) => [...all, v])
    .option('--heading-level <n>', t.formHeadingLevel)
    .action(async (opts: { programme: string; headingLevel?: string; now?: string; attribute?: string[] }) => {
      const headingLevel = opts.headingLevel === undefined ? undefined : whole('--heading-level', opts.headingLevel, 1, 5);
      const now = checkNow(opts.now);
      const attributes = (opts.attribute ?? []).map((pair): [string, string] => {
        const eq = pair.indexOf('=');
        const name = eq > 0 ? pair.slice(0, eq) : '';
        if (!(ELIGIBILITY_ATTRIBUTES as readonly string[]).includes(name))
          io.usage(`--attribute attend nom=valeur avec un nom parmi ${ELIGIBILITY_ATTRIBUTES.join(', ')}, reçu « ${escapeControls(pair)} »`, `--attribute takes name=value with a name among ${ELIGIBILITY_ATTRIBUTES.join(', ')}, received "${escapeControls(pair)}"`);
        const value = pair.slice(eq + 1);
        // The element's own link rule (isUrlOrPath, as isSafeHref): a value it will not make a link is said now, at
        // build time (the page then shows the programme's name as text, as the element does; escaped either way).
        if (!isUrlOrPath(value))
          io.say([lang === 'en'
            ? `warning: --attribute ${name}: "${escapeControls(value)}" is not an http(s)://… address nor a /… path on the site (//host, javascript:, data:, spaces…): the element will show the programme's name without a link`
            : `avertissement : --attribute ${name} : « ${escapeControls(value)} » n’est ni une adresse http(s)://… ni un chemin /… du site (//hôte, javascript:, data:, espaces…) : l’élément affichera le nom du programme sans lien`]);
        return [name, value];
      });
      const html = await renderEligibilityHtml(opts.programme, { lang, pageSize: 1, headingLevel, now, attributes });
      io.out(html);
      io.say([lang === 'en' ? `✓ <intra-eligibility> rendered: ${opts.programme}, first step, as of ${now}` : `✓ <intra-eligibility> rendu : ${opts.programme}, première étape, au ${now}`,
        cspNote(html)]);
      return io.exit(0);
    });
}
