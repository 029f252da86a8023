import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { ACTOR_CHANGED, ActorCache, LISTING_CHANGED, NotifiedCache, writesActor, writesListing } from '@practicum/core';
import { PgListener, SqlStatementCounter } from '@practicum/database';
import { OperationTypeNode } from 'graphql';
import { ListingCache } from './listing-cache';

/**
 * LISTEN on a connection of its own for the channels of the API's caches: listing_changed (the
 * listing cache) and actor_changed (the ActorCache of sign-in rows). The tables' triggers send
 * them when a change commits, whoever made it (this API, another API process, the worker, psql),
 * and each notification drops its cache. While the connection is lost every cache is off (serves
 * and keeps nothing) until it listens again. Caches turned off by their setting are not listened for.
 */
@Injectable()
export class ChangeFeed implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ChangeFeed');
  private readonly caches: Map<string, NotifiedCache>;
  private readonly listener: PgListener;

  constructor(config: AppConfig, listing: ListingCache, actors: ActorCache) {
    const all: [string, NotifiedCache][] = [
      [LISTING_CHANGED, listing],
      [ACTOR_CHANGED, actors],
    ];
    this.caches = new Map(all.filter(([, cache]) => cache.enabled));
    this.listener = new PgListener({
      connectionString: config.DATABASE_URL,
      applicationName: 'practicum-change-feed',
      channels: this.channels,
      onNotification: ({ channel }) => this.caches.get(channel)?.invalidate(),
      onLive: (live) => {
        for (const cache of this.caches.values()) cache.setLive(live);
      },
      warn: (message) => this.logger.warn(`Caches off, change feed lost: ${message}`),
    });
  }

  async onModuleInit(): Promise<void> {
    if (this.caches.size) await this.listener.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.listener.stop();
  }

  /** The backend's process id while listening (tests end it to cut the feed). */
  get backendPid(): number | null {
    return this.listener.backendPid;
  }

  /** The channels listened to. */
  get channels(): string[] {
    return [...this.caches.keys()];
  }
}

/**
 * After a mutation of this process, drops the caches whose tables it wrote before the response
 * goes, so the caller's next request sees the change without waiting for the notification (a
 * mutation outside a counted unit of work is taken to have written every table).
 */
@Plugin()
export class OwnChangesPlugin implements ApolloServerPlugin {
  constructor(
    private readonly listing: ListingCache,
    private readonly actors: ActorCache,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const { listing, actors } = this;
    return {
      async willSendResponse({ operation }) {
        if (operation?.operation !== OperationTypeNode.MUTATION) return;
        const written = SqlStatementCounter.written();
        if (!written || writesListing(written)) listing.invalidate();
        if (!written || writesActor(written)) actors.invalidate();
      },
    };
  }
}
