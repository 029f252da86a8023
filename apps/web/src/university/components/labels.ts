import type { BookingStatus, CohortRule, MemberRole, MemberStatus } from '../../gql/graphql';
import { TONES } from '../../ui/labels';

const BOOKING: Record<BookingStatus, { label: string; color: string }> = {
  PROPOSED: { label: 'Waiting for the company', color: TONES.waiting },
  CONFIRMED: { label: 'Confirmed', color: TONES.success },
  DECLINED: { label: 'Declined by the company', color: TONES.danger },
  CANCELLED: { label: 'Cancelled', color: TONES.neutral },
};
export const bookingStatus = (status: BookingStatus) => BOOKING[status] ?? { label: status, color: TONES.neutral };

const RULES: Record<CohortRule, string> = { PRIORITY: 'Priority order', LOTTERY: 'Recorded lottery' };
export const ruleLabel = (rule: CohortRule) => RULES[rule] ?? rule;

const ROLES: Record<MemberRole, string> = {
  ADMIN: 'Admin',
  COORDINATOR: 'Coordinator',
  STUDENT: 'Student',
  PLATFORM_ADMIN: 'Platform admin',
};
export const roleLabel = (role: MemberRole) => ROLES[role] ?? role;

const MEMBER_STATUS: Record<MemberStatus, { label: string; color: string }> = {
  ACTIVE: { label: 'Active', color: TONES.success },
  INVITED: { label: 'Invited', color: TONES.waiting },
  REMOVED: { label: 'Removed', color: TONES.neutral },
};
export const memberStatus = (status: MemberStatus) => MEMBER_STATUS[status] ?? { label: status, color: TONES.neutral };

export const percent = (share: number) => `${Math.round(share * 100)}%`;

const FACTORS: Record<string, string> = {};
/** A recommendation factor's name as words ("topicOverlap" becomes "Topic overlap"). */
export function factorLabel(factor: string): string {
  if (FACTORS[factor]) return FACTORS[factor];
  const words = factor
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words ? words[0].toUpperCase() + words.slice(1) : factor;
}

/** The product's topic vocabulary, offered as suggestions (any other topic can be typed). */
export const TOPICS = [
  'CAR-T',
  'AAV vectors',
  'Lentiviral vectors',
  'mRNA',
  'iPSC',
  'GMP',
  'QC/QA',
  'Regulatory (ATMP)',
  'Regulatory (GMP/GDP)',
  'Process development',
  'Closed bioreactors',
  'Aseptic processing',
  'Fill-finish',
  'Supply chain',
  'Commercialization',
  'SOP writing',
  'Workflow design',
];
