import { MailParagraph } from '../../mail/templates';
import { bookingChange, BookingChangeFacts } from './booking-change';
import { entryRequirementsText, MessageTemplate, VisitFacts } from './wording';

/** BOOKING_CONFIRMED: the split of the cohort; of a site visit with seats onsite, the requirements and calendar invitation. */
export const bookingConfirmed: MessageTemplate<
  BookingChangeFacts & { twinUrl: string | null; visit: VisitFacts | null }
> = (f, c) => {
  const { onsiteSeats, virtualSeats, waitlistedSeats } = f.booking;
  const lines: MailParagraph[] = [`Onsite: ${onsiteSeats}. Virtual: ${virtualSeats}. Waitlisted: ${waitlistedSeats}.`];
  if (virtualSeats > 0 && f.twinUrl) lines.push(`The virtual part of the cohort joins here: ${f.twinUrl}`);
  if (waitlistedSeats > 0)
    lines.push('Waitlisted seats move onsite (or virtual) as soon as seats free up; you will be told.');
  if (f.visit) lines.push(entryRequirementsText(f.visit.facility), 'The calendar invitation is attached.');
  return bookingChange(f, c, lines, f.visit?.calendar);
};
