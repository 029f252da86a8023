import { EntityManager } from 'typeorm';
import { Offer } from './offer.entity';

/** True when the applicant (or cohort) belongs to the offer's priority group. */
export function inPriorityGroup(
  offer: Pick<Offer, 'priorityProgramIds' | 'priorityUniversityIds'>,
  who: { programId: string; universityId: string },
): boolean {
  return offer.priorityProgramIds.includes(who.programId) || offer.priorityUniversityIds.includes(who.universityId);
}

export interface SlotCounters {
  capacity: number;
  taken: number;
  takenPriority: number;
}

/**
 * How many of `wanted` seats can be given now. Reserved seats are held for the priority group
 * while the reserve is in force (until the deadline); the group may also take open seats.
 */
export function grantableSeats(
  slot: SlotCounters,
  wanted: number,
  priority: boolean,
  reserved: number,
  reserveInForce: boolean,
): number {
  const free = slot.capacity - slot.taken;
  const openForOthers =
    priority || !reserveInForce
      ? free
      : Math.min(free, Math.max(0, slot.capacity - reserved - (slot.taken - slot.takenPriority)));
  return Math.max(0, Math.min(wanted, openForOthers));
}

/**
 * Onsite and virtual seats move only through here, inside the caller's transaction: the slot (or
 * twin) row is locked with SELECT ... FOR UPDATE, so concurrent callers queue on it and never
 * oversell; the tables' CHECK constraints are the last line of defence.
 *
 * Lock order (docs/marketplace.md): a transaction that moves seats or resizes an offer first locks
 * the offer (`lockOffer`), then the application or booking it changes, then slots in ascending id
 * order, then the virtual twin. Rows claimed with SKIP LOCKED never wait, so they do not count.
 */
export const SeatLedger = {
  /**
   * The first lock of every transaction that moves seats of an offer or resizes it. FOR NO KEY
   * UPDATE: it queues such transactions on one offer, but never blocks the foreign-key checks of
   * new applications and bookings (FOR KEY SHARE), which would otherwise deadlock with them.
   */
  lockOffer(manager: EntityManager, offerId: string): Promise<Offer | null> {
    return manager.getRepository(Offer).findOne({ where: { id: offerId }, lock: { mode: 'for_no_key_update' } });
  },

  /** Takes up to `wanted` seats of a slot; returns how many were granted (0..wanted). */
  async take(manager: EntityManager, offer: Offer, slotId: string, wanted: number, priority: boolean): Promise<number> {
    if (wanted <= 0) return 0;
    const [slot]: SlotCounters[] = await manager.query(
      `SELECT "capacity", "taken", "takenPriority" FROM "offer_slot" WHERE "id" = $1 FOR UPDATE`,
      [slotId],
    );
    if (!slot) return 0;
    const reserveInForce = offer.reservedSeats > 0 && offer.applicationDeadline.getTime() > Date.now();
    const granted = grantableSeats(slot, wanted, priority, offer.reservedSeats, reserveInForce);
    if (granted > 0) {
      await manager.query(
        `UPDATE "offer_slot" SET "taken" = "taken" + $2, "takenPriority" = "takenPriority" + $3, "updatedAt" = now() WHERE "id" = $1`,
        [slotId, granted, priority ? granted : 0],
      );
    }
    return granted;
  },

  async release(manager: EntityManager, slotId: string, seats: number, priority: boolean): Promise<void> {
    if (seats <= 0) return;
    await manager.query(
      `UPDATE "offer_slot" SET "taken" = "taken" - $2, "takenPriority" = "takenPriority" - $3, "updatedAt" = now() WHERE "id" = $1`,
      [slotId, seats, priority ? seats : 0],
    );
  },

  /** Takes up to `wanted` seats of the offer's virtual twin (unlimited when its capacity is null). */
  async takeVirtual(manager: EntityManager, offerId: string, wanted: number): Promise<number> {
    if (wanted <= 0) return 0;
    const [twin]: { capacity: number | null; taken: number }[] = await manager.query(
      `SELECT "capacity", "taken" FROM "virtual_twin" WHERE "offerId" = $1 FOR UPDATE`,
      [offerId],
    );
    if (!twin) return 0;
    const granted = twin.capacity === null ? wanted : Math.max(0, Math.min(wanted, twin.capacity - twin.taken));
    if (granted > 0)
      await manager.query(
        `UPDATE "virtual_twin" SET "taken" = "taken" + $2, "updatedAt" = now() WHERE "offerId" = $1`,
        [offerId, granted],
      );
    return granted;
  },

  async releaseVirtual(manager: EntityManager, offerId: string, seats: number): Promise<void> {
    if (seats <= 0) return;
    await manager.query(`UPDATE "virtual_twin" SET "taken" = "taken" - $2, "updatedAt" = now() WHERE "offerId" = $1`, [
      offerId,
      seats,
    ]);
  },
};

interface SlotSeats extends SlotCounters {
  added: number;
  addedPriority: number;
}

interface TwinSeats {
  capacity: number | null;
  taken: number;
  added: number;
}

/**
 * SeatLedger for moves of many people at once (a match round's publication): the slots and twins
 * are locked and read with one statement each (slots in ascending id order, then twins, as the
 * lock order asks), seats are granted in memory by the same rules as `SeatLedger.take` and
 * `takeVirtual`, and `write` stores what was taken with one statement each.
 */
export class SeatBatch {
  private constructor(
    private readonly slots: Map<string, SlotSeats>,
    private readonly twins: Map<string, TwinSeats>,
  ) {}

  static async lock(
    manager: EntityManager,
    slotIds: readonly string[],
    offerIds: readonly string[],
  ): Promise<SeatBatch> {
    const slotRows: (SlotCounters & { id: string })[] = slotIds.length
      ? await manager.query(
          `SELECT "id", "capacity", "taken", "takenPriority" FROM "offer_slot" WHERE "id" = ANY($1::uuid[]) ORDER BY "id" FOR UPDATE`,
          [[...new Set(slotIds)]],
        )
      : [];
    const twinRows: { offerId: string; capacity: number | null; taken: number }[] = offerIds.length
      ? await manager.query(
          `SELECT "offerId", "capacity", "taken" FROM "virtual_twin" WHERE "offerId" = ANY($1::uuid[]) ORDER BY "id" FOR UPDATE`,
          [[...new Set(offerIds)]],
        )
      : [];
    return new SeatBatch(
      new Map(
        slotRows.map((s) => [
          s.id,
          { capacity: s.capacity, taken: s.taken, takenPriority: s.takenPriority, added: 0, addedPriority: 0 },
        ]),
      ),
      new Map(twinRows.map((t) => [t.offerId, { capacity: t.capacity, taken: t.taken, added: 0 }])),
    );
  }

  /** Like `SeatLedger.take`, on the locked counters. */
  take(offer: Offer, slotId: string, wanted: number, priority: boolean): number {
    const slot = this.slots.get(slotId);
    if (wanted <= 0 || !slot) return 0;
    const reserveInForce = offer.reservedSeats > 0 && offer.applicationDeadline.getTime() > Date.now();
    const granted = grantableSeats(slot, wanted, priority, offer.reservedSeats, reserveInForce);
    slot.taken += granted;
    slot.added += granted;
    if (priority) {
      slot.takenPriority += granted;
      slot.addedPriority += granted;
    }
    return granted;
  }

  /** Like `SeatLedger.takeVirtual`, on the locked counters. */
  takeVirtual(offerId: string, wanted: number): number {
    const twin = this.twins.get(offerId);
    if (wanted <= 0 || !twin) return 0;
    const granted = twin.capacity === null ? wanted : Math.max(0, Math.min(wanted, twin.capacity - twin.taken));
    twin.taken += granted;
    twin.added += granted;
    return granted;
  }

  async write(manager: EntityManager): Promise<void> {
    const slots = [...this.slots].filter(([, s]) => s.added > 0);
    if (slots.length) {
      await manager.query(
        `UPDATE "offer_slot" s SET "taken" = s."taken" + d.added, "takenPriority" = s."takenPriority" + d.priority, "updatedAt" = now()
         FROM unnest($1::uuid[], $2::int[], $3::int[]) AS d(id, added, priority) WHERE s."id" = d.id`,
        [slots.map(([id]) => id), slots.map(([, s]) => s.added), slots.map(([, s]) => s.addedPriority)],
      );
    }
    const twins = [...this.twins].filter(([, t]) => t.added > 0);
    if (twins.length) {
      await manager.query(
        `UPDATE "virtual_twin" t SET "taken" = t."taken" + d.added, "updatedAt" = now() FROM unnest($1::uuid[], $2::int[]) AS d("offerId", added) WHERE t."offerId" = d."offerId"`,
        [twins.map(([offerId]) => offerId), twins.map(([, t]) => t.added)],
      );
    }
  }
}
