import { Actor, isStaff } from '../common/policy';
import { MemberRole } from '../member/member.entity';
import { OrganizationKind } from '../organization/organization.entity';

/**
 * The listing cache's rules, owned here beside the search they describe and read by the API's
 * cache (apps/api/src/graphql/listing-cache.ts). A listing is the `offers` root field, selecting
 * only fields marked SharedInListing; its answer depends only on rows of LISTING_TABLES and on
 * the caller's visibilityClass, so callers of one class share it until one of those tables changes.
 */
export const LISTING_ROOT_FIELD = 'offers';

/** The tables a listing is read from; the migration ListingChangeNotifications announces every change to them (listing-rules.spec checks the two agree). */
export const LISTING_TABLES: readonly string[] = ['offer', 'offer_slot', 'virtual_twin', 'organization', 'facility'];
/** The channel of those announcements. */
export const LISTING_CHANGED = 'listing_changed';

/**
 * Who sees the same listing: every student of one study level, or the staff of any university.
 * Companies (their own drafts), the platform admin and anonymous callers are never cached. This
 * must look at whatever OfferSearch's visibility rule looks at.
 */
export function visibilityClass(actor: Actor | null): string | null {
  if (!actor || actor.organizationKind !== OrganizationKind.UNIVERSITY) return null;
  if (actor.role === MemberRole.STUDENT) return actor.programLevel ? `student:${actor.programLevel}` : null;
  return isStaff(actor) ? 'university' : null;
}

/** Whether a unit of work that wrote these tables changed what a listing shows. */
export function writesListing(tables: Iterable<string>): boolean {
  for (const table of tables) if (LISTING_TABLES.includes(table)) return true;
  return false;
}

/** A class: a model, or a resolver for fields it resolves. */
type Target = object;
const marked = new Map<Target, Set<string>>();

/**
 * Marks a GraphQL field, where it is declared (beside its @Field, or on its @ResolveField method),
 * as one a listing may select and share between callers of one visibility class: its value must
 * depend only on rows of LISTING_TABLES and on the visibility class, never on who exactly asks or
 * on the clock. A field left unmarked makes any operation selecting it uncached.
 */
export function SharedInListing(): (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => void {
  return (target, key) => {
    const owner: Target = typeof target === 'function' ? target : target.constructor;
    let fields = marked.get(owner);
    if (!fields) marked.set(owner, (fields = new Set()));
    fields.add(String(key));
  };
}

/** The marked fields, by the class (model or resolver) that declares them, ancestors included. */
export function sharedInListingOf(owner: Target): ReadonlySet<string> {
  const fields = new Set<string>();
  for (let c: Target | null = owner; c && c !== Function.prototype; c = Object.getPrototypeOf(c) as Target | null) {
    for (const field of marked.get(c) ?? []) fields.add(field);
  }
  return fields;
}

/** Every class that declares a marked field. */
export function classesSharedInListing(): Target[] {
  return [...marked.keys()];
}
