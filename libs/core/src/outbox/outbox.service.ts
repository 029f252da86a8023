import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CatalogEvent, EventName, EventPayload } from '../events/event-catalog';
import { OutboxEvent } from './outbox-event.entity';

/** Writes events inside the caller's transaction; the worker's relay publishes them after commit. */
@Injectable()
export class OutboxService {
  /** The payload's type comes from the catalog entry of `type`: a wrong or missing field does not compile. */
  async record<K extends EventName>(manager: EntityManager, type: K, payload: EventPayload<K>): Promise<OutboxEvent> {
    return manager.getRepository(OutboxEvent).save({ type, payload });
  }

  /** Many events in one statement (a match round's moves), each typed like `record`'s. */
  async recordAll(manager: EntityManager, events: CatalogEvent[]): Promise<void> {
    if (events.length)
      await manager.getRepository(OutboxEvent).insert(events.map(({ type, payload }) => ({ type, payload })));
  }

  /** Marks an event handled, in the transaction of the work that handled it (the worker's processor base calls this). */
  async markHandled(manager: EntityManager, eventId: string): Promise<void> {
    await manager.update(OutboxEvent, { id: eventId }, { handledAt: new Date() });
  }
}
