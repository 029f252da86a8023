import { EntityManager } from 'typeorm';
import { OutboxService } from '../outbox/outbox.service';
import {
  EVENT_NAMES,
  JOB_NAMES,
  JOB_QUEUE,
  NotificationType,
  notificationOf,
  QueueJobs,
  QueueName,
  WEBHOOK_EVENT,
} from './event-catalog';

// `npx tsc -p tsconfig.json --noEmit` checks the @ts-expect-error lines: each must be a compile error.
describe('the event catalog', () => {
  const saved: unknown[] = [];
  const manager = {
    getRepository: () => ({ save: (row: unknown) => (saved.push(row), Promise.resolve(row)) }),
  } as unknown as EntityManager;
  const outbox = new OutboxService();

  it('types record() by the event: the right payload compiles, a wrong one does not', async () => {
    await outbox.record(manager, 'booking.seats_moved', { bookingId: 'b', toOnsite: 1, toVirtual: 0 });
    // @ts-expect-error a field of the payload is missing
    await outbox.record(manager, 'booking.seats_moved', { bookingId: 'b', toOnsite: 1 });
    // @ts-expect-error a field has the wrong type
    await outbox.record(manager, 'seat.freed', { offerId: 42 });
    // @ts-expect-error a misspelt field
    await outbox.record(manager, 'application.submitted', { applicationID: 'a' });
    // @ts-expect-error an event the catalog does not have
    await outbox.record(manager, 'application.teleported', { applicationId: 'a' });
    // @ts-expect-error the worker's own jobs are not domain events
    await outbox.record(manager, 'delivery.email', { deliveryId: 'd' });
    expect(saved[0]).toEqual({ type: 'booking.seats_moved', payload: { bookingId: 'b', toOnsite: 1, toVirtual: 0 } });
  });

  it('derives the queues, notification types and webhook names from the entries', () => {
    const seats: QueueJobs<QueueName.SEATS>[] = ['seat.freed', 'application.overflowed', 'booking.overflowed'];
    // @ts-expect-error a job of another queue
    const notSeats: QueueJobs<QueueName.SEATS> = 'member.invited';
    expect(seats.every((name) => JOB_QUEUE[name] === QueueName.SEATS)).toBe(true);
    expect(JOB_QUEUE[notSeats]).toBe(QueueName.NOTIFICATIONS);
    expect(JOB_QUEUE['match_round.requested']).toBe(QueueName.MATCHING);
    expect(JOB_QUEUE['delivery.email']).toBe(QueueName.DELIVERIES);
    expect(EVENT_NAMES).not.toContain('schedule.prune');
    expect(JOB_NAMES).toEqual(expect.arrayContaining([...EVENT_NAMES, 'schedule.prune']));
    expect(Object.values(JOB_QUEUE).every((q) => Object.values(QueueName).includes(q))).toBe(true);
    expect(NotificationType.APPLICATION_OFFERED).toBe('APPLICATION_OFFERED');
    expect(Object.keys(NotificationType)).toHaveLength(21);
    expect(WEBHOOK_EVENT[NotificationType.BOOKING_CONFIRMED]).toBe('booking.confirmed');
    expect(WEBHOOK_EVENT[NotificationType.MEMBER_INVITED]).toBeUndefined();
    expect(notificationOf('application.status_changed', 'APPLICATION_VIRTUAL')).toBe('APPLICATION_VIRTUAL');
    expect(notificationOf('application.status_changed', 'APPLICATION_SUBMITTED')).toBeUndefined();
  });
});
