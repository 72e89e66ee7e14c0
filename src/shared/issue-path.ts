/**
 * JSON paths of validation issues (`competences[3].label.fr`): a leaf module, so that code wording issues later
 * (src/shared/deferred-issues.ts) does not pull in the message catalogue (src/shared/issue-messages.ts).
 */
/** Formats a zod path as a JSON path: `["competences", 3, "label", "fr"]` → `competences[3].label.fr`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
