/**
 * The URL parameters of the embed pages (`dist/embed/<element>.html?…`, docs/embed.md): which ones each page takes
 * and how each value is checked. Pure (no DOM): the page (embed/embed.ts) and the Node tests use the same rules.
 *
 * - A parameter is either an element attribute (its name is the attribute's, the value is checked here, then set with
 *   `setAttribute`: never HTML) or part of the element's own URL state (`q`, `parcours`…: checked here too, then left in
 *   the URL, where the element reads it). Public attributes that have no meaning in a page of its own are not offered:
 *   `url-key` (one element per page), `emit-json-ld` (the JSON-LD of a frame is not the host page's), and the
 *   personal prefills of the support request (`prefill-name`, `prefill-email`: a name or an address in a URL ends up
 *   in the host's page source, in logs and in the Referer).
 * - An unknown parameter, a parameter given twice, a missing required one or a bad value is an issue naming the
 *   parameter, in French and English (`EmbedIssue`); the page shows every issue and renders no element.
 * - Data URLs (`src`, the support request's `action`) are http(s) URLs on the page's own origin or on an origin of the
 *   build-time allow-list (`INTRAS_EMBED_DATA_ORIGINS`, scripts/embed-pages.mjs), without user name or password;
 *   `javascript:`, `data:`, `blob:`… are refused. Links (`href-*`, `redirect-href`) follow the library's link rule
 *   (`isUrlOrPath`, decision 0018): an http(s) URL or a path on the page's origin.
 */
import { isUrlOrPath } from '../src/shared/urls.js';
import { isCalendarDate } from '../src/shared/dates.js';

/** The elements that have an embed page (`dist/embed/<name>.html`). */
export type EmbedElement = 'portraits' | 'job-feed' | 'eligibility' | 'support-request';
export const EMBED_ELEMENTS: readonly EmbedElement[] = ['portraits', 'job-feed', 'eligibility', 'support-request'];

/** One refused parameter: its name and a message in each language that names it (`« name »` / `"name"`). */
export interface EmbedIssue { readonly param: string; readonly fr: string; readonly en: string }

/** What the page knows besides its query string. */
export interface EmbedParseOptions {
  /** The embed page's own URL (the base of relative URLs and the "same origin"). */
  readonly pageUrl: string;
  /** Origins fixed at build time from which `src`/`action` may also come (`https://data.exemple.gouv.fr`). */
  readonly allowedOrigins: readonly string[];
}

/** Result of {@link parseEmbedParams}. `lang` is always usable (the message is shown in it first). */
export type EmbedParse =
  | { readonly ok: true; readonly lang: 'fr' | 'en'; readonly attributes: ReadonlyArray<readonly [string, string]>; readonly parentOrigin?: string }
  | { readonly ok: false; readonly lang: 'fr' | 'en'; readonly issues: readonly EmbedIssue[] };

type Kind = 'enum' | 'enum-list' | 'int' | 'date' | 'bool' | 'text' | 'data-url' | 'link' | 'email' | 'lang-tag';
/** One parameter: where it goes (`attr` or the element's URL `state`), its kind and bounds. */
export interface EmbedParam {
  readonly name: string;
  readonly kind: Kind;
  readonly to: 'attr' | 'state';
  readonly required?: boolean;
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
}

// Copies of the library's enumerations (a Node test checks they are equal), so that the page's script does not
// import the domain modules (and zod) before the element does.
const CATEGORIES = ['horizontal', 'vertical', 'passeur', 'sortie_prive'];
const PROGRAMMES = ['certification', 'coaching', 'clinic', 'hr-support'];
const KINDS = ['clinique_situations_difficiles', 'courrier_soutien', 'saisine_drh_numerique', 'accompagnement_carriere'];
const TOPICS = ['management_equipe', 'evolution_carriere', 'probleme_rh_administration', 'transparence_horizontalite',
  'relations_culture_inclusion', 'partenariat_administration', 'impact', 'manque_de_sens'];

const attr = (name: string, kind: Kind, more: Partial<EmbedParam> = {}): EmbedParam => ({ name, kind, to: 'attr', ...more });
const state = (name: string, kind: Kind, more: Partial<EmbedParam> = {}): EmbedParam => ({ name, kind, to: 'state', ...more });
const text = (name: string, max = 200) => attr(name, 'text', { max });
const ms = (name: string, min: number, max: number) => attr(name, 'int', { min, max });
const HEADING = attr('heading-level', 'int', { min: 1, max: 6 });
/** The gallery's card titles have sub-headings one level below: its `heading-level` is 1–5 (README). */
const GALLERY_HEADING = attr('heading-level', 'int', { min: 1, max: 5 });
const TIMEOUT = ms('timeout', 1000, 120_000);
const LINKS = ['redirect-href', 'href-coaching', 'href-clinic', 'href-hr-support', 'href-certification', 'href-groupe-soutien'].map((n) => attr(n, 'link'));

/** Every page's parameters (besides `lang` and `parent-origin`, which all pages take). */
export const EMBED_PARAMS: Readonly<Record<EmbedElement, readonly EmbedParam[]>> = {
  portraits: [
    attr('src', 'data-url', { required: true }), TIMEOUT, attr('page-size', 'int', { min: 1, max: 1000 }),
    attr('category', 'enum', { values: CATEGORIES }), attr('without-filters', 'bool'), attr('without-search', 'bool'),
    text('label'), GALLERY_HEADING, attr('data-lang', 'lang-tag'),
    state('q', 'text', { max: 200 }), state('parcours', 'enum', { values: CATEGORIES }), state('administration', 'text', { max: 300 }),
    state('competence', 'text', { max: 100 }),
  ],
  'job-feed': [
    attr('src', 'data-url', { required: true }), attr('format', 'enum', { values: ['json', 'jsonld', 'csv', 'pep', 'notion'] }), TIMEOUT,
    attr('page-size', 'int', { min: 1, max: 1000 }), attr('now', 'date', { min: 2000, max: 2100 }), attr('open-days', 'int', { min: 1, max: 3650 }),
    attr('with-expired', 'bool'), attr('without-filters', 'bool'), attr('without-search', 'bool'), text('label'), HEADING,
    attr('data-lang', 'lang-tag'),
    ...['q', 'versant', 'categorie', 'ouvert', 'teletravail', 'departement', 'region', 'famille', 'competence'].map((n) => state(n, 'text', { max: 200 })),
    state('tri', 'enum', { values: ['relevance', 'newest', 'closing'] }),
  ],
  eligibility: [
    attr('programme', 'enum', { values: PROGRAMMES, required: true }), attr('now', 'date', { min: 2015, max: 2100 }), HEADING,
    attr('src', 'data-url'), TIMEOUT, ...LINKS,
  ],
  'support-request': [
    attr('kind', 'enum', { values: KINDS }), attr('action', 'data-url'), attr('mailto', 'email'), HEADING,
    attr('now', 'date', { min: 2015, max: 2100 }), text('prefill-home-administration'), text('prefill-startup'),
    attr('prefill-topics', 'enum-list', { values: TOPICS }), ms('min-fill-time', 0, 600_000), ms('retry-base', 100, 3_600_000),
    ms('retry-max', 100, 3_600_000), ms('request-timeout', 1000, 600_000), attr('draft-days', 'int', { min: 0, max: 365 }),
    text('draft-key', 100), attr('retention-months', 'int', { min: 1, max: 120 }), text('readers', 300), ...LINKS,
  ],
};

/** What each kind expects, for the messages. */
function expected(p: EmbedParam): { fr: string; en: string } {
  switch (p.kind) {
    case 'enum': return { fr: `une de ces valeurs : ${p.values!.join(', ')}`, en: `one of: ${p.values!.join(', ')}` };
    case 'enum-list': return { fr: `des valeurs séparées par des virgules parmi : ${p.values!.join(', ')}`, en: `comma-separated values among: ${p.values!.join(', ')}` };
    case 'int': return { fr: `un nombre entier de ${p.min} à ${p.max}`, en: `a whole number from ${p.min} to ${p.max}` };
    case 'date': return { fr: `une date AAAA-MM-JJ entre ${p.min}-01-01 et ${p.max}-12-31`, en: `a YYYY-MM-DD date from ${p.min}-01-01 to ${p.max}-12-31` };
    case 'bool': return { fr: 'rien, « true » ou « false »', en: 'nothing, "true" or "false"' };
    case 'text': return { fr: `un texte de ${p.max} caractères au plus, sans caractère de contrôle`, en: `a text of at most ${p.max} characters, without control characters` };
    case 'data-url': return {
      fr: 'une adresse http(s) sur le site de cette page ou sur un site autorisé à la construction (INTRAS_EMBED_DATA_ORIGINS)',
      en: 'an http(s) address on this page’s site or on a site allowed at build time (INTRAS_EMBED_DATA_ORIGINS)',
    };
    case 'link': return { fr: 'une adresse http(s) ou un chemin sur ce site', en: 'an http(s) address or a path on this site' };
    case 'email': return { fr: 'une adresse électronique', en: 'an e-mail address' };
    case 'lang-tag': return { fr: 'une étiquette de langue (fr, en, fr-FR…)', en: 'a language tag (fr, en, fr-FR…)' };
  }
}

const LANG = { name: 'lang', kind: 'enum', to: 'attr', values: ['fr', 'en'] } as const satisfies EmbedParam;
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const codePoints = (s: string) => [...s].length;

/** A real calendar date `YYYY-MM-DD` (the shared rule, src/shared/dates.ts) whose year is in [min, max]. */
function isDate(v: string, min: number, max: number): boolean {
  const y = Number(v.slice(0, 4));
  return isCalendarDate(v) && y >= min && y <= max;
}

/** `value` parsed as a data URL allowed for this page (same origin or allow-listed), else undefined. */
function dataUrlOk(value: string, o: EmbedParseOptions): boolean {
  if (!isUrlOrPath(value, o.pageUrl)) return false; // refuses javascript:, data:, //host, backslashes, blanks…
  let u: URL;
  try { u = new URL(value, o.pageUrl); } catch { return false; }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password) return false;
  return u.origin === new URL(o.pageUrl).origin || o.allowedOrigins.includes(u.origin);
}

/** True when `v` is exactly an http(s) origin (`https://host[:port]`, no path, query or credentials). */
export function isOrigin(v: string): boolean {
  return originOf(v) === v;
}

/** The http(s) origin of the URL `v` (`https://Site.gouv.fr/page` → `https://site.gouv.fr`), else undefined. */
function originOf(v: string): string | undefined {
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password ? u.origin : undefined;
  } catch { return undefined; }
}

/**
 * The issue of a `parent-origin` that is a well-formed origin but not the origin of the page that frames this one
 * (`actual`, known from that page's `intras:ping`): the height messages posted to `given` never reach it, so the frame
 * keeps its first height. Shown like a bad parameter (embed/embed.ts), in the page and in the console.
 */
export function parentOriginMismatch(given: string, actual: string): EmbedIssue {
  return {
    param: 'parent-origin',
    fr: `Le paramètre « parent-origin » vaut « ${shown(given)} », mais la page qui affiche ce cadre est sur « ${shown(actual)} » : la hauteur ne lui est pas envoyée. Écrivez parent-origin=${encodeURIComponent(actual)} ou retirez ce paramètre.`,
    en: `The parameter "parent-origin" is "${shown(given)}", but the page showing this frame is on "${shown(actual)}": the height is not sent to it. Write parent-origin=${encodeURIComponent(actual)} or leave the parameter out.`,
  };
}

/** Checks one value; returns the value to use (`''` for a true boolean, `null` for a false one) or `undefined` when bad. */
function check(p: EmbedParam, v: string, o: EmbedParseOptions): string | null | undefined {
  switch (p.kind) {
    case 'enum': return p.values!.includes(v) ? v : undefined;
    case 'enum-list': {
      const items = v.split(/[\s,]+/).filter(Boolean);
      return items.length > 0 && items.every((i) => p.values!.includes(i)) ? v : undefined;
    }
    case 'int': return /^\d{1,9}$/.test(v) && Number(v) >= p.min! && Number(v) <= p.max! ? String(Number(v)) : undefined;
    case 'date': return isDate(v, p.min!, p.max!) ? v : undefined;
    case 'bool': return v === '' || v === 'true' ? '' : v === 'false' ? null : undefined;
    case 'text': return v.trim() !== '' && !CONTROL.test(v) && codePoints(v) <= p.max! ? v : undefined;
    case 'data-url': return dataUrlOk(v, o) ? v : undefined;
    case 'link': return isUrlOrPath(v, o.pageUrl) ? v : undefined;
    case 'email': return /^[^\s@<>()",;:\\[\]]{1,64}@[a-zA-Z0-9.-]{1,253}\.[a-zA-Z]{2,}$/.test(v) ? v : undefined;
    case 'lang-tag': return /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$/.test(v) ? v : undefined;
  }
}

/** A value as quoted in a message: at most 80 characters, control characters shown as `�`. */
const shown = (v: string) => {
  const cut = [...v].slice(0, 80).join('').replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD');
  return codePoints(v) > 80 ? `${cut}…` : cut;
};

/**
 * Checks the query string `search` (`?a=1&b=2` or `a=1&b=2`) of the embed page of `element`. Every problem is
 * reported (not only the first): unknown parameter (with the accepted names), parameter given twice, required
 * parameter missing (`src` of the gallery and the job feed, `programme` of the eligibility check), bad value (with
 * what was expected). On success, `attributes` lists `[name, value]` pairs in the order of {@link EMBED_PARAMS}.
 */
export function parseEmbedParams(element: EmbedElement, search: string, options: EmbedParseOptions): EmbedParse {
  const params = new URLSearchParams(search);
  const specs = EMBED_PARAMS[element];
  const issues: EmbedIssue[] = [];
  const byName = new Map<string, EmbedParam>([[LANG.name, LANG], ...specs.map((p) => [p.name, p] as const)]);
  const names = ['lang', 'parent-origin', ...specs.map((p) => p.name)];
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (name !== 'parent-origin' && !byName.has(name)) {
      issues.push({
        param: name,
        fr: `Paramètre inconnu « ${shown(name)} » ; paramètres acceptés : ${names.join(', ')}.`,
        en: `Unknown parameter "${shown(name)}"; accepted parameters: ${names.join(', ')}.`,
      });
    } else if (params.getAll(name).length > 1) {
      issues.push({ param: name, fr: `Le paramètre « ${name} » est donné plusieurs fois.`, en: `The parameter "${name}" is given more than once.` });
    }
  }
  // `hint`, a question that ends the sentence (`vouliez-vous dire « … » ?`), replaces its full stop.
  const bad = (name: string, v: string, e: { fr: string; en: string }, hint?: { fr: string; en: string }) => issues.push({
    param: name,
    fr: `Valeur refusée pour le paramètre « ${name} » : « ${shown(v)} » ; attendu : ${e.fr}${hint ? ` ; ${hint.fr}` : '.'}`,
    en: `Value refused for the parameter "${name}": "${shown(v)}"; expected: ${e.en}${hint ? `; ${hint.en}` : '.'}`,
  });
  const langValue = params.get('lang');
  const lang: 'fr' | 'en' = langValue === 'en' ? 'en' : 'fr';
  if (langValue !== null && check(LANG, langValue, options) === undefined) bad('lang', langValue, expected(LANG));
  let parentOrigin: string | undefined;
  const po = params.get('parent-origin');
  if (po !== null) {
    if (isOrigin(po)) parentOrigin = po;
    else {
      // A URL with a path, a trailing slash, capitals or a default port: say which origin was meant.
      const meant = originOf(po);
      bad('parent-origin', po, {
        fr: 'l’origine de la page hôte (https://site.gouv.fr, sans chemin ni barre finale)',
        en: 'the host page’s origin (https://site.gouv.fr, no path nor trailing slash)',
      }, meant ? { fr: `vouliez-vous dire « ${meant} » ?`, en: `did you mean "${meant}"?` } : undefined);
    }
  }
  const attributes: Array<[string, string]> = [];
  for (const p of specs) {
    const v = params.get(p.name);
    if (v === null) {
      if (p.required) issues.push({ param: p.name, fr: `Le paramètre « ${p.name} » est obligatoire : ${expected(p).fr}.`, en: `The parameter "${p.name}" is required: ${expected(p).en}.` });
      continue;
    }
    const ok = check(p, v, options);
    if (ok === undefined) bad(p.name, v, expected(p));
    else if (ok !== null && p.to === 'attr') attributes.push([p.name, ok]);
  }
  if (issues.length) return { ok: false, lang, issues };
  return parentOrigin ? { ok: true, lang, attributes, parentOrigin } : { ok: true, lang, attributes };
}
