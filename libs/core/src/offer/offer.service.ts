import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { OfferSearch } from '../read-model/offer-search';
import { inTransaction } from '../common/transaction';
import { SeatLedger } from './seat-ledger';
import { BadInputError, ConflictError, NotFoundError } from '../common/domain-error';
import { Actor, isPlatformAdmin, requireOrganizationKind, requireStaffOf } from '../common/policy';
import { Facility } from '../facility/facility.entity';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { Program, StudyLevel } from '../program/program.entity';
import { Offer, OfferKind, OfferStatus, SeatAllocation } from './offer.entity';
import { OfferLifecycle } from './offer.lifecycle';
import { OfferSlot } from './offer-slot.entity';
import { VirtualFormat, VirtualTwin } from './virtual-twin.entity';
import { OutboxService } from '../outbox/outbox.service';

export interface SlotData {
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

export interface TwinData {
  format: VirtualFormat;
  capacity?: number | null;
  joinUrl: string;
}

export interface PriorityGroupData {
  name: string;
  programIds: string[];
  universityIds: string[];
  reservedSeats: number;
}

export interface CreateOfferData {
  facilityId: string;
  kind: OfferKind;
  title: string;
  description: string;
  topics: string[];
  eligibleLevels: StudyLevel[];
  applicationDeadline: Date;
  allocation: SeatAllocation;
  slots: SlotData[];
  virtualTwin?: TwinData | null;
  priorityGroup?: PriorityGroupData | null;
}

export interface UpdateOfferData {
  title?: string;
  description?: string;
  topics?: string[];
  eligibleLevels?: StudyLevel[];
  applicationDeadline?: Date;
  slotCapacities?: { slotId: string; capacity: number }[];
  addSlots?: SlotData[];
  virtualTwin?: TwinData | null;
  removeVirtualTwin?: boolean;
}

@Injectable()
export class OfferService {
  constructor(
    @InjectRepository(Offer) private readonly offers: Repository<Offer>,
    @InjectRepository(OfferSlot) private readonly slots: Repository<OfferSlot>,
    @InjectRepository(VirtualTwin) private readonly twins: Repository<VirtualTwin>,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly lifecycle: OfferLifecycle,
    private readonly reads: OfferSearch,
  ) {}

  findByIds(ids: readonly string[]): Promise<Offer[]> {
    return this.offers.findBy({ id: In([...ids]) });
  }

  /** Slots of many offers at once, in date order, grouped by offer id. */
  async slotsOf(offerIds: readonly string[]): Promise<OfferSlot[][]> {
    const rows = await this.slots.find({
      where: { offerId: In([...offerIds]) },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
    return offerIds.map((id) => rows.filter((row) => row.offerId === id));
  }

  slotsByIds(ids: readonly string[]): Promise<OfferSlot[]> {
    return this.slots.findBy({ id: In([...ids]) });
  }

  async twinsOf(offerIds: readonly string[]): Promise<(VirtualTwin | null)[]> {
    const rows = await this.twins.findBy({ offerId: In([...offerIds]) });
    return offerIds.map((id) => rows.find((row) => row.offerId === id) ?? null);
  }

  async create(actor: Actor, data: CreateOfferData): Promise<Offer> {
    requireOrganizationKind(actor, OrganizationKind.COMPANY);
    requireStaffOf(actor, actor.organizationId!);
    this.checkSlots(data.kind, data.slots, data.applicationDeadline);
    if (data.priorityGroup) this.checkPriorityGroup(data.priorityGroup, data.slots);
    return this.dataSource.transaction(async (manager) => {
      const facility = await manager.getRepository(Facility).findOneBy({ id: data.facilityId });
      if (!facility || facility.companyId !== actor.organizationId)
        throw new NotFoundError('Facility', data.facilityId);
      if (data.priorityGroup) await this.checkGroupIds(manager, data.priorityGroup);
      const offer = await manager.getRepository(Offer).save(
        manager.getRepository(Offer).create({
          companyId: actor.organizationId,
          facilityId: facility.id,
          kind: data.kind,
          title: data.title.trim(),
          description: data.description,
          topics: [...new Set(data.topics)],
          eligibleLevels: [...new Set(data.eligibleLevels)],
          applicationDeadline: data.applicationDeadline,
          allocation: data.allocation,
          status: OfferStatus.DRAFT,
          reservedSeats: data.priorityGroup?.reservedSeats ?? 0,
          priorityProgramIds: data.priorityGroup?.programIds ?? [],
          priorityUniversityIds: data.priorityGroup?.universityIds ?? [],
          priorityGroupName: data.priorityGroup?.name ?? null,
        }),
      );
      await this.lifecycle.created(manager, actor.id, offer);
      await manager.getRepository(OfferSlot).save(data.slots.map((slot) => ({ ...slot, offerId: offer.id })));
      if (data.virtualTwin)
        await manager
          .getRepository(VirtualTwin)
          .save({ ...data.virtualTwin, capacity: data.virtualTwin.capacity ?? null, offerId: offer.id });
      return offer;
    });
  }

  async update(actor: Actor, id: string, data: UpdateOfferData): Promise<Offer> {
    return inTransaction(this.dataSource, async (manager) => {
      const offer = await this.lockOwned(manager, actor, id);
      if (offer.status === OfferStatus.CLOSED)
        throw new ConflictError('OFFER_CLOSED', 'A closed offer cannot be edited');
      for (const key of ['title', 'description', 'topics', 'eligibleLevels', 'applicationDeadline'] as const) {
        if (data[key] !== undefined) (offer as unknown as Record<string, unknown>)[key] = data[key];
      }
      if (
        offer.status === OfferStatus.PUBLISHED &&
        data.applicationDeadline &&
        data.applicationDeadline.getTime() <= Date.now()
      ) {
        throw new BadInputError(
          'applicationDeadline',
          'The deadline of a published offer must be in the future (close it instead)',
        );
      }
      await manager.getRepository(Offer).save(offer);
      // Slots in ascending id order, like every transaction that locks several (docs/marketplace.md).
      const resizes = [...(data.slotCapacities ?? [])].sort((a, b) =>
        a.slotId < b.slotId ? -1 : a.slotId > b.slotId ? 1 : 0,
      );
      for (const { slotId, capacity } of resizes) {
        if (capacity < offer.reservedSeats)
          throw new BadInputError('slotCapacities', `A slot keeps at least the ${offer.reservedSeats} reserved seats`);
        const result = await manager
          .createQueryBuilder()
          .update(OfferSlot)
          .set({ capacity })
          .where('id = :slotId AND "offerId" = :offerId AND taken <= :capacity', {
            slotId,
            offerId: offer.id,
            capacity,
          })
          .execute();
        if (!result.affected) {
          const slot = await manager.getRepository(OfferSlot).findOneBy({ id: slotId, offerId: offer.id });
          if (!slot) throw new BadInputError('slotCapacities', `Slot ${slotId} is not a slot of this offer`);
          throw new ConflictError(
            'SLOT_CAPACITY_BELOW_TAKEN',
            `Slot capacity cannot go below the ${slot.taken} seats already taken`,
            { slotId, taken: slot.taken },
          );
        }
      }
      if (data.addSlots?.length) {
        this.checkSlots(offer.kind, data.addSlots, offer.applicationDeadline);
        await manager.getRepository(OfferSlot).save(data.addSlots.map((slot) => ({ ...slot, offerId: offer.id })));
      }
      const twins = manager.getRepository(VirtualTwin);
      const twin = await twins.findOne({ where: { offerId: offer.id }, lock: { mode: 'pessimistic_write' } });
      if (data.removeVirtualTwin && twin) {
        if (twin.taken > 0)
          throw new ConflictError(
            'VIRTUAL_TWIN_IN_USE',
            `The virtual twin holds ${twin.taken} people; it cannot be removed`,
          );
        await twins.delete({ id: twin.id });
      } else if (data.virtualTwin) {
        const capacity = data.virtualTwin.capacity ?? null;
        if (twin && capacity !== null && capacity < twin.taken) {
          throw new ConflictError(
            'VIRTUAL_CAPACITY_BELOW_TAKEN',
            `Virtual capacity cannot go below the ${twin.taken} seats already taken`,
            { taken: twin.taken },
          );
        }
        await twins.save({
          ...(twin ?? { offerId: offer.id }),
          format: data.virtualTwin.format,
          joinUrl: data.virtualTwin.joinUrl,
          capacity,
        });
      }
      if (offer.status === OfferStatus.PUBLISHED && (data.slotCapacities?.length || data.virtualTwin)) {
        await this.outbox.record(manager, 'seat.freed', { offerId: offer.id, slotId: null });
      }
      return offer;
    });
  }

  async publish(actor: Actor, id: string): Promise<Offer> {
    return inTransaction(this.dataSource, async (manager) => {
      const offer = await this.lockOwned(manager, actor, id);
      this.lifecycle.assertMove(offer.status, OfferStatus.PUBLISHED);
      if (offer.applicationDeadline.getTime() <= Date.now()) {
        throw new BadInputError(
          'applicationDeadline',
          'The application deadline has passed: move it to the future before publishing',
        );
      }
      return this.lifecycle.move(manager, actor.id, { subject: offer, to: OfferStatus.PUBLISHED });
    });
  }

  async close(actor: Actor, id: string): Promise<Offer> {
    return inTransaction(this.dataSource, async (manager) => {
      const offer = await this.lockOwned(manager, actor, id);
      return this.lifecycle.move(manager, actor.id, { subject: offer, to: OfferStatus.CLOSED });
    });
  }

  /** One offer as the actor may see it, or NOT_FOUND (the read model's search, for commands that start from what the actor sees). */
  get(actor: Actor, id: string): Promise<Offer> {
    return this.reads.get(actor, id);
  }

  /** Locks an offer of the actor's own company for a change (NOT_FOUND for anyone else's); the first lock of the transaction (SeatLedger.lockOffer). */
  lockOwned(manager: EntityManager, actor: Actor, id: string): Promise<Offer> {
    return this.owned(manager, actor, id, true);
  }

  /** An offer of the actor's own company, read without a lock (NOT_FOUND for anyone else's). */
  getOwned(actor: Actor, id: string): Promise<Offer> {
    return this.owned(this.dataSource.manager, actor, id, false);
  }

  private async owned(manager: EntityManager, actor: Actor, id: string, lock: boolean): Promise<Offer> {
    const offer = lock
      ? await SeatLedger.lockOffer(manager, id)
      : await manager.getRepository(Offer).findOne({ where: { id } });
    if (!offer || (!isPlatformAdmin(actor) && offer.companyId !== actor.organizationId))
      throw new NotFoundError('Offer', id);
    if (!isPlatformAdmin(actor)) requireStaffOf(actor, offer.companyId);
    return offer;
  }

  private checkSlots(kind: OfferKind, slots: SlotData[], deadline: Date): void {
    if (!slots.length)
      throw new BadInputError(
        'slots',
        kind === OfferKind.SITE_VISIT
          ? 'A site visit needs at least one session'
          : 'An internship needs at least one period of positions',
      );
    slots.forEach((slot, i) => {
      if (slot.endsAt <= slot.startsAt) throw new BadInputError(`slots.${i}.endsAt`, 'A slot must end after it starts');
      if (slot.startsAt < deadline)
        throw new BadInputError(`slots.${i}.startsAt`, 'Slots start after the application deadline');
    });
  }

  private checkPriorityGroup(group: PriorityGroupData, slots: SlotData[]): void {
    if (!group.programIds.length && !group.universityIds.length) {
      throw new BadInputError('priorityGroup', 'A priority group names at least one program or university');
    }
    const smallest = Math.min(...slots.map((s) => s.capacity));
    if (group.reservedSeats > smallest)
      throw new BadInputError(
        'priorityGroup.reservedSeats',
        `At most ${smallest} seats can be reserved (the smallest slot)`,
      );
  }

  private async checkGroupIds(manager: EntityManager, group: PriorityGroupData): Promise<void> {
    const programs = group.programIds.length
      ? await manager.getRepository(Program).countBy({ id: In(group.programIds) })
      : 0;
    if (programs !== new Set(group.programIds).size)
      throw new BadInputError('priorityGroup.programIds', 'Unknown program id');
    const universities = group.universityIds.length
      ? await manager
          .getRepository(Organization)
          .countBy({ id: In(group.universityIds), kind: OrganizationKind.UNIVERSITY })
      : 0;
    if (universities !== new Set(group.universityIds).size)
      throw new BadInputError('priorityGroup.universityIds', 'Unknown university id');
  }
}
