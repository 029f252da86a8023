import { MailParagraph } from '../../mail/templates';
import { MessageContext, n, NotificationMessage } from './wording';

/** What a message about a booking's new status may say. */
export interface BookingChangeFacts {
  booking: { id: string; headcount: number; onsiteSeats: number; virtualSeats: number; waitlistedSeats: number };
  offerTitle: string;
  to: string;
}

/** The frame every booking message shares: the status line first, the message's own lines after it. */
export function bookingChange(
  f: BookingChangeFacts,
  { link }: MessageContext,
  lines: MailParagraph[],
  calendar?: NotificationMessage['calendar'],
): NotificationMessage {
  return {
    title: `${n(f.offerTitle)}: booking ${f.to.toLowerCase()}`,
    paragraphs: [
      `The booking of ${f.booking.headcount} seats of ${n(f.offerTitle)} is now ${f.to.toLowerCase()}.`,
      ...lines,
    ],
    action: { label: 'See the booking', url: link(`/bookings/${f.booking.id}`) },
    calendar,
  };
}
