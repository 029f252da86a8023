import { Injectable } from '@nestjs/common';
import { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { HistoryService, HistorySubject } from '../history/history.service';
import { CatalogEvent } from '../events/event-catalog';
import { OutboxService } from '../outbox/outbox.service';
import { InvalidTransitionError } from './domain-error';

/** Each status and the statuses it may move to; any other move is refused with INVALID_TRANSITION. */
export type TransitionTable<S extends string> = { readonly [from in S]: readonly S[] };

/** One requested move of an aggregate. */
export interface Transition<E, S extends string, X = never> {
  subject: E;
  to: S;
  /** Why, kept in the history (at most 500 characters). */
  note?: string | null;
  /** What the aggregate's event carries besides the move itself. */
  event?: X;
}

/** A move that passed the table, as the lifecycle's event and history see it. */
export interface StatusMove<E, S extends string, X = never> {
  subject: E;
  from: S;
  to: S;
  note: string | null;
  event?: X;
}

/** An event of the catalog with its own payload. */
export type LifecycleEvent = CatalogEvent;

/**
 * The one way an aggregate's status changes, inside the caller's transaction: every move is
 * checked against the table, the subjects are saved, one history row per move is written and the
 * aggregate's events are recorded in the outbox. Batched: a match round publishing thousands of
 * moves costs the same statements as a single withdrawal.
 */
@Injectable()
export abstract class Lifecycle<E extends ObjectLiteral & { id: string; status: S }, S extends string, X = never> {
  /** The aggregate's name in errors (`Application cannot go from REJECTED to OFFERED`). */
  abstract readonly name: string;
  abstract readonly table: TransitionTable<S>;
  protected abstract readonly entity: EntityTarget<E>;
  protected abstract readonly subjectType: HistorySubject;

  constructor(
    protected readonly history: HistoryService,
    protected readonly outbox: OutboxService,
  ) {}

  canMove(from: S, to: S): boolean {
    return this.table[from].includes(to);
  }

  assertMove(from: S, to: S): void {
    if (!this.canMove(from, to)) throw new InvalidTransitionError(this.name, from, to);
  }

  /** Moves one subject; see `transition`. */
  async move(manager: EntityManager, actorId: string | null, move: Transition<E, S, X>): Promise<E> {
    const [saved] = await this.transition(manager, actorId, [move]);
    return saved;
  }

  async transition(manager: EntityManager, actorId: string | null, moves: Transition<E, S, X>[]): Promise<E[]> {
    if (!moves.length) return [];
    const changes = moves.map(({ subject, to, note, event }): StatusMove<E, S, X> => {
      const from = subject.status;
      this.assertMove(from, to);
      (subject as { status: S }).status = to;
      this.entered(subject, to);
      return { subject, from, to, note: note ? note.slice(0, 500) : null, event };
    });
    const saved = (await manager
      .getRepository(this.entity)
      .save(changes.map((c) => c.subject) as DeepPartial<E>[])) as E[];
    await this.history.recordMany(
      manager,
      changes.map((c) => ({
        subjectType: this.subjectType,
        subjectId: c.subject.id,
        fromStatus: c.from,
        toStatus: c.to,
        actorId,
        note: c.note,
      })),
    );
    await this.outbox.recordAll(
      manager,
      changes.flatMap((c) => this.events(c)),
    );
    return saved;
  }

  /**
   * A new subject in its first status: the history's first row (from nothing) and the events of
   * its creation. The subject is saved by the caller.
   */
  async created(
    manager: EntityManager,
    actorId: string | null,
    subject: E,
    events: LifecycleEvent[] = [],
  ): Promise<void> {
    await this.history.record(manager, this.subjectType, subject.id, null, subject.status, actorId);
    await this.outbox.recordAll(manager, events);
  }

  /** Sets what comes with entering a status (a timestamp); runs before the save. */
  protected entered(_subject: E, _to: S): void {}

  /** The events one move records. */
  protected abstract events(move: StatusMove<E, S, X>): LifecycleEvent[];
}
