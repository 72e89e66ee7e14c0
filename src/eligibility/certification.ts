/**
 * Rule set: certification RS6247 "Concevoir un service public numérique au sein de l'État"
 * (doc.incubateur.net `…/intrapreneur/certification-des-intrapreneurs/README.md`, "Éligibilité" and calendar;
 * domain.md §1.3 and §6.1). Reason codes: PUBLIC_AGENT, INTRA_ROLE, MIN_DURATION, ACCELERATION_REACHED,
 * NOT_ALREADY_CERTIFIED, LEFT_RECENTLY, SESSION_OPEN.
 */
import { isApplicationOpen, type CertificationSession } from '../certification/session.js';
import { maxDate } from '../shared/dates.js';
import { combineChanges } from './engine.js';
import { calendarMemo, durationFacts, type DurationFacts, findSession, lastSessionAfter, nextOpenSession, upcomingSessions } from './durations.js';
import { docPage, formatDate, formatNumber, INTRA_DOCS, months, sessionName, windowText, cap } from './format.js';
import { isAnswered } from './inputs.js';
import type { Bilingual, Change, Context, Counterfactual, FailedCriterion, NextStep, Outcome, RuleSet, Situation } from './types.js';

/** Certification page: eligibility (4 conditions + the "two sessions after leaving" rule) and calendar. */
export const CERTIFICATION_PAGE = `${INTRA_DOCS}certification-des-intrapreneurs/README.md`;

/** Sources of the certification's rules (also in `SOURCES`, sources.ts). */
export const CERTIFICATION_SOURCES = {
  certEligibility: docPage(CERTIFICATION_PAGE, 'Certification des intrapreneurs', 'Éligibilité'),
  certLeaving: docPage(CERTIFICATION_PAGE, 'Certification des intrapreneurs', 'Éligibilité — après le départ de la communauté (deux sessions)'),
  certCalendar: docPage(CERTIFICATION_PAGE, 'Certification des intrapreneurs', 'Calendrier — une session tous les 6 mois'),
};
const SOURCES = CERTIFICATION_SOURCES;

/** Label of `LEFT_RECENTLY` for the setting `maxSessionsAfterLeaving` (n). */
function leftRecentlyLabel(n: number): Bilingual {
  return n === 1
    ? { fr: 'Après le départ : au plus tard la session suivante', en: 'After leaving: at the latest the next session' }
    : { fr: `Après le départ : au plus tard la ${n}e session suivante`, en: `After leaving: at the latest session ${n} after leaving` };
}

const unknownSession = (id: string) => ({
  fr: `La session « ${id} » n’existe pas dans le calendrier des sessions.`,
  en: `Session "${id}" is not in the session calendar.`,
});

/*
 * Texts of `MIN_DURATION`, memoised per full-time threshold (issue 10, part 4: building them was a quarter of the
 * certification's evaluation time). Every memoised value is a frozen object shared by the verdicts that hold it
 * (verdicts are read-only). Keys: `m * 16 + 2 * daysPerWeek` (whole months, half days per week ≤ 5), dates, months.
 */
interface MinDurationTexts {
  readonly thresholdText: Bilingual;
  readonly threshold: Readonly<Record<6 | 12, { months: number; fullTimeDaysPerWeek: number }>>;
  /** Met outcomes by `m * 16 + 2 * daysPerWeek`. */
  readonly met: Map<number, Outcome>;
  readonly valueText: Map<number, Bilingual>;
  readonly value: Map<number, unknown>;
  /** Failure messages by `completedMonths * 2 + (fullTime ? 1 : 0)`. */
  readonly failed: Map<number, Bilingual>;
  /** Fixes by kind, required months and date / completed months. */
  readonly fixes: Map<string, Change>;
}
const FULL_TIME = Object.freeze({ fr: 'temps plein', en: 'full-time' });
const PART_TIME = Object.freeze({ fr: 'temps partiel', en: 'part-time' });
const MIN_DURATION_TEXTS = new Map<number, MinDurationTexts>();
const MIN_DURATION_MEMO_MAX = 4096;
function minDurationTexts(ft: number): MinDurationTexts {
  let t = MIN_DURATION_TEXTS.get(ft);
  if (t) return t;
  const f = formatNumber(ft);
  t = {
    thresholdText: Object.freeze({
      fr: `6 mois à temps plein (au moins ${f.fr} j/semaine) ou 12 mois à temps partiel`,
      en: `6 months full-time (at least ${f.en} days/week) or 12 months part-time`,
    }),
    threshold: { 6: Object.freeze({ months: 6, fullTimeDaysPerWeek: ft }), 12: Object.freeze({ months: 12, fullTimeDaysPerWeek: ft }) },
    met: new Map(), valueText: new Map(), value: new Map(), failed: new Map(), fixes: new Map(),
  };
  if (MIN_DURATION_TEXTS.size >= 16) MIN_DURATION_TEXTS.clear();
  MIN_DURATION_TEXTS.set(ft, t);
  return t;
}
function kept<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MIN_DURATION_MEMO_MAX) map.clear();
  map.set(key, Object.freeze(value));
  return value;
}

function minDuration(s: Situation, ctx: Context): Outcome {
  const d = durationFacts(s, ctx);
  const dpwN = s.daysPerWeek as number;
  const t = minDurationTexts(ctx.settings.fullTimeDaysPerWeek);
  const met = d.countedUntil >= d.requiredLastDay;
  const m = d.completedMonths;
  // Days per week are checked (`INVALID_DAYS_PER_WEEK`: 0 < d ≤ 5) before this rule reads them; the form asks them by
  // half days: those (and whole months) get a small-integer key, other values are not memoised.
  const half = dpwN * 2;
  const key = half > 0 && half <= 10 && (half | 0) === half && m < 10_000_000 ? m * 16 + half : NaN;
  if (met && key === key) {
    const hit = t.met.get(key);
    if (hit) return hit;
  }
  const mode = d.fullTime ? FULL_TIME : PART_TIME;
  let valueText = key === key ? t.valueText.get(key) : undefined;
  if (!valueText) {
    const dpw = formatNumber(dpwN);
    valueText = {
      fr: `${months(m).fr} de mission à ${dpw.fr} j/semaine (${mode.fr})`,
      en: `${months(m).en} of mission at ${dpw.en} days/week (${mode.en})`,
    };
    if (key === key) kept(t.valueText, key, valueText);
  }
  let value = key === key ? t.value.get(key) : undefined;
  if (!value) {
    value = { months: m, daysPerWeek: s.daysPerWeek, fullTime: d.fullTime };
    if (key === key) kept(t.value, key, value);
  }
  const threshold = t.threshold[d.requiredMonths as 6 | 12];
  const thresholdText = t.thresholdText;
  if (met) {
    const o: Outcome = { value, valueText, threshold, thresholdText, met, message: { fr: `Vous avez au moins ${months(d.requiredMonths).fr} de mission à ${mode.fr}.`, en: `You have at least ${months(d.requiredMonths).en} of mission ${mode.en}.` } };
    return key === key ? kept(t.met, key, o) : o;
  }
  const fk = m * 2 + (d.fullTime ? 1 : 0);
  const message = t.failed.get(fk) ?? kept(t.failed, fk, {
    fr: `Il faut ${months(d.requiredMonths).fr} de mission à ${mode.fr} ; vous en avez ${m}.`,
    en: `${cap(months(d.requiredMonths)).en} of mission ${mode.en} are required; you have ${m}.`,
  });
  return { value, valueText, threshold, thresholdText, met, message, fix: minDurationFix(s, ctx, d, t) };
}

/** The fix of a failed `MIN_DURATION` (memoised: a frozen `Change` per kind, months and date). */
function minDurationFix(s: Situation, ctx: Context, d: DurationFacts, t: MinDurationTexts): Change {
  const req = d.requiredMonths;
  const date = d.requiredLastDay;
  if (s.missionEnd == null || s.missionEnd >= date) {
    const k = `w${req}${date}`;
    return t.fixes.get(k) ?? kept<string, Change>(t.fixes, k, { kind: 'wait_until', rule: 'MIN_DURATION', date, fr: `Vous atteindrez ${months(req).fr} de mission le ${formatDate(date).fr}.`, en: `You will reach ${months(req).en} of mission on ${formatDate(date).en}.` });
  }
  if (s.missionEnd >= ctx.now) {
    const k = `s${date}`;
    return t.fixes.get(k) ?? kept<string, Change>(t.fixes, k, { kind: 'set_input', rule: 'MIN_DURATION', input: 'missionEnd', to: date, fr: `Votre mission devrait se poursuivre au moins jusqu’au ${formatDate(date).fr}.`, en: `Your mission would have to last at least until ${formatDate(date).en}.` });
  }
  const m = d.completedMonths;
  const k = `i${req}|${m}`;
  return t.fixes.get(k) ?? kept<string, Change>(t.fixes, k, { kind: 'impossible', rule: 'MIN_DURATION', fr: `Votre mission, terminée, a duré ${months(m).fr} ; il en fallait ${req}.`, en: `Your mission has ended after ${months(m).en}; ${req} were required.` });
}

/**
 * `MIN_DURATION` with the days per week or the mission end unanswered (the start answered): decided when no answer
 * to them can change it — too short at the most favourable answers (full-time, and counted until today when the end
 * is unknown), or, the end answered, 12 months reached at the least favourable pace. Otherwise `undefined`: the
 * missing answers decide, and are asked.
 */
function minDurationPartial(s: Situation, ctx: Context): Outcome | undefined {
  const knownDays = isAnswered(s, 'daysPerWeek');
  const knownEnd = isAnswered(s, 'missionEnd');
  if (!isAnswered(s, 'missionStart') || (knownDays && knownEnd)) return undefined;
  // Only the four inputs `minDuration` reads (no copy of the whole situation).
  const at = (daysPerWeek: number, missionEnd: Situation['missionEnd']) => minDuration({ missionStart: s.missionStart, missionEnd, missionGapDays: s.missionGapDays, daysPerWeek }, ctx);
  const paceUnknown = (o: Outcome): Outcome => {
    const m = (o.value as { months: number }).months;
    return knownDays ? o : { ...o, value: { months: m, daysPerWeek: null }, valueText: { fr: `${months(m).fr} de mission (jours par semaine non renseignés)`, en: `${months(m).en} of mission (days per week not given)` } };
  };
  const best = at(knownDays ? s.daysPerWeek as number : 5, knownEnd ? s.missionEnd : null);
  if (!best.met) {
    const fix = best.fix as Change;
    // With the end unknown, "ongoing" was assumed: the date to reach holds only if the mission lasts until then.
    return paceUnknown(knownEnd || fix.kind !== 'wait_until' ? best : {
      ...best, fix: { kind: 'set_input', rule: 'MIN_DURATION', input: 'missionEnd', to: fix.date, fr: `Votre mission devrait durer au moins jusqu’au ${formatDate(fix.date).fr}.`, en: `Your mission would have to last at least until ${formatDate(fix.date).en}.` },
    });
  }
  const worst = knownEnd ? at(0.5, s.missionEnd) : undefined;
  return worst?.met ? paceUnknown({ ...worst, message: { fr: 'Vous avez au moins 12 mois de mission : assez à temps plein comme à temps partiel.', en: 'You have at least 12 months of mission: enough full-time as well as part-time.' } }) : undefined;
}

function leftRecently(s: Situation, ctx: Context): Outcome {
  const target = findSession(s.targetSession as string, ctx)!;
  const end = s.missionEnd as string;
  const last = lastSessionAfter(end, ctx);
  // Everything but the departure day depends on the two sessions, `now` and the calendar: memoised (issue 10).
  const rest = calendarMemo(ctx, 'left', last.id, target.id, (c) => deepFreeze(leftRecentlyOf(findSession(target.id, c)!, lastSessionAfter(end, c), c)), ctx);
  const endT = formatDate(end); const tN = sessionName(target);
  return {
    label: rest.label,
    value: { missionEnd: end, targetSession: target.id }, valueText: { fr: `fin de mission le ${endT.fr}, candidature à ${tN.fr}`, en: `mission ended on ${endT.en}, applying to ${tN.en}` },
    threshold: rest.threshold, thresholdText: rest.thresholdText, met: rest.met, message: rest.message, ...(rest.fix ? { fix: rest.fix } : {}),
  };
}

/** The parts of `LEFT_RECENTLY`'s outcome that do not depend on the departure day itself. */
function leftRecentlyOf(target: CertificationSession, last: CertificationSession, ctx: Context): Omit<Outcome, 'value' | 'valueText'> {
  const n = ctx.settings.maxSessionsAfterLeaving;
  const met = target.applicationOpens <= last.applicationOpens;
  const lastN = sessionName(last); const tN = sessionName(target);
  const base = {
    label: leftRecentlyLabel(n),
    threshold: { lastSession: last.id, sessions: n }, thresholdText: { fr: `au plus tard ${lastN.fr} (${n}e session après le départ)`, en: `at the latest ${lastN.en} (session ${n} after leaving)` },
  };
  if (met) return { ...base, met, message: { fr: `${cap(tN).fr} fait partie des ${n} sessions qui suivent votre départ.`, en: `${cap(tN).en} is within the ${n} sessions after you left.` } };
  const message = {
    fr: `Après le départ de la communauté, on peut candidater aux ${n} sessions suivantes : la dernière ouverte pour vous est ${lastN.fr}.`,
    en: `After leaving the community, one may apply to the next ${n} sessions: the last one open to you is ${lastN.en}.`,
  };
  const first = upcomingSessions(ctx.now, ctx, 1)[0];
  const fix: Change = first && first.applicationOpens <= last.applicationOpens
    ? { kind: 'target_session', rule: 'LEFT_RECENTLY', sessionId: first.id, opens: first.applicationOpens, closes: first.applicationCloses, fr: `Candidatez à ${sessionName(first).fr} (candidatures ${windowText(first).fr}).`, en: `Apply to ${sessionName(first).en} (applications ${windowText(first).en}).` }
    : { kind: 'impossible', rule: 'LEFT_RECENTLY', fr: `${cap(lastN).fr} était la dernière session ouverte pour vous (clôture le ${formatDate(last.applicationCloses).fr}) ; une nouvelle mission d’intrapreneur·e rouvrirait la possibilité.`, en: `${cap(lastN).en} was the last session open to you (closed on ${formatDate(last.applicationCloses).en}); a new intrapreneur mission would open it again.` };
  return { ...base, met, message, fix };
}

/** Titles of `SESSION_OPEN` by outcome: they say how the window stands, never "open" when it is not (issue 7). */
const WINDOW_LABELS = {
  open: { fr: 'Période de candidature : ouverte', en: 'Application window: open' },
  notYet: { fr: 'Période de candidature : pas encore ouverte', en: 'Application window: not open yet' },
  closed: { fr: 'Période de candidature : close', en: 'Application window: closed' },
  unknown: { fr: 'Session visée : absente du calendrier', en: 'Target session: not in the calendar' },
} as const satisfies Record<string, Bilingual>;

/**
 * `LEFT_RECENTLY` with the mission end answered (a date) and the target session not: decided (failed) when the last
 * session open after leaving has already closed today — every session one can still apply to opens after it (and
 * a closed session fails `SESSION_OPEN` anyway), so the session is not asked (issue 7 field trial: left on
 * 2025-05-20, on 2026-11-20). Otherwise `undefined`: the session decides.
 */
function leftRecentlyPartial(s: Situation, ctx: Context): Outcome | undefined {
  if (isAnswered(s, 'targetSession') || !isAnswered(s, 'missionEnd') || s.missionEnd == null) return undefined;
  const end = s.missionEnd;
  const last = lastSessionAfter(end, ctx);
  if (last.applicationCloses >= ctx.now) return undefined;
  const n = ctx.settings.maxSessionsAfterLeaving;
  const endT = formatDate(end); const lastN = sessionName(last); const closed = formatDate(last.applicationCloses);
  return {
    met: false, label: leftRecentlyLabel(n),
    value: { missionEnd: end, targetSession: null },
    valueText: { fr: `fin de mission le ${endT.fr}`, en: `mission ended on ${endT.en}` },
    threshold: { lastSession: last.id, sessions: n },
    thresholdText: { fr: `au plus tard ${lastN.fr} (${n}e session après le départ)`, en: `at the latest ${lastN.en} (session ${n} after leaving)` },
    message: {
      fr: `Après le départ de la communauté, on peut candidater aux ${n} sessions suivantes : la dernière ouverte pour vous était ${lastN.fr}, close le ${closed.fr}.`,
      en: `After leaving the community, one may apply to the next ${n} sessions: the last one open to you was ${lastN.en}, closed on ${closed.en}.`,
    },
    fix: { kind: 'impossible', rule: 'LEFT_RECENTLY', fr: `${cap(lastN).fr} était la dernière session ouverte pour vous (clôture le ${closed.fr}) ; une nouvelle mission d’intrapreneur·e rouvrirait la possibilité.`, en: `${cap(lastN).en} was the last session open to you (closed on ${closed.en}); a new intrapreneur mission would open it again.` },
  };
}

/** A deep-frozen copy-free view: freezes `o` and every object under it (memoised outcomes are shared). */
function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/**
 * `SESSION_OPEN`: reads only the target session, `now` and the calendar, so its outcome is memoised per calendar
 * (issue 10) and shared, frozen, by the verdicts that hold it.
 */
function sessionOpen(s: Situation, ctx: Context): Outcome {
  const id = s.targetSession as string;
  return calendarMemo(ctx, 'open', id, '', (c) => deepFreeze(sessionOpenOf(id, c)), ctx);
}

function sessionOpenOf(id: string, ctx: Context): Outcome {
  const target = findSession(id, ctx);
  const nowT = formatDate(ctx.now);
  if (!target) {
    const next = nextOpenSession(ctx.now, ctx);
    return {
      met: false, label: WINDOW_LABELS.unknown, value: id, valueText: { fr: id, en: id }, threshold: null, thresholdText: { fr: 'une session du calendrier', en: 'a session of the calendar' },
      message: unknownSession(id),
      fix: { kind: 'target_session', rule: 'SESSION_OPEN', sessionId: next.id, opens: next.applicationOpens, closes: next.applicationCloses, fr: `Visez ${sessionName(next).fr} (candidatures ${windowText(next).fr}).`, en: `Aim for ${sessionName(next).en} (applications ${windowText(next).en}).` },
    };
  }
  const w = windowText(target); const tN = sessionName(target);
  const met = isApplicationOpen(target, ctx.now);
  const base = { value: ctx.now, valueText: { fr: `nous sommes le ${nowT.fr}`, en: `today is ${nowT.en}` }, threshold: { opens: target.applicationOpens, closes: target.applicationCloses }, thresholdText: { fr: `candidatures ${w.fr}`, en: `applications ${w.en}` } };
  if (met) return { ...base, met, label: WINDOW_LABELS.open, message: { fr: `Les candidatures pour ${tN.fr} sont ouvertes ${w.fr}.`, en: `Applications for ${tN.en} are open ${w.en}.` } };
  if (ctx.now < target.applicationOpens) {
    const o = formatDate(target.applicationOpens);
    return { ...base, met, label: WINDOW_LABELS.notYet, message: { fr: `Les candidatures pour ${tN.fr} ne sont pas encore ouvertes (${w.fr}).`, en: `Applications for ${tN.en} are not open yet (${w.en}).` }, fix: { kind: 'wait_until', rule: 'SESSION_OPEN', date: target.applicationOpens, fr: `Revenez à partir du ${o.fr} : candidatures ${w.fr}.`, en: `Come back from ${o.en}: applications ${w.en}.` } };
  }
  const next = nextOpenSession(ctx.now, ctx);
  return {
    ...base, met, label: WINDOW_LABELS.closed,
    message: { fr: `Les candidatures pour ${tN.fr} sont closes depuis le ${formatDate(target.applicationCloses).fr}.`, en: `Applications for ${tN.en} closed on ${formatDate(target.applicationCloses).en}.` },
    fix: { kind: 'target_session', rule: 'SESSION_OPEN', sessionId: next.id, opens: next.applicationOpens, closes: next.applicationCloses, fr: `Visez ${sessionName(next).fr} (candidatures ${windowText(next).fr}).`, en: `Aim for ${sessionName(next).en} (applications ${windowText(next).en}).` },
  };
}

/**
 * `SESSION_OPEN` when the target session is the last input missing: decided (failed) when no session is open for
 * applications today — no answer can meet it; it reads as for the next session (not open yet), whose window the
 * counterfactual names (`onlyTiming` when nothing else fails). Not consulted earlier: a form asks the rest first.
 */
function sessionOpenPartial(s: Situation, ctx: Context): Outcome | undefined {
  const next = nextOpenSession(ctx.now, ctx);
  return isApplicationOpen(next, ctx.now) ? undefined : sessionOpen({ ...s, targetSession: next.id }, ctx);
}

const TIME_RULES = new Set(['MIN_DURATION', 'SESSION_OPEN', 'LEFT_RECENTLY']);
/** Memo namespaces of the counterfactual's session, by the first time rule that failed. */
const CF_NAMESPACES = { MIN_DURATION: 'cf|MIN_DURATION', SESSION_OPEN: 'cf|SESSION_OPEN', LEFT_RECENTLY: 'cf|LEFT_RECENTLY' } as const;

/** The earliest session whose window holds a day ≥ `ready` (and ≥ now), up to `last`: a frozen `target_session`. */
function firstSessionFrom(ready: string, last: CertificationSession | undefined, rule: string, ctx: Context): Change | undefined {
  for (const ses of upcomingSessions(ctx.now, ctx)) {
    if (last && ses.applicationOpens > last.applicationOpens) break;
    const day = maxDate(maxDate(ctx.now, ses.applicationOpens), ready);
    if (day > ses.applicationCloses) continue;
    const n = sessionName(ses); const w = windowText(ses);
    return Object.freeze<Change>(day > ses.applicationOpens && day > ctx.now
      ? { kind: 'target_session', rule, sessionId: ses.id, opens: ses.applicationOpens, closes: ses.applicationCloses, fr: `Éligible à partir de ${n.fr}, dès le ${formatDate(day).fr} (candidatures ${w.fr}).`, en: `Eligible from ${n.en}, from ${formatDate(day).en} (applications ${w.en}).` }
      : { kind: 'target_session', rule, sessionId: ses.id, opens: ses.applicationOpens, closes: ses.applicationCloses, fr: `Éligible à partir de ${n.fr} (candidatures ${w.fr}).`, en: `Eligible from ${n.en} (applications ${w.en}).` });
  }
  return undefined;
}

/** A time criterion: its failure passes with a later session (duration still growing, window, after leaving). */
function isTime(f: FailedCriterion): boolean {
  return TIME_RULES.has(f.code) && f.fix !== undefined && (f.code !== 'MIN_DURATION' || f.fix.kind === 'wait_until');
}

/**
 * Smallest change for the certification: the fixes of the non-time criteria, plus — when a time criterion fails
 * (duration still growing, window closed or not open yet, too late after leaving) — the earliest session whose
 * window contains a day on which the duration is reached and which is still within the sessions after leaving:
 * "éligible à partir de la session de mai 2027".
 */
function certificationCounterfactual(s: Situation, failed: readonly FailedCriterion[], ctx: Context): Counterfactual {
  const changes: Change[] = [];
  const time: FailedCriterion[] = [];
  for (const f of failed) {
    if (isTime(f)) time.push(f);
    else changes.push(f.fix ?? { kind: 'impossible', rule: f.code, fr: f.message.fr, en: f.message.en });
  }
  if (time.length) {
    const dur = time.find((f) => f.code === 'MIN_DURATION')?.fix;
    const ready = dur?.kind === 'wait_until' ? dur.date : ctx.now;
    // `missionEnd` may be unanswered here ('' or absent: SESSION_OPEN reads only the target session).
    const last = isAnswered(s, 'missionEnd') && s.missionEnd != null ? lastSessionAfter(s.missionEnd, ctx) : undefined;
    // The session found depends only on `now`, the day the duration is reached, the last session open after
    // leaving and the rule: memoised per calendar, frozen (issue 10).
    const rule = time[0].code;
    let found = calendarMemo(ctx, CF_NAMESPACES[rule as keyof typeof CF_NAMESPACES], ready, last ? last.id : '', (c) => firstSessionFrom(ready, last, rule, c), ctx);
    if (found && found.kind === 'target_session' && found.sessionId === s.targetSession && ctx.now < found.opens && !dur) {
      const f = time.find((t) => t.code === 'SESSION_OPEN')?.fix;
      if (f) found = f;
    }
    changes.push(found ?? time.find((f) => f.fix?.kind === 'impossible')?.fix ?? {
      kind: 'impossible', rule: time[0].code,
      fr: 'Aucune session à venir ne vous est ouverte.', en: 'No upcoming session is open to you.',
    });
  }
  return combineChanges(changes);
}

/** Once eligible: apply to the target session within its window (open now, since `SESSION_OPEN` is met). */
function certificationNextStep(s: Situation, ctx: Context): NextStep | undefined {
  const target = findSession(s.targetSession as string, ctx);
  if (!target) return undefined;
  const n = sessionName(target); const w = windowText(target);
  return {
    sessionId: target.id, opens: target.applicationOpens, closes: target.applicationCloses,
    fr: `Candidatez à ${n.fr} : candidatures ${w.fr}.`,
    en: `Apply to ${n.en}: applications ${w.en}.`,
  };
}

/** The RS6247 certification rule set. */
export const CERTIFICATION_RULES: RuleSet = {
  id: 'certification',
  label: { fr: 'Certification des intrapreneurs (RS6247)', en: 'Intrapreneur certification (RS6247)' },
  source: SOURCES.certEligibility,
  groups: [
    { id: 'profil', label: { fr: 'Votre profil', en: 'Your profile' }, inputs: ['domaine', 'publicAgent', 'alreadyCertified'] },
    { id: 'mission', label: { fr: 'Votre mission', en: 'Your mission' }, inputs: ['missionStart', 'missionEnd', 'missionGapDays', 'daysPerWeek', 'reachedAcceleration'] },
    { id: 'session', label: { fr: 'Votre candidature', en: 'Your application' }, inputs: ['targetSession'] },
  ],
  rules: [
    {
      id: 'PUBLIC_AGENT', source: SOURCES.certEligibility, reads: ['publicAgent'],
      label: { fr: 'Être agent public', en: 'Be a public agent' },
      condition: {
        kind: 'equals', input: 'publicAgent', value: true,
        met: { fr: 'Vous êtes agent public.', en: 'You are a public agent.' },
        failed: { fr: 'La certification est réservée aux agents publics (fonctionnaires ou contractuels).', en: 'The certification is for public agents only (civil servants or contract agents).' },
        fix: null,
      },
    },
    {
      id: 'INTRA_ROLE', source: SOURCES.certEligibility, reads: ['domaine'],
      label: { fr: 'Avoir exercé le rôle d’intrapreneur·e', en: 'Have worked as an intrapreneur' },
      condition: {
        kind: 'equals', input: 'domaine', value: 'Intraprenariat',
        met: { fr: 'Vous êtes intrapreneur·e (domaine Intraprenariat).', en: 'You are an intrapreneur (domain Intraprenariat).' },
        failed: { fr: 'La certification est réservée aux intrapreneur·es (domaine Intraprenariat).', en: 'The certification is for intrapreneurs only (domain Intraprenariat).' },
        fix: null,
      },
    },
    {
      id: 'MIN_DURATION', source: SOURCES.certEligibility, reads: ['missionStart', 'missionEnd', 'daysPerWeek'],
      label: { fr: '6 mois à temps plein ou 12 mois à temps partiel comme intrapreneur·e', en: '6 months full-time or 12 months part-time as an intrapreneur' },
      alsoReads: ['missionGapDays'],
      partial: minDurationPartial,
      condition: { kind: 'check', threshold: { fr: '6 mois si jours/semaine ≥ seuil temps plein (réglage, 4,5 par défaut), sinon 12 mois', en: '6 months if days/week ≥ full-time threshold (setting, default 4.5), else 12 months' }, test: minDuration },
    },
    {
      id: 'ACCELERATION_REACHED', source: SOURCES.certEligibility, reads: ['reachedAcceleration'],
      label: { fr: 'Start-up passée en accélération pendant la mission', en: 'Start-up in acceleration during the mission' },
      condition: {
        kind: 'equals', input: 'reachedAcceleration', value: true,
        met: { fr: 'Votre start-up a été en phase d’accélération pendant votre mission.', en: 'Your start-up was in the acceleration phase during your mission.' },
        failed: { fr: 'Votre start-up n’a pas été en phase d’accélération pendant votre mission.', en: 'Your start-up was not in the acceleration phase during your mission.' },
        fix: { fr: 'Votre start-up doit avoir atteint la phase d’accélération pendant votre mission.', en: 'Your start-up must have reached the acceleration phase during your mission.' },
      },
    },
    {
      id: 'NOT_ALREADY_CERTIFIED', source: SOURCES.certEligibility, reads: ['alreadyCertified'],
      label: { fr: 'Ne pas être déjà certifié·e', en: 'Not be certified already' },
      condition: {
        kind: 'equals', input: 'alreadyCertified', value: false,
        met: { fr: 'Vous n’avez pas encore la certification.', en: 'You do not hold the certification yet.' },
        failed: { fr: 'Vous avez déjà obtenu la certification (ou l’ancienne certification Numa).', en: 'You already hold the certification (or the former Numa one).' },
        fix: null,
      },
    },
    {
      id: 'LEFT_RECENTLY', source: SOURCES.certLeaving, reads: ['targetSession'],
      label: leftRecentlyLabel(2), // default setting; each criterion carries the label of the actual setting
      partial: leftRecentlyPartial,
      when: {
        reads: ['missionEnd', 'targetSession'],
        description: { fr: 'si la mission a une date de fin', en: 'if the mission has an end date' },
        test: (s, ctx) => s.missionEnd != null && findSession(s.targetSession as string, ctx) !== undefined,
      },
      condition: { kind: 'check', threshold: { fr: 'session ≤ n-ième session non close le jour du départ — une session aux candidatures encore ouvertes ce jour-là compte comme la première (réglage, 2)', en: 'session ≤ n-th session not yet closed on the day of leaving — a session still open for applications that day counts as the first (setting, 2)' }, test: leftRecently },
    },
    {
      id: 'SESSION_OPEN', source: SOURCES.certCalendar, reads: ['targetSession'],
      // The catalogue's label; each outcome says how the window stands ("pas encore ouverte", "close", "ouverte").
      label: { fr: 'Période de candidature de la session visée', en: 'Application window of the target session' },
      lastPartial: sessionOpenPartial,
      condition: { kind: 'check', threshold: { fr: 'ouverture ≤ aujourd’hui ≤ clôture', en: 'opening ≤ today ≤ closing' }, test: sessionOpen },
    },
  ],
  hints: [],
  counterfactual: certificationCounterfactual,
  nextStep: certificationNextStep,
};
