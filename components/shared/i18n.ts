/**
 * Localisation for every element, on `@shoelace-style/localize` (a ReactiveController made for Lit).
 * French is the default and the fallback; English is available. An element follows the **nearest** `lang`
 * attribute (itself, an ancestor, across shadow roots, then `<html lang>`), not the browser's language.
 *
 * Each element declares its messages as a typed object per language and registers them with
 * {@link registerMessages}; keys are checked at compile time through {@link IntraLocalize}'s type parameter.
 * English catalogues live in `*.i18n.en.ts` modules loaded on demand: only when an element resolves to English.
 */
import { LocalizeController, registerTranslation, update, type Translation } from '@shoelace-style/localize';
import type { CalendarDate, Lang } from '../../src/index.js';

/** Base catalogues: French is registered first so it is the library's fallback. */
registerTranslation(
  { $code: 'fr', $name: 'Français', $dir: 'ltr' },
  { $code: 'en', $name: 'English', $dir: 'ltr' },
);

/** A message: a string, or a function of typed arguments returning a string. */
export type Message = string | ((...args: never[]) => string);
/** A catalogue of messages for one language. */
export type Messages = Record<string, Message>;

/** Loads an element's English catalogue (a dynamic import: its own chunk in the CDN build). */
export type EnglishLoader<M extends Messages> = () => Promise<{ [K in keyof M]: M[K] }>;

/** Each element's English loader, and its state: not started, loading (promise), done (true: registered or failed). */
const englishLoaders = new Map<EnglishLoader<Messages>, Promise<void> | true | undefined>();
let englishPending: Promise<void> | undefined;
/** How many English catalogues are not registered yet (a fast path for {@link IntraLocalize.lang}, called per text). */
let englishMissing = 0;
/** An English catalogue failed to load: elements resolving to English show French rather than keys. */
let englishFailed = false;

/** Whether English texts can be shown now (every catalogue registered). */
export const englishReady = (): boolean => englishMissing === 0 && !englishFailed;

/**
 * Registers an element's French messages now and remembers how to load its English ones (same keys, checked by
 * type). English is fetched only when an element's language resolves to `en` ({@link IntraLocalize}), so a French
 * page never downloads it; until it arrives the element shows French (the fallback), then re-renders.
 */
export function registerMessages<M extends Messages>(fr: M, en: EnglishLoader<M>): void {
  registerTranslation({ $code: 'fr', $name: 'Français', $dir: 'ltr', ...fr } as Translation);
  if (englishLoaders.has(en as EnglishLoader<Messages>)) return;
  englishLoaders.set(en as EnglishLoader<Messages>, undefined);
  englishMissing++;
}

/**
 * Starts loading every English catalogue not yet registered; resolves once they are registered (registering
 * re-renders the connected elements). `undefined` when nothing is left to load. A failed load (network) is reported
 * once on the console and not retried: that element keeps its French texts.
 */
export function loadEnglish(): Promise<void> | undefined {
  const waiting: Promise<void>[] = [];
  for (const [loader, state] of englishLoaders) {
    if (state === true) continue;
    if (state) { waiting.push(state); continue; }
    const p = loader().then((en) => {
      englishLoaders.set(loader, true);
      englishMissing--;
      registerTranslation({ $code: 'en', $name: 'English', $dir: 'ltr', ...en } as Translation);
    }, (e: unknown) => {
      englishLoaders.set(loader, true); // not retried at each render: reported once, the elements stay in French
      englishMissing--;
      englishFailed = true;
      console.error('intras : textes anglais non chargés, affichés en français / English texts not loaded, shown in French', e);
    });
    englishLoaders.set(loader, p);
    waiting.push(p);
  }
  if (!waiting.length) return undefined;
  const all = Promise.all(waiting).then(() => { if (englishPending === all) englishPending = undefined; });
  englishPending = all;
  return all;
}

/** The English catalogues being loaded, if any (elements' `updateComplete` waits for them). */
export const pendingEnglish = (): Promise<void> | undefined => englishPending;

/** French plural: the singular for 0 and 1 ("0 portrait", "1 portrait", "2 portraits"). */
export const plural = (n: number, one: string, many: string): string => (n <= 1 ? one : many);
/** English plural: the singular for 1 only ("0 portraits", "1 portrait"). */
export const pluralEn = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** Finds the nearest `lang` attribute from `el` up, crossing shadow-root boundaries; `undefined` when none. */
export function nearestLang(el: Element): string | undefined {
  // Under @lit-labs/ssr's DOM shim (`intras render`, issue 10) an element has attributes but no tree: its own `lang`.
  if (typeof el.closest !== 'function') return el.getAttribute('lang') || undefined;
  let node: Element | null = el;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) {
      const v = withLang.getAttribute('lang');
      if (v) return v;
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** `fr` unless the nearest `lang` starts with `en`. Unsupported languages fall back to French. */
export function resolveLang(el: Element): Lang {
  const l = (nearestLang(el) ?? (typeof document === 'undefined' ? '' : document.documentElement.lang) ?? '').toLowerCase();
  return l.startsWith('en') ? 'en' : 'fr';
}

let langObserver: MutationObserver | undefined;

/**
 * One observer per page, started with the first element: a `lang` attribute changing anywhere in the document
 * (an ancestor of an element, not only `<html>`) re-renders the connected elements. Ancestors inside other shadow
 * roots are read at each render but not observed.
 */
function observeLangChanges(): void {
  if (langObserver || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  langObserver = new MutationObserver(() => update());
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Localize controller following the nearest `lang`. `M` is the element's message type, so `term('key', …args)`
 * is checked at compile time.
 */
export class IntraLocalize<M extends Messages> extends LocalizeController<M & Translation> {
  override hostConnected(): void {
    super.hostConnected();
    observeLangChanges();
  }

  /**
   * The language texts are looked up in: the resolved one, except `fr` while the English catalogues are not in yet
   * (starting their load; the host renders again when they arrive) or could not be loaded.
   */
  override lang(): string {
    const lang = resolveLang(this.host);
    if (lang === 'en' && !englishReady()) {
      if (englishMissing) loadEnglish();
      return 'fr';
    }
    return lang;
  }
  /** The resolved UI language, `fr` or `en`. */
  get code(): Lang {
    return resolveLang(this.host);
  }
}

/** How {@link formatCalendarDate} writes a date: `long` 3 mai 2027, `month` mai 2027, `short-month` mai 2027 abbreviated. */
export type DateStyle = 'long' | 'month' | 'short-month';

/** The `Intl.DateTimeFormat` of each language and style used by {@link formatCalendarDate}, created once. */
const DATE_FORMATTERS = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date `YYYY-MM-DD` for people, in `lang`, with no time-zone drift (formatted in UTC):
 * `long` → "1er mai 2027" / "1 May 2027" (French ordinal for the first day), `month` → "mai 2027" / "May 2027",
 * `short-month` → "mai 2027" / "May 2027" abbreviated where the language abbreviates ("sept. 2009" / "Sept 2009").
 */
export function formatCalendarDate(date: CalendarDate, lang: Lang, style: DateStyle = 'long'): string {
  const options: Intl.DateTimeFormatOptions = style === 'long' ? { month: 'long', year: 'numeric' }
    : style === 'month' ? { month: 'long', year: 'numeric' } : { month: 'short', year: 'numeric' };
  // One formatter per language and style (creating one costs far more than formatting: the job feed's cards).
  const key = `${lang}|${style}`;
  let formatter = DATE_FORMATTERS.get(key);
  if (!formatter) DATE_FORMATTERS.set(key, (formatter = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { ...options, timeZone: 'UTC' })));
  const monthYear = formatter.format(new Date(`${date}T00:00:00Z`));
  if (style !== 'long') return monthYear;
  const day = Number(date.slice(8, 10));
  return `${lang === 'fr' && day === 1 ? '1er' : day} ${monthYear}`;
}
