import { CohortSplitRecord } from './booking.entity';

export interface SeatMoves {
  waitlistToOnsite?: number;
  virtualToOnsite?: number;
  waitlistToVirtual?: number;
}

/**
 * Keeps a named cohort's split in step with seat moves made after confirmation: the first people
 * (in the split's rule order) of each list move, and the onsite share and its minimum are re-checked.
 */
export function applySeatMoves(
  split: CohortSplitRecord | null,
  headcount: number,
  moves: SeatMoves,
): CohortSplitRecord | null {
  if (!split) return split;
  const next = { ...split, onsite: [...split.onsite], virtual: [...split.virtual], waitlisted: [...split.waitlisted] };
  const named = split.onsite.length + split.virtual.length + split.waitlisted.length > 0;
  let onsiteCount = Math.round(split.onsiteShare * headcount);
  if (named) {
    next.onsite.push(
      ...next.waitlisted.splice(0, moves.waitlistToOnsite ?? 0),
      ...next.virtual.splice(0, moves.virtualToOnsite ?? 0),
    );
    next.virtual.push(...next.waitlisted.splice(0, moves.waitlistToVirtual ?? 0));
    onsiteCount = next.onsite.length;
  } else {
    onsiteCount += (moves.waitlistToOnsite ?? 0) + (moves.virtualToOnsite ?? 0);
  }
  next.onsiteShare = headcount ? onsiteCount / headcount : 1;
  next.minimumMet = next.onsiteShare >= next.minimumOnsiteShare;
  next.message = next.minimumMet
    ? null
    : `Only ${Math.round(next.onsiteShare * 100)}% of the cohort can be onsite; the program asks for at least ${Math.round(next.minimumOnsiteShare * 100)}%.`;
  return next;
}
