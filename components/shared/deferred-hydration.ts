/**
 * Hydration after the whole data (`intras render … --data-src`, issue 10 part 4, decision 0056), loaded by
 * components/shared/base.ts only for an element pre-rendered that way (a chunk of its own in the CDN build: pages
 * without such an element never download it).
 *
 * The element waits under Lit's `defer-hydration` (Lit leaves it alone, the server's HTML stays on screen) while
 * `prepare()` fetches and validates its `src`; then:
 * - the digest of what it would render ({@link dataDigest}) is the server's (`data-rendered-digest`): the attribute is
 *   removed and Lit hydrates, keeping every node;
 * - another digest (data published since the build): the shadow root is emptied and given to Lit as its render root
 *   before it connects (ReactiveElement calls `createRenderRoot()` only while `renderRoot` is unset, so Lit's
 *   hydration support never marks it for hydration), then the attribute is removed: the fetched data's first render
 *   runs in the same task as the emptying, so that no frame is blank;
 * - a failure: the server's HTML stays, under an alert naming the problem (French or English, the element's
 *   language), with "Réessayer"; the controls that need the whole data are disabled meanwhile.
 */
import { adoptStyles, type LitElement } from 'lit';
import { dataDigest } from '../../src/shared/digest.js';
import { loadEnglish, resolveLang } from './i18n.js';
import type { HydrationData } from './base.js';

type Failure = { readonly fr: string; readonly en: string };

/** A control's id and the value typed or chosen while the element waited (applied at hydration). */
type Typed = readonly [id: string, value: string];

/**
 * Waits for `prepare()`, then hydrates `el`, renders it afresh, or shows the failure (see the module doc). `stop()` is
 * called when the element was removed meanwhile (it starts again when put back). Never rejects. `retryBox`: the alert
 * whose "Réessayer" led here (removed just before hydrating; focus then goes to the result count).
 */
export async function hydrateWhenReady(el: LitElement, prepare: () => Promise<HydrationData | Failure>, stop: () => void, retryBox?: HTMLElement): Promise<void> {
  const root = el.shadowRoot!;
  const restore = showWaiting(el);
  const outcome = await prepare();
  if (!el.isConnected) { restore(); stop(); return; }
  if ('fr' in outcome) { restore(); showFailure(el, outcome, prepare, stop); return; }
  // The digest, then the first render, each in a task of its own (short tasks: the page stays responsive); nothing may
  // wait between emptying the root and that render (a blank frame): the English texts come first.
  const nextTask = () => new Promise((resolve) => setTimeout(resolve));
  await nextTask();
  const same = dataDigest(outcome.records, outcome.rejected, outcome.dropped) === el.getAttribute('data-rendered-digest');
  await nextTask();
  if (resolveLang(el) === 'en') await loadEnglish();
  if (!el.isConnected) { restore(); stop(); return; }
  // What the visitor typed or chose meanwhile: the first render sets the controls to the server's values (Lit sets
  // `.value` bindings when hydrating); the element's own handlers then apply them, as if typed now.
  const typed = [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[id], select[id]')]
    .filter((c) => c instanceof HTMLSelectElement ? !c.selectedOptions[0]?.defaultSelected : c.value !== c.defaultValue)
    .map((c): Typed => [c.id, c.value]);
  restore();
  retryBox?.remove();
  // A control focused meanwhile gets focus back after a fresh render (its node is replaced; a hydration keeps it).
  const focused = same ? '' : (root.activeElement as HTMLElement | null)?.id;
  if (!same) {
    // Lit's hydration keeps the text it finds (a count, a name): other data must not hydrate the server's nodes.
    adoptStyles(root, (el.constructor as typeof LitElement).elementStyles);
    root.replaceChildren();
    (el as unknown as { renderRoot: ShadowRoot }).renderRoot = root;
    el.renderOptions.renderBefore = null;
  }
  el.removeAttribute('defer-hydration');
  if (!typed.length && !retryBox && !focused) return;
  await el.updateComplete;
  if (focused) root.getElementById(focused)?.focus();
  await nextTask(); // after the URL's state (read once the first render is done)
  for (const [id, value] of typed) {
    const c = root.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
    if (c && c.value !== value) {
      c.value = value;
      c.dispatchEvent(new Event(c instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
    }
  }
  // As after the element's own "Réessayer": focus on the result count (its status line).
  if (retryBox) root.querySelector<HTMLElement>('[part="count"]')?.focus();
}

/**
 * While the data loads (issue 10, decision 0066): `aria-busy="true"` on the element, "Chargement des données…" after
 * the count (its `role="status"` line, polite: announced, one line, nothing moves) and "Voir plus" marked
 * `aria-disabled`. The search field and the selects stay usable: what is typed or chosen is applied at hydration.
 * Returns the function that undoes it all (before Lit hydrates: the server's nodes as they were).
 */
function showWaiting(el: LitElement): () => void {
  const root = el.shadowRoot!;
  const note = document.createElement('span');
  note.textContent = ` · ${loading(el)}`;
  root.querySelector('[part="count"]')?.append(note);
  const more = root.querySelector('[part="more"]');
  // ARIA reflection (null removes the attribute); none of them is written by the server.
  const busy = (on: 'true' | null) => { el.ariaBusy = on; if (more) more.ariaDisabled = on; };
  busy('true');
  return () => { note.remove(); busy(null); };
}

/** "Chargement des données…" in the element's language. */
const loading = (el: Element) => resolveLang(el) === 'en' ? 'Loading the data…' : 'Chargement des données…';

/**
 * The alert, with "Réessayer", right under the list, above "Voir plus" (decision 0066): there it moves nothing above
 * it — inserted over the list it pushed the cards down (CLS 0.13) — and `role="alert"` announces it wherever it is;
 * the search field, selects and "Voir plus" are disabled until "Réessayer" fetches again. Without a list, at the top.
 */
function showFailure(el: LitElement, error: Failure, prepare: () => Promise<HydrationData | Failure>, stop: () => void, retried = false): void {
  const root = el.shadowRoot!;
  const en = resolveLang(el) === 'en';
  const line = (text: string, cls = '') => { const p = document.createElement('p'); p.className = cls; p.textContent = text; return p; };
  const box = document.createElement('div');
  box.className = 'alert error';
  box.setAttribute('part', 'error');
  box.setAttribute('role', 'alert');
  box.lang = en ? 'en' : 'fr';
  box.tabIndex = -1;
  box.style.marginBlock = '1.5rem'; // CSSOM, allowed by a CSP without 'unsafe-inline' styles (a style attribute is not)
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'btn sm';
  retry.textContent = en ? 'Retry' : 'Réessayer';
  const actions = line('', 'alert-actions');
  actions.append(retry);
  box.append(
    line(en ? 'The whole data could not be loaded' : 'Les données complètes n’ont pas pu être chargées', 'alert-title'),
    line(en ? error.en : error.fr),
    line(en ? 'The first page stays on screen; search, filters and “Show more” need the whole data.'
      : 'La première page reste affichée ; la recherche, les filtres et « Voir plus » ont besoin des données complètes.'),
    actions);
  const disabled = [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input:not(:disabled), select:not(:disabled), button:not(:disabled)')];
  for (const c of disabled) c.disabled = true;
  const list = root.querySelector('[part="list"]');
  if (list) list.after(box);
  else root.insertBefore(box, [...root.childNodes].find((n) => !(n instanceof HTMLStyleElement)) ?? null);
  if (retried) box.focus();
  retry.addEventListener('click', async () => {
    // Focus stays in the alert (the button goes): it says the data is being fetched again.
    box.replaceChildren(line(loading(el)));
    box.focus();
    for (const c of disabled) c.disabled = false;
    const again = await prepare();
    if ('fr' in again && el.isConnected) {
      box.remove();
      showFailure(el, again, prepare, stop, true);
    } else void hydrateWhenReady(el, () => Promise.resolve(again), stop, box);
  });
}
