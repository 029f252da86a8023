import { MessageTemplate, n, when } from './wording';

/** BOOKING_PROPOSED: a university's request, told to the company's staff, its note quoted. */
export const bookingProposed: MessageTemplate<{
  bookingId: string;
  offerTitle: string;
  university: string;
  headcount: number;
  startsAt: Date;
  note: string | null;
}> = (f, { link }) => ({
  title: `Booking request: ${n(f.offerTitle)}`,
  paragraphs: [
    `${n(f.university)} asks for ${f.headcount} seats of ${n(f.offerTitle)} on ${when(f.startsAt)}.`,
    ...(f.note ? [{ from: f.university, quote: f.note }] : []),
  ],
  action: { label: 'Answer the request', url: link(`/bookings/${f.bookingId}`) },
});
