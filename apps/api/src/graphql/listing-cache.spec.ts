import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AppConfig } from '@practicum/config';
import { Actor, MemberRole, OrganizationKind, StudyLevel, visibilityClass } from '@practicum/core';
import { buildSchema, Kind, OperationDefinitionNode, parse } from 'graphql';
import {
  answerBytes,
  canonicalJson,
  isListingOperation,
  listingKey,
  ListingCache,
  MAX_FLIGHTS,
  sharedFields,
} from './listing-cache';
// The models and resolvers that mark the listing's fields SharedInListing.
import '../facility/facility.resolver';
import '../offer/offer-slot.resolver';
import '../offer/offer.resolver';
import '../offer/virtual-twin.resolver';

const schema = buildSchema(readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8'));

const listing = (query: string, name?: string) => {
  const document = parse(query);
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = name ? operations.find((o) => o.name?.value === name)! : operations[0];
  return isListingOperation(schema, document, operation);
};

describe('isListingOperation', () => {
  it('shares exactly the fields marked where they are declared: the result card of an offer and its relations', () => {
    expect(sharedFields()).toEqual({
      Query: ['offers'],
      OfferConnection: ['edges', 'pageInfo'],
      OfferEdge: ['cursor', 'distanceKm', 'node'],
      PageInfo: ['endCursor', 'hasNextPage'],
      Offer: [
        'allocation',
        'applicationDeadline',
        'company',
        'companyId',
        'createdAt',
        'description',
        'eligibleLevels',
        'facility',
        'facilityId',
        'id',
        'kind',
        'priorityGroup',
        'publishedAt',
        'slots',
        'status',
        'title',
        'topics',
        'virtualTwin',
      ],
      Organization: [
        'city',
        'country',
        'createdAt',
        'id',
        'kind',
        'latitude',
        'longitude',
        'name',
        'verified',
        'verifiedAt',
        'website',
      ],
      Facility: [
        'address',
        'city',
        'company',
        'companyId',
        'country',
        'id',
        'kind',
        'latitude',
        'longitude',
        'minimumAge',
        'name',
        'requirements',
      ],
      OfferSlot: ['capacity', 'endsAt', 'free', 'id', 'offerId', 'startsAt', 'taken'],
      VirtualTwin: ['capacity', 'format', 'id', 'joinUrl', 'offerId', 'taken'],
      PriorityGroup: ['name', 'programIds', 'reservedSeats', 'universityIds'],
    });
  });

  it('lists only fields that exist in the committed schema (a rename would quietly turn the cache off)', () => {
    for (const [type, fields] of Object.entries(sharedFields())) {
      const object = schema.getType(type) as { getFields?: () => Record<string, unknown> } | undefined;
      expect(object?.getFields).toBeDefined();
      for (const field of fields) expect([type, field, field in object!.getFields!()]).toEqual([type, field, true]);
    }
  });

  it('accepts the result-card query, with aliases, fragments and __typename', () => {
    expect(
      listing(
        `{ offers(first: 20) { edges { cursor node { id title company { name } facility { city company { name } } slots { free } virtualTwin { joinUrl } priorityGroup { reservedSeats } } } pageInfo { hasNextPage } } }`,
      ),
    ).toBe(true);
    expect(
      listing(
        `query { __typename page: offers(first: 5) { edges { node { ...Card } } } } fragment Card on Offer { id __typename slots { ...Seats } } fragment Seats on OfferSlot { taken capacity }`,
      ),
    ).toBe(true);
  });

  it('refuses anything else: other root fields, fields outside the shared set, mutations, __typename alone', () => {
    expect(listing(`{ __typename }`)).toBe(false);
    expect(listing(`{ me { id } }`)).toBe(false);
    expect(listing(`{ offers(first: 5) { edges { cursor } } me { id } }`)).toBe(false);
    expect(listing(`{ offers(first: 5) { edges { node { company { members { id } } } } } }`)).toBe(false);
    expect(listing(`{ offers(first: 5) { edges { node { company { programs { id } } } } } }`)).toBe(false);
    expect(
      listing(`{ offers(first: 5) { edges { node { ...F } } } } fragment F on Offer { company { members { email } } }`),
    ).toBe(false);
    expect(listing(`mutation { removeMember(id: "m") { id } }`)).toBe(false);
  });

  it('answers per operation of a document', () => {
    const query = `query A { offers(first: 5) { edges { cursor } } } query B { me { id } }`;
    expect(listing(query, 'A')).toBe(true);
    expect(listing(query, 'B')).toBe(false);
  });
});

describe('visibilityClass', () => {
  const actor = (
    role: MemberRole,
    organizationKind: OrganizationKind | null,
    programLevel: StudyLevel | null = null,
  ): Actor => ({ id: 'm', role, organizationId: 'o', programId: null, organizationKind, programLevel });

  it('groups students by study level and university staff together', () => {
    expect(visibilityClass(actor(MemberRole.STUDENT, OrganizationKind.UNIVERSITY, StudyLevel.MSC))).toBe('student:MSC');
    expect(visibilityClass(actor(MemberRole.STUDENT, OrganizationKind.UNIVERSITY, StudyLevel.BSC))).toBe('student:BSC');
    expect(visibilityClass(actor(MemberRole.COORDINATOR, OrganizationKind.UNIVERSITY))).toBe('university');
    expect(visibilityClass(actor(MemberRole.ADMIN, OrganizationKind.UNIVERSITY))).toBe('university');
  });

  it('leaves out companies, the platform admin, students without a level and anonymous callers', () => {
    expect(visibilityClass(actor(MemberRole.ADMIN, OrganizationKind.COMPANY))).toBeNull();
    expect(visibilityClass(actor(MemberRole.COORDINATOR, OrganizationKind.COMPANY))).toBeNull();
    expect(visibilityClass(actor(MemberRole.PLATFORM_ADMIN, null))).toBeNull();
    expect(visibilityClass(actor(MemberRole.STUDENT, OrganizationKind.UNIVERSITY, null))).toBeNull();
    expect(visibilityClass(null)).toBeNull();
  });
});

describe('ListingCache', () => {
  const page = (n: number) => ({ offers: { n } });
  const cache = (entries = 10, bytes = 4 * 1024 * 1024) => {
    const c = new ListingCache({ LISTING_CACHE_ENTRIES: entries, LISTING_CACHE_MAX_BYTES: bytes } as AppConfig);
    c.setLive(true);
    return c;
  };
  const lead = (c: ListingCache, key: string) => {
    const flight = c.join(key);
    if (!('lead' in flight)) throw new Error('expected to lead');
    return flight.lead;
  };

  it('keeps what its leader computed and hands it to the requests that waited for it', async () => {
    const c = cache();
    const generation = lead(c, 'k');
    const waiting = c.join('k');
    expect('wait' in waiting).toBe(true);
    c.finish('k', generation, page(1));
    await expect((waiting as { wait: Promise<unknown> }).wait).resolves.toEqual(page(1));
    expect(c.get('k')).toEqual(page(1));
  });

  it('keeps nothing computed across a change, and its waiters run the query themselves', async () => {
    const c = cache();
    const generation = lead(c, 'k');
    const waiting = c.join('k') as { wait: Promise<unknown> };
    c.invalidate();
    await expect(waiting.wait).resolves.toBeUndefined();
    c.finish('k', generation, page(1));
    expect(c.get('k')).toBeUndefined();
    // After the change a new request leads again.
    expect('lead' in c.join('k')).toBe(true);
  });

  it('keeps nothing from a failed leader', async () => {
    const c = cache();
    const generation = lead(c, 'k');
    const waiting = c.join('k') as { wait: Promise<unknown> };
    c.finish('k', generation, undefined);
    await expect(waiting.wait).resolves.toBeUndefined();
    expect(c.get('k')).toBeUndefined();
  });

  it('serves and keeps nothing while the change feed is down, and starts empty when it is back', () => {
    const c = cache();
    c.finish('k', lead(c, 'k'), page(1));
    expect(c.get('k')).toEqual(page(1));
    c.setLive(false);
    expect(c.get('k')).toBeUndefined();
    c.finish('k', lead(c, 'k'), page(2));
    c.setLive(true);
    expect(c.get('k')).toBeUndefined();
  });

  it('holds at most LISTING_CACHE_ENTRIES pages, and none when that is 0', () => {
    const c = cache(2);
    for (const key of ['a', 'b', 'c']) c.finish(key, lead(c, key), page(1));
    expect(c.size).toBe(2);
    expect(c.get('a')).toBeUndefined();
    const off = cache(0);
    expect(off.enabled).toBe(false);
    off.finish('a', lead(off, 'a'), page(1));
    expect(off.get('a')).toBeUndefined();
  });

  it('holds at most LISTING_CACHE_MAX_BYTES whatever the flood of distinct requests, and keeps no answer larger than that', () => {
    const max = 64 * 1024;
    const c = cache(100000, max);
    const big = (n: number) => ({ offers: { n, text: 'x'.repeat(1000) } });
    const document = parse(`query Q($first: Int) { offers(first: $first) { edges { cursor } } }`);
    for (let i = 0; i < 1500; i++) {
      const key = listingKey('university', document, document.definitions[0] as OperationDefinitionNode, { first: i });
      c.finish(key, lead(c, key), big(i));
      expect(c.bytes).toBeLessThanOrEqual(max);
    }
    expect(c.size).toBeLessThan(70);
    expect(c.size).toBeGreaterThan(50);
    const huge = { offers: { text: 'x'.repeat(max) } };
    c.finish('huge', lead(c, 'huge'), huge);
    expect(c.get('huge')).toBeUndefined();
    expect(answerBytes(big(1), 'k')).toBe(Buffer.byteLength(JSON.stringify(big(1))) + 1);
    const off = cache(10, 0);
    expect(off.enabled).toBe(false);
  });

  it('records at most MAX_FLIGHTS computations in flight; past that a miss runs uncoalesced and is still kept', () => {
    const c = cache(100000);
    for (let i = 0; i < MAX_FLIGHTS * 4; i++) lead(c, `k${i}`);
    expect(c.inFlight).toBe(MAX_FLIGHTS);
    const extra = `k${MAX_FLIGHTS * 2}`;
    expect('lead' in c.join(extra)).toBe(true);
    c.finish(extra, c.generation, page(7));
    expect(c.get(extra)).toEqual(page(7));
    c.invalidate();
    expect(c.inFlight).toBe(0);
  });
});

describe('listingKey', () => {
  const key = (
    query: string,
    variables?: Record<string, unknown>,
    operationName?: string,
    visibility = 'student:MSC',
  ) => {
    const document = parse(query);
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const operation = operationName ? operations.find((o) => o.name?.value === operationName)! : operations[0];
    return listingKey(visibility, document, operation, variables);
  };
  const base = `query Search($first: Int, $topic: String) { offers(first: $first, topic: $topic) { edges { cursor } } }`;

  it('is the same for requests with the same answer: operation name, layout, comments, unused variables, key order, other operations', () => {
    const k = key(base, { first: 5, topic: 'CAR_T' });
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(
      key(
        `query Other($first: Int, $topic: String) {\n  # a comment\n  offers(first: $first, topic: $topic) { edges { cursor } }\n}`,
        { topic: 'CAR_T', first: 5 },
      ),
    ).toBe(k);
    expect(key(base, { first: 5, topic: 'CAR_T', unused: 'x'.repeat(10000), other: 1 })).toBe(k);
    expect(
      key(`${base} query Me { me { id } } fragment Unused on Offer { id }`, { first: 5, topic: 'CAR_T' }, 'Search'),
    ).toBe(k);
    // A variable declared but never read shapes nothing.
    expect(
      key(
        `query Search($first: Int, $topic: String, $junk: String) { offers(first: $first, topic: $topic) { edges { cursor } } }`,
        { first: 5, topic: 'CAR_T', junk: 'a' },
      ),
    ).toBe(k);
  });

  it('treats a missing variable as its default, and orders nested input keys canonically', () => {
    const withDefault = `query($first: Int = 20) { offers(first: $first) { edges { cursor } } }`;
    expect(key(withDefault, {})).toBe(key(withDefault, { first: 20 }));
    expect(key(withDefault, {})).not.toBe(key(withDefault, { first: 21 }));
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":1,"f":2}]},"b":1}',
    );
  });

  it('differs when the answer may differ: visibility, variables read, selections, aliases, fragment bodies', () => {
    const k = key(base, { first: 5 });
    expect(key(base, { first: 6 })).not.toBe(k);
    expect(key(base, { first: 5 }, undefined, 'student:BSC')).not.toBe(k);
    expect(key(base, { first: 5, topic: null })).not.toBe(k);
    expect(
      key(
        `query Search($first: Int, $topic: String) { page: offers(first: $first, topic: $topic) { edges { cursor } } }`,
        { first: 5 },
      ),
    ).not.toBe(k);
    expect(
      key(
        `query Search($first: Int, $topic: String) { offers(first: $first, topic: $topic) { edges { cursor node { id } } } }`,
        { first: 5 },
      ),
    ).not.toBe(k);
    const withFragment = (body: string) =>
      key(`query { offers(first: 5) { edges { node { ...F } } } } fragment F on Offer { ${body} }`);
    expect(withFragment('id')).not.toBe(withFragment('title'));
  });
});
