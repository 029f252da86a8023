import { DomainError } from '../common/domain-error';
import { HistoryService } from '../history/history.service';
import { OutboxService } from '../outbox/outbox.service';
import { BookingStatus } from './booking.entity';
import { BOOKING_TRANSITIONS, BookingLifecycle } from './booking.lifecycle';

describe('booking lifecycle', () => {
  const lifecycle = new BookingLifecycle({} as HistoryService, {} as OutboxService);

  it('lets the company answer a proposal and either side cancel it', () => {
    expect(BOOKING_TRANSITIONS[BookingStatus.PROPOSED]).toEqual([
      BookingStatus.CONFIRMED,
      BookingStatus.DECLINED,
      BookingStatus.CANCELLED,
    ]);
  });

  it('lets a confirmed booking only be cancelled', () => {
    expect(BOOKING_TRANSITIONS[BookingStatus.CONFIRMED]).toEqual([BookingStatus.CANCELLED]);
  });

  it('keeps declined and cancelled bookings final', () => {
    for (const from of [BookingStatus.DECLINED, BookingStatus.CANCELLED])
      expect(BOOKING_TRANSITIONS[from]).toHaveLength(0);
  });

  it('refuses confirming twice with INVALID_TRANSITION', () => {
    expect(() => lifecycle.assertMove(BookingStatus.CONFIRMED, BookingStatus.CONFIRMED)).toThrow(
      expect.objectContaining({
        code: 'INVALID_TRANSITION',
        reason: 'INVALID_TRANSITION',
        details: { entity: 'Booking', from: 'CONFIRMED', to: 'CONFIRMED' },
      }) as DomainError,
    );
  });

  it('lists every status', () => {
    expect(Object.keys(BOOKING_TRANSITIONS).sort()).toEqual(Object.values(BookingStatus).sort());
  });
});
