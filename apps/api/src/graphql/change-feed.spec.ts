import { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { AppConfig } from '@practicum/config';
import { ActorCache, MemberRole, MemberStatus } from '@practicum/core';
import { CountingLogger, SqlStatementCounter } from '@practicum/database';
import { OperationTypeNode } from 'graphql';
import { OwnChangesPlugin } from './change-feed';
import { ListingCache } from './listing-cache';

const config = { ACTOR_CACHE_ENTRIES: 10, LISTING_CACHE_ENTRIES: 10, LISTING_CACHE_MAX_BYTES: 1 << 20 } as AppConfig;

/** What the caches hold after a request of `kind` that ran `statements`, answered by OwnChangesPlugin. */
async function after(kind: OperationTypeNode, statements: string[] | null) {
  const actors = new ActorCache(config);
  const listing = new ListingCache(config);
  actors.setLive(true);
  listing.setLive(true);
  actors.keep(
    {
      id: 'm1',
      role: MemberRole.STUDENT,
      status: MemberStatus.ACTIVE,
      tokenVersion: 0,
      organizationId: null,
      programId: null,
      organizationKind: null,
      organizationVerified: null,
      programLevel: null,
    },
    actors.generation,
  );
  const listingGeneration = listing.generation;
  const respond = async () => {
    const logger = new CountingLogger();
    for (const sql of statements ?? []) logger.logQuery(sql);
    const listener = await new OwnChangesPlugin(listing, actors).requestDidStart();
    await listener.willSendResponse!({ operation: { operation: kind } } as GraphQLRequestContextWillSendResponse<
      Record<string, unknown>
    >);
  };
  // A request outside a counted unit of work is taken to have written everything.
  await (statements ? SqlStatementCounter.run(respond) : respond());
  return { actorKept: !!actors.get('m1'), listingDropped: listing.generation !== listingGeneration };
}

describe('OwnChangesPlugin', () => {
  it('drops the sign-in cache before answering a mutation that wrote a member, an organization or a program', async () => {
    expect(await after(OperationTypeNode.MUTATION, [`UPDATE "member" SET "status" = $1 WHERE "id" = $2`])).toEqual({
      actorKept: false,
      listingDropped: false,
    });
    expect(await after(OperationTypeNode.MUTATION, [`UPDATE "program" SET "level" = $1`])).toMatchObject({
      actorKept: false,
    });
  });

  it('drops the listing cache for a mutation that wrote a listing table, and keeps the sign-in rows', async () => {
    expect(await after(OperationTypeNode.MUTATION, [`UPDATE "offer_slot" SET "taken" = "taken" + 1`])).toEqual({
      actorKept: true,
      listingDropped: true,
    });
  });

  it('drops both for an organization, a listing table and a sign-in table at once', async () => {
    expect(await after(OperationTypeNode.MUTATION, [`UPDATE "organization" SET "verified" = true`])).toEqual({
      actorKept: false,
      listingDropped: true,
    });
  });

  it('keeps both for a mutation that wrote neither, and for queries', async () => {
    const kept = { actorKept: true, listingDropped: false };
    expect(await after(OperationTypeNode.MUTATION, [`INSERT INTO "application" ("id") VALUES ($1)`])).toEqual(kept);
    expect(await after(OperationTypeNode.QUERY, [`SELECT 1`])).toEqual(kept);
  });

  it('drops both for a mutation whose statements were not counted', async () => {
    expect(await after(OperationTypeNode.MUTATION, null)).toEqual({ actorKept: false, listingDropped: true });
  });
});
