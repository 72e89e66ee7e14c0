/** Small French / English formatters for explanations (no Intl dependency: identical output everywhere). */
import type { CalendarDate } from '../shared/dates.js';
import type { CertificationSession } from '../certification/session.js';
import type { Bilingual } from './types.js';

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-11-02` → `2 novembre 2026` / `2 November 2026`. */
export function formatDate(date: CalendarDate): Bilingual {
  const y = date.slice(0, 4);
  const m = Number(date.slice(5, 7)) - 1;
  const d = Number(date.slice(8, 10));
  return { fr: `${d === 1 ? '1er' : d} ${MONTHS_FR[m]} ${y}`, en: `${d} ${MONTHS_EN[m]} ${y}` };
}

/** A number with the French decimal comma: `4.5` → `4,5`. */
export function formatNumber(n: number): Bilingual {
  const en = String(Math.round(n * 100) / 100);
  return { fr: en.replace('.', ','), en };
}

/** `la session de novembre 2026` / `the November 2026 session`, from the opening month of the window. */
export function sessionName(s: Pick<CertificationSession, 'applicationOpens'>): Bilingual {
  const m = Number(s.applicationOpens.slice(5, 7)) - 1;
  const y = s.applicationOpens.slice(0, 4);
  return { fr: `la session de ${MONTHS_FR[m]} ${y}`, en: `the ${MONTHS_EN[m]} ${y} session` };
}

/** `du 2 novembre 2026 au 27 novembre 2026` / `from 2 November 2026 to 27 November 2026`. */
export function windowText(s: Pick<CertificationSession, 'applicationOpens' | 'applicationCloses'>): Bilingual {
  const a = formatDate(s.applicationOpens);
  const b = formatDate(s.applicationCloses);
  return { fr: `du ${a.fr} au ${b.fr}`, en: `from ${a.en} to ${b.en}` };
}

/** `oui` / `yes`, `non` / `no`. */
export function yesNo(b: boolean): Bilingual {
  return b ? { fr: 'oui', en: 'yes' } : { fr: 'non', en: 'no' };
}

/** `n mois` / `n months`. */
export function months(n: number): Bilingual {
  return { fr: `${n} mois`, en: n === 1 ? '1 month' : `${n} months` };
}

/** Capitalises the first letter (for a sentence built from a fragment). */
export function cap(b: Bilingual): Bilingual {
  const c = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { fr: c(b.fr), en: c(b.en) };
}
