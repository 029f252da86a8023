import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { isUniqueViolation } from '../common/db-errors';
import { inTransaction } from '../common/transaction';
import { Page } from '../common/cursor';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/domain-error';
import { Actor, isPlatformAdmin, requireRole, requireVerifiedOrganization } from '../common/policy';
import { MemberRole } from '../member/member.entity';
import { ApplicationHit, ApplicationList, ApplicationPageQuery } from '../read-model/application-list';
import { Offer, OfferStatus, SeatAllocation } from '../offer/offer.entity';
import { OfferService } from '../offer/offer.service';
import { inPriorityGroup, SeatLedger } from '../offer/seat-ledger';
import { OrganizationKind } from '../organization/organization.entity';
import { OutboxService } from '../outbox/outbox.service';
import { Application, ApplicationStatus } from './application.entity';
import { ApplicationLifecycle } from './application.lifecycle';

export interface ApplyData {
  offerId: string;
  slotId?: string | null;
  motivation: string;
  rank: number;
}

export interface ApplicationFilter {
  offerId?: string;
  status?: ApplicationStatus;
  first: number;
  after?: string | null;
}

@Injectable()
export class ApplicationService {
  constructor(
    @InjectRepository(Application) private readonly applications: Repository<Application>,
    private readonly dataSource: DataSource,
    private readonly offers: OfferService,
    private readonly outbox: OutboxService,
    private readonly lifecycle: ApplicationLifecycle,
    private readonly list: ApplicationList,
  ) {}

  findByIds(ids: readonly string[]): Promise<Application[]> {
    return this.applications.findBy({ id: In([...ids]) });
  }

  async apply(actor: Actor, data: ApplyData): Promise<Application> {
    requireRole(actor, MemberRole.STUDENT);
    requireVerifiedOrganization(actor);
    const offer = await this.offers.get(actor, data.offerId);
    if (offer.status !== OfferStatus.PUBLISHED)
      throw new ConflictError(
        'APPLICATIONS_CLOSED',
        'This offer is not taking applications (closed or past its deadline)',
      );
    if (offer.applicationDeadline.getTime() <= Date.now())
      throw new ConflictError('DEADLINE_PASSED', 'This offer is not taking applications (closed or past its deadline)');
    const [slots] = await this.offers.slotsOf([offer.id]);
    const slot = data.slotId ? slots.find((s) => s.id === data.slotId) : slots.length === 1 ? slots[0] : undefined;
    if (!slot)
      throw new BadInputError(
        'slotId',
        data.slotId ? 'This slot is not part of the offer' : 'Choose a slot: this offer has several',
      );
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const application = await manager.getRepository(Application).save(
          manager.getRepository(Application).create({
            offerId: offer.id,
            slotId: slot.id,
            studentId: actor.id,
            universityId: actor.organizationId!,
            programId: actor.programId!,
            motivation: data.motivation,
            rank: data.rank,
            status: ApplicationStatus.SUBMITTED,
            inPriorityGroup: inPriorityGroup(offer, {
              programId: actor.programId!,
              universityId: actor.organizationId!,
            }),
          }),
        );
        await this.lifecycle.created(manager, actor.id, application, [
          { type: 'application.submitted', payload: { applicationId: application.id } },
        ]);
        return application;
      });
    } catch (e) {
      if (isUniqueViolation(e, 'application_offer_student'))
        throw new ConflictError('ALREADY_APPLIED', 'You have already applied to this offer');
      throw e;
    }
  }

  /** The student withdraws; a held onsite or virtual seat is freed. */
  withdraw(actor: Actor, id: string): Promise<Application> {
    return this.change(actor, id, 'student', async (manager, application) => {
      this.lifecycle.assertMove(application.status, ApplicationStatus.WITHDRAWN);
      await this.releaseSeats(manager, application);
      return ApplicationStatus.WITHDRAWN;
    });
  }

  shortlist(actor: Actor, id: string): Promise<Application> {
    return this.change(actor, id, 'company', async (_, application) => {
      this.lifecycle.assertMove(application.status, ApplicationStatus.SHORTLISTED);
      return ApplicationStatus.SHORTLISTED;
    });
  }

  reject(actor: Actor, id: string, note?: string): Promise<Application> {
    return this.change(
      actor,
      id,
      'company',
      async (manager, application) => {
        this.lifecycle.assertMove(application.status, ApplicationStatus.REJECTED);
        await this.releaseSeats(manager, application);
        return ApplicationStatus.REJECTED;
      },
      note,
    );
  }

  /** The company offers a seat (first-come offers only; match-round offers get theirs from the round). */
  makeOffer(actor: Actor, id: string): Promise<Application> {
    return this.change(actor, id, 'company', async (_, application, offer) => {
      if (offer.allocation === SeatAllocation.MATCH_ROUND) {
        throw new ConflictError(
          'ALLOCATED_BY_MATCH_ROUND',
          'Seats of this offer are allocated by its match round, not one by one',
        );
      }
      this.lifecycle.assertMove(application.status, ApplicationStatus.OFFERED);
      return ApplicationStatus.OFFERED;
    });
  }

  /** The student accepts: a seat is taken under a row lock, or the application is WAITLISTED when none is left. */
  accept(actor: Actor, id: string): Promise<Application> {
    return this.change(actor, id, 'student', async (manager, application, offer) => {
      this.lifecycle.assertMove(application.status, ApplicationStatus.ACCEPTED);
      if (application.holdsSeat && application.holdExpiresAt && application.holdExpiresAt.getTime() <= Date.now()) {
        throw new ConflictError(
          'HOLD_EXPIRED',
          'The seat held for you has expired and goes to the next person on the waitlist',
        );
      }
      if (!application.holdsSeat) {
        const granted = await SeatLedger.take(manager, offer, application.slotId, 1, application.inPriorityGroup);
        if (!granted) {
          await this.outbox.record(manager, 'application.overflowed', { applicationId: application.id });
          return [ApplicationStatus.WAITLISTED, 'No onsite seat was left when you accepted; you are on the waitlist'];
        }
        application.holdsSeat = true;
      }
      if (application.holdsVirtualSeat) {
        await SeatLedger.releaseVirtual(manager, offer.id, 1);
        application.holdsVirtualSeat = false;
        await this.outbox.record(manager, 'seat.freed', { offerId: offer.id, slotId: null });
      }
      return ApplicationStatus.ACCEPTED;
    });
  }

  decline(actor: Actor, id: string): Promise<Application> {
    return this.change(actor, id, 'student', async (manager, application) => {
      this.lifecycle.assertMove(application.status, ApplicationStatus.DECLINED);
      await this.releaseSeats(manager, application);
      return ApplicationStatus.DECLINED;
    });
  }

  /**
   * The student's new order of choices: the listed applications take ranks 1..n in that order and
   * the student's other applications follow in their old order, so ranks stay 1..all without gaps.
   */
  async rankMine(actor: Actor, ids: string[]): Promise<Application[]> {
    requireRole(actor, MemberRole.STUDENT);
    if (new Set(ids).size !== ids.length) throw new BadInputError('applicationIds', 'An application is listed twice');
    return inTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(Application);
      const mine = await repo.find({
        where: { studentId: actor.id },
        order: { rank: 'ASC', createdAt: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const byId = new Map(mine.map((a) => [a.id, a]));
      const missing = ids.find((id) => !byId.has(id));
      if (missing) throw new NotFoundError('Application', missing);
      const listed = new Set(ids);
      const ordered = [...ids.map((id) => byId.get(id)!), ...mine.filter((a) => !listed.has(a.id))];
      const changed = ordered.filter((a, i) => a.rank !== i + 1);
      ordered.forEach((a, i) => (a.rank = i + 1));
      if (changed.length) await repo.save(changed);
      return ids.map((id) => byId.get(id)!);
    });
  }

  /** The company's rank of an applicant (1 = best), used by match rounds and waitlists. */
  async rankApplicant(actor: Actor, id: string, rank: number): Promise<Application> {
    return inTransaction(this.dataSource, async (manager) => {
      const application = await this.lockForCompany(manager, actor, id);
      application.companyRank = rank;
      return manager.getRepository(Application).save(application);
    });
  }

  /** One application: its student, the company of its offer, and the student's university staff. */
  async get(actor: Actor, id: string): Promise<Application> {
    const application = await this.applications.findOneBy({ id });
    if (!application || !(await this.canSee(actor, application))) throw new NotFoundError('Application', id);
    return application;
  }

  async listMine(
    actor: Actor,
    page: { first: number; after?: string | null; status?: ApplicationStatus },
  ): Promise<Page<ApplicationHit>> {
    requireRole(actor, MemberRole.STUDENT);
    return this.page({ where: 'a."studentId" = :me', params: { me: actor.id }, ...page, order: 'rank' });
  }

  /** For company staff: applicants of their offers in the company's rank order; for university staff: their students' applications. */
  async listForStaff(actor: Actor, filter: ApplicationFilter): Promise<Page<ApplicationHit>> {
    if (isPlatformAdmin(actor)) return this.page({ where: 'true', params: {}, ...filter, order: 'created' });
    requireRole(actor, MemberRole.ADMIN, MemberRole.COORDINATOR);
    if (actor.organizationKind === OrganizationKind.COMPANY) {
      if (filter.offerId) await this.offers.getOwned(actor, filter.offerId);
      return this.page({
        where: 'a."offerId" IN (SELECT id FROM offer WHERE "companyId" = :org)',
        params: { org: actor.organizationId },
        ...filter,
        order: 'companyRank',
      });
    }
    return this.page({
      where: 'a."universityId" = :org',
      params: { org: actor.organizationId },
      ...filter,
      order: 'created',
    });
  }

  private page(q: ApplicationPageQuery): Promise<Page<ApplicationHit>> {
    return this.list.page(q);
  }

  private async canSee(actor: Actor, application: Application): Promise<boolean> {
    if (isPlatformAdmin(actor) || application.studentId === actor.id) return true;
    if (actor.role === MemberRole.STUDENT) return false;
    if (actor.organizationKind === OrganizationKind.UNIVERSITY)
      return application.universityId === actor.organizationId;
    const [offer] = await this.offers.findByIds([application.offerId]);
    return offer?.companyId === actor.organizationId;
  }

  /** Locks the application's offer (which must be the actor's company's), then the application: the documented lock order. */
  private async lockForCompany(manager: EntityManager, actor: Actor, id: string): Promise<Application> {
    const seen = await manager
      .getRepository(Application)
      .findOne({ where: { id }, select: { id: true, offerId: true } });
    if (!seen) throw new NotFoundError('Application', id);
    await this.offers.lockOwned(manager, actor, seen.offerId).catch(() => {
      throw new NotFoundError('Application', id);
    });
    return manager.getRepository(Application).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private async releaseSeats(manager: EntityManager, application: Application): Promise<void> {
    if (application.holdsSeat || application.holdsVirtualSeat) {
      await this.outbox.record(manager, 'seat.freed', {
        offerId: application.offerId,
        slotId: application.holdsSeat ? application.slotId : null,
      });
    }
    if (application.holdsSeat) {
      await SeatLedger.release(manager, application.slotId, 1, application.inPriorityGroup);
      application.holdsSeat = false;
    }
    if (application.holdsVirtualSeat) {
      await SeatLedger.releaseVirtual(manager, application.offerId, 1);
      application.holdsVirtualSeat = false;
    }
  }

  /** Loads and locks, checks who may act, applies the step, records history and the outbox event. */
  private async change(
    actor: Actor,
    id: string,
    side: 'student' | 'company',
    step: (
      manager: EntityManager,
      application: Application,
      offer: Offer,
    ) => Promise<ApplicationStatus | [ApplicationStatus, string]>,
    note?: string,
  ): Promise<Application> {
    return inTransaction(this.dataSource, async (manager) => {
      let application: Application;
      if (side === 'student') {
        const found = await manager
          .getRepository(Application)
          .findOne({ where: { id }, select: { id: true, offerId: true, studentId: true } });
        if (!found || found.studentId !== actor.id) {
          if (found && actor.role !== MemberRole.STUDENT)
            throw new ForbiddenError('Only the student who applied can do this');
          throw new NotFoundError('Application', id);
        }
        // Offer first, then the application (docs/marketplace.md, lock order).
        await SeatLedger.lockOffer(manager, found.offerId);
        application = await manager
          .getRepository(Application)
          .findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      } else {
        requireRole(actor, MemberRole.ADMIN, MemberRole.COORDINATOR, MemberRole.PLATFORM_ADMIN);
        application = await this.lockForCompany(manager, actor, id);
      }
      const offer = await manager.getRepository(Offer).findOneByOrFail({ id: application.offerId });
      const result = await step(manager, application, offer);
      const [to, why] = Array.isArray(result) ? result : [result, note ?? null];
      return this.lifecycle.move(manager, actor.id, { subject: application, to, note: why });
    });
  }
}
