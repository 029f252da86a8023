import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { ACTOR_CHANGED, ActorCache, LISTING_CHANGED, writesActor, writesListing } from '@practicum/core';
import { SqlStatementCounter } from '@practicum/database';
import { OperationTypeNode } from 'graphql';
import { Client } from 'pg';
import { ListingCache } from './listing-cache';

/** A cache that is correct only while it hears every change to the tables it was read from. */
interface FedCache {
  readonly enabled: boolean;
  invalidate(): void;
  setLive(live: boolean): void;
}

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
  private readonly caches: Map<string, FedCache>;
  private client: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    listing: ListingCache,
    actors: ActorCache,
  ) {
    const all: [string, FedCache][] = [
      [LISTING_CHANGED, listing],
      [ACTOR_CHANGED, actors],
    ];
    this.caches = new Map(all.filter(([, cache]) => cache.enabled));
  }

  async onModuleInit(): Promise<void> {
    if (this.caches.size) await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.setLive(false);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** The backend's process id while listening (tests end it to cut the feed). */
  get backendPid(): number | null {
    return (this.client as unknown as { processID?: number } | null)?.processID ?? null;
  }

  /** The channels listened to. */
  get channels(): string[] {
    return [...this.caches.keys()];
  }

  private setLive(live: boolean): void {
    for (const cache of this.caches.values()) cache.setLive(live);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.config.DATABASE_URL,
      application_name: 'practicum-change-feed',
    });
    client.on('notification', ({ channel }) => this.caches.get(channel)?.invalidate());
    client.on('error', (e) => this.lost(client, e));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      // Channel names are our constants, not input.
      await client.query(this.channels.map((channel) => `LISTEN ${channel};`).join(' '));
    } catch (e) {
      this.lost(client, e as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
    this.setLive(true);
  }

  private lost(client: Client, error?: Error): void {
    if (this.client && this.client !== client) return;
    const wasLive = this.client === client;
    this.client = null;
    this.setLive(false);
    client.removeAllListeners();
    client.on('error', () => undefined);
    client.end().catch(() => undefined);
    if (this.stopped || this.retry) return;
    if (wasLive || this.failures === 0)
      this.logger.warn(`Caches off: change feed lost (${error?.message ?? 'connection ended'}); reconnecting`);
    const delay = Math.min(30_000, 250 * 2 ** this.failures++);
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
    this.retry.unref();
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
