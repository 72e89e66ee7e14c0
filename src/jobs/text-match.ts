/**
 * French text → search tokens, shared by the job index (MiniSearch `processTerm`) and the competence matching, so
 * that both sides of every comparison are processed alike: {@link foldText} (accents, ligatures, both apostrophes,
 * case), split on anything that is not a letter or a digit (so `l’usager`, `chargé(e)`, `développeur·se`,
 * `Ingénieur-e` give `usager`, `charge`, `developpeur`, `ingenieur`), stop words and 1-letter tokens dropped, then
 * {@link stemFr}. Decision: docs/decisions/0030-jobs-competence-matching.md.
 */
import { foldText } from '../shared/text.js';

/** French function words ignored in search and matching (folded). */
export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set(
  'au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y est sont etre ete a afin ainsi dont cette cet sera'.split(' '),
);

/**
 * A light French stemmer for plural and feminine forms only (not a full Snowball stemmer: it must never join two
 * different words). On a folded token, in order: plural `-aux` → `-al` (`nationaux`), `-eaux` → `-eau`, final `-s` /
 * `-x` removed (tokens of 4+ letters, not `-ss`); then feminine `-trice` → `-teur` (`directrice`, `conceptrice`),
 * `-euse` → `-eur` (`développeuse`), `-ive` → `-if`, `-ienne` → `-ien`, `-elle` → `-el`, `-ette` → `-et`, `-ffe` →
 * `-f` (`cheffe`), `-ere` → `-er` (`usagère`), `-ee` → `-e` (`chargée`). Examples: `usagères` → `usager`,
 * `prototypes` → `prototype`, `cheffes` → `chef`, `utilisatrices` → `utilisateur`.
 */
export function stemFr(token: string): string {
  let t = token;
  if (t.length >= 5 && t.endsWith('eaux')) t = t.slice(0, -1);
  else if (t.length >= 5 && t.endsWith('aux')) t = `${t.slice(0, -3)}al`;
  else if (t.length >= 4 && /[^s][sx]$/.test(t)) t = t.slice(0, -1);
  if (t.length >= 6 && t.endsWith('trice')) return `${t.slice(0, -5)}teur`;
  if (t.length >= 5 && t.endsWith('euse')) return `${t.slice(0, -4)}eur`;
  if (t.length >= 6 && t.endsWith('ienne')) return t.slice(0, -2);
  if (t.length >= 5 && t.endsWith('elle')) return t.slice(0, -2);
  if (t.length >= 5 && t.endsWith('ette')) return t.slice(0, -2);
  if (t.length >= 4 && t.endsWith('ffe')) return t.slice(0, -2);
  if (t.length >= 4 && t.endsWith('ive')) return `${t.slice(0, -3)}if`;
  if (t.length >= 4 && t.endsWith('ere')) return t.slice(0, -1);
  if (t.length >= 4 && t.endsWith('ee')) return t.slice(0, -1);
  return t;
}

/** One raw token (already split) → its search form, or `null` when it is a stop word or too short. */
export function processToken(token: string): string | null {
  const t = foldText(token);
  if (t.length < 2 || FRENCH_STOP_WORDS.has(t)) return null;
  return stemFr(t);
}

/**
 * The search tokens of a text, in order (see module comment). A token repeated right after itself is kept once, so
 * `Directrice/Directeur` and `Cheffe / Chef` give one token, like the masculine or feminine form alone.
 */
export function searchTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
    const t = raw.length < 2 || FRENCH_STOP_WORDS.has(raw) ? null : stemFr(raw);
    if (t && out[out.length - 1] !== t) out.push(t);
  }
  return out;
}

/** MiniSearch `tokenize`: split on anything that is not a letter or digit (after folding). */
export function tokenize(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** True when `needle` (tokens) occurs as a contiguous run in `haystack` (tokens). */
export function containsPhrase(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}
