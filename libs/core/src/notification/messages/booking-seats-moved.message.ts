import { MessageTemplate, n } from './wording';

/** BOOKING_SEATS_MOVED: members of a university's cohort moved onsite or to the virtual twin. */
export const bookingSeatsMoved: MessageTemplate<{
  offerTitle: string;
  toOnsite: number;
  toVirtual: number;
  twinUrl: string | null;
  booking: { onsiteSeats: number; virtualSeats: number; waitlistedSeats: number };
}> = (f) => {
  const lines: string[] = [];
  if (f.toOnsite) lines.push(`${f.toOnsite} more of your cohort now have an onsite seat of ${n(f.offerTitle)}.`);
  if (f.toVirtual)
    lines.push(
      `${f.toVirtual} waitlisted members of your cohort now have a virtual place${f.twinUrl ? `: ${f.twinUrl}` : ''}.`,
    );
  lines.push(
    `Now: onsite ${f.booking.onsiteSeats}, virtual ${f.booking.virtualSeats}, waitlisted ${f.booking.waitlistedSeats}.`,
  );
  return { title: `${n(f.offerTitle)}: seats moved for your cohort`, paragraphs: lines };
};
