/**
 * Issues worded later: the elements validate with zod as usual, but a failing record's FR/EN message is written only
 * once the message catalogue (src/shared/issue-messages.ts, ~2.3 KB gzip) has been imported, on demand. A page whose
 * records are all valid never downloads it (issue 10, part 3; decision 0064).
 *
 * A parser given {@link deferIssue} as its {@link IssueWriter} returns its usual result, whose issues are
 * placeholders (right `path`, empty texts) until {@link wordDeferredIssues} has settled: it imports the catalogue and
 * writes every pending issue in place, with the very wording of `describeIssue`. The data pipeline
 * (components/shared/data-source.ts) awaits it before a load settles, so no event, `loaded` result or console warning
 * ever shows a placeholder. Domain functions (`parsePortraits`…) keep wording at once (`describeIssue`).
 */
import type * as z from 'zod/mini';
import { formatPath } from './issue-path.js';
import { issueFacts } from './issue-code.js';
import type { Issue } from './issues.js';

/**
 * How a parser words one zod issue: now (`describeIssue`) or later ({@link deferIssue}). `then`, when given, adjusts
 * the worded issue (e.g. appends "partie ignorée : links[0]") and is applied when the wording is done.
 */
export type IssueWriter = (issue: z.core.$ZodIssue, then?: (worded: Issue) => Issue) => Issue;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
interface Pending { readonly target: Mutable<Issue>; readonly issue: z.core.$ZodIssue; readonly then?: (worded: Issue) => Issue }

let pending: Pending[] = [];
let catalogue: Promise<typeof import('./issue-messages.js')> | undefined;

/**
 * An {@link IssueWriter} that returns a placeholder (`path`, `code` and `allowed` final, from src/shared/issue-code.ts
 * as `describeIssue` gives them; `fr` / `en` empty) and queues the issue for {@link wordDeferredIssues}. Requires the
 * issue to carry `input` (parse with `{ reportInput: true }`), as `describeIssue` does.
 */
export const deferIssue: IssueWriter = (issue, then) => {
  const target: Mutable<Issue> = { path: formatPath(issue.path), ...issueFacts(issue), fr: '', en: '' };
  pending.push({ target, issue, then });
  return target;
};

/**
 * Words every issue queued by {@link deferIssue} (imports the catalogue the first time; nothing to do, no import).
 * Never rejects: when the catalogue cannot be loaded (network), each issue keeps its code, path and allowed values
 * (the same as with the catalogue) and gets a short FR/EN message naming its field — "champ requis" / "required field"
 * for a `required` one, a generic one otherwise — and a later call tries the import again.
 */
export async function wordDeferredIssues(): Promise<void> {
  if (pending.length === 0) return;
  let messages: typeof import('./issue-messages.js') | undefined;
  try {
    messages = await (catalogue ??= import('./issue-messages.js'));
  } catch {
    catalogue = undefined;
  }
  const batch = pending;
  pending = [];
  for (const { target, issue, then } of batch) {
    const path = target.path;
    const required = target.code === 'required';
    const worded: Issue = messages ? messages.describeIssue(issue) : {
      ...target,
      fr: `${path ? `${path} : ` : ''}${required ? 'champ requis' : 'valeur invalide'} (message détaillé indisponible : le module des messages n’a pas pu être chargé)`,
      en: `${path ? `${path}: ` : ''}${required ? 'required field' : 'invalid value'} (detailed message unavailable: the messages module could not be loaded)`,
    };
    Object.assign(target, then ? then(worded) : worded);
  }
}
