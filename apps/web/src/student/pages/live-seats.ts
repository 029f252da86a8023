interface SeatCounts {
  id: string;
  capacity: number;
  taken: number;
  free: number;
}

/** The offer with each slot's seat counts replaced by the latest pushed ones (slots not pushed stay as fetched). */
export function withLiveSeats<T extends { slots: readonly SeatCounts[] }>(
  offer: T | undefined,
  live: readonly SeatCounts[] | undefined,
): T | undefined {
  if (!offer || !live) return offer;
  const byId = new Map(live.map((s) => [s.id, s]));
  return { ...offer, slots: offer.slots.map((s) => ({ ...s, ...byId.get(s.id) })) };
}
