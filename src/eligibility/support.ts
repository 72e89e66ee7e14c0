/**
 * Rule sets of the career-support offer (doc.incubateur.net `…/intrapreneur/accompagnement-de-carrieres-des-intras.md`,
 * domain.md §1.4–1.5 and §6.1): career coaching, the difficult-situations clinic, HR support.
 * Reason codes: COACHING_INTRA, COACHING_VOLUNTEER, COACHING_RECENT, COACHING_SCOPE, CLINIC_INTRA, CLINIC_SCOPE,
 * HR_INTRA, HR_PUBLIC_AGENT, HR_TOPIC, HR_REFERRAL_DETAILS. Hints: PRIORITY_STARTUP_ENDED,
 * PRIORITY_MISSION_ENDING, OFFER_CLOSING_RETROSPECTIVE.
 */
import { addMonths } from '../shared/dates.js';
import { docPage, formatDate, INTRA_DOCS, months } from './format.js';
import { valueText } from './inputs.js';
import type { Bilingual, Context, Outcome, Redirect, Rule, RuleSet, Situation, Source, SupportTopic } from './types.js';

/** Career-support page (hidden page): the four pillars. */
export const CAREERS_PAGE = `${INTRA_DOCS}accompagnement-de-carrieres-des-intras.md`;
/**
 * Difficult-situations clinic: its current place in the upstream repository (it used to sit under
 * `travailler-chez-beta.gouv.fr/vie-quotidienne-et-bien-etre/gerer-des-situations-comliquees/`, sic, the path
 * domain.md §1.5 quotes without its prefix). Headings: "Pourquoi ce programme ?" (team management only, career
 * questions excluded), "Public concerné" (intras only; others → the community support group).
 */
export const CLINIC_PAGE = 'solliciter-et-contribuer-a-la-communaute/je-sollicite-de-laide-transverse/coaching-rh-clinique-des-situations-difficiles.md';
/** When a product stops: career support for intras. */
export const STOP_PAGE = 'gerer-son-produit/la-vie-du-produit/arret.md';

/** Sources of the support programmes' rules (also in `SOURCES`, sources.ts). */
export const SUPPORT_SOURCES = {
  careers: docPage(CAREERS_PAGE, 'Accompagnement de carrières des intras', 'Accompagnement individuel (volontaires)'),
  careersHr: docPage(CAREERS_PAGE, 'Accompagnement de carrières des intras', 'Aider les intras en difficulté RH : courriers de soutien, saisine de la DRH du numérique'),
  stop: docPage(STOP_PAGE, 'L’arrêt d’un produit', 'Accompagnement des intras'),
  clinic: docPage(CLINIC_PAGE, 'Coaching RH : Clinique des situations difficiles', 'Pourquoi ce programme ?'),
  clinicAudience: docPage(CLINIC_PAGE, 'Coaching RH : Clinique des situations difficiles', 'Public concerné'),
  // The closing retrospective is domain.md §1.5's special case; the stored version of the page has no such heading.
  clinicRetro: docPage(CLINIC_PAGE, 'Coaching RH : Clinique des situations difficiles', 'Rétrospective de clôture'),
  missionModel: {
    title: 'espace-membre : modèle Mission (status « admin » = Agent Public)',
    url: 'https://github.com/betagouv/espace-membre-next/blob/main/src/models/mission.ts',
    repo: 'betagouv/espace-membre-next',
    path: 'src/models/mission.ts',
    section: 'missionSchema.status',
  },
} satisfies Record<string, Source>;
const SOURCES = SUPPORT_SOURCES;

const TO_CLINIC: Omit<Redirect, 'rule'> = {
  to: 'clinique_situations_difficiles', programme: 'clinic',
  reason: { fr: 'Les difficultés de management d’équipe relèvent de la clinique des situations difficiles.', en: 'Team-management difficulties belong to the difficult-situations clinic.' },
};
const TO_COACHING: Omit<Redirect, 'rule'> = {
  to: 'accompagnement_carriere', programme: 'coaching',
  reason: { fr: 'Les questions de carrière (évolution, mobilité) relèvent de l’accompagnement de carrière.', en: 'Career questions (development, mobility) belong to career coaching.' },
};
const TO_HR: Omit<Redirect, 'rule'> = {
  to: 'courrier_soutien', programme: 'hr-support',
  reason: { fr: 'Un problème RH avec votre administration relève du soutien RH (courrier de soutien, saisine de la DRH du numérique).', en: 'An HR problem with your administration belongs to HR support (support letter, referral to the DRH du numérique).' },
};
const TO_GROUP: Omit<Redirect, 'rule'> = {
  to: 'groupe_soutien',
  reason: { fr: 'Le groupe de soutien de la communauté écoute toute personne en difficulté au travail, et peut proposer une médiation.', en: 'The community support group listens to anyone struggling at work, and may offer mediation.' },
};

/** `what.fr` is the whole French subject with its agreement ("La clinique est réservée", "Le soutien RH est réservé"). */
function intraRule(id: string, source: Rule['source'], what: Bilingual, redirect?: Omit<Redirect, 'rule'>): Rule {
  return {
    id, source, reads: ['domaine'],
    label: { fr: 'Être intrapreneur·e', en: 'Be an intrapreneur' },
    condition: {
      kind: 'equals', input: 'domaine', value: 'Intraprenariat',
      met: { fr: 'Vous êtes intrapreneur·e (domaine Intraprenariat).', en: 'You are an intrapreneur (domain Intraprenariat).' },
      failed: { fr: `${what.fr} aux intrapreneur·es (domaine Intraprenariat).`, en: `${what.en} is for intrapreneurs only (domain Intraprenariat).` },
      fix: null,
      ...(redirect ? { redirect } : {}),
    },
  };
}

/** Which programme fits topics best when the current one does not. */
function redirectFor(topics: readonly SupportTopic[], exclude: string): Omit<Redirect, 'rule'> {
  if (exclude !== 'clinic' && topics.includes('management_equipe')) return TO_CLINIC;
  if (exclude !== 'coaching' && topics.includes('evolution_carriere')) return TO_COACHING;
  if (exclude !== 'hr-support' && topics.includes('probleme_rh_administration')) return TO_HR;
  return TO_GROUP;
}

/**
 * Outcome of a scope (topic) criterion. When it fails, the fix never invites to pick another topic (the topic is
 * the person's need, not a setting to tune): it is a `redirect` change naming the programme that fits.
 */
function topicOutcome(s: Situation, met: boolean, threshold: SupportTopic | readonly SupportTopic[], thresholdText: Bilingual, text: Bilingual | { readonly scope: Bilingual }, rule: string, exclude: string): Outcome {
  const topics = s.topics ?? [];
  const redirect = { ...redirectFor(topics, exclude), rule };
  // `{ scope }`: the programme's scope, completed by the reason of the redirect, which depends on the topics (the
  // clinic asked about an HR problem never says "career questions are excluded").
  const message = 'scope' in text ? { fr: `${text.scope.fr} ${redirect.reason.fr}`, en: `${text.scope.en} ${redirect.reason.en}` } : text;
  return {
    met, value: topics, valueText: valueText('topics', topics), threshold, thresholdText, message,
    ...(met ? {} : {
      fix: { kind: 'redirect' as const, rule, to: redirect.to, ...(redirect.programme ? { programme: redirect.programme } : {}), fr: redirect.reason.fr, en: redirect.reason.en },
      redirect,
    }),
  };
}

const stopped = (s: Situation) => s.startupStatus === 'stopped' || s.startupStatus === 'transferred';

/** Career coaching (pillar 2): volunteers, current intras or intras who left within the setting (12 months). */
export const COACHING_RULES: RuleSet = {
  id: 'coaching',
  label: { fr: 'Accompagnement de carrière des intras', en: 'Career coaching for intras' },
  source: SOURCES.careers,
  groups: [
    { id: 'profil', label: { fr: 'Votre profil', en: 'Your profile' }, inputs: ['domaine', 'missionEnd'] },
    { id: 'demande', label: { fr: 'Votre demande', en: 'Your request' }, inputs: ['volunteer', 'topics', 'startupStatus'] },
  ],
  rules: [
    intraRule('COACHING_INTRA', SOURCES.careers, { fr: 'L’accompagnement de carrière est réservé', en: 'Career coaching' }),
    {
      id: 'COACHING_RECENT', source: SOURCES.careers, reads: ['missionEnd'],
      label: { fr: 'Être intra en poste ou l’avoir quitté récemment', en: 'Be a current intra or have left recently' },
      condition: {
        kind: 'check', threshold: { fr: 'mission en cours, ou terminée depuis au plus N mois (réglage, 12)', en: 'mission ongoing, or ended at most N months ago (setting, 12)' },
        test: (s: Situation, ctx: Context): Outcome => {
          const n = ctx.settings.coachingRecentMonths;
          const end = s.missionEnd ?? null;
          const limit = end === null ? null : addMonths(end, n);
          const met = limit === null || ctx.now <= limit;
          const vt = end === null ? { fr: 'mission en cours', en: 'mission ongoing' } : { fr: `fin de mission le ${formatDate(end).fr}`, en: `mission ended on ${formatDate(end).en}` };
          const tt = { fr: `mission en cours ou terminée depuis au plus ${months(n).fr}`, en: `mission ongoing or ended at most ${months(n).en} ago` };
          if (met) return { met, value: end, valueText: vt, threshold: n, thresholdText: tt, message: { fr: 'Vous êtes intra en poste ou l’avez quitté récemment.', en: 'You are a current intra or left recently.' } };
          const message = { fr: `L’accompagnement est ouvert jusqu’à ${months(n).fr} après la fin de mission, soit jusqu’au ${formatDate(limit!).fr}.`, en: `Coaching is open up to ${months(n).en} after the mission ends, that is until ${formatDate(limit!).en}.` };
          return { met, value: end, valueText: vt, threshold: n, thresholdText: tt, message, fix: { kind: 'impossible', rule: 'COACHING_RECENT', fr: message.fr, en: message.en } };
        },
      },
    },
    {
      id: 'COACHING_VOLUNTEER', source: SOURCES.careers, reads: ['volunteer'],
      label: { fr: 'Être volontaire', en: 'Volunteer for it' },
      condition: {
        kind: 'equals', input: 'volunteer', value: true,
        met: { fr: 'Vous êtes volontaire pour être accompagné·e.', en: 'You volunteer for coaching.' },
        failed: { fr: 'L’accompagnement individuel est réservé aux volontaires.', en: 'Individual coaching is for volunteers only.' },
        fix: { fr: 'Il suffit d’en faire la demande : l’accompagnement se fait sur la base du volontariat.', en: 'Just ask for it: coaching is on a voluntary basis.' },
      },
    },
    {
      id: 'COACHING_SCOPE', source: SOURCES.careers, reads: ['topics'],
      label: { fr: 'Une demande qui porte sur la carrière', en: 'A request about one’s career' },
      condition: {
        kind: 'check', threshold: { fr: 'pas uniquement du management d’équipe (→ clinique) ni un problème RH avec l’administration (→ soutien RH)', en: 'not only team management (→ clinic) nor an HR problem with the administration (→ HR support)' },
        test: (s) => {
          const topics = s.topics ?? [];
          const only = topics.every((t) => t === 'management_equipe' || t === 'probleme_rh_administration');
          const hrOnly = topics.every((t) => t === 'probleme_rh_administration');
          return topicOutcome(s, !only, ['evolution_carriere'], { fr: 'une question de carrière (évolution, mobilité)', en: 'a career question (development, mobility)' },
            !only ? { fr: 'Votre demande relève de l’accompagnement de carrière.', en: 'Your request fits career coaching.' }
              : hrOnly ? { fr: 'Un problème RH avec votre administration relève du soutien RH (courrier de soutien, saisine de la DRH du numérique), pas de l’accompagnement de carrière.', en: 'An HR problem with your administration belongs to HR support (support letter, referral to the DRH du numérique), not to career coaching.' }
                : { fr: 'Une difficulté de management d’équipe relève de la clinique des situations difficiles, pas de l’accompagnement de carrière.', en: 'A team-management difficulty belongs to the difficult-situations clinic, not to career coaching.' },
            'COACHING_SCOPE', 'coaching');
        },
      },
    },
  ],
  hints: [
    {
      id: 'PRIORITY_STARTUP_ENDED', kind: 'priority', source: SOURCES.stop, reads: ['startupStatus'],
      label: { fr: 'Start-up arrêtée ou transférée', en: 'Start-up stopped or transferred' },
      test: stopped,
      message: { fr: 'Votre start-up est arrêtée ou transférée : votre demande peut être prioritaire.', en: 'Your start-up was stopped or transferred: your request may get priority.' },
    },
    {
      id: 'PRIORITY_MISSION_ENDING', kind: 'priority', source: SOURCES.stop, reads: ['missionEnd'],
      label: { fr: 'Mission qui se termine bientôt', en: 'Mission ending soon' },
      test: (s, ctx) => s.missionEnd != null && s.missionEnd >= ctx.now && s.missionEnd <= addMonths(ctx.now, ctx.settings.priorityMissionEndMonths),
      message: (ctx) => {
        const m = months(ctx.settings.priorityMissionEndMonths);
        return { fr: `Votre mission se termine dans moins de ${m.fr} : votre demande peut être prioritaire.`, en: `Your mission ends within ${m.en}: your request may get priority.` };
      },
    },
  ],
};

/** Difficult-situations clinic: intras only; team management and posture as a manager only. */
export const CLINIC_RULES: RuleSet = {
  id: 'clinic',
  label: { fr: 'Coaching RH : clinique des situations difficiles', en: 'HR coaching: difficult-situations clinic' },
  source: SOURCES.clinic,
  groups: [
    { id: 'profil', label: { fr: 'Votre profil', en: 'Your profile' }, inputs: ['domaine'] },
    { id: 'demande', label: { fr: 'Votre demande', en: 'Your request' }, inputs: ['topics', 'startupStatus'] },
  ],
  rules: [
    intraRule('CLINIC_INTRA', SOURCES.clinicAudience, { fr: 'La clinique est réservée', en: 'The clinic' }, TO_GROUP),
    {
      id: 'CLINIC_SCOPE', source: SOURCES.clinic, reads: ['topics'],
      label: { fr: 'Une difficulté de management d’équipe', en: 'A team-management difficulty' },
      condition: {
        kind: 'check', threshold: { fr: 'les sujets incluent le management d’équipe', en: 'topics include team management' },
        test: (s) => {
          const met = (s.topics ?? []).includes('management_equipe');
          return topicOutcome(s, met, 'management_equipe', valueText('topics', ['management_equipe']),
            met ? { fr: 'Votre demande porte sur le management d’équipe.', en: 'Your request is about team management.' }
              : { scope: { fr: 'La clinique traite uniquement des difficultés de management d’équipe et de posture de manager.', en: 'The clinic only deals with team-management difficulties and one’s posture as a manager.' } },
            'CLINIC_SCOPE', 'clinic');
        },
      },
    },
  ],
  hints: [
    {
      id: 'OFFER_CLOSING_RETROSPECTIVE', kind: 'offer', offer: 'retrospective_cloture', source: SOURCES.clinicRetro, reads: ['startupStatus'],
      label: { fr: 'Rétrospective de clôture', en: 'Closing retrospective' },
      test: (s) => s.startupStatus === 'stopped' || s.startupStatus === 'merged',
      message: { fr: 'Votre start-up est arrêtée ou fusionnée : la clinique peut animer une rétrospective de clôture, menée par une personne extérieure à l’équipe.', en: 'Your start-up was stopped or merged: the clinic can run a closing retrospective, led by someone outside the team.' },
    },
  ],
};

/** HR support (courrier de soutien, saisine de la DRH du numérique): intras who are public agents, HR problems. */
export const HR_SUPPORT_RULES: RuleSet = {
  id: 'hr-support',
  label: { fr: 'Soutien RH : courrier de soutien, saisine de la DRH du numérique', en: 'HR support: support letter, referral to the DRH du numérique' },
  source: SOURCES.careersHr,
  groups: [
    { id: 'profil', label: { fr: 'Votre profil', en: 'Your profile' }, inputs: ['domaine', 'publicAgent'] },
    { id: 'demande', label: { fr: 'Votre demande', en: 'Your request' }, inputs: ['topics', 'hrAction'] },
    { id: 'saisine', label: { fr: 'La saisine', en: 'The referral' }, inputs: ['homeAdministration', 'summary'] },
  ],
  rules: [
    intraRule('HR_INTRA', SOURCES.careersHr, { fr: 'Le soutien RH est réservé', en: 'HR support' }, TO_GROUP),
    {
      id: 'HR_PUBLIC_AGENT', source: SOURCES.missionModel, reads: ['publicAgent'],
      label: { fr: 'Être agent public', en: 'Be a public agent' },
      condition: {
        kind: 'equals', input: 'publicAgent', value: true,
        met: { fr: 'Vous êtes agent public.', en: 'You are a public agent.' },
        failed: { fr: 'Le soutien RH auprès de l’administration concerne les intras agents publics.', en: 'HR support with the administration is for intras who are public agents.' },
        fix: null,
      },
    },
    {
      id: 'HR_TOPIC', source: SOURCES.careersHr, reads: ['topics'],
      label: { fr: 'Un problème RH avec l’administration', en: 'An HR problem with the administration' },
      condition: {
        kind: 'check', threshold: { fr: 'les sujets incluent un problème RH avec l’administration', en: 'topics include an HR problem with the administration' },
        test: (s) => {
          const met = (s.topics ?? []).includes('probleme_rh_administration');
          return topicOutcome(s, met, 'probleme_rh_administration', valueText('topics', ['probleme_rh_administration']),
            met ? { fr: 'Votre demande porte sur un problème RH avec votre administration.', en: 'Your request is about an HR problem with your administration.' }
              : { scope: { fr: 'Le soutien RH concerne les problèmes RH avec l’administration.', en: 'HR support is about HR problems with the administration.' } },
            'HR_TOPIC', 'hr-support');
        },
      },
    },
    {
      id: 'HR_REFERRAL_DETAILS', source: SOURCES.careersHr, reads: ['homeAdministration', 'summary'],
      label: { fr: 'Saisine : administration d’origine et résumé', en: 'Referral: home administration and summary' },
      when: {
        reads: ['hrAction'],
        description: { fr: 'pour une saisine de la DRH du numérique', en: 'for a referral to the DRH du numérique' },
        test: (s) => s.hrAction === 'saisine_drh_numerique',
        independent: true,
      },
      condition: {
        kind: 'check', threshold: { fr: 'administration d’origine et résumé renseignés', en: 'home administration and summary given' },
        test: (s) => ({
          met: true, value: { homeAdministration: s.homeAdministration }, valueText: { fr: s.homeAdministration ?? '', en: s.homeAdministration ?? '' },
          threshold: null, thresholdText: { fr: 'renseignés', en: 'given' },
          message: { fr: 'La saisine comporte votre administration d’origine et un résumé.', en: 'The referral gives your home administration and a summary.' },
        }),
      },
    },
  ],
  hints: [],
};
