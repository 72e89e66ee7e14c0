/** Support requests: the shared schema of `<intra-support-request>` and the receiver, and pure helpers. */
export {
  SUPPORT_KINDS, type SupportKind, SupportKindSchema, SUPPORT_TOPICS, type SupportTopic, SupportTopicSchema,
  PREFERRED_CONTACTS, type PreferredContact, PreferredContactSchema, SUPPORT_KIND_LABELS, PREFERRED_CONTACT_LABELS,
  SUPPORT_LIMITS, type SupportField, SUPPORT_KIND_FIELDS, SUPPORT_FIELD_LABELS, EMAIL_PATTERN, EmailSchema, UUID_PATTERN,
  IdempotencyKeySchema, SupportConsentSchema, type SupportConsent, SupportRequestSchema, type SupportRequest,
  validateSupportRequest, DEFAULT_MIN_FILL_TIME_MS, spamCheck, type StoredSupportRequest, storedPart,
  SUPPORT_REFERENCE_PATTERN, supportReference, parseSupportReference, type SupportMailto, mailtoFor,
  SUPPORT_KIND_PROGRAMMES, situationFromRequest, type SupportEligibility, eligibilityFor,
} from './request.js';
