/** French and English messages of `<intra-support-request>` (typed keys: the English catalogue, in `support-request.i18n.en.ts` and loaded on demand, must have every key). */
import { plural, registerMessages } from '../shared/i18n.js';

/**
 * A delay in seconds as people say it, the same in French and English: `45 s`, `2 min`, `1 h`, `1 h 30 min`
 * (rounded up to the minute from one minute on). `Retry-After: 99999` is capped at an hour by the delivery, so `1 h`.
 */
export function humanDelay(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.ceil(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

export const supportRequestFr = {
  supportTitle: 'Demande d’accompagnement',
  supportTitleKind: (kind: string) => `Demande : ${kind}`,
  supportIntro: 'Tous les champs sont obligatoires, sauf mention contraire.',
  supportOptional: '(facultatif)',
  supportBadKind: (value: string) => `L’attribut kind doit valoir clinique_situations_difficiles, courrier_soutien, saisine_drh_numerique ou accompagnement_carriere, ou être absent pour laisser choisir (reçu : « ${value} »).`,
  supportErrorTitle: 'Le formulaire ne peut pas s’afficher',
  supportKindLegend: 'Type de demande',
  supportKindHint_clinique_situations_difficiles: 'Une difficulté de management d’équipe ou de posture de manager.',
  supportKindHint_courrier_soutien: 'Un courrier à votre administration d’origine pour appuyer votre situation.',
  supportKindHint_saisine_drh_numerique: 'Un problème RH avec votre administration, porté à la DRH du numérique.',
  supportKindHint_accompagnement_carriere: 'Un accompagnement individuel sur votre évolution ou votre mobilité.',
  supportHint_email: 'Format attendu : nom@domaine.fr. L’équipe vous répond à cette adresse.',
  supportHint_topics: 'Cochez tout ce qui concerne votre demande.',
  supportHint_summary: 'Ce que la DRH du numérique doit savoir : les faits, les dates, ce que vous demandez.',
  supportHint_message: 'Décrivez votre situation avec vos mots.',
  supportHint_homeAdministration: 'Par exemple : Direction générale des Finances publiques.',
  supportConfidentiality: 'Votre demande est confidentielle. Elle n’est jamais transmise à votre administration, à votre équipe ni à personne d’autre sans votre accord.',
  supportConsentLegend: 'Votre accord',
  supportConsentHandling: 'J’accepte que l’équipe lise et traite ma demande.',
  supportConsentHandlingHint: (readers: string, months: number) => `Lue uniquement par ${readers}. Conservée ${months} mois, puis effacée.`,
  supportConsentFollowUp: 'J’accepte d’être recontacté·e après l’échange pour un suivi.',
  supportConsentFollowUpHint: 'Par exemple 3 à 4 semaines après, pour savoir où vous en êtes. Vous pouvez refuser sans conséquence.',
  supportReaders_clinique_situations_difficiles: 'les coachs de la clinique des situations difficiles et l’équipe d’accompagnement des intras',
  supportReaders_courrier_soutien: 'l’équipe d’accompagnement des intras, qui rédige le courrier',
  supportReaders_saisine_drh_numerique: 'l’équipe d’accompagnement des intras et la DRH du numérique',
  supportReaders_accompagnement_carriere: 'les coachs de carrière et l’équipe d’accompagnement des intras',
  supportReaders_any: 'l’équipe d’accompagnement des intras',
  supportDraft: 'Garder un brouillon sur cet appareil',
  supportDraftHint: (days: number) => `Rien n’est enregistré sans cette case. Le brouillon reste dans ce navigateur seulement, ${days} ${plural(days, 'jour', 'jours')} au plus, et il est effacé à l’envoi ou si vous décochez la case.`,
  supportDraftRestored: 'Votre brouillon a été restauré.',
  supportHoneypot: 'Ne remplissez pas ce champ',
  supportSubmit: 'Envoyer ma demande',
  supportErrorSummary: (n: number) => `Le formulaire contient ${n} ${plural(n, 'erreur', 'erreurs')}`,
  supportRequired: 'Ce champ est obligatoire.',
  supportRequiredKind: 'Choisissez le type de demande.',
  supportRequiredTopics: 'Cochez au moins un sujet.',
  supportRequiredConsent: 'Cochez cette case pour que l’équipe puisse traiter votre demande.',
  supportInvalidEmail: 'Saisissez une adresse électronique valide, par exemple nom@domaine.fr.',
  supportTooLong: (max: number) => `Au plus ${max} caractères.`,
  supportContinueHere: 'Continuer ma demande ici',
  supportPrecheckIneligible: 'Ce dispositif ne semble pas correspondre à votre situation',
  supportPrecheckLead: 'D’après ce que nous savons déjà :',
  supportRedirectInline: 'D’après les sujets cochés, un autre dispositif vous correspond peut-être mieux :',
  supportSending: 'Envoi de votre demande…',
  supportWaitingTitle: 'En attente d’envoi',
  supportWaitingOffline: 'Vous semblez hors ligne. Votre demande est gardée sur cet appareil et partira dès que la connexion reviendra, ou à votre prochaine visite de cette page.',
  supportWaitingRetry: (seconds: number) => `Le service ne répond pas pour l’instant. Votre demande est gardée sur cet appareil ; nouvel essai dans ${humanDelay(seconds)}.`,
  supportWaitingNoDouble: 'Inutile de la renvoyer : elle ne sera enregistrée qu’une fois.',
  supportRetryNow: 'Réessayer maintenant',
  supportSentTitle: 'Demande envoyée',
  supportReferenceLabel: 'Votre numéro de suivi :',
  supportReferenceHint: 'Gardez-le : il permet à l’équipe de retrouver votre demande.',
  supportReceivedNoReference: 'Votre demande a bien été reçue. Le service n’a pas donné de numéro de suivi : l’équipe vous répondra à l’adresse indiquée.',
  supportOtherReferences: 'Demandes envoyées depuis cet appareil :',
  supportRecap: 'Ce que vous avez envoyé',
  supportNewRequest: 'Envoyer une autre demande',
  supportHandedTitle: 'Demande transmise',
  supportHandedText: 'Votre demande a été transmise à l’équipe.',
  supportRejectedTitle: 'La demande n’a pas été acceptée',
  supportEdit: 'Modifier ma demande',
  supportMailtoTitle: 'Dernière étape : envoyez votre demande par courriel',
  supportMailtoLead: (to: string) => `Ce site n’envoie pas la demande lui-même. Ouvrez votre messagerie avec le texte prêt à envoyer à ${to}, ou copiez-le.`,
  supportMailtoLeadNoTo: 'Ce site n’envoie pas la demande lui-même. Copiez le texte ci-dessous et envoyez-le à l’équipe d’accompagnement des intras.',
  supportMailtoOpen: 'Ouvrir ma messagerie',
  supportMailtoSubject: 'Objet',
  supportMailtoBody: 'Texte',
  supportCopy: 'Copier le texte',
  supportCopied: 'Texte copié.',
  supportYes: 'oui',
  supportNo: 'non',
  supportFollowUpRecap: 'Recontact pour le suivi',
  supportAnnounceErrors: (n: number) => `${n} ${plural(n, 'erreur', 'erreurs')} dans le formulaire`,
};

export type SupportRequestMessages = typeof supportRequestFr;

registerMessages(supportRequestFr, () => import('./support-request.i18n.en.js').then((m) => m.supportRequestEn));
