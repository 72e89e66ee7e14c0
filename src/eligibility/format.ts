/** Small French / English formatters for explanations (no Intl dependency: identical output everywhere). */
import type { CalendarDate } from '../shared/dates.js';
import type { CertificationSession } from '../certification/session.js';
import type { Bilingual, Source } from './types.js';

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/*
 * The texts below are memoised (issue 10: the engine writes the same dates and sessions into thousands of verdicts).
 * A memoised text is a frozen object shared by the verdicts that hold it: verdicts are read-only (their types say so).
 */
const DATE_TEXTS = new Map<string, Bilingual>();
const SESSION_NAMES = new Map<string, Bilingual>();
const WINDOW_TEXTS = new Map<string, Bilingual>();
const TEXT_MEMO_MAX = 4096;
function keep(map: Map<string, Bilingual>, key: string, value: Bilingual): Bilingual {
  if (map.size >= TEXT_MEMO_MAX) map.clear();
  map.set(key, Object.freeze(value));
  return value;
}

/** `2026-11-02` → `2 novembre 2026` / `2 November 2026`. */
export function formatDate(date: CalendarDate): Bilingual {
  const hit = DATE_TEXTS.get(date);
  if (hit) return hit;
  const y = date.slice(0, 4);
  const m = Number(date.slice(5, 7)) - 1;
  const d = Number(date.slice(8, 10));
  return keep(DATE_TEXTS, date, { fr: `${d === 1 ? '1er' : d} ${MONTHS_FR[m]} ${y}`, en: `${d} ${MONTHS_EN[m]} ${y}` });
}

const NUMBER_TEXTS = new Map<number, Bilingual>();
/** A number with the French decimal comma: `4.5` → `4,5`. */
export function formatNumber(n: number): Bilingual {
  const hit = NUMBER_TEXTS.get(n);
  if (hit) return hit;
  if (NUMBER_TEXTS.size >= TEXT_MEMO_MAX) NUMBER_TEXTS.clear();
  const b = Object.freeze(formatNumberOf(n));
  NUMBER_TEXTS.set(n, b);
  return b;
}
function formatNumberOf(n: number): Bilingual {
  const en = String(Math.round(n * 100) / 100);
  return { fr: en.replace('.', ','), en };
}

/** `la session de novembre 2026` / `the November 2026 session`, from the opening month of the window. */
export function sessionName(s: Pick<CertificationSession, 'applicationOpens'>): Bilingual {
  const hit = SESSION_NAMES.get(s.applicationOpens);
  if (hit) return hit;
  return keep(SESSION_NAMES, s.applicationOpens, sessionNameOf(s));
}
function sessionNameOf(s: Pick<CertificationSession, 'applicationOpens'>): Bilingual {
  const m = Number(s.applicationOpens.slice(5, 7)) - 1;
  const y = s.applicationOpens.slice(0, 4);
  return { fr: `la session de ${MONTHS_FR[m]} ${y}`, en: `the ${MONTHS_EN[m]} ${y} session` };
}

/** `du 2 novembre 2026 au 27 novembre 2026` / `from 2 November 2026 to 27 November 2026`. */
export function windowText(s: Pick<CertificationSession, 'applicationOpens' | 'applicationCloses'>): Bilingual {
  const key = s.applicationOpens + s.applicationCloses;
  const hit = WINDOW_TEXTS.get(key);
  if (hit) return hit;
  const a = formatDate(s.applicationOpens);
  const b = formatDate(s.applicationCloses);
  return keep(WINDOW_TEXTS, key, { fr: `du ${a.fr} au ${b.fr}`, en: `from ${a.en} to ${b.en}` });
}

/** `oui` / `yes`, `non` / `no`. */
export function yesNo(b: boolean): Bilingual {
  return b ? { fr: 'oui', en: 'yes' } : { fr: 'non', en: 'no' };
}

const MONTH_TEXTS: Bilingual[] = [];
/** `n mois` / `n months`. */
export function months(n: number): Bilingual {
  if (Number.isInteger(n) && n >= 0 && n < 1200) return MONTH_TEXTS[n] ??= Object.freeze(monthsOf(n));
  return monthsOf(n);
}
function monthsOf(n: number): Bilingual {
  return { fr: `${n} mois`, en: n === 1 ? '1 month' : `${n} months` };
}

/** Capitalises the first letter (for a sentence built from a fragment). */
export function cap(b: Bilingual): Bilingual {
  const c = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { fr: c(b.fr), en: c(b.en) };
}

const DOC = 'https://doc.incubateur.net/communaute/';
const DOC_REPO = 'betagouv/doc.incubateur.net-communaute';
/** Folder of the intrapreneur pages in doc.incubateur.net's repository. */
export const INTRA_DOCS = 'travailler-chez-beta.gouv.fr/les-differents-metiers/intrapreneur/';

/**
 * A doc.incubateur.net page as a rule's {@link Source}: the GitBook URL of `path` (without `.md` / `README.md`), the
 * repository and the section. Here, not in sources.ts, so that each programme's module holds its own sources
 * (a page loads only its programme's: programmes.ts).
 */
export function docPage(path: string, title: string, section: string): Source {
  const url = DOC + path.replace(/\/README\.md$/, '').replace(/\.md$/, '');
  return { title, url, repo: DOC_REPO, path, section };
}
