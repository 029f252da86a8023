import { bookingChange, BookingChangeFacts } from './booking-change';
import { MessageTemplate, NoteFacts, noteParagraph } from './wording';

/** BOOKING_DECLINED: told with the note of whoever declined it. */
export const bookingDeclined: MessageTemplate<BookingChangeFacts & { note: NoteFacts | null }> = (f, c) =>
  bookingChange(f, c, f.note ? [noteParagraph(f.note)] : []);
