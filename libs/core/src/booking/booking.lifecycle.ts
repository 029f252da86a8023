import { Injectable } from '@nestjs/common';
import { Lifecycle, LifecycleEvent, StatusMove, TransitionTable } from '../common/lifecycle';
import { Booking, BookingStatus } from './booking.entity';

/** PROPOSED by a university, CONFIRMED or DECLINED by the company, CANCELLED by either side. */
export const BOOKING_TRANSITIONS: TransitionTable<BookingStatus> = {
  [BookingStatus.PROPOSED]: [BookingStatus.CONFIRMED, BookingStatus.DECLINED, BookingStatus.CANCELLED],
  [BookingStatus.CONFIRMED]: [BookingStatus.CANCELLED],
  [BookingStatus.DECLINED]: [],
  [BookingStatus.CANCELLED]: [],
};

/**
 * Bookings move only through here (`BookingService`). Each move writes a history row and a
 * `booking.status_changed` event; a confirmation that left part of the cohort waitlisted also
 * records `booking.overflowed`, so the worker moves it into the virtual twin when it has room.
 */
@Injectable()
export class BookingLifecycle extends Lifecycle<Booking, BookingStatus> {
  readonly name = 'Booking';
  readonly table = BOOKING_TRANSITIONS;
  protected readonly entity = Booking;
  protected readonly subjectType = 'BOOKING' as const;

  protected events({ subject, from, to }: StatusMove<Booking, BookingStatus>): LifecycleEvent[] {
    const events: LifecycleEvent[] = [{ type: 'booking.status_changed', payload: { bookingId: subject.id, from, to } }];
    if (to === BookingStatus.CONFIRMED && subject.waitlistedSeats > 0)
      events.push({ type: 'booking.overflowed', payload: { bookingId: subject.id } });
    return events;
  }
}
