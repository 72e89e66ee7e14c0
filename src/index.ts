/**
 * `@betagouv/intras`: the public API of the domain library (explicit named re-exports only).
 * Pure TypeScript + zod/mini: no DOM, no Lit, no side effects at import.
 */
export {
  type Lang, type Issue, type ParseResult, type RejectedRecord, type ListResult,
  formatPath, describeIssue, parseWith, parseList, withIndexes, rejectDuplicates, DomainError, isDomainError, unknownKeys,
} from './shared/issues.js';
export {
  type CalendarDate, isCalendarDate, assertCalendarDate, daysInMonth, toCalendarDate, daysBetween, addDays, addMonths,
  compareDates, maxDate, minDate, MIN_CALENDAR_YEAR, MAX_CALENDAR_YEAR, isInCalendarRange,
} from './shared/dates.js';
export { CalendarDateSchema, InstantSchema, SlugSchema, UrlOrPathSchema, FIELD_LIMITS } from './shared/schema.js';
export { foldText, hasVisibleText } from './shared/text.js';
export { isUrlOrPath, isHttpUrl, DUMMY_BASE_URL, MAX_URL_LENGTH } from './shared/urls.js';

export {
  PHASE_NAMES, PhaseNameSchema, type PhaseName, PHASE_LABELS, ACTIVE_PHASES, PhaseSchema, type Phase,
  STARTUP_EVENT_NAMES, StartupEventNameSchema, type StartupEventName, StartupEventSchema, type StartupEvent,
  StartupSchema, type Startup, startupUrl, currentPhase, isActive, reachedPhase,
} from './startups/startup.js';
export {
  SPONSOR_TYPES, DOMAINES_MINISTERIELS, OrganisationSchema, type Organisation, IncubatorSchema, type Incubator,
} from './organisations/organisation.js';
export {
  DOMAINES, DomaineSchema, type Domaine, MISSION_STATUSES, MissionStatusSchema, type MissionStatus, MISSION_STATUS_LABELS,
  LEGAL_STATUSES, LegalStatusSchema, type LegalStatus, LEGAL_STATUS_LABELS, CategorieFPSchema, VersantSchema,
  MissionSchema, type Mission, HeldCertificationSchema, IntrapreneurProfileSchema, type IntrapreneurProfile, isMissionActive,
} from './members/member.js';
export {
  CAREER_STAGES, CareerStageSchema, type CareerStage, POSITION_KINDS, PositionKindSchema, type PositionKind,
  ExternalRefSchema, type ExternalRef, PositionSchema, type Position, sortPositions, positionsByStage, careerStartupGhids,
  CAREER_ARCHETYPES, CareerArchetypeSchema, type CareerArchetype, CareerPathSchema, type CareerPath,
} from './careers/career.js';
export {
  RS6247_COMPETENCE_IDS, Rs6247CompetenceIdSchema, type Rs6247CompetenceId, RS6247_SHORT_LABELS,
} from './skills/rs6247-ids.js';
export {
  PORTRAIT_CATEGORIES, PortraitCategorySchema, type PortraitCategory, PORTRAIT_CATEGORY_LABELS, PortraitStatusSchema,
  type PortraitStatus, ConsentSchema, type Consent, PortraitStartupSchema, PortraitSchema, type Portrait,
  PortraitsDocumentSchema, parsePortraits, parsePortraitsStepwise, type PortraitsResult, PORTRAIT_OPTIONAL_PARTS, isPublishable, portraitSearchText,
  type PortraitFilter, filterPortraits, type FacetValue, portraitFacetValues, initials,
} from './portraits/portrait.js';
export {
  decodeHtmlEntities, ApiStartupRecordSchema, type ApiStartupRecord, startupFromApi, type ApiStartupsResult,
  parseApiStartups, ApiOrganisationSchema, parseApiOrganisations, ApiIncubatorSchema, parseApiIncubators,
  ApiAuthorSchema, type ApiAuthor, parseApiAuthors,
} from './sources/betagouv-v27.js';
export {
  FIRST_SESSION_YEAR, MONTH_SLUGS, SeasonSchema, type Season, SessionIdSchema, SessionStatusSchema, type SessionStatus,
  CertificationSessionSchema, type CertificationSession, type SessionCalendarOptions, generateSessions, isApplicationOpen,
  daysLeftToApply, sessionStatus, nextSession, nthSessionAfter, lastSessionAfterLeaving, sessionById,
  CertificationSessionsDocumentSchema, parseSessions,
} from './certification/session.js';

// ---- skills frameworks, RS6247 certification (dossier, application, Open Badges 3.0) — issue 3 ----
export {
  LocalizedTextSchema, type LocalizedText, CompetenceIdSchema, type CompetenceId, SemverSchema, OrdinalScaleSchema,
  OutcomeScaleSchema, LevelScaleSchema, type LevelScale, RegistryRefSchema, type RegistryRef, DeprecationSchema,
  CompetenceSchema, type Competence, CompetenceGroupSchema, ReleaseSchema, type Release, SkillFrameworkSchema,
  type SkillFramework, type SkillFrameworkInput, parseSkillFramework, compareSemver, checkEvolution,
  type DeprecationWarning, type CompetenceLookup, findCompetence, activeCompetences,
  unknownFrameworkKeys, OB3_ACHIEVEMENT_TYPES, AchievementTypeSchema,
} from './skills/framework.js';
export {
  CROSSWALK_RELATIONS, CrosswalkRelationSchema, type CrosswalkRelation, CrosswalkSourceSchema, type CrosswalkSource,
  CrosswalkTargetSchema, CrosswalkRowSchema, type CrosswalkRow, CrosswalkSchema, type Crosswalk,
  type QualifiedCrosswalkRow, crosswalkRows, crosswalkFor,
} from './skills/crosswalk.js';
export { RS6247_FRAMEWORK, RS6247_REGISTRY } from './skills/rs6247.js';
export {
  DOSSIER_ITEM_KINDS, DossierItemKindSchema, type DossierItemKind, DOSSIER_ITEMS, DossierItemSchema, type DossierItem,
  type DossierCheck, checkDossier,
} from './certification/dossier.js';
export { RS6247_CERTIFICATION, type ProcessStep } from './certification/certification.js';
export {
  APPLICATION_STATUSES, ApplicationStatusSchema, type ApplicationStatus, APPLICATION_STATUS_LABELS,
  APPLICATION_TRANSITIONS, JuryRoleSchema, OutcomeSchema, type Outcome, CompetenceEvaluationSchema,
  type CompetenceEvaluation, LetterToAdministrationSchema, type LetterToAdministration, CertificationApplicationSchema,
  type CertificationApplication, parseCertificationApplication, canTransition, type ApplicationErrorInfo,
  type ApplicationErrorCode, type ApplicationError, type TransitionInput, transition, recordLetter, outcomeCounts,
  EvaluationValueSchema, type EvaluationValue, checkEvaluations, type ApplicationParseOptions, APPLICATION_ERROR_CODES,
  isApplicationError,
} from './certification/application.js';
export {
  OB3_CONTEXT, DEFAULT_ID_BASE, DEFAULT_ISSUER, type Ob3Alignment, type Ob3ResultDescription, type Ob3Profile,
  type Ob3Achievement, type Ob3AchievementDocument, type Ob3Result, type Ob3Credential, type OpenBadgeOptions,
  achievementFromFramework, openBadgeAchievement, type CredentialOptions, openBadgeCredential,
  type Ob3RubricCriterionLevel, type OpenBadgeErrorInfo, type OpenBadgeErrorCode, type OpenBadgeError, isOpenBadgeError,
} from './certification/openbadge.js';
export {
  type Bilingual, type ProgrammeId, type RedirectTarget, SUPPORT_TOPICS, type SupportTopic, STARTUP_STATUSES, type StartupStatus,
  HR_ACTIONS, type HrAction, type Situation as EligibilitySituation, type InputKey, type EligibilitySettings,
  type ResolvedSettings as ResolvedEligibilitySettings, type Context as EligibilityContext, type Source as RuleSource,
  type Redirect, type Change as EligibilityChange, type Counterfactual, type Outcome as CriterionOutcome,
  type Condition as EligibilityCondition, type Rule as EligibilityRule, type Hint as EligibilityHint,
  type QuestionGroup, type RuleSet, type Criterion, type FailedCriterion, type Suggestion as EligibilitySuggestion,
  type EligibleVerdict, type IneligibleVerdict, type IncompleteVerdict, type Verdict,
  type InputType, type Choice as InputChoice, type InputSpec, TOPIC_LABELS, STARTUP_STATUS_LABELS, HR_ACTION_LABELS,
  INPUTS as ELIGIBILITY_INPUTS, SituationSchema as EligibilitySituationSchema, parseSituation, isAnswered, isOfInputType,
  EARLIEST_NOW as ELIGIBILITY_EARLIEST_NOW, LATEST_NOW as ELIGIBILITY_LATEST_NOW, assertNow as assertEligibilityNow,
  DEFAULT_SETTINGS as DEFAULT_ELIGIBILITY_SETTINGS, resolveSettings as resolveEligibilitySettings, evaluate, askingOrder,
  type Question as EligibilityQuestion, type PendingGroup, sessionChoices, questionsFor, SOURCES as ELIGIBILITY_SOURCES,
  CERTIFICATION_RULES, COACHING_RULES, CLINIC_RULES, HR_SUPPORT_RULES, PROGRAMMES, RULE_SETS, isProgramme, loadRuleSet,
  type MemberLike, PUBLIC_AGENT_LEGAL_STATUSES, startupStatusOf, situationFromBetaGouv,
} from './eligibility/index.js';
export {
  JOB_FIELD_LIMITS, VERSANTS, JobVersantSchema, type Versant, CATEGORIES, JobCategorieSchema, type Categorie, OPEN_TO, OpenToSchema,
  type OpenTo, CONTRACT_KINDS, ContractKindSchema, type ContractKind, WORKING_TIMES, WorkingTimeSchema, type WorkingTime,
  REMOTE_KINDS, RemoteSchema, type Remote, JOB_STATUSES, JobStatusSchema, type JobStatus, SOURCE_KINDS, SourceKindSchema,
  type SourceKind, METIER_SCHEMES, JOB_LABELS, EmployerSchema, JobLocationSchema, MetierReferenceSchema, type MetierReference,
  JobSourceSchema, JobPostingSchema, type JobPosting, JobPostingsDocumentSchema, JOB_OPTIONAL_PARTS, type JobRecordReport,
  type JobRecordOutcome, checkJobPosting, isOpen, daysUntilClose, closingDate, DEFAULT_OPEN_DAYS,
  REGIONS, type Region, type Departement, DEPARTEMENTS, DEPARTEMENT_CODE_PATTERN, departementByName, regionByName,
  departementOfPostalCode, departementFromText,
  JOB_FORMATS, type JobFormat, JOB_FORMAT_LABELS, JOB_FIELD_SOURCES, sourceFieldName,
  type MergeReason, type JobMerge, type DedupeResult, normaliseUrl, normaliseTitle, dedupeKeys, dedupeJobPostings,
  FRENCH_STOP_WORDS, stemFr, processToken, searchTokens, containsPhrase,
  type LexiconTerm, COMPETENCE_TERMS, type Passerelle, PASSERELLES,
  type CompetenceMatch, type PasserelleMatch, type JobMatch, MIN_COMPETENCE_SCORE, MIN_RELEVANCE, JOB_FAMILIES, type JobFamily,
  JOB_FAMILY_LABELS, jobFamily, type JobFilters, JOB_FACETS, type JobFacet, type JobSearchOptions, type JobIndexOptions, type JobHit,
  type JobSearchResult, type JobIndex, explainMatch, createJobIndex,
  employmentTypes, jsonLdDescription, toJobPostingJsonLd, jsonLdScriptText,
  type JobDocumentError, type JobImportResult, frenchDate, parseJobPostings, parseJobPostingsStepwise, postingsList,
  fromJobPostingJsonLd, fromHtmlJsonLd, extractJsonLdBlocks, jobPostingNodes, htmlToText, type JsonLdOptions,
  fromCspCsv, CSP_CSV_HEADERS, CSP_CSV_REQUIRED_HEADERS, type CspCsvHeader, fromPepExport, isPepExport, type PepOffer,
  fromNotionExport, isNotionExport, notionText, detectJobFormat, detectJsonFormat, importJobs, type ImportJobsOptions,
} from './jobs/index.js';

// ---- support requests (the schema shared by <intra-support-request> and the receiver) — issue 9 ----
export {
  SUPPORT_KINDS, type SupportKind, SupportKindSchema, SupportTopicSchema,
  PREFERRED_CONTACTS, type PreferredContact, PreferredContactSchema, SUPPORT_KIND_LABELS, PREFERRED_CONTACT_LABELS,
  SUPPORT_LIMITS, type SupportField, SUPPORT_KIND_FIELDS, SUPPORT_FIELD_LABELS, EMAIL_PATTERN, EmailSchema, UUID_PATTERN,
  IdempotencyKeySchema, SupportConsentSchema, type SupportConsent, SupportRequestSchema, type SupportRequest,
  validateSupportRequest, DEFAULT_MIN_FILL_TIME_MS, spamCheck, type StoredSupportRequest, storedPart,
  SUPPORT_REFERENCE_PATTERN, supportReference, parseSupportReference, type SupportMailto, mailtoFor,
  SUPPORT_KIND_PROGRAMMES, situationFromRequest, type SupportEligibility, eligibilityFor,
} from './support/index.js';
