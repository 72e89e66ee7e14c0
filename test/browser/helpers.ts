/** Helpers for element tests: invented portraits, URL reset, waiting for loads. */
import type { Portrait } from '../../src/index.js';

let n = 0;
/** An invented, valid, published portrait; override any field. */
export function makePortrait(over: Partial<Portrait> & Record<string, unknown> = {}): Portrait {
  n++;
  return {
    id: `t-${n}`,
    displayName: `Camille Testeur ${n}`,
    headline: 'Cheffe de projet numérique, DGFiP',
    category: 'vertical',
    administration: 'Direction générale des Finances publiques',
    before: 'Inspectrice des finances publiques',
    startups: [{ ghid: 'aides-jeunes', name: 'Aides Jeunes' }],
    after: ['Cheffe de la mission numérique'],
    narrative: 'Partie d’un service des impôts, elle pilote aujourd’hui un portefeuille de produits.',
    competences: ['pitch', 'financement'],
    consent: { given: true, at: '2025-01-10' },
    status: 'published',
    publishedAt: '2025-02-01',
    ...over,
  } as Portrait;
}

/** Removes the gallery's URL state (query parameters and hash) between tests, keeping the runner's own parameters. */
export function resetUrl(): void {
  const url = new URL(location.href);
  for (const k of ['q', 'parcours', 'administration', 'competence']) url.searchParams.delete(k);
  url.hash = '';
  history.replaceState(null, '', url);
}

/**
 * Waits until `predicate` holds, polling with timers (not animation frames, which pause when another test page is
 * in front), or fails after `ms`.
 */
export async function until(predicate: () => boolean, ms = 4000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * A fake clock for this page: `Date` reads a moved time, and timers of a second or more wait for `tick()` (shorter
 * ones run for real, so Lit, fixtures and polling keep working). Restore it in a `finally`.
 */
export function installClock(start: Date) {
  const RealDate = Date;
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  let offset = start.getTime() - RealDate.now();
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1_000_000;
  class FakeDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length) super(...(args as [number]));
      else super(RealDate.now() + offset);
    }
    static override now() { return RealDate.now() + offset; }
  }
  (window as unknown as { Date: DateConstructor }).Date = FakeDate as DateConstructor;
  window.setTimeout = ((fn: (...a: unknown[]) => void, ms = 0, ...args: unknown[]) => {
    if (ms < 1000) return realSet(fn, ms, ...args);
    const id = nextId++;
    timers.set(id, { at: FakeDate.now() + ms, fn: () => fn(...args) });
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => { if (id === undefined || !timers.delete(id)) realClear(id); }) as typeof clearTimeout;
  return {
    tick(ms: number) {
      offset += ms;
      for (const [id, t] of [...timers]) if (t.at <= FakeDate.now()) { timers.delete(id); t.fn(); }
    },
    /** Moves the clock by `ms` without running timers: they count running time, which a sleep does not add. */
    shift(ms: number) {
      offset += ms;
      for (const t of timers.values()) t.at += ms;
    },
    /** When the earliest pending timer is due (fake time, ms), or `Infinity`. */
    nextAt: () => Math.min(...[...timers.values()].map((t) => t.at)),
    pending: () => timers.size,
    restore() {
      (window as unknown as { Date: DateConstructor }).Date = RealDate;
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

/** Sum of the layout-shift scores while `run` runs (Chromium; `undefined` where the browser has no such entries). */
export async function layoutShifts(run: () => Promise<void>): Promise<number | undefined> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) { await run(); return undefined; }
  let score = 0;
  const add = (entries: PerformanceEntryList) => { for (const e of entries as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) score += e.value; };
  const po = new PerformanceObserver((list) => add(list.getEntries()));
  po.observe({ type: 'layout-shift' });
  await run();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));
  add(po.takeRecords());
  po.disconnect();
  return score;
}

/** The elements whose modules the page has requested so far (`components/<name>/…` → `<name>`), sorted; call
 * `performance.setResourceTimingBufferSize` high enough first. */
export const requestedElements = (): string[] => [...new Set(performance.getEntriesByType('resource')
  .map((e) => new URL(e.name).pathname)
  .filter((p) => /\/components\/(portraits|eligibility|job-feed|support-request)\//.test(p))
  .map((p) => p.split('/components/')[1].split('/')[0]))].sort();

/**
 * Records the page's `console.error` and `console.warn` calls (`"error: …"`, `"warn: …"`), still printing them, from
 * now on; Lit's "dev mode" notice left out. Empty the returned array between tests (`logged.length = 0`).
 */
export function captureConsole(): string[] {
  const logged: string[] = [];
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      if (!String(args[0]).includes('Lit is in dev mode')) logged.push(`${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  return logged;
}
