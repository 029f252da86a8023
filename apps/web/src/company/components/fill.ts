import type { CompanyOfferRowFragment, CompanyOffersQuery } from '../../gql/graphql';

export interface Fill {
  onsiteTaken: number;
  onsiteCapacity: number;
  virtualTaken: number;
  /** null = unlimited or no twin (see hasTwin) */
  virtualCapacity: number | null;
  hasTwin: boolean;
  waitlisted: number;
}

/** An offer's fill: onsite seats over its slots, the virtual twin, and who waits (applicants and booked students). */
export function offerFill(offer: CompanyOfferRowFragment, waitlisted = 0): Fill {
  return {
    onsiteTaken: offer.slots.reduce((s, x) => s + x.taken, 0),
    onsiteCapacity: offer.slots.reduce((s, x) => s + x.capacity, 0),
    virtualTaken: offer.virtualTwin?.taken ?? 0,
    virtualCapacity: offer.virtualTwin?.capacity ?? null,
    hasTwin: !!offer.virtualTwin,
    waitlisted,
  };
}

/** Who waits per offer: waitlisted applicants and the waitlisted seats of confirmed bookings. */
export function waitlistByOffer(data: CompanyOffersQuery): Map<string, number> {
  const map = new Map<string, number>();
  for (const { node } of data.applications.edges) map.set(node.offerId, (map.get(node.offerId) ?? 0) + 1);
  for (const { node } of data.bookings.edges)
    if (node.waitlistedSeats) map.set(node.offerId, (map.get(node.offerId) ?? 0) + node.waitlistedSeats);
  return map;
}
