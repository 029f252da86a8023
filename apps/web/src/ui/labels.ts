import type {
  ApplicationStatus,
  EntryRequirement,
  FacilityKind,
  OfferKind,
  StudyLevel,
  VirtualFormat,
} from '../gql/graphql';

const LEVELS: Record<StudyLevel, string> = { BSC: 'BSc', MSC: 'MSc', PHD: 'PhD', PROFESSIONAL: 'Professional' };
export const levelLabel = (level: StudyLevel) => LEVELS[level] ?? level;

const KINDS: Record<OfferKind, string> = { INTERNSHIP: 'Internship', SITE_VISIT: 'Site visit' };
export const offerKindLabel = (kind: OfferKind) => KINDS[kind] ?? kind;

const FORMATS: Record<VirtualFormat, string> = {
  VR_TOUR: 'VR cleanroom tour',
  LIVE_STREAM: 'Live-streamed visit',
  SELF_PACED: 'Self-paced module',
};
export const formatLabel = (format: VirtualFormat) => FORMATS[format] ?? format;

const FACILITIES: Record<FacilityKind, string> = {
  GMP_CLEANROOM: 'GMP cleanroom',
  PRE_GMP_LAB: 'Pre-GMP laboratory',
  QC_LAB: 'QC laboratory',
  PROCESS_DEVELOPMENT_LAB: 'Process-development laboratory',
  OTHER: 'Other site',
};
export const facilityKindLabel = (kind: FacilityKind) => FACILITIES[kind] ?? kind;

const REQUIREMENTS: Record<EntryRequirement, string> = {
  GOWNING_QUALIFICATION: 'Gowning qualification',
  VACCINATION: 'Vaccinations up to date',
  NDA: 'Signed non-disclosure agreement',
  MINIMUM_AGE: 'Minimum age',
};
export const requirementLabel = (requirement: EntryRequirement) => REQUIREMENTS[requirement] ?? requirement;

// Badge colours with at least 4.5:1 against white (as text of an outline badge, or behind white text).
export const TONES = {
  neutral: '#495057',
  info: '#1864ab',
  attention: '#a23b00',
  success: '#2b6e36',
  danger: '#b02525',
  waiting: '#805300',
  virtual: '#5f3dc4',
  brand: '#087f5b',
} as const;

const STATUSES: Record<ApplicationStatus, { label: string; color: string }> = {
  SUBMITTED: { label: 'Submitted', color: TONES.neutral },
  SHORTLISTED: { label: 'Shortlisted', color: TONES.info },
  OFFERED: { label: 'Offered: answer now', color: TONES.attention },
  ACCEPTED: { label: 'Accepted', color: TONES.success },
  DECLINED: { label: 'Declined', color: TONES.neutral },
  REJECTED: { label: 'Not selected', color: TONES.danger },
  WITHDRAWN: { label: 'Withdrawn', color: TONES.neutral },
  WAITLISTED: { label: 'Waitlisted', color: TONES.waiting },
  VIRTUAL: { label: 'Placed virtually', color: TONES.virtual },
};
export const applicationStatus = (status: ApplicationStatus) =>
  STATUSES[status] ?? { label: status, color: TONES.neutral };

/** Statuses in which an application still counts among the student's choices. */
export const ACTIVE_STATUSES: readonly ApplicationStatus[] = [
  'SUBMITTED',
  'SHORTLISTED',
  'OFFERED',
  'WAITLISTED',
  'VIRTUAL',
  'ACCEPTED',
];
