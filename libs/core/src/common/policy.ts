import { Member, MemberRole } from '../member/member.entity';
import { OrganizationKind } from '../organization/organization.entity';
import { StudyLevel } from '../program/program.entity';
import { ForbiddenError } from './domain-error';

export type Actor = Pick<Member, 'id' | 'role' | 'organizationId' | 'programId'> & {
  organizationKind?: OrganizationKind | null;
  /** The study level of a student's program, loaded with the member on every request. */
  programLevel?: StudyLevel | null;
  /** Whether the actor's organization is verified, loaded with the member on every request. */
  organizationVerified?: boolean | null;
};

export const isPlatformAdmin = (actor: Actor) => actor.role === MemberRole.PLATFORM_ADMIN;

/** An organization's staff: its admins and coordinators (hosts at companies). */
export const isStaff = (actor: Actor) => actor.role === MemberRole.ADMIN || actor.role === MemberRole.COORDINATOR;

/** Throws FORBIDDEN unless the actor has one of the roles. */
export function requireRole(actor: Actor, ...roles: MemberRole[]): void {
  if (!roles.includes(actor.role)) {
    throw new ForbiddenError(`This needs one of the roles ${roles.join(', ')}`);
  }
}

/** Throws FORBIDDEN unless the actor belongs to an organization of the given kind. */
export function requireOrganizationKind(actor: Actor, kind: OrganizationKind): void {
  if (actor.organizationKind !== kind) {
    throw new ForbiddenError(`Only members of a ${kind.toLowerCase()} can do this`);
  }
}

/** Throws FORBIDDEN unless the actor is a staff member (admin or coordinator) of the organization. */
export function requireStaffOf(actor: Actor, organizationId: string): void {
  if (actor.organizationId !== organizationId || !isStaff(actor)) {
    throw new ForbiddenError('Only staff of the owning organization can do this');
  }
}

/**
 * Throws FORBIDDEN (reason ORGANIZATION_UNVERIFIED) unless the actor's organization is verified:
 * until the platform admin verifies it, an organization books nothing, asks for nothing, applies
 * nowhere, and so makes no email or webhook reach another organization. Unknown counts as unverified.
 */
export function requireVerifiedOrganization(actor: Actor): void {
  if (isPlatformAdmin(actor) || actor.organizationVerified === true) return;
  throw new ForbiddenError(
    'Your organization is not verified yet: the Practicum team verifies new organizations before they can book, request or apply',
    'ORGANIZATION_UNVERIFIED',
  );
}

/** Verified organizations are public; an unverified one only to its members and the platform admin. */
export function canSeeOrganization(
  actor: Actor | null | undefined,
  organization: { id: string; verified: boolean },
): boolean {
  return organization.verified || (!!actor && (isPlatformAdmin(actor) || actor.organizationId === organization.id));
}
