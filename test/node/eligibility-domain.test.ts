/** The fixtures of domain.md §7 through situationFromBetaGouv, one test per row (domain-rows.ts). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evaluate, RULE_SETS, situationFromBetaGouv, startupStatusOf, type Situation, type SupportTopic } from '../../src/eligibility/index.js';
import type { IntrapreneurProfile } from '../../src/members/member.js';
import type { Startup } from '../../src/startups/startup.js';
import { DOMAIN_ROWS } from '../fixtures/eligibility/domain-rows.js';
import { checkVerdict } from '../fixtures/eligibility/check.js';

const data = JSON.parse(readFileSync(new URL('../fixtures/eligibility/domain-fixtures.json', import.meta.url), 'utf8')) as {
  startups: Startup[]; intrapreneurs: IntrapreneurProfile[];
  certificationApplications: { id: string; sessionId: string; candidateId: string; status: string }[];
  supportRequests: { id: string; requesterUsername: string; topics: SupportTopic[]; summary: string }[];
};
const person = (u: string) => data.intrapreneurs.find((p) => p.username === u)!;

describe('eligibility table: domain.md §7 fixtures', () => {
  for (const row of DOMAIN_ROWS) {
    test(`${row.name} [now ${row.now}]`, () => {
      const req = row.supportRequest ? data.supportRequests.find((r) => r.id === row.supportRequest)! : undefined;
      if (req) assert.equal(req.requesterUsername, row.username);
      const answers: Situation = { ...(req ? { topics: req.topics, summary: req.summary } : {}), ...row.answers };
      const s = situationFromBetaGouv(person(row.username), data.startups, row.now, answers);
      checkVerdict(evaluate(RULE_SETS[row.programme], s, row.now), row.expect);
    });
  }
});

describe('situationFromBetaGouv', () => {
  test('solene.lefloch: facts derived from her mission and Rénov’Pilote’s phases', () => {
    assert.deepEqual(situationFromBetaGouv(person('solene.lefloch'), data.startups, '2026-11-16'), {
      domaine: 'Intraprenariat', publicAgent: true, missionStart: '2023-02-06', missionEnd: null, daysPerWeek: 4,
      reachedAcceleration: true, alreadyCertified: false, startupStatus: 'active', homeAdministration: 'DDT 33',
    });
  });
  test('bastien.abadie: Cantine Claire never reached acceleration', () => {
    assert.equal(situationFromBetaGouv(person('bastien.abadie'), data.startups, '2025-05-15').reachedAcceleration, false);
  });
  test('mathis.vasseur: certified, Aidants Relais transferred', () => {
    const s = situationFromBetaGouv(person('mathis.vasseur'), data.startups, '2026-11-16');
    assert.equal(s.alreadyCertified, true);
    assert.equal(s.startupStatus, 'transferred');
    assert.equal(s.missionEnd, '2023-12-31');
  });
  test('the §7 application app-002 (ines.kerbrat, 2026-mai, laureat) is flagged by LEFT_RECENTLY', () => {
    const app = data.certificationApplications.find((a) => a.id === 'app-002')!;
    assert.equal(app.status, 'laureat');
    const v = evaluate(RULE_SETS.certification, situationFromBetaGouv(person(app.candidateId), data.startups, '2026-05-11', { targetSession: app.sessionId }), '2026-05-11');
    assert.equal(v.verdict, 'ineligible');
    assert.ok(v.verdict === 'ineligible' && v.failed.some((f) => f.code === 'LEFT_RECENTLY'));
  });
  test('start-up statuses: signal-foret stopped, aidants-relais transferred, cantine-claire active', () => {
    const by = (g: string) => startupStatusOf(data.startups.find((s) => s.ghid === g)!);
    assert.deepEqual([by('signal-foret'), by('aidants-relais'), by('cantine-claire'), by('renovpilote')], ['stopped', 'transferred', 'active', 'active']);
  });
  test('a latest `end` event marks a start-up stopped even in an active phase', () => {
    assert.equal(startupStatusOf({ phases: [{ name: 'construction', start: '2024-01-01' }], events: [{ name: 'end', date: '2025-01-01' }] }), 'stopped');
  });
  test('several missions: earliest start, latest end, gap days counted', () => {
    const s = situationFromBetaGouv({ domaine: 'Intraprenariat', missions: [
      { start: '2024-01-01', end: '2024-03-31', status: 'admin', startups: [] },
      { start: '2024-05-01', end: '2024-12-31', status: 'admin', startups: [] },
    ] }, [], '2025-01-10');
    assert.equal(s.missionStart, '2024-01-01');
    assert.equal(s.missionEnd, '2024-12-31');
    assert.equal(s.missionGapDays, 30); // 1–30 April
  });
  test('a mission starting after now: only the days without a mission up to now are gap days (none after now)', () => {
    // 8 months of mission in 2024, then none until a mission signed for 2027: on 2025-01-10 the gap is 1–10 January
    // 2025 (10 days), not the 730 days up to 2027-01-01, which the engine would refuse (INVALID_MISSION_GAP).
    const missions = [
      { start: '2024-05-01', end: '2024-12-31', status: 'admin' as const, startups: [] },
      { start: '2027-01-01', end: '2027-12-31', status: 'admin' as const, startups: [] },
    ];
    const s = situationFromBetaGouv({ domaine: 'Intraprenariat', averageDaysPerWeek: 5, missions }, [], '2025-01-10');
    assert.equal(s.missionGapDays, 10);
    const v = evaluate(RULE_SETS.certification, { ...s, reachedAcceleration: true, alreadyCertified: false }, '2025-01-10');
    assert.ok(v.verdict !== 'ineligible' || !v.failed.some((f) => f.code === 'INVALID_MISSION_GAP'), JSON.stringify(v.verdict === 'ineligible' && v.failed.map((f) => f.code)));
    // The next mission has started: its days count, the gap is the 730 days of 2025–2026.
    assert.equal(situationFromBetaGouv({ missions }, [], '2027-02-01').missionGapDays, 730);
  });
  test('an ongoing mission among others makes missionEnd null', () => {
    const s = situationFromBetaGouv({ missions: [{ start: '2024-01-01', end: '2024-03-31', startups: [] }, { start: '2024-04-01', startups: [] }] }, [], '2025-01-10');
    assert.equal(s.missionEnd, null);
    assert.equal(s.missionGapDays, undefined);
  });
  test('unknown facts stay absent (never guessed): unknown start-up, no statuses, no certifications field', () => {
    const s = situationFromBetaGouv({ domaine: 'Intraprenariat', missions: [{ start: '2024-01-01', startups: ['inconnue'] }] }, [], '2025-01-10');
    for (const k of ['publicAgent', 'reachedAcceleration', 'alreadyCertified', 'daysPerWeek', 'startupStatus'] as const) assert.equal(k in s, false, k);
    const v = evaluate(RULE_SETS.certification, s, '2025-01-10');
    assert.equal(v.verdict, 'incomplete');
    // A mission since 2024-01-01, ongoing, has its 12 months on 2025-01-10: the days per week change nothing, so
    // they are not asked (issue 7, item 3); a mission of 7 months is asked them (6 months full-time, 12 part-time).
    assert.deepEqual(v.verdict === 'incomplete' && v.missing, ['publicAgent', 'alreadyCertified', 'reachedAcceleration', 'targetSession']);
    const later = evaluate(RULE_SETS.certification, situationFromBetaGouv({ domaine: 'Intraprenariat', missions: [{ start: '2024-06-03', startups: ['inconnue'] }] }, [], '2025-01-10'), '2025-01-10');
    assert.deepEqual(later.verdict === 'incomplete' && later.missing, ['publicAgent', 'alreadyCertified', 'daysPerWeek', 'reachedAcceleration', 'targetSession']);
  });
  test('a non-admin mission with a private legal status → publicAgent false', () => {
    assert.equal(situationFromBetaGouv({ legalStatus: 'AE', missions: [{ start: '2024-01-01', status: 'independent', startups: [] }] }, [], '2025-01-10').publicAgent, false);
  });
  test('acceleration before the mission does not count', () => {
    const st: Startup = { ghid: 'x', name: 'X', pitch: '', incubatorIds: [], sponsorIds: [], phases: [{ name: 'acceleration', start: '2020-01-01', end: '2021-01-01' }, { name: 'consolidation', start: '2021-01-01' }] };
    assert.equal(situationFromBetaGouv({ missions: [{ start: '2022-01-01', startups: ['x'] }] }, [st], '2025-01-10').reachedAcceleration, false);
  });
  test('answers override derived facts', () => {
    assert.equal(situationFromBetaGouv(person('solene.lefloch'), data.startups, '2026-11-16', { daysPerWeek: 5 }).daysPerWeek, 5);
  });
});
