/** The question model (what a form asks next) and the engine's invariants (rules are data, evaluate is pure). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  evaluate, questionsFor, sessionChoices, parseSituation, resolveSettings, DEFAULT_SETTINGS, INPUTS, PROGRAMMES, RULE_SETS,
  type Situation,
} from '../../src/eligibility/index.js';
import { ALL_ROWS } from '../fixtures/eligibility/rows.js';
import { lastSessionAfterLeaving, sessionById } from '../../src/certification/session.js';

const CERT = RULE_SETS.certification;

describe('questionsFor', () => {
  test('empty certification situation: three groups, the profile first, every question required', () => {
    const groups = questionsFor(CERT, {}, '2026-11-10');
    assert.deepEqual(groups.map((g) => g.id), ['profil', 'mission', 'session']);
    assert.deepEqual(groups[0].questions.map((q) => q.key), ['domaine', 'publicAgent', 'alreadyCertified']);
    assert.deepEqual(groups[1].questions.map((q) => q.key), ['missionStart', 'missionEnd', 'daysPerWeek', 'reachedAcceleration']);
    assert.ok(groups.flatMap((g) => g.questions).every((q) => q.required));
  });
  test('derived-only inputs are never asked', () => {
    assert.ok(!questionsFor(CERT, {}, '2026-11-10').flatMap((g) => g.questions).some((q) => q.key === 'missionGapDays'));
  });
  test('answered inputs are not asked again; the next group comes first', () => {
    const groups = questionsFor(CERT, { domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2023-01-01' }, '2026-11-10');
    assert.equal(groups[0].id, 'mission');
    assert.deepEqual(groups[0].questions.map((q) => q.key), ['missionEnd', 'daysPerWeek', 'reachedAcceleration']);
  });
  test('targetSession choices: the open session and the next two, with their windows', () => {
    const q = questionsFor(CERT, {}, '2026-11-10').at(-1)!.questions[0];
    assert.equal(q.key, 'targetSession');
    assert.deepEqual(q.choices!.map((c) => c.value), ['2026-novembre', '2027-mai', '2027-novembre']);
    assert.match(q.choices![0].label.fr, /^Session de novembre 2026 \(candidatures du 2 novembre 2026 au 27 novembre 2026\)$/);
    assert.match(q.choices![0].label.en, /^November 2026 session \(applications from 2 November 2026 to 27 November 2026\)$/);
  });
  test('session choices on the day after a window closes start at the next session', () => {
    assert.equal(sessionChoices('2026-11-28')[0].value, '2027-mai');
    assert.equal(sessionChoices('2026-11-27')[0].value, '2026-novembre');
  });
  test('question types and choices for the form', () => {
    assert.equal(INPUTS.missionEnd.type, 'date-or-ongoing');
    assert.equal(INPUTS.daysPerWeek.type, 'number');
    assert.equal(INPUTS.daysPerWeek.max, 5);
    assert.equal(INPUTS.topics.type, 'multi-choice');
    assert.ok(INPUTS.topics.choices!.some((c) => c.value === 'management_equipe' && c.label.en === 'Team management, posture as a manager'));
    assert.equal(INPUTS.domaine.choices!.length, 11);
  });
  test('coaching: once the verdict is known, the optional start-up status is still offered, not required', () => {
    const groups = questionsFor(RULE_SETS.coaching, { domaine: 'Intraprenariat', missionEnd: null, volunteer: true, topics: ['evolution_carriere'] }, '2026-11-10');
    assert.deepEqual(groups.map((g) => g.questions.map((q) => [q.key, q.required])), [[['startupStatus', false]]]);
  });
  test('HR support: referral details are asked only for a referral', () => {
    const base: Situation = { domaine: 'Intraprenariat', publicAgent: true, topics: ['probleme_rh_administration'] };
    assert.deepEqual(questionsFor(RULE_SETS['hr-support'], base, '2026-09-05').map((g) => g.id), ['demande']);
    assert.deepEqual(questionsFor(RULE_SETS['hr-support'], { ...base, hrAction: 'courrier_soutien' }, '2026-09-05'), []);
    const g = questionsFor(RULE_SETS['hr-support'], { ...base, hrAction: 'saisine_drh_numerique' }, '2026-09-05');
    assert.deepEqual(g.map((x) => [x.id, x.questions.map((q) => q.key)]), [['saisine', ['homeAdministration', 'summary']]]);
  });
  test('eligible situation: nothing left to ask', () => {
    assert.deepEqual(questionsFor(CERT, { domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2023-02-06', missionEnd: null, daysPerWeek: 4, reachedAcceleration: true, targetSession: '2026-novembre' }, '2026-11-10'), []);
  });
});

describe('engine invariants', () => {
  test('reason codes are unique and stable (SCREAMING_SNAKE_CASE)', () => {
    const ids = PROGRAMMES.flatMap((p) => [...RULE_SETS[p].rules.map((r) => r.id), ...RULE_SETS[p].hints.map((h) => h.id)]);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[A-Z][A-Z_]+$/);
  });
  test('every input a rule or hint reads is asked in exactly one group, and has a spec', () => {
    for (const p of PROGRAMMES) {
      const rs = RULE_SETS[p];
      const asked = rs.groups.flatMap((g) => g.inputs);
      assert.equal(new Set(asked).size, asked.length, `${p}: duplicate input`);
      const read = [...rs.rules.flatMap((r) => [...r.reads, ...(r.when?.reads ?? [])]), ...rs.hints.flatMap((h) => h.reads)];
      for (const k of read) assert.ok(asked.includes(k), `${p}: ${k} read but never asked`);
      for (const k of asked) assert.equal(INPUTS[k].key, k);
    }
  });
  test('every rule has FR/EN labels and an https source with a section', () => {
    for (const p of PROGRAMMES) for (const r of [...RULE_SETS[p].rules, ...RULE_SETS[p].hints]) {
      assert.ok(r.label.fr && r.label.en, r.id);
      assert.match(r.source.url, /^https:\/\//, r.id);
      assert.ok(r.source.section, r.id);
    }
  });
  test('evaluate is pure: frozen inputs, same result twice, JSON-serialisable (event detail)', () => {
    for (const row of ALL_ROWS) {
      const s = structuredClone(row.situation) as Situation;
      Object.freeze(s); if (s.topics) Object.freeze(s.topics);
      const a = evaluate(RULE_SETS[row.programme], s, row.now, row.settings);
      const b = evaluate(RULE_SETS[row.programme], s, row.now, row.settings);
      assert.deepEqual(a, b, row.name);
      assert.deepEqual(s, row.situation, row.name);
      assert.deepEqual(JSON.parse(JSON.stringify(a)), a, row.name);
    }
  });
  test('now must be a calendar date', () => {
    assert.throws(() => evaluate(CERT, {}, '2026-02-30'), RangeError);
    assert.throws(() => evaluate(CERT, {}, '10/11/2026'), RangeError);
  });
  test('settings defaults: 4.5 days/week, 12 months, 3 months, 2 sessions, May + November', () => {
    assert.deepEqual(resolveSettings(), DEFAULT_SETTINGS);
    assert.equal(DEFAULT_SETTINGS.fullTimeDaysPerWeek, 4.5);
    assert.deepEqual(DEFAULT_SETTINGS.sessionMonths, [5, 11]);
    assert.equal(resolveSettings({ coachingRecentMonths: 6 }).coachingRecentMonths, 6);
  });
});

describe('parseSituation', () => {
  test('valid prefill', () => {
    const r = parseSituation({ domaine: 'Intraprenariat', missionEnd: null, daysPerWeek: 4, topics: ['management_equipe'], extra: 1 });
    assert.ok(r.ok);
    assert.deepEqual(r.value, { domaine: 'Intraprenariat', missionEnd: null, daysPerWeek: 4, topics: ['management_equipe'] });
  });
  test('invalid dates and values are reported in French and English with the field', () => {
    const r = parseSituation({ missionStart: '2023-02-29', daysPerWeek: 6, topics: ['autre'] });
    assert.equal(r.ok, false);
    const paths = r.issues.map((i) => i.path).sort();
    assert.deepEqual(paths, ['daysPerWeek', 'missionStart', 'topics[0]']);
    const date = r.issues.find((i) => i.path === 'missionStart')!;
    assert.equal(date.code, 'invalid_date');
    assert.match(date.fr, /^missionStart : date inexistante \(29 février 2023\)$/); // well-formed but impossible (issue 7 follow-up)
    assert.match(date.en, /no such date \(29 February 2023\)/);
  });
});

describe('settings-driven texts, French agreement, calendar bounds', () => {
  const FULL: Situation = { domaine: 'Intraprenariat', publicAgent: true, alreadyCertified: false, missionStart: '2021-03-01', missionEnd: '2025-11-29', daysPerWeek: 5, reachedAcceleration: true, targetSession: '2026-novembre' };
  test('LEFT_RECENTLY label follows maxSessionsAfterLeaving (no hard-coded "2e session")', () => {
    const v3 = evaluate(CERT, FULL, '2026-11-10', { maxSessionsAfterLeaving: 3 });
    assert.equal(v3.met.find((m) => m.code === 'LEFT_RECENTLY')!.label.fr, 'Après le départ : au plus tard la 3e session suivante');
    const v2 = evaluate(CERT, FULL, '2026-11-10');
    assert.equal(v2.met.find((m) => m.code === 'LEFT_RECENTLY')!.label.fr, 'Après le départ : au plus tard la 2e session suivante');
  });
  test('PRIORITY_MISSION_ENDING message follows priorityMissionEndMonths (no hard-coded "3 mois")', () => {
    const s: Situation = { domaine: 'Intraprenariat', missionEnd: '2027-04-10', volunteer: true, topics: ['evolution_carriere'] };
    const v = evaluate(RULE_SETS.coaching, s, '2026-11-10', { priorityMissionEndMonths: 6 });
    const m = v.suggestions.find((x) => x.code === 'PRIORITY_MISSION_ENDING')!;
    assert.match(m.message.fr, /moins de 6 mois/);
    assert.match(m.message.en, /within 6 months/);
  });
  test('French agreement of the "intras only" criteria', () => {
    const fr = (p: 'coaching' | 'clinic' | 'hr-support', s: Situation) => {
      const v = evaluate(RULE_SETS[p], s, '2026-09-02');
      return v.verdict === 'ineligible' ? v.failed[0].message.fr : '';
    };
    assert.match(fr('clinic', { domaine: 'Design' }), /^La clinique est réservée aux intrapreneur·es/);
    assert.match(fr('coaching', { domaine: 'Design' }), /^L’accompagnement de carrière est réservé aux intrapreneur·es/);
    assert.match(fr('hr-support', { domaine: 'Design' }), /^Le soutien RH est réservé aux intrapreneur·es/);
  });
  test('French labels use the typographic apostrophe', () => {
    for (const spec of Object.values(INPUTS)) {
      for (const text of [spec.label.fr, spec.help?.fr ?? '', ...(spec.choices ?? []).map((c) => c.label.fr)]) assert.ok(!text.includes("'"), text);
    }
    for (const p of PROGRAMMES) for (const r of RULE_SETS[p].rules) assert.ok(!r.label.fr.includes("'") && !r.source.title.includes("'"), r.id);
  });
  test('no session before 2015 is proposed or computed', () => {
    assert.equal(sessionChoices('1990-06-01')[0].value, '2015-mai');
    assert.ok(sessionChoices('1900-01-01').every((c) => Number(c.value.slice(0, 4)) >= 2015));
    const settings = resolveSettings();
    const opts = { months: settings.sessionMonths, sessions: settings.sessions };
    assert.equal(sessionById('1999-mai', opts), undefined);
    assert.ok(Number(lastSessionAfterLeaving('2010-06-30', settings.maxSessionsAfterLeaving, opts).id.slice(0, 4)) >= 2015);
    const v = evaluate(CERT, { ...FULL, missionEnd: null, targetSession: '1900-mai' }, '2026-11-10');
    assert.equal(v.verdict, 'ineligible');
    assert.ok(v.verdict === 'ineligible' && v.failed.some((f) => f.code === 'SESSION_OPEN' && /n’existe pas/.test(f.message.fr)));
  });
  test('daysPerWeek: the form asks 0.5 to 5 by 0.5; the schema refuses 0 and 5.5; text inputs have a max length', () => {
    assert.equal(INPUTS.daysPerWeek.min, 0.5);
    assert.equal(INPUTS.daysPerWeek.max, 5);
    assert.equal(INPUTS.daysPerWeek.step, 0.5);
    assert.equal(parseSituation({ daysPerWeek: 0 }).ok, false);
    assert.equal(parseSituation({ daysPerWeek: 5.5 }).ok, false);
    assert.equal(parseSituation({ daysPerWeek: 0.5 }).ok, true);
    assert.equal(INPUTS.homeAdministration.maxLength, 200);
    assert.equal(INPUTS.summary.maxLength, 2000);
    assert.equal(parseSituation({ summary: 'x'.repeat(2001) }).ok, false);
  });
  test('certification with missionEnd "" does not throw (isAnswered, not != null)', () => {
    assert.doesNotThrow(() => evaluate(CERT, { missionEnd: '', targetSession: '2027-mai' }, '2026-11-10'));
  });
});
