import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EventName, EventPayload } from '../events/event-catalog';

/**
 * What must happen after a commit, written in the same transaction as the change and relayed
 * to BullMQ by the worker (job id = row id, so a relay retried after a crash never doubles it).
 */
@Entity('outbox_event')
@Index('outbox_event_pending', ['createdAt'], { where: '"relayedAt" IS NULL' })
@Index('outbox_event_unhandled', ['relayedAt'], { where: '"relayedAt" IS NOT NULL AND "handledAt" IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** A catalog event name; a row of a type the catalog no longer has is refused by the relay (`isEventName`). */
  @Column({ type: 'varchar', length: 100 })
  type: EventName;

  @Column({ type: 'jsonb' })
  payload: EventPayload<EventName>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  /** Set by the job that handled the event; a row relayed long ago and still unhandled is relayed again (Redis lost it). */
  @Column({ type: 'timestamptz', nullable: true })
  handledAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
