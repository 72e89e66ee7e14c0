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
import { isOpen, type JobPosting } from './posting.js';
import { containsPhrase, processToken, searchTokens, tokenize } from './text-match.js';

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
/** Least score for a competence to count: one title hit, or two specific body hits. */
export const MIN_COMPETENCE_SCORE = 2;
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
  /** Today (`YYYY-MM-DD`): postings not open on that day ({@link isOpen}) are left out unless `withExpired`. */
  readonly today?: CalendarDate;
  readonly withExpired?: boolean;
  /** `relevance` (text score, then competence score, then newest), `newest`, `closing` (soonest first, none last). */
  readonly sort?: 'relevance' | 'newest' | 'closing';
}
/** One result: the posting, its text score (0 without a query) and its match. */
export interface JobHit { readonly posting: JobPosting; readonly score: number; readonly match: JobMatch }
/** Results, total, and per facet the count of each value among the postings matching the query and the other filters. */
export interface JobSearchResult {
  readonly hits: JobHit[];
  readonly total: number;
  readonly facets: Record<JobFacet, Map<string, number>>;
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
}

type Doc = Record<Field, string> & { id: number };
const EMPTY_MATCH: JobMatch = { competences: [], passerelles: [], score: 0, explanation: { fr: '', en: '' } };

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
 */
export function createJobIndex(postings: readonly JobPosting[]): JobIndex {
  const byId = new Map(postings.map((p, i) => [p.id, i]));
  let mini: MiniSearch<Doc> | undefined;
  let preparing: Promise<void> | undefined;
  let matches: JobMatch[] | undefined;
  let families: JobFamily[] | undefined;
  const newMini = () => new MiniSearch<Doc>({ fields: [...FIELDS], idField: 'id', tokenize, processTerm: processToken });
  const doc = (p: JobPosting, id: number): Doc => ({ id, ...(Object.fromEntries(FIELDS.map((f) => [f, fieldText(p, f)])) as Record<Field, string>) });
  const index = (): MiniSearch<Doc> => {
    if (!mini) { const m = newMini(); m.addAll(postings.map(doc)); mini = m; }
    return mini;
  };
  const tokensCache = new Map<number, Partial<Record<Field, string[]>>>();
  const tokensOf = (i: number, f: Field): string[] => {
    let c = tokensCache.get(i);
    if (!c) { c = {}; tokensCache.set(i, c); }
    return (c[f] ??= searchTokens(fieldText(postings[i], f)));
  };
  /** Postings where `phrase` occurs in one of `fields` (MiniSearch AND query, then side-by-side check): index → best field weight. */
  const find = (phrase: string, fields: readonly Field[]): Map<number, number> => {
    const needle = searchTokens(phrase);
    const out = new Map<number, number>();
    if (!needle.length) return out;
    for (const hit of index().search(needle.join(' '), { fields: [...fields], combineWith: 'AND', prefix: false, fuzzy: false, processTerm: (t) => t })) {
      const i = hit.id as number;
      let best = 0;
      for (const f of fields) if (FIELD_WEIGHT[f] > best && containsPhrase(tokensOf(i, f), needle)) best = FIELD_WEIGHT[f];
      if (best > 0) out.set(i, best);
    }
    return out;
  };
  const computeMatches = (): JobMatch[] => {
    if (matches) return matches;
    const comp = postings.map(() => new Map<Rs6247CompetenceId, { score: number; terms: string[] }>());
    for (const id of RS6247_COMPETENCE_IDS) {
      for (const { term, weight } of COMPETENCE_TERMS[id]) {
        for (const [i, fw] of find(term, ['title', 'metier', 'description', 'profile'])) {
          const m = comp[i].get(id) ?? { score: 0, terms: [] };
          if (m.terms.some((t) => foldText(t) === foldText(term))) continue;
          m.score += weight * fw;
          m.terms.push(term);
          comp[i].set(id, m);
        }
      }
    }
    const pass = postings.map(() => [] as PasserelleMatch[]);
    for (const p of PASSERELLES) {
      const seen = new Set<number>();
      for (const term of p.terms) for (const [i] of find(term, ['title', 'metier'])) {
        if (!seen.has(i)) { seen.add(i); pass[i].push({ label: p.label, term }); }
      }
    }
    matches = postings.map((_, i) => {
      const competences: CompetenceMatch[] = [...comp[i]]
        .filter(([, m]) => m.score >= MIN_COMPETENCE_SCORE)
        .map(([competenceId, m]) => ({ competenceId, label: RS6247_SHORT_LABELS[competenceId], score: m.score, terms: m.terms }))
        .sort((a, b) => b.score - a.score || RS6247_COMPETENCE_IDS.indexOf(a.competenceId) - RS6247_COMPETENCE_IDS.indexOf(b.competenceId));
      if (!competences.length && !pass[i].length) return EMPTY_MATCH;
      const score = competences.reduce((s, c) => s + c.score, 0) + 4 * pass[i].length;
      return { competences, passerelles: pass[i], score, explanation: explainMatch(competences, pass[i]) };
    });
    return matches;
  };
  const familyList = () => (families ??= postings.map(jobFamily));

  const facetValues = (p: JobPosting, i: number, facet: JobFacet): string[] => {
    switch (facet) {
      case 'openTo': return p.openTo === 'both' ? ['titulaires', 'contractuels'] : p.openTo ? [p.openTo] : [];
      case 'departement': return p.location.departement ? [p.location.departement] : [];
      case 'region': return p.location.region ? [p.location.region] : [];
      case 'family': return [familyList()[i]];
      case 'competence': return computeMatches()[i].competences.map((c) => c.competenceId);
      default: { const v = p[facet]; return v ? [v] : []; }
    }
  };

  return {
    postings,
    prepare() {
      if (mini) return Promise.resolve();
      preparing ??= (async () => {
        const m = newMini();
        await m.addAllAsync(postings.map(doc), { chunkSize: 500 });
        mini ??= m;
      })();
      return preparing;
    },
    matchOf(id) {
      const i = byId.get(id);
      return i === undefined ? EMPTY_MATCH : computeMatches()[i];
    },
    familyOf(id) {
      const i = byId.get(id);
      return i === undefined ? 'autre' : familyList()[i];
    },
    search(query, filters = {}, options = {}) {
      const q = query.trim();
      let scored: Map<number, number> | undefined;
      if (searchTokens(q).length) {
        scored = new Map();
        for (const r of index().search(q, { combineWith: 'AND', prefix: true, fuzzy: (term) => (term.length > 5 ? 0.2 : false), maxFuzzy: 1, boost: { title: 3, metier: 2, employer: 1.5 } })) scored.set(r.id as number, r.score);
      }
      const active = JOB_FACETS.filter((f) => filters[f]);
      const facets = Object.fromEntries(JOB_FACETS.map((f) => [f, new Map<string, number>()])) as Record<JobFacet, Map<string, number>>;
      const hits: JobHit[] = [];
      const all = computeMatches();
      postings.forEach((p, i) => {
        if (scored && !scored.has(i)) return;
        if (options.today && !options.withExpired && !isOpen(p, options.today)) return;
        const failed = active.filter((f) => !facetValues(p, i, f).includes(filters[f]!));
        if (failed.length > 1) return;
        for (const f of failed.length ? failed : JOB_FACETS) {
          for (const v of facetValues(p, i, f)) facets[f].set(v, (facets[f].get(v) ?? 0) + 1);
        }
        if (!failed.length) hits.push({ posting: p, score: scored?.get(i) ?? 0, match: all[i] });
      });
      const sort = options.sort ?? 'relevance';
      const newest = (a: JobHit, b: JobHit) => (a.posting.postedAt < b.posting.postedAt ? 1 : a.posting.postedAt > b.posting.postedAt ? -1 : 0);
      if (sort === 'newest') hits.sort(newest);
      else if (sort === 'closing') hits.sort((a, b) => (a.posting.closesAt ?? '9999') < (b.posting.closesAt ?? '9999') ? -1 : (a.posting.closesAt ?? '9999') > (b.posting.closesAt ?? '9999') ? 1 : newest(a, b));
      else hits.sort((a, b) => b.score - a.score || b.match.score - a.match.score || newest(a, b));
      return { hits, total: hits.length, facets };
    },
  };
}
