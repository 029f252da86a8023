import { Injectable } from '@nestjs/common';
import { AppConfig } from '@practicum/config';
import { LRUCache } from 'lru-cache';
import { NotifiedCache } from '../common/notified-cache';
import { MemberRole, MemberStatus } from '../member/member.entity';
import { OrganizationKind } from '../organization/organization.entity';
import { StudyLevel } from '../program/program.entity';

/**
 * The tables a signed-in member's row is read from (AuthService's statement). A change to any of
 * them, by whoever makes it, is announced on ACTOR_CHANGED when it commits (migration
 * ActorChangeNotifications), and the API's change feed drops the ActorCache on it.
 */
export const ACTOR_TABLES: readonly string[] = ['member', 'organization', 'program'];
export const ACTOR_CHANGED = 'actor_changed';

/** Whether statements that wrote these tables (lower case) may have changed who a token stands for. */
export function writesActor(tables: Iterable<string>): boolean {
  for (const table of tables) if (ACTOR_TABLES.includes(table)) return true;
  return false;
}

/** What a request's token is checked against: the member, its organization's kind and its program's level. */
export interface ActorRow {
  id: string;
  role: MemberRole;
  status: MemberStatus;
  tokenVersion: number;
  organizationId: string | null;
  programId: string | null;
  organizationKind: OrganizationKind | null;
  organizationVerified: boolean | null;
  programLevel: StudyLevel | null;
}

/**
 * Members' rows as last read, so that a request's token check costs no statement. A
 * NotifiedCache, like the listing cache: off until the API's change feed listens (so the worker,
 * which has no feed, never uses it), emptied on every change to ACTOR_TABLES (and at once after a
 * request of this process that wrote one), and a row read while a change arrived is not kept.
 */
@Injectable()
export class ActorCache extends NotifiedCache {
  private readonly rows: LRUCache<string, ActorRow> | null;

  constructor(config: AppConfig) {
    super();
    const max = config.ACTOR_CACHE_ENTRIES;
    this.rows = max > 0 ? new LRUCache<string, ActorRow>({ max }) : null;
  }

  get enabled(): boolean {
    return !!this.rows;
  }

  get size(): number {
    return this.rows?.size ?? 0;
  }

  get(memberId: string): ActorRow | undefined {
    return this.live ? this.rows?.get(memberId) : undefined;
  }

  /** Keeps a row read at `generation`, unless a change has been announced since (it may predate that change). */
  keep(row: ActorRow, generation: number): void {
    if (this.isCurrent(generation)) this.rows?.set(row.id, row);
  }

  protected clear(): void {
    this.rows?.clear();
  }
}
