/**
 * Search, facets and competence matching over job postings, on a MiniSearch index (lucaong/minisearch: inverted
 * index, BM25 ranking, prefix and fuzzy search) whose `processTerm` is {@link processToken} (French folding + light
 * stemmer), so that `usagère`, `Usagers` and `usager` are one term.
 *
 * {@link createJobIndex} is cheap: it builds nothing until the first `search` (or `prepare()`, which indexes in
 * chunks that yield to the event loop, for an idle callback). Matching runs once, lazily, for every posting: each
 * lexicon phrase is one MiniSearch query (AND of its tokens), and each candidate is confirmed by finding the phrase's
 * tokens side by side in one field. Decision: docs/decisions/0030-jobs-competence-matching.md.
 */
import MiniSearch from 'minisearch';
import { RS6247_COMPETENCE_IDS, RS6247_SHORT_LABELS, type Rs6247CompetenceId } from '../skills/rs6247-ids.js';
import { foldText } from '../shared/text.js';
import type { CalendarDate } from '../shared/dates.js';
import { COMPETENCE_TERMS, PASSERELLES } from './lexicon.js';
import { closingDate, DEFAULT_OPEN_DAYS, isOpen, type JobPosting } from './posting.js';
import { foldedSearchTokens, processToken, searchTokens, splitFolded, tokenize } from './text-match.js';

/** Fields indexed, and their weight in matching (title and reference job count more than the body). */
const FIELDS = ['title', 'metier', 'employer', 'place', 'description', 'profile'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_WEIGHT: Record<Field, number> = { title: 3, metier: 2, employer: 0, place: 0, description: 1, profile: 1 };
const fieldText = (p: JobPosting, f: Field): string => {
  switch (f) {
    case 'title': return p.title;
    case 'metier': return p.metierReference?.label ?? '';
    case 'employer': return [p.employer.label, p.employer.parentLabel].filter(Boolean).join(' ');
    case 'place': return [p.location.label, p.location.city, p.location.region].filter(Boolean).join(' ');
    case 'description': return p.description ?? '';
    case 'profile': return p.profile ?? '';
  }
};

/** One RS6247 competence found in a posting: score and the lexicon terms found (as written in the lexicon). */
export interface CompetenceMatch {
  readonly competenceId: Rs6247CompetenceId;
  readonly label: { readonly fr: string; readonly en: string };
  /** Σ term weight × field weight (title 3, reference job 2, description / profile 1), best field per term. */
  readonly score: number;
  readonly terms: readonly string[];
}
/** A passerelle job named by the posting's title or reference job. */
export interface PasserelleMatch { readonly label: string; readonly term: string }
/** Why a posting is relevant to intrapreneurs. */
export interface JobMatch {
  /** Competences with a score of at least {@link MIN_COMPETENCE_SCORE}, best first. */
  readonly competences: readonly CompetenceMatch[];
  readonly passerelles: readonly PasserelleMatch[];
  /** Σ competence scores + 4 per passerelle. 0 = not relevant. */
  readonly score: number;
  /** "Investigation du problème · Prototypage — termes : « recherche utilisateur », « prototype »" (FR) / "— matched: …" (EN). */
  readonly explanation: { readonly fr: string; readonly en: string };
}
/**
 * Least score for a competence to count: one title hit, one listed skill of the skills field (`profile`), or two
 * specific body hits (decision 0030 and its amendment).
 */
export const MIN_COMPETENCE_SCORE = 2;
/**
 * Weight of a lexicon phrase (or an RS6247 competence name) found in a short item of a list in the skills field
 * (`profile`: CSP « Compétences attendues », JSON-LD `skills`, Notion « Votre profil »): an item of at most
 * {@link LISTED_ITEM_MAX_TOKENS} significant words, between `,` `;` `•` `·` `|`, line breaks or ` - ` bullets. Such an
 * item names a skill, where a sentence describes a job: one listed specific term (lexicon weight 1) is enough for a
 * competence; common words (weight 0.5, « équipe », « budget ») keep the body weight 1 even when listed.
 */
export const LISTED_SKILL_WEIGHT = 2;
/** Longest list item (significant words, stop words out) still read as a listed skill. */
export const LISTED_ITEM_MAX_TOKENS = 5;
/** List separators of a skills field (on the text as written). */
const LIST_SEPARATORS = /[\n,;•·|]+|(?:^|\s)[-–—*]\s/u;
/** Least {@link JobMatch.score} for a posting to be "relevant" (digest, default sort). */
export const MIN_RELEVANCE = 4;

/**
 * Job families (metiers-numeriques' profession groups, domain.md §4.2) told from the title and reference job;
 * `autre` for every other job (most of the civil service).
 */
export const JOB_FAMILIES = ['projet-produit', 'donnees', 'developpement', 'architecture', 'securite', 'infrastructure', 'support', 'gestion', 'autre'] as const;
export type JobFamily = (typeof JOB_FAMILIES)[number];
export const JOB_FAMILY_LABELS: Record<JobFamily, { fr: string; en: string }> = {
  'projet-produit': { fr: 'Projet / Produit', en: 'Project / Product' }, donnees: { fr: 'Données', en: 'Data' },
  developpement: { fr: 'Développement', en: 'Development' }, architecture: { fr: 'Architecture', en: 'Architecture' },
  securite: { fr: 'Sécurité', en: 'Security' }, infrastructure: { fr: 'Infrastructure et réseaux', en: 'Infrastructure and networks' },
  support: { fr: 'Support', en: 'Support' }, gestion: { fr: 'Pilotage du numérique', en: 'Digital leadership' }, autre: { fr: 'Autres métiers', en: 'Other jobs' },
};
const FAMILY_RULES: [JobFamily, RegExp][] = [
  ['securite', /\b(?:rssi|securite (?:des )?(?:systemes|si|reseau|informatique)|cyber\w*|intrusion|ssi)\b/],
  ['donnees', /\b(?:data|donnees|statistici\w*|business intelligence|bi|decisionnel)\b/],
  ['architecture', /\b(?:architecte|urbaniste|conceptrice|concepteur)\b/],
  ['developpement', /\b(?:developpe\w*|integrat\w* logiciel|tech lead|testeu\w*|devops)\b/],
  ['projet-produit', /\b(?:product owner|produit|projet (?:si|numerique|digital|informatique)|moa|moe|coach agile|scrum|design\w*|ux|ui|intrapreneu\w*|portefeuille)\b/],
  ['infrastructure', /\b(?:reseaux?|telecoms?|systemes? d'exploitation|exploitation|cloud|serveurs?|administrat\w* (?:systemes|reseaux))\b/],
  ['support', /\b(?:technicien\w*|support|proximite|poste de travail)\b/],
  ['gestion', /\b(?:dsi|directeu\w* des systemes d'information|chief digital officer|directeu\w* de projets? si|numerique|systemes? d'information)\b/],
];
/** The job family of a posting (see {@link JOB_FAMILIES}). */
export function jobFamily(p: Pick<JobPosting, 'title' | 'metierReference'>): JobFamily {
  const t = foldText(`${p.title} ${p.metierReference?.label ?? ''}`);
  return FAMILY_RULES.find(([, re]) => re.test(t))?.[0] ?? 'autre';
}

/** Filters of {@link JobIndex.search}; empty or absent = no filter. `openTo: "titulaires"` includes `both`. */
export interface JobFilters {
  versant?: string;
  categorie?: string;
  openTo?: 'titulaires' | 'contractuels' | '';
  remote?: string;
  departement?: string;
  region?: string;
  family?: string;
  competence?: string;
}
/** The facets counted by {@link JobIndex.search}. */
export const JOB_FACETS = ['versant', 'categorie', 'openTo', 'remote', 'departement', 'region', 'family', 'competence'] as const;
export type JobFacet = (typeof JOB_FACETS)[number];

/** Options of a search. */
export interface JobSearchOptions {
  /**
   * Today (`YYYY-MM-DD`): postings not open on that day ({@link isOpen}, with the index's `openDays`) are left out
   * unless `withExpired`.
   */
  readonly today?: CalendarDate;
  readonly withExpired?: boolean;
  /** `relevance` (text score, then competence score, then newest), `newest`, `closing` (soonest {@link closingDate} first). */
  readonly sort?: 'relevance' | 'newest' | 'closing';
  /**
   * Answer now without finishing the competence matching (for a first render of a large list, while `prepare()`
   * runs in idle time): postings not matched yet count as matching nothing, the `competence` facet is not counted and
   * a relevance sort without a query falls back to newest first. Ignored once {@link JobIndex.matched} is true.
   */
  readonly provisional?: boolean;
  /**
   * Count the facet values (default true). `false` for a keystroke in a large list: the hits and the total only (every
   * `facets` map empty), the counts being asked once the typing pauses.
   */
  readonly counts?: boolean;
  /**
   * At most this many hits in `hits`: the first ones in the order of the sort (a page of cards); `total` still counts
   * every posting found. Default: all of them.
   */
  readonly limit?: number;
}
/** One result: the posting, its text score (0 without a query) and its match. */
export interface JobHit { readonly posting: JobPosting; readonly score: number; readonly match: JobMatch }
/** Results, total, and per facet the count of each value among the postings matching the query and the other filters. */
export interface JobSearchResult {
  readonly hits: JobHit[];
  readonly total: number;
  readonly facets: Record<JobFacet, Map<string, number>>;
}

/** Options of {@link createJobIndex}. */
export interface JobIndexOptions {
  /** Days an offer without `closesAt` stays open after `postedAt` (default {@link DEFAULT_OPEN_DAYS}, 1–3650). */
  readonly openDays?: number;
}

/** The index returned by {@link createJobIndex}. */
export interface JobIndex {
  readonly postings: readonly JobPosting[];
  /** Builds the MiniSearch index in chunks (awaiting between them): call it from an idle callback. Idempotent. */
  prepare(): Promise<void>;
  /** Searches (query folded and stemmed; prefix on every word, one typo allowed in words of 6+ letters; all words required). */
  search(query: string, filters?: JobFilters, options?: JobSearchOptions): JobSearchResult;
  /** The competence match of a posting (computed for all postings on first use). */
  matchOf(id: string): JobMatch;
  /** The job family of a posting. */
  familyOf(id: string): JobFamily;
  /** True once every posting is matched (after `prepare()`, a non-provisional search or `matchOf` of each). */
  readonly matched: boolean;
}

type Doc = { id: number };
/**
 * MiniSearch options of a text search: all words required, prefix on every word, one typo allowed in words of 6+
 * letters (after folding and stemming), title × 3, reference job × 2, employer × 1.5.
 */
const TEXT_SEARCH = { combineWith: 'AND', prefix: true, fuzzy: (term: string) => (term.length > 5 ? 0.2 : false), maxFuzzy: 1, boost: { title: 3, metier: 2, employer: 1.5 } } as const;
/** Queries whose text scores are kept (one `Float64Array` of the postings each: 80 KB for 10,000). */
const SCORE_CACHE_SIZE = 16;
const EMPTY_MATCH: JobMatch = { competences: [], passerelles: [], score: 0, explanation: { fr: '', en: '' } };

/** Fields searched for competence terms and for passerelles. */
const COMPETENCE_FIELDS: readonly Field[] = ['title', 'metier', 'description', 'profile'];
const PASSERELLE_FIELDS: readonly Field[] = ['title', 'metier'];

/** One phrase of the lexicon, tokenised once: a competence term or a passerelle spelling. */
interface LexiconEntry {
  readonly needle: readonly string[];
  readonly term: string;
  readonly weight: number;
  readonly competenceId?: Rs6247CompetenceId;
  readonly passerelle?: number;
  /** An RS6247 competence name (« Test », « Cohésion d’équipe »): counts only as a whole listed skill item. */
  readonly name?: boolean;
}
/**
 * The lexicon as a list in matching order (competences in RS6247 order, their terms in lexicon order, then the
 * passerelles and their spellings), and a map from each phrase's first token to its entries: one pass over a
 * posting's tokens finds every phrase it contains. Built once, on first use.
 */
let LEXICON: { entries: LexiconEntry[]; byFirst: Map<string, number[]> } | undefined;
function lexicon() {
  if (LEXICON) return LEXICON;
  const entries: LexiconEntry[] = [];
  for (const competenceId of RS6247_COMPETENCE_IDS) {
    for (const { term, weight } of COMPETENCE_TERMS[competenceId]) entries.push({ needle: searchTokens(term), term, weight, competenceId });
    // The competence's own name, when the lexicon does not have it at full weight already.
    const name = RS6247_SHORT_LABELS[competenceId].fr;
    const nameTokens = searchTokens(name);
    if (!entries.some((e) => e.competenceId === competenceId && e.weight >= 1 && e.needle.join(' ') === nameTokens.join(' '))) {
      entries.push({ needle: nameTokens, term: name, weight: 1, competenceId, name: true });
    }
  }
  PASSERELLES.forEach((p, passerelle) => { for (const term of p.terms) entries.push({ needle: searchTokens(term), term, weight: 0, passerelle }); });
  const byFirst = new Map<string, number[]>();
  entries.forEach((e, k) => { if (e.needle.length) byFirst.set(e.needle[0], [...(byFirst.get(e.needle[0]) ?? []), k]); });
  return (LEXICON = { entries, byFirst });
}

/** The `k` first items of `items` in the order of `before` (a negative number when `a` comes first), sorted. */
function topK(items: readonly number[], k: number, before: (a: number, b: number) => number): number[] {
  const top: number[] = [];
  if (k <= 0) return top;
  for (const x of items) {
    if (top.length === k && before(x, top[k - 1]) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (before(x, top[mid]) < 0) hi = mid; else lo = mid + 1; }
    top.splice(lo, 0, x);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Quotes for explanations. */
const quoted = (terms: readonly string[], lang: 'fr' | 'en') => terms.map((t) => (lang === 'fr' ? `« ${t} »` : `"${t}"`)).join(', ');

/** Builds the explanation of a match: competence labels joined by " · ", then the matched terms. */
export function explainMatch(competences: readonly CompetenceMatch[], passerelles: readonly PasserelleMatch[]): { fr: string; en: string } {
  const terms = [...new Set([...passerelles.map((p) => p.term), ...competences.flatMap((c) => c.terms)])];
  if (!terms.length) return { fr: '', en: '' };
  const names = (lang: 'fr' | 'en') => [...passerelles.map((p) => (lang === 'fr' ? `passerelle ${p.label}` : `bridge job ${p.label}`)), ...competences.map((c) => c.label[lang])].join(' · ');
  return { fr: `${names('fr')} — termes : ${quoted(terms, 'fr')}`, en: `${names('en')} — matched: ${quoted(terms, 'en')}` };
}

/**
 * An index over `postings` (kept in input order; ids should be unique, see `dedupeJobPostings`). Nothing is built
 * until first use. Pure apart from its own caches; never reads the clock (pass `today`).
 *
 * Costs (10,000 postings, `npm run bench`): each field is folded once and shared by the MiniSearch index and the
 * matching; matching is one pass over each posting's tokens with the lexicon's phrases keyed by first token (the same
 * result as a MiniSearch AND query per phrase confirmed side by side, decision 0030, at a fraction of the cost);
 * facet values, the expiry check and the sort orders without a query are computed once, not per keystroke.
 */
export function createJobIndex(postings: readonly JobPosting[], options: JobIndexOptions = {}): JobIndex {
  const byId = new Map(postings.map((p, i) => [p.id, i]));
  const n = postings.length;
  const openDays = options.openDays ?? DEFAULT_OPEN_DAYS;
  /** Each posting's last open day (`closesAt`, else `postedAt` + `openDays`), computed once. */
  const closes = postings.map((p) => closingDate(p, openDays));
  let mini: MiniSearch<Doc> | undefined;
  let preparing: Promise<void> | undefined;
  const matches: (JobMatch | undefined)[] = new Array(n);
  let matched = 0;
  let families: JobFamily[] | undefined;
  /** Folded field texts, by field then posting (shared by MiniSearch and the matching). */
  const foldedCache: Partial<Record<Field, string[]>> = {};
  const folded = (i: number, f: Field): string => ((foldedCache[f] ??= new Array(n))[i] ??= foldText(fieldText(postings[i], f)));
  // Indexed text is folded already (cache): split only; queries are folded by the full `tokenize`.
  const newMini = () => new MiniSearch<Doc>({
    fields: [...FIELDS], idField: 'id', tokenize: splitFolded, processTerm: processToken,
    extractField: (d, f) => (f === 'id' ? String(d.id) : folded(d.id, f as Field)) as never,
    searchOptions: { tokenize },
  });
  const docs = () => postings.map((_, id) => ({ id }));
  const index = (): MiniSearch<Doc> => {
    if (!mini) { const m = newMini(); m.addAll(docs()); mini = m; }
    return mini;
  };

  /** The match of posting `i`: one pass over its field tokens, then the lexicon's order (see {@link lexicon}). */
  const matchAt = (i: number): JobMatch => {
    const cached = matches[i];
    if (cached) return cached;
    const { entries, byFirst } = lexicon();
    const best = new Map<number, number>(); // entry index → best field weight
    const scan = (f: Field, tokens: readonly string[], fieldWeight: number, listed: boolean) => {
      for (let k = 0; k < tokens.length; k++) {
        const candidates = byFirst.get(tokens[k]);
        if (!candidates) continue;
        for (const e of candidates) {
          const { needle, passerelle, name, weight } = entries[e];
          // Only specific terms (weight 1) get the listed-skill weight; common words (« équipe ») stay body hits.
          const w = listed && weight >= 1 ? LISTED_SKILL_WEIGHT : fieldWeight;
          if (passerelle !== undefined && !PASSERELLE_FIELDS.includes(f)) continue;
          // A competence name counts only as a whole listed item (« Test », not "test" in a sentence).
          if (name && !(listed && needle.length === tokens.length)) continue;
          if ((best.get(e) ?? 0) >= w || k + needle.length > tokens.length) continue;
          let ok = true;
          for (let j = 1; j < needle.length; j++) if (tokens[k + j] !== needle[j]) { ok = false; break; }
          if (ok) best.set(e, w);
        }
      }
    };
    for (const f of COMPETENCE_FIELDS) {
      if (f === 'profile') {
        // The skills field, item by item: a short item is a listed skill (decision 0030, amendment).
        // Split before folding: folding turns line breaks into spaces.
        for (const item of fieldText(postings[i], f).split(LIST_SEPARATORS)) {
          const tokens = foldedSearchTokens(foldText(item));
          const listed = tokens.length > 0 && tokens.length <= LISTED_ITEM_MAX_TOKENS;
          scan(f, tokens, FIELD_WEIGHT[f], listed);
        }
      } else scan(f, foldedSearchTokens(folded(i, f)), FIELD_WEIGHT[f], false);
    }
    const comp = new Map<Rs6247CompetenceId, { score: number; terms: string[] }>();
    const pass: PasserelleMatch[] = [];
    const seenPass = new Set<number>();
    for (const e of [...best.keys()].sort((a, b) => a - b)) {
      const { term, weight, competenceId, passerelle } = entries[e];
      if (passerelle !== undefined) {
        if (!seenPass.has(passerelle)) { seenPass.add(passerelle); pass.push({ label: PASSERELLES[passerelle].label, term }); }
        continue;
      }
      const m = comp.get(competenceId!) ?? { score: 0, terms: [] };
      if (m.terms.some((t) => foldText(t) === foldText(term))) continue;
      m.score += weight * best.get(e)!;
      m.terms.push(term);
      comp.set(competenceId!, m);
    }
    const competences: CompetenceMatch[] = [...comp]
      .filter(([, m]) => m.score >= MIN_COMPETENCE_SCORE)
      .map(([competenceId, m]) => ({ competenceId, label: RS6247_SHORT_LABELS[competenceId], score: m.score, terms: m.terms }))
      .sort((a, b) => b.score - a.score || RS6247_COMPETENCE_IDS.indexOf(a.competenceId) - RS6247_COMPETENCE_IDS.indexOf(b.competenceId));
    const out = !competences.length && !pass.length ? EMPTY_MATCH
      : { competences, passerelles: pass, score: competences.reduce((s, c) => s + c.score, 0) + 4 * pass.length, explanation: explainMatch(competences, pass) };
    matches[i] = out;
    matched++;
    return out;
  };
  const allMatches = (): JobMatch[] => {
    if (matched < n) for (let i = 0; i < n; i++) matchAt(i);
    return matches as JobMatch[];
  };
  const familyList = () => (families ??= postings.map(jobFamily));

  /**
   * Facet values per posting, computed once, as small integers: `ids[i]` are the value ids of posting `i`, `values`
   * the value of each id in order of first appearance (competence values need the matching).
   */
  const facetCache: Partial<Record<JobFacet, { ids: Int32Array[]; values: string[]; single?: Int32Array }>> = {};
  const valuesAt = (facet: JobFacet, p: JobPosting, i: number): readonly string[] => {
    switch (facet) {
      case 'openTo': return p.openTo === 'both' ? ['titulaires', 'contractuels'] : p.openTo ? [p.openTo] : [];
      case 'departement': return p.location.departement ? [p.location.departement] : [];
      case 'region': return p.location.region ? [p.location.region] : [];
      case 'family': return [familyList()[i]];
      case 'competence': return matchAt(i).competences.map((c) => c.competenceId);
      default: { const v = p[facet]; return v ? [v] : []; }
    }
  };
  const facetOf = (facet: JobFacet) => {
    const cached = facetCache[facet];
    if (cached) return cached;
    const idOf = new Map<string, number>();
    const values: string[] = [];
    const ids = postings.map((p, i) => Int32Array.from(valuesAt(facet, p, i), (v) => {
      let id = idOf.get(v);
      if (id === undefined) { id = values.length; values.push(v); idOf.set(v, id); }
      return id;
    }));
    // A facet with at most one value per posting (all but `openTo` and `competence`) is also kept as one flat array
    // (value id, -1 for none): a facet change counts 10,000 postings × 8 facets without one small array each.
    const single = ids.every((x) => x.length <= 1) ? Int32Array.from(ids, (x) => (x.length ? x[0] : -1)) : undefined;
    return (facetCache[facet] = { ids, values, single });
  };

  const newest = (a: JobHit, b: JobHit) => (a.posting.postedAt < b.posting.postedAt ? 1 : a.posting.postedAt > b.posting.postedAt ? -1 : 0);
  const closeOf = (h: JobHit) => closes[byId.get(h.posting.id)!];
  const closing = (a: JobHit, b: JobHit) => (closeOf(a) < closeOf(b) ? -1 : closeOf(a) > closeOf(b) ? 1 : newest(a, b));
  const relevance = (a: JobHit, b: JobHit) => b.score - a.score || b.match.score - a.match.score || newest(a, b);
  const COMPARE = { relevance, newest, closing } as const;
  type Sort = keyof typeof COMPARE;
  /**
   * Hits without a query (score 0), one per posting, and per sort the order of all postings and each posting's rank
   * in it: with a query, `newest` and `closing` walk that order (no sort), and `relevance` sorts by text score then
   * rank, which is the order of {@link relevance} because `Array.prototype.sort` is stable.
   */
  let plainHits: JobHit[] | undefined;
  const orders: Partial<Record<Sort, { order: number[]; rank: Int32Array }>> = {};
  const order = (sort: Sort) => {
    const cached = orders[sort];
    if (cached) return cached;
    plainHits ??= postings.map((posting, i) => ({ posting, score: 0, match: matchAt(i) }));
    const hits = plainHits;
    const o = hits.map((_, i) => i).sort((a, b) => COMPARE[sort](hits[a], hits[b]) || a - b);
    const rank = new Int32Array(n);
    o.forEach((i, r) => { rank[i] = r; });
    return (orders[sort] = { order: o, rank });
  };
  /** Provisional orders (matching not finished): newest and closing need no match; relevance falls back to newest. */
  const provisional: { newest?: number[]; closing?: number[] } = {};
  const provisionalOrder = (sort: Sort): number[] => {
    const key = sort === 'closing' ? 'closing' : 'newest';
    const cached = provisional[key];
    if (cached) return cached;
    const hits = postings.map((posting) => ({ posting, score: 0, match: EMPTY_MATCH }));
    return (provisional[key] = hits.map((_, i) => i).sort((a, b) => COMPARE[key](hits[a], hits[b]) || a - b));
  };

  /** Which postings are open on a day (published, posted, not closed), for the last day asked. */
  let openCache: { today: string; open: Uint8Array } | undefined;
  const openOn = (today: string): Uint8Array => {
    if (openCache?.today === today) return openCache.open;
    const open = new Uint8Array(n);
    for (let i = 0; i < n; i++) { const p = postings[i]; open[i] = p.status === 'published' && p.postedAt <= today && closes[i] >= today ? 1 : 0; }
    openCache = { today, open };
    return open;
  };

  let last: { key: string; result: JobSearchResult } | undefined;
  /**
   * Text scores of the last {@link SCORE_CACHE_SIZE} queries (most recent last): a facet or sort change keeps the
   * query, and a backspace or a query typed again finds its scores without a MiniSearch query.
   */
  const scoreCache = new Map<string, Float64Array>();
  const textScores = (q: string): Float64Array => {
    const cached = scoreCache.get(q);
    if (cached) { scoreCache.delete(q); scoreCache.set(q, cached); return cached; }
    const scores = new Float64Array(n).fill(-1);
    // Scores are read in MiniSearch's `filter`, which then keeps nothing: no result array, no sort of thousands of
    // results by score (4–6× the cost of the query itself over 10,000 postings; we sort only the page shown).
    index().search(q, { ...TEXT_SEARCH, filter: (r) => { scores[r.id as number] = r.score; return false; } });
    scoreCache.set(q, scores);
    if (scoreCache.size > SCORE_CACHE_SIZE) scoreCache.delete(scoreCache.keys().next().value!);
    return scores;
  };
  return {
    postings,
    prepare() {
      if (mini && matched === n) return Promise.resolve();
      // Indexing, then matching, in slices that yield to the event loop (call it from an idle callback).
      preparing ??= (async () => {
        if (!mini) {
          const m = newMini();
          await m.addAllAsync(docs(), { chunkSize: 500 });
          mini ??= m;
        }
        for (let i = 0; i < n; i += 500) {
          for (let k = i; k < Math.min(n, i + 500); k++) matchAt(k);
          await new Promise((r) => setTimeout(r, 0));
        }
      })();
      return preparing;
    },
    matchOf(id) {
      const i = byId.get(id);
      return i === undefined ? EMPTY_MATCH : matchAt(i);
    },
    familyOf(id) {
      const i = byId.get(id);
      return i === undefined ? 'autre' : familyList()[i];
    },
    get matched() {
      return matched === n;
    },
    search(query, filters = {}, options = {}) {
      // The same question twice in a row (a re-render for another reason) gets the same answer, not a new walk.
      const key = JSON.stringify([query, JOB_FACETS.map((f) => filters[f] ?? ''), options.today ?? '', !!options.withExpired, options.sort ?? 'relevance', !!options.provisional && matched < n, options.counts !== false, options.limit ?? -1]);
      if (last?.key === key) return last.result;
      const result = searchNow(query, filters, options);
      last = { key, result };
      return result;
    },
  };
  function searchNow(query: string, filters: JobFilters, options: JobSearchOptions): JobSearchResult {
    {
      const q = query.trim();
      const early = !!options.provisional && matched < n;
      let scores: Float64Array | undefined;
      if (searchTokens(q).length) {
        // A facet or sort change keeps the query: its text scores are kept too (one MiniSearch query per text).
        scores = textScores(q);
      }
      // "Today" is checked once per search (isOpen throws on a bad date), then compared inline.
      const today = options.today && !options.withExpired ? options.today : undefined;
      if (today) isOpen({ status: 'draft', postedAt: today }, today);
      const open = today ? openOn(today) : undefined;
      const sort = options.sort ?? 'relevance';
      const counting = options.counts !== false;
      const facetsUsed = !counting ? [] : early ? JOB_FACETS.filter((f) => f !== 'competence') : JOB_FACETS;
      const active = (early ? JOB_FACETS.filter((f) => f !== 'competence') : JOB_FACETS).filter((f) => filters[f]);
      // A filter on a value no posting has: every posting fails it.
      const activeIds = active.map((f) => facetOf(f).ids);
      // A value no posting has is -2: never a value id, nor the -1 of a posting without a value.
      const wanted = active.map((f) => { const v = facetOf(f).values.indexOf(filters[f]!); return v < 0 ? -2 : v; });
      const activeSingle = active.map((f) => facetOf(f).single);
      const activeCounts = active.map((f) => new Int32Array(facetOf(f).values.length));
      const allIds = facetsUsed.map((f) => facetOf(f).ids);
      const allCounts = facetsUsed.map((f) => new Int32Array(facetOf(f).values.length));
      const allSingle = facetsUsed.map((f) => facetOf(f).single);
      const countAt = (counts: Int32Array, single: Int32Array | undefined, ids: Int32Array[], i: number) => {
        if (single) { const v = single[i]; if (v >= 0) counts[v]++; return; }
        const x = ids[i];
        for (let k = 0; k < x.length; k++) counts[x[k]]++;
      };
      const competenceFilter = early && filters.competence ? filters.competence : '';
      // Postings are walked in the (cached) order of the sort, except for a relevance sort with a query.
      const walkSorted = !scores || sort !== 'relevance';
      const walk = early ? provisionalOrder(sort) : walkSorted ? order(sort).order : undefined;
      const kept: number[] = [];
      const visit = (i: number) => {
        if (scores && scores[i] < 0) return;
        if (open && !open[i]) return;
        if (competenceFilter && !matchAt(i).competences.some((c) => c.competenceId === competenceFilter)) return;
        let failed = -1;
        let failures = 0;
        for (let a = 0; a < active.length && failures < (counting ? 2 : 1); a++) {
          const single = activeSingle[a];
          if (single ? single[i] !== wanted[a] : !activeIds[a][i].includes(wanted[a])) { failed = a; failures++; }
        }
        if (failures > 1 || (failures === 1 && !counting)) return;
        if (failures === 1) { countAt(activeCounts[failed], activeSingle[failed], activeIds[failed], i); return; }
        for (let f = 0; f < facetsUsed.length; f++) countAt(allCounts[f], allSingle[f], allIds[f], i);
        kept.push(i);
      };
      if (walk) for (const i of walk) visit(i);
      else for (let i = 0; i < n; i++) visit(i);
      const limit = options.limit !== undefined && options.limit >= 0 ? Math.floor(options.limit) : kept.length;
      let first = kept;
      if (!walk) {
        const rank = order('relevance').rank;
        const before = (a: number, b: number) => scores![b] - scores![a] || rank[a] - rank[b];
        first = limit * 4 < kept.length ? topK(kept, limit, before) : kept.sort(before);
      }
      const hits: JobHit[] = first.slice(0, limit).map((i) => (scores || early
        ? { posting: postings[i], score: scores ? scores[i] : 0, match: matches[i] ?? EMPTY_MATCH }
        : plainHits![i]));
      // Counts as maps, values in order of first appearance in the input; a facet's own filter is off in its counts.
      const facets = Object.fromEntries(JOB_FACETS.map((f) => [f, new Map<string, number>()])) as Record<JobFacet, Map<string, number>>;
      facetsUsed.forEach((f, k) => {
        const a = active.indexOf(f);
        const own = allCounts[k];
        const values = facetOf(f).values;
        for (let id = 0; id < values.length; id++) {
          const c = own[id] + (a >= 0 ? activeCounts[a][id] : 0);
          if (c > 0) facets[f].set(values[id], c);
        }
      });
      return { hits, total: kept.length, facets };
    }
  }
}
