import { bookingChange, BookingChangeFacts } from './booking-change';
import { MessageTemplate, NoteFacts, noteParagraph } from './wording';

/** BOOKING_CANCELLED: told with the note of whoever cancelled it. */
export const bookingCancelled: MessageTemplate<BookingChangeFacts & { note: NoteFacts | null }> = (f, c) =>
  bookingChange(f, c, f.note ? [noteParagraph(f.note)] : []);
