import { Injectable } from '@nestjs/common';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { decodeCursor, encodeCursor, Page, pageOf } from '../common/cursor';
import { BadInputError, NotFoundError } from '../common/domain-error';
import { Actor, isPlatformAdmin } from '../common/policy';
import { Facility } from '../facility/facility.entity';
import { MemberRole } from '../member/member.entity';
import { Offer, OfferKind, OfferStatus, offerSearchDocument } from '../offer/offer.entity';
import { OfferSlot } from '../offer/offer-slot.entity';
import { VirtualTwin } from '../offer/virtual-twin.entity';
import { Organization, OrganizationKind } from '../organization/organization.entity';
import { Program, StudyLevel } from '../program/program.entity';
import { entityFromJson, isReadableColumn, rowJson } from './hydrate';
import { preparedRead } from './prepared';

export enum OfferSort {
  DEADLINE = 'DEADLINE',
  NEWEST = 'NEWEST',
  DISTANCE = 'DISTANCE',
}

export interface OfferFilter {
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

/**
 * The fields a page shows, by entity: names of the offer's (or relation's) properties. A name that
 * is no column of the entity (a computed field) loads the whole row, so a page never misses a
 * value; a relation left out is loaded whole; `false` does not load it at all.
 */
export interface OfferPageFields {
  offer?: readonly string[];
  company?: readonly string[] | false;
  facility?: readonly string[] | false;
  slots?: readonly string[] | false;
  virtualTwin?: readonly string[] | false;
}

/** What a search loads with each offer, so that a page of cards costs one statement. */
export interface OfferRelations {
  company?: Organization;
  facility?: Facility;
  /** In date order. */
  slots?: OfferSlot[];
  virtualTwin?: VirtualTwin | null;
  /** False when some row holds only the columns the page asked for: such objects must not stand in for whole entities. */
  whole: boolean;
}

export type OfferHit = Offer & { distanceKm?: number | null; related?: OfferRelations };

interface OfferPageRow {
  offer: Record<string, unknown>;
  sort_key: string | number;
  distance_km?: number | null;
  company?: Record<string, unknown>;
  facility?: Record<string, unknown>;
  slots?: Record<string, unknown>[];
  twin?: Record<string, unknown> | null;
}

/** Columns every row carries whatever the page shows: keys, and what the access rules read. */
const KEYS = {
  offer: ['id', 'companyId', 'facilityId', 'status'],
  company: ['id', 'verified'],
  facility: ['id', 'companyId'],
  slots: ['id', 'offerId'],
  virtualTwin: ['id', 'offerId'],
} as const;

/** Study levels, the only values the search writes into its text (see restrictToVisible). */
const LEVELS = new Set<unknown>(Object.values(StudyLevel));

const distanceSql = (lat: string, lon: string) =>
  `(6371.0 * 2 * asin(least(1, sqrt(power(sin(radians(f."latitude" - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(f."latitude")) * power(sin(radians(f."longitude" - ${lon}) / 2), 2)))))`;

/**
 * The offer search: one statement for a keyset page of offers and each one's company, facility,
 * slots and twin, serialized as JSON by PostgreSQL from the columns the page shows, and hydrated
 * by the column metadata (hydrate.ts). Reads only; OfferService holds the commands.
 */
@Injectable()
export class OfferSearch {
  constructor(private readonly dataSource: DataSource) {}

  /** One offer as the actor may see it, or NOT_FOUND. */
  async get(actor: Actor, id: string, fields?: OfferPageFields): Promise<OfferHit> {
    const page = await this.search(actor, { first: 1 }, fields, id);
    const offer = page.items[0]?.node;
    if (!offer) throw new NotFoundError('Offer', id);
    return offer;
  }

  /**
   * Offers the actor may see, filtered and sorted in SQL, one keyset page at a time. Students see
   * published offers of verified companies that their level can take; companies see their own.
   */
  async search(
    actor: Actor,
    filter: OfferFilter,
    fields: OfferPageFields = {},
    onlyId?: string,
  ): Promise<Page<OfferHit>> {
    let whole = true;
    const json = (name: keyof typeof KEYS, target: EntityTarget<ObjectLiteral>, alias: string): string | null => {
      const asked = fields[name];
      if (asked === false) return null;
      const some = this.columns(target, alias, asked, KEYS[name]);
      if (some) whole = false;
      return some ?? rowJson(this.dataSource, target, alias);
    };
    const values: unknown[] = [];
    /** A positional parameter ($n) for the value. */
    const param = (value: unknown): string => {
      values.push(value);
      return `$${values.length}`;
    };
    const where: string[] = [];
    if (onlyId) where.push(`o.id = ${param(onlyId)}`);
    await this.restrictToVisible(actor, where, param, !onlyId);
    if (filter.status) where.push(`o.status = ${param(filter.status)}`);
    if (filter.kind) where.push(`o.kind = ${param(filter.kind)}`);
    if (filter.topics?.length) where.push(`o.topics && CAST(${param(filter.topics)} AS text[])`);
    if (filter.text?.trim()) {
      where.push(
        `${offerSearchDocument('o')} @@ websearch_to_tsquery('english'::regconfig, ${param(filter.text.trim())})`,
      );
    }
    if (filter.from || filter.to) {
      const from = param(filter.from ?? new Date(0));
      const to = param(filter.to ?? new Date('9999-12-31'));
      where.push(
        `EXISTS (SELECT 1 FROM offer_slot s WHERE s."offerId" = o.id AND s."endsAt" > ${from} AND s."startsAt" < ${to})`,
      );
    }
    if (filter.hasVirtualTwin !== undefined) {
      where.push(
        `${filter.hasVirtualTwin ? '' : 'NOT '}EXISTS (SELECT 1 FROM virtual_twin t WHERE t."offerId" = o.id)`,
      );
    }
    const sort = filter.sort ?? OfferSort.DEADLINE;
    let sortExpr: string;
    let direction: 'ASC' | 'DESC' = 'ASC';
    let distance = 'CAST(NULL AS float8)';
    if (filter.near) {
      const { latitude, longitude, radiusKm } = filter.near;
      distance = distanceSql(param(latitude), param(longitude));
      if (radiusKm) {
        const dLat = radiusKm / 111.0;
        where.push(`f.latitude BETWEEN ${param(latitude - dLat)} AND ${param(latitude + dLat)}`);
        where.push(`${distance} <= ${param(radiusKm)}`);
      }
    } else if (sort === OfferSort.DISTANCE) {
      throw new BadInputError('sort', 'Sorting by distance needs the near filter');
    }
    if (sort === OfferSort.DISTANCE) sortExpr = distance;
    else if (sort === OfferSort.NEWEST) {
      sortExpr = 'o."createdAt"';
      direction = 'DESC';
    } else sortExpr = 'o."applicationDeadline"';
    const sortKey =
      sort === OfferSort.DISTANCE
        ? sortExpr
        : `to_char(${sortExpr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    if (filter.after) {
      const byDistance = sort === OfferSort.DISTANCE;
      const [value, id] = decodeCursor(filter.after, byDistance ? 'number' : 'timestamp');
      const op = direction === 'ASC' ? '>' : '<';
      const cast = byDistance ? 'float8' : 'timestamptz';
      where.push(`(${sortExpr}, o.id) ${op} (CAST(${param(value)} AS ${cast}), CAST(${param(id)} AS uuid))`);
    }
    // Inlined as before: a parameter would hide the limit from the generic plan of a prepared statement.
    const limit = Math.trunc(Number(filter.first)) + 1;
    if (!Number.isSafeInteger(limit)) throw new BadInputError('first', 'first must be an integer');
    // The page: only keys and sort values, so that nothing is serialized for offers that a filter,
    // the sort or the limit leaves out.
    const pageSql =
      `SELECT o.id, ${distance} AS distance_km, ${sortKey} AS sort_key, ${sortExpr} AS sort_value` +
      ` FROM offer o INNER JOIN organization c ON c.id = o."companyId" INNER JOIN facility f ON f.id = o."facilityId"` +
      (where.length ? ` WHERE ${where.map((w) => `(${w})`).join(' AND ')}` : '') +
      ` ORDER BY ${sortExpr} ${direction}, o.id ${direction} LIMIT ${limit}`;
    // One statement for the page and its relations, serialized by PostgreSQL as JSON from the
    // columns the page shows: no second round of queries, no ORM hydration. The page's rows are
    // joined back to offer, company and facility by primary key; slots and twin are subqueries per
    // row of the page only. The outer ORDER BY keeps the page's order.
    const offer = json('offer', Offer, 'o')!;
    const company = json('company', Organization, 'c');
    const facility = json('facility', Facility, 'f');
    const slot = json('slots', OfferSlot, 's');
    const twin = json('virtualTwin', VirtualTwin, 't');
    // One JSON value per row (keys as in OfferPageRow): node-postgres parses one value, not five.
    const selects = [
      `'sort_key', page.sort_key, 'distance_km', page.distance_km, 'offer', ${offer}`,
      company && `'company', ${company}`,
      facility && `'facility', ${facility}`,
      slot &&
        `'slots', (SELECT coalesce(json_agg(${slot} ORDER BY s."startsAt", s.id), '[]') FROM offer_slot s WHERE s."offerId" = page.id)`,
      twin && `'twin', (SELECT ${twin} FROM virtual_twin t WHERE t."offerId" = page.id)`,
    ].filter(Boolean);
    const joins = [
      'INNER JOIN offer o ON o.id = page.id',
      company && 'INNER JOIN organization c ON c.id = o."companyId"',
      facility && 'INNER JOIN facility f ON f.id = o."facilityId"',
    ].filter(Boolean);
    // Prepared (planned once) only without full-text, topic and distance filters: their selectivity
    // depends on the values, and a generic plan for them cost PostgreSQL 4x more per search.
    const selective = !!(filter.text?.trim() || filter.topics?.length || filter.near);
    const sql = `SELECT json_build_object(${selects.join(', ')}) AS row FROM (${pageSql}) page ${joins.join(' ')} ORDER BY page.sort_value ${direction}, page.id ${direction}`;
    const rows: { row: OfferPageRow }[] = selective
      ? await this.dataSource.query(sql, values)
      : await preparedRead<{ row: OfferPageRow }>(this.dataSource, sql, values);
    return pageOf(rows, filter.first, ({ row }) => {
      const offer: OfferHit = entityFromJson(this.dataSource, Offer, row.offer);
      offer.distanceKm = row.distance_km ?? null;
      offer.related = {
        whole,
        ...(row.company !== undefined && { company: entityFromJson(this.dataSource, Organization, row.company) }),
        ...(row.facility !== undefined && { facility: entityFromJson(this.dataSource, Facility, row.facility) }),
        ...(row.slots !== undefined && { slots: row.slots.map((s) => entityFromJson(this.dataSource, OfferSlot, s)) }),
        ...(row.twin !== undefined && {
          virtualTwin: row.twin ? entityFromJson(this.dataSource, VirtualTwin, row.twin) : null,
        }),
      };
      return { node: offer, cursor: encodeCursor(row.sort_key, offer.id) };
    });
  }

  /** The JSON of only the asked columns (with the keys), or null when the whole row is needed (nothing asked, or a name that is no column). */
  private columns(
    target: EntityTarget<ObjectLiteral>,
    alias: string,
    names: readonly string[] | undefined,
    keys: readonly string[],
  ): string | null {
    if (!names || !names.every((name) => isReadableColumn(this.dataSource, target, name))) return null;
    return rowJson(this.dataSource, target, alias, [...keys, ...names]);
  }

  /**
   * What a caller may list depends only on the role, the organization's kind and a student's
   * level: the API's listing cache shares answers on exactly that (`visibilityClass` in
   * listing-rules.ts). A rule that looks at more must be added there too.
   */
  private async restrictToVisible(
    actor: Actor,
    where: string[],
    param: (value: unknown) => string,
    listing: boolean,
  ): Promise<void> {
    if (isPlatformAdmin(actor)) return;
    if (actor.organizationKind === OrganizationKind.COMPANY) {
      where.push(
        `o."companyId" = ${param(actor.organizationId)} OR ${listing ? 'false' : `(o.status <> 'DRAFT' AND c.verified)`}`,
      );
      return;
    }
    where.push('c.verified = true');
    where.push(listing ? `o.status = 'PUBLISHED'` : `o.status <> 'DRAFT'`);
    if (actor.role === MemberRole.STUDENT) {
      const level =
        actor.programLevel ?? (await this.dataSource.getRepository(Program).findOneBy({ id: actor.programId! }))?.level;
      // A level is one of four enum values: written into the text, the statement has no parameter
      // left and its prepared plan is generic at once. As a parameter, PostgreSQL re-planned it on
      // every execution (its custom plans looked cheaper than the generic one), ~0.4 ms each time.
      where.push(`${LEVELS.has(level) ? `'${level}'` : param(level)} = ANY(o."eligibleLevels")`);
    }
  }
}
