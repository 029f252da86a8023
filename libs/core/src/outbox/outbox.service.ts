import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { OutboxEvent } from './outbox-event.entity';

export type OutboxEventType =
  | 'organization.verified'
  | 'member.invited'
  | 'password_reset.requested'
  | 'application.submitted'
  | 'application.status_changed'
  | 'booking.proposed'
  | 'booking.status_changed'
  | 'match_round.requested'
  | 'match_round.published'
  | 'booking.seats_moved'
  | 'booking.overflowed'
  | 'application.overflowed'
  | 'seat.freed'
  | 'delivery.retry';

/** Writes events inside the caller's transaction; the worker's relay publishes them after commit. */
@Injectable()
export class OutboxService {
  async record(manager: EntityManager, type: OutboxEventType, payload: Record<string, unknown>): Promise<OutboxEvent> {
    return manager.getRepository(OutboxEvent).save({ type, payload });
  }

  /** Many events of one type in one statement (a match round's moves). */
  async recordMany(manager: EntityManager, type: OutboxEventType, payloads: Record<string, unknown>[]): Promise<void> {
    if (payloads.length) await manager.getRepository(OutboxEvent).insert(payloads.map((payload): Partial<OutboxEvent> => ({ type, payload })) as QueryDeepPartialEntity<OutboxEvent>[]);
  }
}
