/**
 * The engine's inputs at their edges (issue 7): answers of the wrong type (item 2), only asking what can change the
 * verdict (item 3, with a property test over generated situations), and the accepted range of `now` (item 4).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  evaluate, questionsFor, sessionChoices, askingOrder, INPUTS, PROGRAMMES, RULE_SETS, SUPPORT_TOPICS, EARLIEST_NOW, LATEST_NOW,
  type InputKey, type ProgrammeId, type Situation, type Verdict,
} from '../../src/eligibility/index.js';
import { DOMAINES } from '../../src/members/member.js';
import { addDays, addMonths } from '../../src/shared/dates.js';
import { mulberry32 } from '../../scripts/prng.mjs';

const NOW = '2026-11-10';
/** A situation of each programme where every input its rules and hints read is answered (and valid). */
const FULL: Record<ProgrammeId, Situation> = {
  certification: { domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2023-02-06', missionEnd: null, missionGapDays: 0, daysPerWeek: 4, reachedAcceleration: true, targetSession: '2026-novembre' },
  coaching: { domaine: 'Intraprenariat', missionEnd: null, volunteer: true, topics: ['evolution_carriere'], startupStatus: 'active' },
  clinic: { domaine: 'Intraprenariat', topics: ['management_equipe'], startupStatus: 'active' },
  'hr-support': { domaine: 'Intraprenariat', publicAgent: true, topics: ['probleme_rh_administration'], hrAction: 'saisine_drh_numerique', homeAdministration: 'DDT 33', summary: 'Entretien annuel sans la mission.' },
};

/** Values outside each input's type: another JS type, and a value of the right JS type outside the input's set. */
function wrongValues(key: InputKey): unknown[] {
  const spec = INPUTS[key];
  switch (spec.type) {
    case 'boolean': return ['oui', 1, {}];
    case 'choice': return [42, key === 'targetSession' ? ['2026-novembre'] : 'pas-une-valeur', true];
    case 'multi-choice': return ['management_equipe', ['pas-un-sujet'], [42]];
    case 'date': return [20230206, '2023-02-30', '06/02/2023'];
    case 'date-or-ongoing': return [false, '2023-02-30', 20231231];
    case 'number': return ['4', true, [4]];
    case 'text': return [42, { fr: 'x' }, false];
  }
}

const without = (s: Situation, k: InputKey): Situation => { const o: Record<string, unknown> = { ...s }; delete o[k]; return o as Situation; };
const withValue = (s: Situation, k: InputKey, v: unknown): Situation => ({ ...s, [k]: v } as Situation);

describe('item 2: evaluate() never takes a value of the wrong type as an answer', () => {
  test('the issue example: publicAgent: null, alreadyCertified: null are not answered (never "en cours", never ineligible)', () => {
    const v = evaluate(RULE_SETS.certification, { domaine: 'Intraprenariat', publicAgent: null, alreadyCertified: null } as unknown as Situation, NOW);
    assert.equal(v.verdict, 'incomplete');
    assert.ok(v.verdict === 'incomplete' && v.missing.includes('publicAgent') && v.missing.includes('alreadyCertified'));
    assert.ok(!JSON.stringify(v).includes('en cours'));
  });
  for (const p of PROGRAMMES) {
    const keys = askingOrder(RULE_SETS[p]);
    describe(p, () => {
      for (const k of keys) {
        test(`${k}: null counts as not answered${k === 'missionEnd' ? ' (except missionEnd, where null = ongoing)' : ''}`, () => {
          if (k === 'missionEnd') {
            assert.equal(evaluate(RULE_SETS[p], withValue(FULL[p], k, null), NOW).verdict, 'eligible');
            return;
          }
          assert.deepEqual(evaluate(RULE_SETS[p], withValue(FULL[p], k, null), NOW), evaluate(RULE_SETS[p], without(FULL[p], k), NOW));
          assert.deepEqual(questionsFor(RULE_SETS[p], withValue(FULL[p], k, null), NOW), questionsFor(RULE_SETS[p], without(FULL[p], k), NOW));
        });
        for (const bad of [...wrongValues(k), Number.NaN]) {
          test(`${k}: ${typeof bad === 'number' && Number.isNaN(bad) ? 'NaN' : JSON.stringify(bad)} is an invalid answer naming the field`, () => {
            const v = evaluate(RULE_SETS[p], withValue(FULL[p], k, bad), NOW);
            assert.equal(v.verdict, 'ineligible', JSON.stringify(v.verdict));
            if (v.verdict !== 'ineligible') return;
            const f = v.failed.find((x) => x.code === 'INVALID_ANSWER');
            assert.ok(f, `failed: ${v.failed.map((x) => x.code).join(', ')}`);
            assert.deepEqual(v.failed.map((x) => x.code), ['INVALID_ANSWER'], 'no rule reads the invalid answer');
            assert.ok(f.fix?.kind === 'set_input' && f.fix.input === k);
            assert.ok(f.message.fr.includes(k) && f.message.en.includes(k), f.message.fr);
            assert.ok(f.message.fr.includes(INPUTS[k].label.fr) || f.label.fr.includes(INPUTS[k].label.fr), f.label.fr);
            // No criterion is drawn from the bad value: the criteria that read it are neither met nor missing.
            for (const m of v.met) assert.ok(!RULE_SETS[p].rules.find((r) => r.id === m.code)?.reads.includes(k), `${m.code} met from ${k}`);
            assert.ok(!v.unanswered.includes(k));
            assert.doesNotThrow(() => JSON.stringify(v));
          });
        }
      }
    });
  }
  test('a situation that is not an object is an empty one', () => {
    for (const s of [null, undefined, 42, 'x', []]) {
      assert.deepEqual(evaluate(RULE_SETS.clinic, s as unknown as Situation, NOW), evaluate(RULE_SETS.clinic, {}, NOW));
    }
  });
});

/** What a verdict concludes: the verdict, the failed codes and what is still to ask. */
function outcome(v: Verdict): string {
  return JSON.stringify([v.verdict, v.verdict === 'ineligible' ? v.failed.map((f) => f.code) : [],
    v.verdict === 'incomplete' ? v.missing : v.verdict === 'ineligible' ? v.unanswered : []]);
}

/** Every answer worth trying for `k` in `s` at `now` (finite sets: all values; dates: around every threshold). */
function answers(k: InputKey, s: Situation, now: string): unknown[] {
  const spec = INPUTS[k];
  if (spec.type === 'boolean') return [true, false];
  if (k === 'targetSession') return [...sessionChoices(now).map((c) => c.value), '2015-mai', `${Number(now.slice(0, 4)) - 1}-novembre`];
  if (spec.type === 'choice') return spec.choices!.map((c) => c.value);
  if (spec.type === 'multi-choice') return [...SUPPORT_TOPICS.map((t) => [t]), ['management_equipe', 'evolution_carriere'], ['evolution_carriere', 'probleme_rh_administration']];
  if (spec.type === 'number') return k === 'daysPerWeek' ? [0.5, 1, 2, 3, 4, 4.5, 5] : [0, 30, 400];
  if (spec.type === 'text') return ['x'];
  const start = s.missionStart ?? '2015-01-05';
  const around = (d: string) => [addDays(d, -1), d, addDays(d, 1)];
  const dates = [now, addMonths(now, -1), addMonths(now, -7), addMonths(now, -13), addMonths(now, -25), '2015-01-05',
    ...around(addDays(addMonths(start, 6), -1)), ...around(addDays(addMonths(start, 12), -1)), addMonths(now, 12), start];
  const valid = dates.filter((d) => d >= '2015-01-01' && (k === 'missionStart' ? d <= now : d >= start));
  return k === 'missionEnd' ? [null, ...valid] : valid;
}

/** A random situation: each input answered or not, leaning towards the eligible answer so incomplete verdicts are common. */
function generate(rand: () => number, p: ProgrammeId): { s: Situation; now: string } {
  const now = addDays('2016-01-01', Math.floor(rand() * 365 * 15));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const s: Record<string, unknown> = {};
  for (const k of askingOrder(RULE_SETS[p])) {
    if (rand() < 0.45) continue;
    switch (k) {
      case 'domaine': s[k] = rand() < 0.8 ? 'Intraprenariat' : pick(DOMAINES); break;
      case 'publicAgent': case 'reachedAcceleration': case 'volunteer': s[k] = rand() < 0.85; break;
      case 'alreadyCertified': s[k] = rand() < 0.15; break;
      case 'missionStart': s[k] = addMonths(now, -Math.floor(rand() * 40)); break;
      case 'missionEnd': s[k] = rand() < 0.4 ? null : addMonths((s.missionStart as string | undefined) ?? addMonths(now, -24), Math.floor(rand() * 36)); break;
      case 'missionGapDays': if (rand() < 0.2) s[k] = Math.floor(rand() * 200); break;
      case 'daysPerWeek': s[k] = pick([0.5, 1, 2, 3, 4, 4.5, 5]); break;
      case 'targetSession': s[k] = pick(sessionChoices(now)).value; break;
      case 'topics': s[k] = SUPPORT_TOPICS.filter(() => rand() < 0.3).concat(rand() < 0.5 ? ['management_equipe'] : []); break;
      case 'startupStatus': s[k] = pick(['active', 'stopped', 'transferred', 'merged']); break;
      case 'hrAction': s[k] = pick(['courrier_soutien', 'saisine_drh_numerique']); break;
      default: s[k] = 'x';
    }
  }
  if (typeof s.missionStart === 'string' && s.missionStart < '2015-01-01') s.missionStart = '2015-01-05';
  if (typeof s.missionEnd === 'string' && typeof s.missionStart === 'string' && s.missionEnd < s.missionStart) s.missionEnd = s.missionStart;
  return { s: s as Situation, now };
}

describe('item 3: only ask what can change the verdict', () => {
  test('the issue example: mission since 2023-09-04, ongoing, days per week unknown → days per week not asked', () => {
    const s: Situation = { domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2023-09-04', missionEnd: null, reachedAcceleration: true };
    const v = evaluate(RULE_SETS.certification, s, '2025-05-15');
    assert.equal(v.verdict, 'incomplete');
    assert.ok(v.verdict === 'incomplete' && !v.missing.includes('daysPerWeek'), JSON.stringify(v.verdict === 'incomplete' && v.missing));
    assert.ok(v.met.some((m) => m.code === 'MIN_DURATION'));
    assert.ok(!questionsFor(RULE_SETS.certification, s, '2025-05-15').flatMap((g) => g.questions).some((q) => q.key === 'daysPerWeek'));
    // The same mission ended after 8 months: both thresholds are not passed, so the days per week decide.
    // (Asked on 2024-11-10, while the last session after leaving is open: later, LEFT_RECENTLY fails without asking.)
    const short = evaluate(RULE_SETS.certification, { ...s, missionEnd: '2024-05-03' }, '2024-11-10');
    assert.ok(short.verdict === 'incomplete' && short.missing.includes('daysPerWeek'));
    // Ended after 5 months: too short at any pace (6 months full-time), ineligible without asking.
    const tooShort = evaluate(RULE_SETS.certification, { ...s, missionEnd: '2024-02-01' }, '2025-05-15');
    assert.equal(tooShort.verdict, 'ineligible');
    assert.ok(tooShort.verdict === 'ineligible' && tooShort.failed.some((f) => f.code === 'MIN_DURATION') && tooShort.counterfactual.kind === 'impossible');
  });

  // Presence criteria (HR_REFERRAL_DETAILS: a referral needs the home administration and a summary, whatever they
  // say) are the exception written in decision 0007: any text meets them, so no two texts differ.
  const PRESENCE: readonly InputKey[] = ['homeAdministration', 'summary'];
  for (const p of PROGRAMMES) {
    test(`${p}: for every incomplete verdict, two answers to missing[0] lead to different outcomes (seeded, 4,000 situations)`, () => {
      const rand = mulberry32(7 + PROGRAMMES.indexOf(p));
      let checked = 0;
      for (let i = 0; i < 4000; i++) {
        const { s, now } = generate(rand, p);
        const v = evaluate(RULE_SETS[p], s, now);
        if (v.verdict !== 'incomplete' || PRESENCE.includes(v.missing[0])) continue;
        const k = v.missing[0];
        const seen = new Set(answers(k, s, now).map((a) => outcome(evaluate(RULE_SETS[p], withValue(s, k, a), now))));
        assert.ok(seen.size >= 2, `${p} at ${now}: ${JSON.stringify(s)} asks ${k}, but every answer gives ${[...seen][0]}`);
        checked++;
      }
      assert.ok(checked >= 100, `only ${checked} incomplete verdicts generated`);
    });
  }
});

describe('item 4: the accepted range of now', () => {
  test(`now from ${'2015-01-01'} (FIRST_SESSION_YEAR) to 2100-12-31`, () => {
    assert.equal(EARLIEST_NOW, '2015-01-01');
    assert.equal(LATEST_NOW, '2100-12-31');
  });
  for (const now of ['9999-12-31', '9990-06-01', '1900-01-01', '2014-12-31', '2101-01-01', '0000-01-01']) {
    test(`${now} is refused with a RangeError naming now and the range (FR/EN)`, () => {
      for (const p of PROGRAMMES) {
        for (const fn of [() => evaluate(RULE_SETS[p], FULL[p], now), () => questionsFor(RULE_SETS[p], {}, now)]) {
          assert.throws(fn, (e: unknown) => e instanceof RangeError && /now/.test(e.message) && e.message.includes('2015-01-01') && e.message.includes('2100-12-31') && /hors|outside/.test(e.message));
        }
      }
    });
  }
  for (const now of ['2015-01-01', '2100-12-31']) {
    test(`${now} works for every programme (sessions, durations, questions)`, () => {
      for (const p of PROGRAMMES) {
        assert.doesNotThrow(() => evaluate(RULE_SETS[p], FULL[p], now));
        const groups = questionsFor(RULE_SETS[p], {}, now);
        assert.ok(groups.length > 0);
      }
      const choices = questionsFor(RULE_SETS.certification, { ...FULL.certification, targetSession: undefined } as Situation, now).flatMap((g) => g.questions).find((q) => q.key === 'targetSession')!.choices!;
      assert.ok(choices.length > 0 && choices.every((c) => /^\d{4}-/.test(c.value)));
    });
  }
});

describe('item 32: "Autre" is the last domaine choice', () => {
  test('domaine choices end with Autre', () => {
    const values = INPUTS.domaine.choices!.map((c) => c.value);
    assert.equal(values.at(-1), 'Autre');
    assert.equal(new Set(values).size, DOMAINES.length);
  });
});

describe('field trial (breaker): well-typed numbers and dates at any magnitude never make evaluate() throw', () => {
  const COMPLETE: Situation = { domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2020-01-06', missionEnd: null, daysPerWeek: 5, reachedAcceleration: true, targetSession: '2026-mai' };
  for (const gap of [3e6, 1e12, Number.MAX_SAFE_INTEGER, 2e5, 1e300]) {
    test(`missionGapDays: ${gap} (longer than the mission) is an invalid answer naming the field, never a throw`, () => {
      const v = evaluate(RULE_SETS.certification, { ...COMPLETE, missionGapDays: gap }, '2026-03-10');
      assert.equal(v.verdict, 'ineligible');
      if (v.verdict !== 'ineligible') return;
      const codes = v.failed.map((f) => f.code);
      assert.ok(codes.includes('INVALID_MISSION_GAP') && !codes.includes('MIN_DURATION'), codes.join());
      assert.ok(v.failed[0].fix?.kind === 'set_input' && v.failed[0].fix.input === 'missionGapDays');
      assert.match(v.failed[0].message.fr, /jours sans mission/i);
      assert.match(v.failed[0].message.en, /days without a mission/i);
      assert.ok(!v.met.some((m) => m.code === 'MIN_DURATION'), 'no duration computed from the bad gap');
      // Same without the end (MIN_DURATION decided partially) and with an ended mission.
      assert.doesNotThrow(() => evaluate(RULE_SETS.certification, { missionStart: '2020-01-06', missionGapDays: gap }, '2026-03-10'));
      const ended = evaluate(RULE_SETS.certification, { ...COMPLETE, missionEnd: '2021-01-05', missionGapDays: gap }, '2026-03-10');
      assert.ok(ended.verdict === 'ineligible' && ended.failed.some((f) => f.code === 'INVALID_MISSION_GAP'));
    });
  }
  test('a gap up to the mission length is accepted; one day more is not', () => {
    // 2020-01-06 → 2020-12-31 ended: 360 days between start and end.
    const s: Situation = { ...COMPLETE, missionEnd: '2020-12-31' };
    const ok = evaluate(RULE_SETS.certification, { ...s, missionGapDays: 360 }, '2026-03-10');
    assert.ok(ok.verdict === 'ineligible' && !ok.failed.some((f) => f.code === 'INVALID_MISSION_GAP'), JSON.stringify(ok.verdict === 'ineligible' && ok.failed.map((f) => f.code)));
    const bad = evaluate(RULE_SETS.certification, { ...s, missionGapDays: 361 }, '2026-03-10');
    assert.ok(bad.verdict === 'ineligible' && bad.failed.some((f) => f.code === 'INVALID_MISSION_GAP'));
  });
  test('dates outside 1900–2100 (the library\'s date range) are invalid answers, never computed with', () => {
    for (const [k, d] of [['missionStart', '0001-01-01'], ['missionEnd', '9999-12-31'], ['missionEnd', '2101-01-01'], ['missionStart', '1899-12-31']] as const) {
      for (const p of PROGRAMMES) {
        if (!askingOrder(RULE_SETS[p]).includes(k)) continue;
        const v = evaluate(RULE_SETS[p], withValue(FULL[p], k, d), NOW);
        assert.ok(v.verdict === 'ineligible' && v.failed.some((f) => f.code === 'INVALID_ANSWER' && f.fix?.kind === 'set_input' && f.fix.input === k), `${p} ${k}=${d}: ${v.verdict}`);
      }
    }
  });

  /** A real date in the accepted range (1900–2100). */
  const date = (rand: () => number): string => addDays('1900-01-01', Math.floor(rand() * 73_413));
  test('property: random numbers and dates in the accepted range for every input, every programme, any accepted now — evaluate and questionsFor never throw', () => {
    const rand = mulberry32(2026);
    for (let i = 0; i < 6000; i++) {
      const p = PROGRAMMES[i % PROGRAMMES.length];
      const now = addDays(EARLIEST_NOW, Math.floor(rand() * 31_411)); // 2015-01-01 … 2100-12-31
      assert.ok(now <= LATEST_NOW);
      const s: Record<string, unknown> = { ...FULL[p] };
      for (const k of askingOrder(RULE_SETS[p])) {
        if (rand() < 0.3) { delete s[k]; continue; }
        const spec = INPUTS[k];
        if (spec.type === 'number') s[k] = anyNumber(rand);
        else if (spec.type === 'date') s[k] = date(rand);
        else if (spec.type === 'date-or-ongoing') s[k] = rand() < 0.2 ? null : date(rand);
        else if (k === 'targetSession') s[k] = rand() < 0.5 ? `${1900 + Math.floor(rand() * 201)}-${rand() < 0.5 ? 'mai' : 'novembre'}` : pick(rand, sessionChoices(now)).value;
      }
      let v: Verdict | undefined;
      assert.doesNotThrow(() => { v = evaluate(RULE_SETS[p], s as Situation, now); questionsFor(RULE_SETS[p], s as Situation, now); }, `${p} at ${now}: ${JSON.stringify(s)}`);
      assert.doesNotThrow(() => JSON.stringify(v));
      // Every date shown is a four-digit year (no "+010237-05", no "1er janvier 1").
      assert.ok(!/[+-]\d{6}-|\b\d{5,}-\d{2}-\d{2}/.test(JSON.stringify(v)), JSON.stringify(v).slice(0, 300));
    }
  });
});

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

describe('field trial (breaker): only ask what can change the verdict, left long ago and gaps', () => {
  test('left on 2025-05-20, now 2026-11-20: the last session open (2025-novembre) has closed → ineligible LEFT_RECENTLY without asking the rest', () => {
    const v = evaluate(RULE_SETS.certification, { missionEnd: '2025-05-20' }, '2026-11-20');
    assert.equal(v.verdict, 'ineligible', JSON.stringify(v.verdict === 'incomplete' && v.missing));
    if (v.verdict !== 'ineligible') return;
    assert.deepEqual(v.failed.map((f) => f.code), ['LEFT_RECENTLY']);
    assert.match(v.failed[0].message.fr, /novembre 2025/);
    assert.equal(v.counterfactual.kind, 'impossible');
    // Still undecided while that session is open or to come: the session is asked.
    const open = evaluate(RULE_SETS.certification, { ...FULL.certification, missionEnd: '2025-05-20', targetSession: undefined } as Situation, '2025-11-10');
    assert.ok(open.verdict === 'incomplete' && open.missing.includes('targetSession'));
  });
  test('hr-support asks hrAction: the answer changes what the person must still give (a referral needs the home administration and a summary)', () => {
    const base: Situation = { domaine: 'Intraprenariat', publicAgent: true, topics: ['probleme_rh_administration'] };
    const v = evaluate(RULE_SETS['hr-support'], base, NOW);
    assert.ok(v.verdict === 'incomplete' && v.missing[0] === 'hrAction');
    const letter = evaluate(RULE_SETS['hr-support'], { ...base, hrAction: 'courrier_soutien' }, NOW);
    const referral = evaluate(RULE_SETS['hr-support'], { ...base, hrAction: 'saisine_drh_numerique' }, NOW);
    assert.equal(letter.verdict, 'eligible');
    assert.ok(referral.verdict === 'incomplete' && referral.missing.join() === 'homeAdministration,summary');
    assert.notEqual(outcome(letter), outcome(referral));
  });

  /** Situations the first generator rarely makes: missions that ended long ago (up to 10 years), with gaps. */
  function generateLeft(rand: () => number, p: ProgrammeId): { s: Situation; now: string } {
    const { s, now } = generate(rand, p);
    const o: Record<string, unknown> = { ...s };
    if (askingOrder(RULE_SETS[p]).includes('missionEnd') && rand() < 0.8) {
      o.missionEnd = addDays(now, -Math.floor(rand() * 3650));
      if (o.missionEnd as string < '2015-01-01') o.missionEnd = '2015-01-05';
      if (rand() < 0.5) delete o.missionStart;
      else o.missionStart = addDays(o.missionEnd as string, -Math.floor(rand() * 2000));
      if (typeof o.missionStart === 'string' && o.missionStart < '2015-01-01') o.missionStart = '2015-01-01';
    }
    if (askingOrder(RULE_SETS[p]).includes('missionGapDays') && rand() < 0.5) {
      const start = (o.missionStart as string | undefined) ?? '2015-01-05';
      const until = typeof o.missionEnd === 'string' && o.missionEnd < now ? o.missionEnd : now;
      // Mostly within the mission; sometimes longer than any mission since 1900 (an invalid answer, never a throw).
      o.missionGapDays = rand() < 0.8 ? Math.floor(rand() * Math.max(1, (Date.parse(until) - Date.parse(start)) / 86_400_000)) : 100_000 + Math.abs(Math.round(anyNumber(rand)));
    }
    for (const k of askingOrder(RULE_SETS[p])) if (k !== 'missionEnd' && rand() < 0.3) delete o[k];
    return { s: o as Situation, now };
  }
  const PRESENCE: readonly InputKey[] = ['homeAdministration', 'summary'];
  for (const p of PROGRAMMES) {
    test(`${p}: left long ago, gaps — for every incomplete verdict, two answers to missing[0] lead to different outcomes (seeded, 2,000 situations)`, () => {
      const rand = mulberry32(101 + PROGRAMMES.indexOf(p));
      let checked = 0;
      for (let i = 0; i < 2000; i++) {
        const { s, now } = generateLeft(rand, p);
        const v = evaluate(RULE_SETS[p], s, now);
        if (v.verdict !== 'incomplete' || PRESENCE.includes(v.missing[0])) continue;
        const k = v.missing[0];
        const seen = new Set(answers(k, s, now).map((a) => outcome(evaluate(RULE_SETS[p], withValue(s, k, a), now))));
        assert.ok(seen.size >= 2, `${p} at ${now}: ${JSON.stringify(s)} asks ${k}, but every answer gives ${[...seen][0]}`);
        checked++;
      }
      assert.ok(checked >= 100, `only ${checked} incomplete verdicts generated`);
    });
    test(`${p}: an incomplete verdict can still end well — some answers to the missing inputs give eligible (or only the window), both generators`, () => {
      const rand = mulberry32(303 + PROGRAMMES.indexOf(p));
      let checked = 0;
      for (let i = 0; i < 600; i++) {
        const { s, now } = i % 2 ? generateLeft(rand, p) : generate(rand, p);
        const v = evaluate(RULE_SETS[p], s, now);
        if (v.verdict !== 'incomplete') continue;
        const found = canEndWell(p, s, now, { left: 150 });
        if (found === undefined) continue; // search budget spent: not counted
        assert.ok(found, `${p} at ${now}: ${JSON.stringify(s)} is incomplete (missing ${v.missing.join(', ')}) but every answer ends ineligible`);
        checked++;
      }
      assert.ok(checked >= 50, `only ${checked} incomplete verdicts checked`);
    });
  }
});

/** Whether some answers to the missing inputs make the verdict eligible (or fail only on the window): a search. */
function canEndWell(p: ProgrammeId, s: Situation, now: string, budget: { left: number }): boolean | undefined {
  if (budget.left-- <= 0) return undefined;
  const v = evaluate(RULE_SETS[p], s, now);
  if (v.verdict === 'eligible' || (v.verdict === 'ineligible' && v.onlyTiming)) return true;
  if (v.verdict === 'ineligible') return false;
  let spent = false;
  for (const a of answers(v.missing[0], s, now)) {
    const r = canEndWell(p, withValue(s, v.missing[0], a), now, budget);
    if (r) return true;
    if (r === undefined) spent = true;
  }
  return spent ? undefined : false;
}

/** Finite and infinite numbers of every magnitude and sign, fractions, ±0. */
function anyNumber(rand: () => number): number {
  const r = rand();
  if (r < 0.1) return [0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, Infinity, -Infinity, 1e21, 0.5][Math.floor(rand() * 10)];
  const mag = 10 ** Math.floor(rand() * 40 - 10);
  const n = (rand() < 0.5 ? -1 : 1) * rand() * mag;
  return rand() < 0.5 ? Math.round(n) : n;
}
