/** What the portal knows before a booking is sent: the session's seats and the offer's twin and reserve. */
export interface SplitInput {
  headcount: number;
  /** Free onsite seats of the session or period now. */
  free: number;
  capacity: number;
  taken: number;
  /** null: the offer has no virtual twin. */
  virtualTwin: { capacity: number | null; taken: number } | null;
  /** Seats held for a priority group until the deadline, when this cohort is not in it. */
  reservedForOthers: number;
  minimumOnsiteShare: number;
}

export interface SplitPreview {
  onsite: number;
  virtual: number;
  waitlisted: number;
  onsiteShare: number;
  /** Students the program wants onsite at least. */
  requiredOnsite: number;
  minimumMet: boolean;
}

/**
 * The split the company's confirmation would give with the seats free now: onsite up to the free
 * seats (less a priority reserve the cohort is not part of), then the virtual twin while it has
 * room, the rest on the waitlist. It mirrors the API's confirmBooking, which decides for real.
 */
export function previewSplit(input: SplitInput): SplitPreview {
  const headcount = Math.max(0, Math.floor(input.headcount));
  // The reserve's own takings are not public, so a cohort outside the group may see fewer seats than it gets.
  const openToUs = Math.max(0, Math.min(input.free, input.capacity - input.reservedForOthers - input.taken));
  const onsite = Math.min(headcount, openToUs);
  const twin = input.virtualTwin;
  const twinRoom = twin === null ? 0 : twin.capacity === null ? Infinity : Math.max(0, twin.capacity - twin.taken);
  const virtual = Math.min(headcount - onsite, twinRoom);
  const waitlisted = headcount - onsite - virtual;
  const requiredOnsite = Math.ceil(input.minimumOnsiteShare * headcount - 1e-9);
  return {
    onsite,
    virtual,
    waitlisted,
    onsiteShare: headcount === 0 ? 1 : onsite / headcount,
    requiredOnsite,
    minimumMet: onsite >= requiredOnsite,
  };
}
