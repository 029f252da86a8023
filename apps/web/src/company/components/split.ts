export interface SplitSlot {
  capacity: number;
  taken: number;
  free: number;
}

export interface SplitTwin {
  /** null = unlimited */
  capacity: number | null;
  taken: number;
}

export interface SplitInput {
  headcount: number;
  slot: SplitSlot;
  twin: SplitTwin | null;
  /** Seats of each slot held for the offer's priority group while its reserve is in force. */
  reservedSeats: number;
  reserveInForce: boolean;
  inPriorityGroup: boolean;
}

export interface SplitPreview {
  onsite: number;
  virtual: number;
  waitlisted: number;
  /** True when the reserve keeps seats this booking cannot take. */
  limitedByReserve: boolean;
}

/**
 * What confirming a booking would do now: the free onsite seats first (outside the priority group,
 * not the seats its reserve still holds), then the virtual twin while it has room, the rest waitlisted.
 * The server decides under a lock; seats taken meanwhile can only lower the onsite share.
 */
export function previewSplit(input: SplitInput): SplitPreview {
  const headcount = Math.max(0, input.headcount);
  const free = Math.max(0, input.slot.free);
  const open =
    input.inPriorityGroup || !input.reserveInForce || input.reservedSeats <= 0
      ? free
      : Math.min(free, Math.max(0, input.slot.capacity - input.reservedSeats - input.slot.taken));
  const onsite = Math.min(headcount, open);
  const rest = headcount - onsite;
  const twinRoom = input.twin
    ? input.twin.capacity === null
      ? Infinity
      : Math.max(0, input.twin.capacity - input.twin.taken)
    : 0;
  const virtual = Math.min(rest, twinRoom);
  return { onsite, virtual, waitlisted: rest - virtual, limitedByReserve: open < free && onsite < headcount };
}

/** The minimum onsite share a program asks for, and whether the split meets it. */
export function onsiteShare(
  preview: SplitPreview,
  headcount: number,
  minimum: number,
): { share: number; met: boolean } {
  const share = headcount > 0 ? preview.onsite / headcount : 1;
  return { share, met: share + 1e-9 >= minimum };
}
