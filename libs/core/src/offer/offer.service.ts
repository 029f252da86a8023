import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, Repository } from 'typeorm';
import { decodeCursor, encodeCursor, Page, pageOf } from '../common/cursor';
import { entityFromJson, rowJson } from '../common/json-rows';
import { preparedRead } from '../common/prepared';
import { inTransaction } from '../common/transaction';
import { SeatLedger } from './seat-ledger';
import { BadInputError, ConflictError, NotFoundError } from '../common/domain-error';
import { Actor, isPlatformAdmin, requireOrganizationKind, requireStaffOf } from '../common/policy';
import { Facility } from '../facility/facility.entity';
import { MemberRole } from '../member/member.entity';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { Program, StudyLevel } from '../program/program.entity';
import { Offer, OfferKind, OfferStatus, offerSearchDocument, SeatAllocation } from './offer.entity';
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

export enum OfferSort {
  DEADLINE = 'DEADLINE',
  NEWEST = 'NEWEST',
  DISTANCE = 'DISTANCE',
}

export interface OfferSearch {
  kind?: OfferKind;
  topics?: string[];
  text?: string;
  from?: Date;
  to?: Date;
  near?: { latitude: number; longitude: number; radiusKm?: number | null };
  hasVirtualTwin?: boolean;
  status?: OfferStatus;
  sort?: OfferSort;
  first: number;
  after?: string | null;
}

/** What a search loads with each offer, so that a page of cards costs one statement. */
export interface OfferRelations {
  company: Organization;
  facility: Facility;
  /** In date order. */
  slots: OfferSlot[];
  virtualTwin: VirtualTwin | null;
}

export type OfferHit = Offer & { distanceKm?: number | null; related?: OfferRelations };

interface OfferPageRow {
  offer: Record<string, unknown>;
  sort_key: string | number;
  distance_km?: number | null;
  company: Record<string, unknown>;
  facility: Record<string, unknown>;
  slots: Record<string, unknown>[];
  twin: Record<string, unknown> | null;
}

const distanceSql = (lat: string, lon: string) =>
  `(6371.0 * 2 * asin(least(1, sqrt(power(sin(radians(f."latitude" - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(f."latitude")) * power(sin(radians(f."longitude" - ${lon}) / 2), 2)))))`;

@Injectable()
export class OfferService {
  constructor(
    @InjectRepository(Offer) private readonly offers: Repository<Offer>,
    @InjectRepository(OfferSlot) private readonly slots: Repository<OfferSlot>,
    @InjectRepository(VirtualTwin) private readonly twins: Repository<VirtualTwin>,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly lifecycle: OfferLifecycle,
  ) {}

  findByIds(ids: readonly string[]): Promise<Offer[]> {
    return this.offers.findBy({ id: In([...ids]) });
  }

  /** Slots of many offers at once, in date order, grouped by offer id. */
  async slotsOf(offerIds: readonly string[]): Promise<OfferSlot[][]> {
    const rows = await this.slots.find({ where: { offerId: In([...offerIds]) }, order: { startsAt: 'ASC', id: 'ASC' } });
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
      if (!facility || facility.companyId !== actor.organizationId) throw new NotFoundError('Facility', data.facilityId);
      if (data.priorityGroup) await this.checkGroupIds(manager, data.priorityGroup);
      const offer = await manager.getRepository(Offer).save(
        manager.getRepository(Offer).create({
          companyId: actor.organizationId!,
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
      if (data.virtualTwin) await manager.getRepository(VirtualTwin).save({ ...data.virtualTwin, capacity: data.virtualTwin.capacity ?? null, offerId: offer.id });
      return offer;
    });
  }

  async update(actor: Actor, id: string, data: UpdateOfferData): Promise<Offer> {
    return inTransaction(this.dataSource, async (manager) => {
      const offer = await this.lockOwned(manager, actor, id);
      if (offer.status === OfferStatus.CLOSED) throw new ConflictError('OFFER_CLOSED', 'A closed offer cannot be edited');
      for (const key of ['title', 'description', 'topics', 'eligibleLevels', 'applicationDeadline'] as const) {
        if (data[key] !== undefined) (offer as unknown as Record<string, unknown>)[key] = data[key];
      }
      if (offer.status === OfferStatus.PUBLISHED && data.applicationDeadline && data.applicationDeadline.getTime() <= Date.now()) {
        throw new BadInputError('applicationDeadline', 'The deadline of a published offer must be in the future (close it instead)');
      }
      await manager.getRepository(Offer).save(offer);
      // Slots in ascending id order, like every transaction that locks several (docs/marketplace.md).
      const resizes = [...(data.slotCapacities ?? [])].sort((a, b) => (a.slotId < b.slotId ? -1 : a.slotId > b.slotId ? 1 : 0));
      for (const { slotId, capacity } of resizes) {
        if (capacity < offer.reservedSeats) throw new BadInputError('slotCapacities', `A slot keeps at least the ${offer.reservedSeats} reserved seats`);
        const result = await manager
          .createQueryBuilder()
          .update(OfferSlot)
          .set({ capacity })
          .where('id = :slotId AND "offerId" = :offerId AND taken <= :capacity', { slotId, offerId: offer.id, capacity })
          .execute();
        if (!result.affected) {
          const slot = await manager.getRepository(OfferSlot).findOneBy({ id: slotId, offerId: offer.id });
          if (!slot) throw new BadInputError('slotCapacities', `Slot ${slotId} is not a slot of this offer`);
          throw new ConflictError('SLOT_CAPACITY_BELOW_TAKEN', `Slot capacity cannot go below the ${slot.taken} seats already taken`, { slotId, taken: slot.taken });
        }
      }
      if (data.addSlots?.length) {
        this.checkSlots(offer.kind, data.addSlots, offer.applicationDeadline);
        await manager.getRepository(OfferSlot).save(data.addSlots.map((slot) => ({ ...slot, offerId: offer.id })));
      }
      const twins = manager.getRepository(VirtualTwin);
      const twin = await twins.findOne({ where: { offerId: offer.id }, lock: { mode: 'pessimistic_write' } });
      if (data.removeVirtualTwin && twin) {
        if (twin.taken > 0) throw new ConflictError('VIRTUAL_TWIN_IN_USE', `The virtual twin holds ${twin.taken} people; it cannot be removed`);
        await twins.delete({ id: twin.id });
      } else if (data.virtualTwin) {
        const capacity = data.virtualTwin.capacity ?? null;
        if (twin && capacity !== null && capacity < twin.taken) {
          throw new ConflictError('VIRTUAL_CAPACITY_BELOW_TAKEN', `Virtual capacity cannot go below the ${twin.taken} seats already taken`, { taken: twin.taken });
        }
        await twins.save({ ...(twin ?? { offerId: offer.id }), format: data.virtualTwin.format, joinUrl: data.virtualTwin.joinUrl, capacity });
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
        throw new BadInputError('applicationDeadline', 'The application deadline has passed: move it to the future before publishing');
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

  /** One offer as the actor may see it, or NOT_FOUND. */
  async get(actor: Actor, id: string): Promise<Offer> {
    const page = await this.search(actor, { first: 1 }, id);
    const offer = page.items[0]?.node;
    if (!offer) throw new NotFoundError('Offer', id);
    return offer;
  }

  /**
   * Offers the actor may see, filtered and sorted in SQL, one keyset page at a time. Students see
   * published offers of verified companies that their level can take; companies see their own.
   */
  async search(actor: Actor, filter: OfferSearch, onlyId?: string): Promise<Page<OfferHit>> {
    const qb = this.offers
      .createQueryBuilder('o')
      .select(rowJson(this.dataSource, Offer, 'o'), 'offer')
      .addSelect('o.id', 'id')
      .addSelect('o."companyId"', 'company_id')
      .addSelect('o."facilityId"', 'facility_id')
      .innerJoin(Organization, 'c', 'c.id = o."companyId"')
      .innerJoin(Facility, 'f', 'f.id = o."facilityId"');
    if (onlyId) qb.andWhere('o.id = :onlyId', { onlyId });
    await this.restrictToVisible(actor, qb, !onlyId);
    if (filter.status) qb.andWhere('o.status = :status', { status: filter.status });
    if (filter.kind) qb.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.topics?.length) qb.andWhere('o.topics && CAST(:topics AS text[])', { topics: filter.topics });
    if (filter.text?.trim()) {
      qb.andWhere(`${offerSearchDocument('o')} @@ websearch_to_tsquery('english'::regconfig, :text)`, { text: filter.text.trim() });
    }
    if (filter.from || filter.to) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM offer_slot s WHERE s."offerId" = o.id AND s."endsAt" > :from AND s."startsAt" < :to)`,
        { from: filter.from ?? new Date(0), to: filter.to ?? new Date('9999-12-31') },
      );
    }
    if (filter.hasVirtualTwin !== undefined) {
      qb.andWhere(`${filter.hasVirtualTwin ? '' : 'NOT '}EXISTS (SELECT 1 FROM virtual_twin t WHERE t."offerId" = o.id)`);
    }
    const sort = filter.sort ?? OfferSort.DEADLINE;
    let sortExpr: string;
    let direction: 'ASC' | 'DESC' = 'ASC';
    if (filter.near) {
      const { latitude, longitude, radiusKm } = filter.near;
      qb.setParameters({ lat: latitude, lon: longitude });
      qb.addSelect(distanceSql(':lat', ':lon'), 'distance_km');
      if (radiusKm) {
        const dLat = radiusKm / 111.0;
        qb.andWhere('f.latitude BETWEEN :minLat AND :maxLat', { minLat: latitude - dLat, maxLat: latitude + dLat });
        qb.andWhere(`${distanceSql(':lat', ':lon')} <= :radiusKm`, { radiusKm });
      }
    } else if (sort === OfferSort.DISTANCE) {
      throw new BadInputError('sort', 'Sorting by distance needs the near filter');
    } else {
      qb.addSelect('CAST(NULL AS float8)', 'distance_km');
    }
    if (sort === OfferSort.DISTANCE) sortExpr = distanceSql(':lat', ':lon');
    else if (sort === OfferSort.NEWEST) {
      sortExpr = 'o."createdAt"';
      direction = 'DESC';
    } else sortExpr = 'o."applicationDeadline"';
    qb.addSelect(sort === OfferSort.DISTANCE ? sortExpr : `to_char(${sortExpr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'sort_key');
    if (filter.after) {
      const byDistance = sort === OfferSort.DISTANCE;
      const [value, id] = decodeCursor(filter.after, byDistance ? 'number' : 'timestamp');
      const op = direction === 'ASC' ? '>' : '<';
      const cast = byDistance ? 'float8' : 'timestamptz';
      qb.andWhere(new Brackets((w) => w.where(`(${sortExpr}, o.id) ${op} (CAST(:cursorValue AS ${cast}), CAST(:cursorId AS uuid))`, { cursorValue: value, cursorId: id })));
    }
    qb.addSelect(sortExpr, 'sort_value');
    qb.orderBy(sortExpr, direction).addOrderBy('o.id', direction).limit(filter.first + 1);
    // One statement for the page and its relations (company, facility, slots, twin), serialized by
    // PostgreSQL as JSON: no second round of queries, no ORM hydration. The outer ORDER BY keeps the
    // page's order; the relation subqueries run only for the page's rows.
    const [pageSql, parameters] = qb.getQueryAndParameters();
    // Prepared (planned once) only without full-text, topic and distance filters: their selectivity
    // depends on the values, and a generic plan for them cost PostgreSQL 4x more per search.
    const selective = !!(filter.text?.trim() || filter.topics?.length || filter.near);
    const read = <T>(sql: string, values: unknown[]): Promise<T[]> => (selective ? this.dataSource.query(sql, values) : preparedRead<T>(this.dataSource, sql, values));
    const rows = await read<OfferPageRow>(
      `SELECT page.offer, page.sort_key, page.distance_km,
         (SELECT ${rowJson(this.dataSource, Organization, 'c')} FROM organization c WHERE c.id = page.company_id) AS company,
         (SELECT ${rowJson(this.dataSource, Facility, 'f')} FROM facility f WHERE f.id = page.facility_id) AS facility,
         (SELECT coalesce(json_agg(${rowJson(this.dataSource, OfferSlot, 's')} ORDER BY s."startsAt", s.id), '[]') FROM offer_slot s WHERE s."offerId" = page.id) AS slots,
         (SELECT ${rowJson(this.dataSource, VirtualTwin, 't')} FROM virtual_twin t WHERE t."offerId" = page.id) AS twin
       FROM (${pageSql}) page
       ORDER BY page.sort_value ${direction}, page.id ${direction}`,
      parameters,
    );
    return pageOf(rows, filter.first, (row) => {
      const offer: OfferHit = entityFromJson(this.dataSource, Offer, row.offer);
      offer.distanceKm = row.distance_km ?? null;
      offer.related = {
        company: entityFromJson(this.dataSource, Organization, row.company),
        facility: entityFromJson(this.dataSource, Facility, row.facility),
        slots: row.slots.map((slot) => entityFromJson(this.dataSource, OfferSlot, slot)),
        virtualTwin: row.twin ? entityFromJson(this.dataSource, VirtualTwin, row.twin) : null,
      };
      return { node: offer, cursor: encodeCursor(row.sort_key, offer.id) };
    });
  }

  /**
   * What a caller may list depends only on the role, the organization's kind and a student's
   * level: the API's listing cache shares answers on exactly that (`visibilityClass` in
   * apps/api/src/graphql/listing-cache.ts). A rule that looks at more must be added there too.
   */
  private async restrictToVisible(actor: Actor, qb: ReturnType<Repository<Offer>['createQueryBuilder']>, listing: boolean): Promise<void> {
    if (isPlatformAdmin(actor)) return;
    if (actor.organizationKind === OrganizationKind.COMPANY) {
      qb.andWhere(
        new Brackets((w) =>
          w.where('o."companyId" = :own', { own: actor.organizationId }).orWhere(listing ? 'false' : `(o.status <> 'DRAFT' AND c.verified)`),
        ),
      );
      return;
    }
    qb.andWhere('c.verified = true');
    qb.andWhere(listing ? `o.status = 'PUBLISHED'` : `o.status <> 'DRAFT'`);
    if (actor.role === MemberRole.STUDENT) {
      const level = actor.programLevel ?? (await this.dataSource.getRepository(Program).findOneBy({ id: actor.programId! }))?.level;
      qb.andWhere(':level = ANY(o."eligibleLevels")', { level });
    }
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
    const offer = lock ? await SeatLedger.lockOffer(manager, id) : await manager.getRepository(Offer).findOne({ where: { id } });
    if (!offer || (!isPlatformAdmin(actor) && offer.companyId !== actor.organizationId)) throw new NotFoundError('Offer', id);
    if (!isPlatformAdmin(actor)) requireStaffOf(actor, offer.companyId);
    return offer;
  }

  private checkSlots(kind: OfferKind, slots: SlotData[], deadline: Date): void {
    if (!slots.length) throw new BadInputError('slots', kind === OfferKind.SITE_VISIT ? 'A site visit needs at least one session' : 'An internship needs at least one period of positions');
    slots.forEach((slot, i) => {
      if (slot.endsAt <= slot.startsAt) throw new BadInputError(`slots.${i}.endsAt`, 'A slot must end after it starts');
      if (slot.startsAt < deadline) throw new BadInputError(`slots.${i}.startsAt`, 'Slots start after the application deadline');
    });
  }

  private checkPriorityGroup(group: PriorityGroupData, slots: SlotData[]): void {
    if (!group.programIds.length && !group.universityIds.length) {
      throw new BadInputError('priorityGroup', 'A priority group names at least one program or university');
    }
    const smallest = Math.min(...slots.map((s) => s.capacity));
    if (group.reservedSeats > smallest) throw new BadInputError('priorityGroup.reservedSeats', `At most ${smallest} seats can be reserved (the smallest slot)`);
  }

  private async checkGroupIds(manager: EntityManager, group: PriorityGroupData): Promise<void> {
    const programs = group.programIds.length ? await manager.getRepository(Program).countBy({ id: In(group.programIds) }) : 0;
    if (programs !== new Set(group.programIds).size) throw new BadInputError('priorityGroup.programIds', 'Unknown program id');
    const universities = group.universityIds.length
      ? await manager.getRepository(Organization).countBy({ id: In(group.universityIds), kind: OrganizationKind.UNIVERSITY })
      : 0;
    if (universities !== new Set(group.universityIds).size) throw new BadInputError('priorityGroup.universityIds', 'Unknown university id');
  }
}
