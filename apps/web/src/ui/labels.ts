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

const FORMATS: Record<VirtualFormat, string> = { VR_TOUR: 'VR cleanroom tour', LIVE_STREAM: 'Live-streamed visit', SELF_PACED: 'Self-paced module' };
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

const STATUSES: Record<ApplicationStatus, { label: string; color: string }> = {
  SUBMITTED: { label: 'Submitted', color: 'gray' },
  SHORTLISTED: { label: 'Shortlisted', color: 'blue' },
  OFFERED: { label: 'Offered: answer now', color: 'orange' },
  ACCEPTED: { label: 'Accepted', color: 'green' },
  DECLINED: { label: 'Declined', color: 'gray' },
  REJECTED: { label: 'Not selected', color: 'red' },
  WITHDRAWN: { label: 'Withdrawn', color: 'gray' },
  WAITLISTED: { label: 'Waitlisted', color: 'yellow' },
  VIRTUAL: { label: 'Placed virtually', color: 'violet' },
};
export const applicationStatus = (status: ApplicationStatus) => STATUSES[status] ?? { label: status, color: 'gray' };

/** Statuses in which an application still counts among the student's choices. */
export const ACTIVE_STATUSES: readonly ApplicationStatus[] = ['SUBMITTED', 'SHORTLISTED', 'OFFERED', 'WAITLISTED', 'VIRTUAL', 'ACCEPTED'];
