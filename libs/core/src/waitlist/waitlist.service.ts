import { applySeatMoves } from '../booking/cohort-split-moves';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../common/transaction';
import { Application, ApplicationStatus } from '../application/application.entity';
import { ApplicationLifecycle, ApplicationMoveFlags } from '../application/application.lifecycle';
import { Booking, BookingStatus } from '../booking/booking.entity';
import { Offer, OfferStatus, SeatAllocation } from '../offer/offer.entity';
import { OfferLifecycle } from '../offer/offer.lifecycle';
import { OfferSlot } from '../offer/offer-slot.entity';
import { SeatLedger } from '../offer/seat-ledger';
import { OutboxService } from '../outbox/outbox.service';

/**
 * The worker's seat moves: overflow into the virtual twin, waitlist promotions with a held seat,
 * expired holds. Seats move only through SeatLedger, inside one transaction per move set; the
 * slot row lock orders concurrent workers, and candidates are claimed FOR UPDATE SKIP LOCKED, so
 * any number of workers can run these at once without giving a seat twice. Every move writes an
 * outbox event, so the people moved are told exactly once.
 */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly applications: ApplicationLifecycle,
    private readonly offers: OfferLifecycle,
  ) {}

  /** An application that found no onsite seat goes to the virtual twin while it has room. */
  async placeApplicationOverflow(applicationId: string, within?: EntityManager): Promise<boolean> {
    return inTransaction(within ?? this.dataSource, async (manager) => {
      const seen = await manager
        .getRepository(Application)
        .findOne({ where: { id: applicationId }, select: { id: true, offerId: true } });
      if (!seen) return false;
      await SeatLedger.lockOffer(manager, seen.offerId);
      const application = await manager
        .getRepository(Application)
        .findOneOrFail({ where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
      return this.toVirtual(manager, application);
    });
  }

  /** A confirmed booking's waitlisted seats go to the virtual twin while it has room. */
  async placeBookingOverflow(bookingId: string, within?: EntityManager): Promise<number> {
    return inTransaction(within ?? this.dataSource, async (manager) => {
      const seen = await manager
        .getRepository(Booking)
        .findOne({ where: { id: bookingId }, select: { id: true, offerId: true } });
      if (!seen) return 0;
      await SeatLedger.lockOffer(manager, seen.offerId);
      const booking = await manager
        .getRepository(Booking)
        .findOneOrFail({ where: { id: bookingId }, lock: { mode: 'pessimistic_write' } });
      if (booking.status !== BookingStatus.CONFIRMED || booking.waitlistedSeats === 0) return 0;
      const moved = await SeatLedger.takeVirtual(manager, booking.offerId, booking.waitlistedSeats);
      if (!moved) return 0;
      booking.waitlistedSeats -= moved;
      booking.virtualSeats += moved;
      booking.split = applySeatMoves(booking.split, booking.headcount, { waitlistToVirtual: moved });
      await manager.getRepository(Booking).save(booking);
      await this.outbox.record(manager, 'booking.seats_moved', {
        bookingId: booking.id,
        toOnsite: 0,
        toVirtual: moved,
      });
      return moved;
    });
  }

  /**
   * Seats of an offer freed up (or capacity grew): fill each onsite seat from the waitlist, then
   * fill the virtual twin from whoever is still waitlisted. Returns how many moves were made.
   * `within`: the worker handler's transaction (the seat moves above take it too).
   */
  async rebalance(offerId: string, slotId?: string | null, within?: EntityManager): Promise<number> {
    return inTransaction(within ?? this.dataSource, async (manager) => {
      const offer = await SeatLedger.lockOffer(manager, offerId);
      if (!offer || offer.status === OfferStatus.DRAFT) return 0;
      // Slots in ascending id order (docs/marketplace.md, lock order).
      const slots = slotId
        ? [slotId]
        : (
            await manager
              .getRepository(OfferSlot)
              .find({ select: { id: true }, where: { offerId }, order: { id: 'ASC' } })
          ).map((s) => s.id);
      let moves = 0;
      for (const id of slots) moves += await this.fillOnsite(manager, offer, id);
      moves += await this.fillVirtual(manager, offer);
      return moves;
    });
  }

  /** Holds past their deadline: the seat is released and goes to the next person. Returns the offers touched. */
  async expireHolds(limit = 100): Promise<number> {
    return inTransaction(this.dataSource, async (manager) => {
      const expired = await manager
        .getRepository(Application)
        .createQueryBuilder('a')
        .where('a.status = :offered AND a."holdsSeat" AND a."holdExpiresAt" <= now()', {
          offered: ApplicationStatus.OFFERED,
        })
        .orderBy('a."holdExpiresAt"', 'ASC')
        .limit(limit)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const application of expired) {
        await SeatLedger.release(manager, application.slotId, 1, application.inPriorityGroup);
        application.holdsSeat = false;
        const to = application.holdsVirtualSeat ? ApplicationStatus.VIRTUAL : ApplicationStatus.DECLINED;
        await this.move(
          manager,
          application,
          to,
          'The held seat was not accepted in time and went to the next person',
          { holdExpired: true },
        );
        await this.outbox.record(manager, 'seat.freed', { offerId: application.offerId, slotId: application.slotId });
      }
      return expired.length;
    });
  }

  /**
   * Offers past their application deadline close themselves, through the offer lifecycle (history
   * row and `closedAt`). Offers another transaction holds are skipped, to be closed on the next tick.
   * Returns how many closed.
   */
  async closeExpiredOffers(): Promise<number> {
    return inTransaction(this.dataSource, async (manager) => {
      const expired = await manager
        .getRepository(Offer)
        .createQueryBuilder('o')
        .where('o.status = :published AND o."applicationDeadline" <= now()', { published: OfferStatus.PUBLISHED })
        .orderBy('o.id', 'ASC')
        .setLock('for_no_key_update')
        .setOnLocked('skip_locked')
        .getMany();
      await this.offers.transition(
        manager,
        null,
        expired.map((offer) => ({ subject: offer, to: OfferStatus.CLOSED, note: 'The application deadline passed' })),
      );
      return expired.length;
    });
  }

  private async fillOnsite(manager: EntityManager, offer: Offer, slotId: string): Promise<number> {
    await manager.query(`SELECT 1 FROM "offer_slot" WHERE "id" = $1 FOR UPDATE`, [slotId]);
    let moves = 0;
    // Once someone outside the priority group cannot get a seat, only reserved seats are left:
    // from then on only the group's members (people or cohorts) are considered, in their order.
    let groupOnly = false;
    for (;;) {
      const candidate = await this.nextOnWaitlist(manager, offer, slotId, groupOnly);
      if (candidate) {
        if (!(await SeatLedger.take(manager, offer, slotId, 1, candidate.inPriorityGroup))) {
          if (candidate.inPriorityGroup || groupOnly) break;
          groupOnly = true;
          continue;
        }
        candidate.holdsSeat = true;
        candidate.holdExpiresAt = new Date(Date.now() + this.config.WAITLIST_HOLD_HOURS * 3600_000);
        await this.move(
          manager,
          candidate,
          ApplicationStatus.OFFERED,
          `Promoted from the waitlist; the seat is held until ${candidate.holdExpiresAt.toISOString()}`,
          { promoted: true },
        );
        moves++;
        continue;
      }
      const booking = await manager
        .getRepository(Booking)
        .createQueryBuilder('b')
        .where('b."slotId" = :slotId AND b.status = :confirmed AND b."waitlistedSeats" + b."virtualSeats" > 0', {
          slotId,
          confirmed: BookingStatus.CONFIRMED,
        })
        .andWhere(groupOnly ? 'b."inPriorityGroup"' : 'true')
        .orderBy('b."createdAt"', 'ASC')
        .addOrderBy('b.id', 'ASC')
        .limit(1)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!booking) break;
      const granted = await SeatLedger.take(
        manager,
        offer,
        slotId,
        booking.waitlistedSeats + booking.virtualSeats,
        booking.inPriorityGroup,
      );
      if (!granted) {
        if (booking.inPriorityGroup || groupOnly) break;
        groupOnly = true;
        continue;
      }
      const fromWaitlist = Math.min(granted, booking.waitlistedSeats);
      const fromVirtual = granted - fromWaitlist;
      booking.waitlistedSeats -= fromWaitlist;
      booking.virtualSeats -= fromVirtual;
      booking.onsiteSeats += granted;
      booking.split = applySeatMoves(booking.split, booking.headcount, {
        waitlistToOnsite: fromWaitlist,
        virtualToOnsite: fromVirtual,
      });
      if (fromVirtual) await SeatLedger.releaseVirtual(manager, offer.id, fromVirtual);
      await manager.getRepository(Booking).save(booking);
      await this.outbox.record(manager, 'booking.seats_moved', {
        bookingId: booking.id,
        toOnsite: granted,
        toVirtual: 0,
      });
      moves++;
    }
    return moves;
  }

  private async fillVirtual(manager: EntityManager, offer: Offer): Promise<number> {
    let moves = 0;
    for (;;) {
      const waiting = await manager
        .getRepository(Application)
        .createQueryBuilder('a')
        .where('a."offerId" = :offerId AND a.status = :waitlisted AND NOT a."holdsVirtualSeat"', {
          offerId: offer.id,
          waitlisted: ApplicationStatus.WAITLISTED,
        })
        .orderBy(
          offer.allocation === SeatAllocation.MATCH_ROUND ? 'coalesce(a."companyRank", 2147483647)' : 'a."createdAt"',
          'ASC',
        )
        .addOrderBy('a."createdAt"', 'ASC')
        .limit(1)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!waiting || !(await this.toVirtual(manager, waiting))) break;
      moves++;
    }
    const bookings = await manager
      .getRepository(Booking)
      .createQueryBuilder('b')
      .where('b."offerId" = :offerId AND b.status = :confirmed AND b."waitlistedSeats" > 0', {
        offerId: offer.id,
        confirmed: BookingStatus.CONFIRMED,
      })
      .orderBy('b."createdAt"', 'ASC')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    for (const booking of bookings) {
      const moved = await SeatLedger.takeVirtual(manager, offer.id, booking.waitlistedSeats);
      if (!moved) break;
      booking.waitlistedSeats -= moved;
      booking.virtualSeats += moved;
      booking.split = applySeatMoves(booking.split, booking.headcount, { waitlistToVirtual: moved });
      await manager.getRepository(Booking).save(booking);
      await this.outbox.record(manager, 'booking.seats_moved', {
        bookingId: booking.id,
        toOnsite: 0,
        toVirtual: moved,
      });
      moves++;
    }
    return moves;
  }

  /**
   * Next person for an onsite seat: company rank for match-round offers, first come otherwise; each
   * is promoted at most once. With `groupOnly`, only members of the offer's priority group.
   */
  private nextOnWaitlist(
    manager: EntityManager,
    offer: Offer,
    slotId: string,
    groupOnly: boolean,
  ): Promise<Application | null> {
    return manager
      .getRepository(Application)
      .createQueryBuilder('a')
      .where('a."slotId" = :slotId AND a.status IN (:...waiting) AND a."holdExpiresAt" IS NULL AND NOT a."holdsSeat"', {
        slotId,
        waiting: [ApplicationStatus.WAITLISTED, ApplicationStatus.VIRTUAL],
      })
      .andWhere(groupOnly ? 'a."inPriorityGroup"' : 'true')
      .orderBy(
        offer.allocation === SeatAllocation.MATCH_ROUND ? 'coalesce(a."companyRank", 2147483647)' : 'a."createdAt"',
        'ASC',
      )
      .addOrderBy('a."createdAt"', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(1)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
  }

  private async toVirtual(manager: EntityManager, application: Application): Promise<boolean> {
    if (application.status !== ApplicationStatus.WAITLISTED || application.holdsVirtualSeat || application.holdsSeat)
      return false;
    if (!(await SeatLedger.takeVirtual(manager, application.offerId, 1))) return false;
    application.holdsVirtualSeat = true;
    await this.move(
      manager,
      application,
      ApplicationStatus.VIRTUAL,
      'No onsite seat was free: placed in the virtual twin (you stay first in line for a seat that frees up)',
    );
    return true;
  }

  private async move(
    manager: EntityManager,
    application: Application,
    to: ApplicationStatus,
    note: string,
    flags: ApplicationMoveFlags = {},
  ): Promise<void> {
    await this.applications.move(manager, null, { subject: application, to, note, event: flags });
  }
}
