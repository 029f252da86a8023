import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { splitCohort } from '@practicum/matching';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { Member, MemberRole, MemberStatus } from '../member/member.entity';
import { newestFirstPage, Page } from '../common/cursor';
import { inTransaction } from '../common/transaction';
import { BadInputError, ConflictError, NotFoundError } from '../common/domain-error';
import {
  Actor,
  isPlatformAdmin,
  isStaff,
  requireOrganizationKind,
  requireStaffOf,
  requireVerifiedOrganization,
} from '../common/policy';
import { Offer, OfferStatus } from '../offer/offer.entity';
import { OfferService } from '../offer/offer.service';
import { OfferSlot } from '../offer/offer-slot.entity';
import { inPriorityGroup, SeatLedger } from '../offer/seat-ledger';
import { OrganizationKind } from '../organization/organization.entity';
import { OutboxService } from '../outbox/outbox.service';
import { PartnerRequest } from '../partner-request/partner-request.entity';
import { Program } from '../program/program.entity';
import { Booking, BookingStatus, CohortRule, CohortSplitRecord } from './booking.entity';
import { BookingLifecycle } from './booking.lifecycle';

export interface RequestBookingData {
  slotId: string;
  programId: string;
  /** Required unless studentIds names the cohort (then the headcount is its size). */
  headcount?: number | null;
  studentIds?: string[] | null;
  splitRule?: CohortRule | null;
  partnerRequestId?: string | null;
  note?: string | null;
}

@Injectable()
export class BookingService {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly dataSource: DataSource,
    private readonly offers: OfferService,
    private readonly outbox: OutboxService,
    private readonly lifecycle: BookingLifecycle,
  ) {}

  findByIds(ids: readonly string[]): Promise<Booking[]> {
    return this.bookings.findBy({ id: In([...ids]) });
  }

  /** A university coordinator or admin asks for seats of a slot for a program's cohort. */
  async request(actor: Actor, data: RequestBookingData): Promise<Booking> {
    requireOrganizationKind(actor, OrganizationKind.UNIVERSITY);
    requireStaffOf(actor, actor.organizationId!);
    requireVerifiedOrganization(actor);
    // An unknown session and one of an offer this university may not see are the same NOT_FOUND,
    // the code OfferService.get gives applyToOffer and every other read of a hidden offer.
    const slot = await this.dataSource.getRepository(OfferSlot).findOneBy({ id: data.slotId });
    const offer = slot
      ? await this.offers.get(actor, slot.offerId).catch((e: unknown) => {
          if (e instanceof NotFoundError) return null;
          throw e;
        })
      : null;
    if (!slot || !offer) throw new NotFoundError('Session', data.slotId);
    if (offer.status !== OfferStatus.PUBLISHED)
      throw new ConflictError('BOOKINGS_CLOSED', 'This offer is not open for bookings');
    const program = await this.dataSource
      .getRepository(Program)
      .findOneBy({ id: data.programId, universityId: actor.organizationId! });
    if (!program) throw new BadInputError('programId', 'No program of your university has this id');
    if (!offer.eligibleLevels.includes(program.level))
      throw new BadInputError('programId', `This offer does not take ${program.level} students`);
    const studentIds = [...new Set(data.studentIds ?? [])];
    if (data.studentIds && studentIds.length !== data.studentIds.length)
      throw new BadInputError('studentIds', 'The cohort lists a student twice');
    if (studentIds.length) {
      const members = await this.dataSource
        .getRepository(Member)
        .countBy({ id: In(studentIds), programId: program.id, role: MemberRole.STUDENT, status: MemberStatus.ACTIVE });
      if (members !== studentIds.length)
        throw new BadInputError('studentIds', 'Every student of the cohort must be an active student of the program');
    }
    const headcount = studentIds.length || data.headcount;
    if (!headcount) throw new BadInputError('headcount', 'Give a headcount or name the cohort with studentIds');
    if (studentIds.length && data.headcount && data.headcount !== studentIds.length) {
      throw new BadInputError(
        'headcount',
        `The cohort names ${studentIds.length} students but the headcount is ${data.headcount}`,
      );
    }
    if (data.partnerRequestId) {
      const request = await this.dataSource
        .getRepository(PartnerRequest)
        .findOneBy({ id: data.partnerRequestId, universityId: actor.organizationId! });
      if (!request) throw new BadInputError('partnerRequestId', 'No partner request of your university has this id');
    }
    return inTransaction(this.dataSource, async (manager) => {
      const booking = await manager.getRepository(Booking).save(
        manager.getRepository(Booking).create({
          offerId: offer.id,
          slotId: slot.id,
          companyId: offer.companyId,
          universityId: actor.organizationId!,
          programId: program.id,
          partnerRequestId: data.partnerRequestId ?? null,
          requestedById: actor.id,
          headcount,
          studentIds,
          splitRule: data.splitRule ?? CohortRule.PRIORITY,
          inPriorityGroup: inPriorityGroup(offer, { programId: program.id, universityId: actor.organizationId! }),
          note: data.note ?? '',
          status: BookingStatus.PROPOSED,
        }),
      );
      await this.lifecycle.created(manager, actor.id, booking, [
        { type: 'booking.proposed', payload: { bookingId: booking.id } },
      ]);
      return booking;
    });
  }

  /**
   * The company confirms: the free onsite seats are taken under a row lock, the rest of the cohort
   * goes to the virtual twin while it has room, and whoever is left is waitlisted. Nobody is dropped.
   */
  confirm(actor: Actor, id: string): Promise<Booking> {
    return this.change(actor, id, 'company', BookingStatus.CONFIRMED, async (manager, booking, offer) => {
      booking.onsiteSeats = await SeatLedger.take(
        manager,
        offer,
        booking.slotId,
        booking.headcount,
        booking.inPriorityGroup,
      );
      booking.virtualSeats = await SeatLedger.takeVirtual(manager, offer.id, booking.headcount - booking.onsiteSeats);
      booking.waitlistedSeats = booking.headcount - booking.onsiteSeats - booking.virtualSeats;
      const program = await manager.getRepository(Program).findOneByOrFail({ id: booking.programId });
      booking.split = this.split(booking, program.minimumOnsiteShare);
      const counts = `${booking.onsiteSeats} onsite, ${booking.virtualSeats} virtual, ${booking.waitlistedSeats} waitlisted`;
      return booking.split.message ? `${counts}. ${booking.split.message}` : counts;
    });
  }

  decline(actor: Actor, id: string, note?: string): Promise<Booking> {
    return this.change(actor, id, 'company', BookingStatus.DECLINED, async () => note ?? null);
  }

  /** Either side cancels; every seat the booking held is freed. */
  cancel(actor: Actor, id: string, note?: string): Promise<Booking> {
    return this.change(actor, id, 'either', BookingStatus.CANCELLED, async (manager, booking) => {
      await SeatLedger.release(manager, booking.slotId, booking.onsiteSeats, booking.inPriorityGroup);
      await SeatLedger.releaseVirtual(manager, booking.offerId, booking.virtualSeats);
      if (booking.onsiteSeats + booking.virtualSeats > 0)
        await this.outbox.record(manager, 'seat.freed', { offerId: booking.offerId, slotId: booking.slotId });
      return note ?? null;
    });
  }

  async get(actor: Actor, id: string): Promise<Booking> {
    const booking = await this.bookings.findOneBy({ id });
    if (!booking || !this.canSee(actor, booking)) throw new NotFoundError('Booking', id);
    return booking;
  }

  /** Bookings of the actor's university, or on the actor's company's offers; newest first. */
  async list(
    actor: Actor,
    filter: { status?: BookingStatus; offerId?: string; first: number; after?: string | null },
  ): Promise<Page<Booking>> {
    const qb = this.bookings.createQueryBuilder('b');
    if (!isPlatformAdmin(actor)) {
      requireStaffOf(actor, actor.organizationId ?? '');
      qb.where(
        actor.organizationKind === OrganizationKind.COMPANY ? 'b."companyId" = :org' : 'b."universityId" = :org',
        { org: actor.organizationId },
      );
    }
    if (filter.status) qb.andWhere('b.status = :status', { status: filter.status });
    if (filter.offerId) qb.andWhere('b."offerId" = :offerId', { offerId: filter.offerId });
    return newestFirstPage(qb, 'b', filter.first, filter.after);
  }

  /**
   * Who goes where: the named cohort is ordered by the university's rule (its priority order, or a
   * recorded lottery) and cut at the seats granted; an unmet minimum onsite share is reported.
   */
  private split(booking: Booking, minimumOnsiteShare: number): CohortSplitRecord {
    const ids = booking.studentIds.length
      ? booking.studentIds
      : Array.from({ length: booking.headcount }, (_, i) => `#${i + 1}`);
    const result = splitCohort({
      students: ids,
      onsiteSeats: booking.onsiteSeats,
      virtualTwin: { capacity: booking.virtualSeats },
      rule: booking.studentIds.length ? booking.splitRule : 'PRIORITY',
      minimumOnsiteShare,
    });
    const named = booking.studentIds.length > 0;
    const shortfall = result.minimumMet
      ? null
      : `Only ${Math.round(result.onsiteShare * 100)}% of the cohort can be onsite; the program asks for at least ${Math.round(minimumOnsiteShare * 100)}%.`;
    return {
      onsite: named ? result.onsite : [],
      virtual: named ? result.virtual : [],
      waitlisted: named ? result.waitlisted : [],
      rule: booking.splitRule,
      seed: named ? (result.seed ?? null) : null,
      minimumOnsiteShare,
      onsiteShare: result.onsiteShare,
      minimumMet: result.minimumMet,
      message: shortfall,
    };
  }

  private canSee(actor: Actor, booking: Booking): boolean {
    if (isPlatformAdmin(actor)) return true;
    const own = booking.companyId === actor.organizationId || booking.universityId === actor.organizationId;
    return own && isStaff(actor);
  }

  private async change(
    actor: Actor,
    id: string,
    side: 'company' | 'either',
    to: BookingStatus,
    step: (manager: EntityManager, booking: Booking, offer: Offer) => Promise<string | null>,
  ): Promise<Booking> {
    return inTransaction(this.dataSource, async (manager) => {
      const seen = await manager.getRepository(Booking).findOne({ where: { id } });
      if (!seen || !this.canSee(actor, seen)) throw new NotFoundError('Booking', id);
      // Offer first, then the booking, then its slot and the twin (docs/marketplace.md, lock order).
      await SeatLedger.lockOffer(manager, seen.offerId);
      const booking = await manager
        .getRepository(Booking)
        .findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (side === 'company' && !isPlatformAdmin(actor)) requireStaffOf(actor, booking.companyId);
      this.lifecycle.assertMove(booking.status, to);
      const offer = await manager.getRepository(Offer).findOneByOrFail({ id: booking.offerId });
      const note = await step(manager, booking, offer);
      return this.lifecycle.move(manager, actor.id, { subject: booking, to, note });
    });
  }
}
