/**
 * The bilingual (French / English) wording of validation issues: {@link describeIssue} maps each zod issue to a
 * French and an English sentence that names the field (`competences[3].label.fr : texte requis`). zod's own messages
 * are never shown and the library never calls `z.config()`.
 *
 * Its own module (re-exported by src/shared/issues.ts, so imports elsewhere do not change): the elements load it only
 * when a record fails validation (src/shared/deferred-issues.ts; decision 0064), a page of valid records never
 * downloads this catalogue.
 */
import type * as z from 'zod/mini';
import { MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR, impossibleDate } from './dates.js';
import { formatPath } from './issue-path.js';
import { issueFacts, type PatternCode } from './issue-code.js';
import type { Issue } from './issues.js';
import type { IssueWriter } from './deferred-issues.js';

const TYPE_FR: Record<string, string> = {
  string: 'un texte', number: 'un nombre', int: 'un entier', boolean: 'un booléen (true / false)',
  array: 'une liste', object: 'un objet', date: 'une date', null: 'null',
};
const TYPE_EN: Record<string, string> = {
  string: 'a string', number: 'a number', int: 'an integer', boolean: 'a boolean (true / false)',
  array: 'a list', object: 'an object', date: 'a date', null: 'null',
};

/**
 * Messages of the named pattern checks (`z.regex(re, { error: '<code>' })` in the schemas): the code becomes the
 * issue's `code` and these sentences its French and English text.
 */
const REGEX_MESSAGES: Readonly<Record<PatternCode, { readonly fr: string; readonly en: string }>> = {
  url_or_path: {
    fr: 'adresse http(s) ou chemin du site attendu (pas de « javascript: », « data: », « //hôte », « \\ », d’espace ni de caractère de contrôle)',
    en: 'expected an http(s) URL or a site path (no "javascript:", "data:", "//host", "\\", spaces or control characters)',
  },
  date_out_of_range: {
    fr: `date hors de la plage acceptée (années ${MIN_CALENDAR_YEAR} à ${MAX_CALENDAR_YEAR}, format AAAA-MM-JJ)`,
    en: `date outside the accepted range (years ${MIN_CALENDAR_YEAR} to ${MAX_CALENDAR_YEAR}, YYYY-MM-DD)`,
  },
  record_id: { fr: 'identifiant attendu : lettres, chiffres, « - » et « _ »', en: 'expected an id: letters, digits, "-" and "_"' },
  slug: { fr: 'identifiant en minuscules attendu (lettres, chiffres, « . », « - », « _ »)', en: 'expected a lowercase id (letters, digits, ".", "-", "_")' },
  lang_tag: { fr: 'code de langue attendu (« fr », « en », « fr-CA »…)', en: 'expected a language tag ("fr", "en", "fr-CA"…)' },
};

/** {@link REGEX_MESSAGES} looked up by any string (a message that is no pattern code finds nothing). */
const WORDED_PATTERNS: Readonly<Record<string, { readonly fr: string; readonly en: string } | undefined>> = REGEX_MESSAGES;

export function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Turns one zod issue into a bilingual {@link Issue}. `prefix` is prepended to the path (a list's index).
 * Requires the issue to carry `input` (parse with `{ reportInput: true }`) for the "received" part.
 */
export function describeIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): Issue {
  const path = formatPath([...prefix, ...issue.path]);
  // The code (and allowed values) come from issue-code.ts: the same without this catalogue (decision 0064).
  const { code, allowed } = issueFacts(issue);
  const at = (fr: string, en: string): Issue => {
    const worded = { path, code, fr: path ? `${path} : ${fr}` : fr, en: path ? `${path}: ${en}` : en };
    return allowed ? { ...worded, allowed } : worded;
  };
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return at('champ requis', 'required field');
      const exp = String(issue.expected);
      return at(`type attendu : ${TYPE_FR[exp] ?? exp}, reçu ${received(input)}`,
        `expected ${TYPE_EN[exp] ?? exp}, received ${received(input)}`);
    }
    case 'too_small': {
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return at('texte requis', 'text required');
      if (issue.origin === 'array')
        return at(`au moins ${issue.minimum} élément(s) requis`, `at least ${issue.minimum} item(s) required`);
      if (issue.origin === 'string')
        return at(`au moins ${issue.minimum} caractères`, `at least ${issue.minimum} characters`);
      return at(`doit être ≥ ${issue.minimum}`, `must be ≥ ${issue.minimum}`);
    }
    case 'too_big': {
      if (issue.origin === 'string')
        return at(`au plus ${issue.maximum} caractères`, `at most ${issue.maximum} characters`);
      if (issue.origin === 'array')
        return at(`au plus ${issue.maximum} élément(s)`, `at most ${issue.maximum} item(s)`);
      return at(`doit être ≤ ${issue.maximum}`, `must be ≤ ${issue.maximum}`);
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => shown(v)).join(', ');
      const got = input === undefined ? '' : ` « ${shown(input)} »`;
      return at(`valeur inattendue${got} ; valeurs possibles : ${values}`,
        `unexpected value${input === undefined ? '' : ` "${shown(input)}"`}; allowed: ${values}`);
    }
    case 'invalid_format': {
      if (issue.format === 'date') {
        // Well formed but not in the calendar (`2026-02-30`): say which day does not exist, not "expected format".
        const impossible = impossibleDate(input);
        if (impossible) return at(impossible.fr, impossible.en);
        return at(`date attendue au format AAAA-MM-JJ, reçu « ${shown(input)} »`,
          `expected a date as YYYY-MM-DD, received "${shown(input)}"`);
      }
      if (issue.format === 'datetime')
        return at(`date et heure ISO 8601 attendues, reçu « ${shown(input)} »`,
          `expected an ISO 8601 date-time, received "${shown(input)}"`);
      if (issue.format === 'url')
        return at(`adresse web (URL) invalide « ${shown(input)} »`, `invalid URL "${shown(input)}"`);
      if (issue.format === 'regex') {
        // The value of a blank text is invisible: name the problem, not the value.
        if (issue.message === 'blank')
          return at('texte vide : seulement des espaces ou des caractères invisibles', 'blank text: only spaces or invisible characters');
        const known = WORDED_PATTERNS[issue.message];
        if (known) return at(`${known.fr}, reçu « ${shown(input)} »`, `${known.en}, received "${shown(input)}"`);
        return at(`format invalide « ${shown(input)} »`, `invalid format "${shown(input)}"`);
      }
      return at(`format ${issue.format} invalide`, `invalid ${issue.format} format`);
    }
    case 'unrecognized_keys':
      return at(`champ(s) inconnu(s) : ${issue.keys.join(', ')}`, `unknown field(s): ${issue.keys.join(', ')}`);
    case 'invalid_union':
      return at('aucune des formes attendues ne correspond', 'matches none of the expected shapes');
    case 'custom': {
      const params = (issue.params ?? {}) as { fr?: string; en?: string; code?: string };
      // A parsing check that refines a named pattern (`url_or_path`) words its issue like the pattern does.
      const known = params.code && !params.fr ? WORDED_PATTERNS[params.code] : undefined;
      if (known) return at(`${known.fr}, reçu « ${shown(input)} »`, `${known.en}, received "${shown(input)}"`);
      return at(params.fr ?? issue.message, params.en ?? issue.message);
    }
    default:
      return at('valeur invalide', 'invalid value');
  }
}

/**
 * The {@link IssueWriter} of the domain functions (`parsePortraits`, `checkJobPosting`…): words each issue at once
 * (`then`, when given, adjusts the worded issue). The elements pass `deferIssue` instead (decision 0064).
 */
export const wordNow: IssueWriter = (issue, then) => (then ? then(describeIssue(issue)) : describeIssue(issue));
