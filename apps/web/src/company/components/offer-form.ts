import type {
  CreateOfferInput,
  OfferKind,
  SeatAllocation,
  StudyLevel,
  UpdateOfferInput,
  VirtualFormat,
} from '../../gql/graphql';

export interface SlotValues {
  /** Set for a slot that already exists (edit). */
  id?: string;
  startsAt: string;
  endsAt: string;
  capacity: number | '';
  /** Seats already given (existing slots): capacity cannot go below. */
  taken: number;
}

export interface OfferFormValues {
  kind: OfferKind;
  title: string;
  description: string;
  facilityId: string;
  allocation: SeatAllocation;
  applicationDeadline: string;
  eligibleLevels: StudyLevel[];
  topics: string[];
  slots: SlotValues[];
  virtualTwin: { enabled: boolean; format: VirtualFormat; capacity: number | ''; joinUrl: string; taken: number };
  priorityGroup: { enabled: boolean; name: string; reservedSeats: number | ''; universityIds: string[] };
}

export interface OfferLike {
  kind: OfferKind;
  title: string;
  description: string;
  facilityId: string;
  allocation: SeatAllocation;
  applicationDeadline: string;
  eligibleLevels: StudyLevel[];
  topics: string[];
  slots: { id: string; startsAt: string; endsAt: string; capacity: number; taken: number }[];
  virtualTwin?: { format: VirtualFormat; capacity?: number | null; joinUrl?: string | null; taken: number } | null;
  priorityGroup?: { name?: string | null; reservedSeats: number; universityIds: string[] } | null;
}

/** `2027-03-12T09:00` in the browser's time zone, as `<input type="datetime-local">` reads and writes it. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value (the browser's time zone) as an ISO instant; null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function emptySlot(): SlotValues {
  return { startsAt: '', endsAt: '', capacity: '', taken: 0 };
}

export function emptyOffer(): OfferFormValues {
  return {
    kind: 'SITE_VISIT',
    title: '',
    description: '',
    facilityId: '',
    allocation: 'FIRST_COME',
    applicationDeadline: '',
    eligibleLevels: ['MSC', 'PHD'],
    topics: [],
    slots: [emptySlot()],
    virtualTwin: { enabled: false, format: 'LIVE_STREAM', capacity: '', joinUrl: '', taken: 0 },
    priorityGroup: { enabled: false, name: '', reservedSeats: '', universityIds: [] },
  };
}

export function offerToValues(offer: OfferLike): OfferFormValues {
  return {
    kind: offer.kind,
    title: offer.title,
    description: offer.description,
    facilityId: offer.facilityId,
    allocation: offer.allocation,
    applicationDeadline: toLocalInput(offer.applicationDeadline),
    eligibleLevels: [...offer.eligibleLevels],
    topics: [...offer.topics],
    slots: offer.slots.map((s) => ({
      id: s.id,
      startsAt: toLocalInput(s.startsAt),
      endsAt: toLocalInput(s.endsAt),
      capacity: s.capacity,
      taken: s.taken,
    })),
    virtualTwin: offer.virtualTwin
      ? {
          enabled: true,
          format: offer.virtualTwin.format,
          capacity: offer.virtualTwin.capacity ?? '',
          joinUrl: offer.virtualTwin.joinUrl ?? '',
          taken: offer.virtualTwin.taken,
        }
      : { enabled: false, format: 'LIVE_STREAM', capacity: '', joinUrl: '', taken: 0 },
    priorityGroup: offer.priorityGroup
      ? {
          enabled: true,
          name: offer.priorityGroup.name ?? '',
          reservedSeats: offer.priorityGroup.reservedSeats,
          universityIds: [...offer.priorityGroup.universityIds],
        }
      : { enabled: false, name: '', reservedSeats: '', universityIds: [] },
  };
}

const isWholePositive = (v: number | '') => typeof v === 'number' && Number.isInteger(v) && v >= 1;

/**
 * Checks the offer before it is sent, with messages keyed by the API's own field paths
 * (`slots.0.startsAt`, `priorityGroup.reservedSeats`), so that the API's answers land on the same fields.
 */
export function validateOffer(v: OfferFormValues, now: Date = new Date(), editing = false): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.title.trim().length < 3) errors.title = 'Give the offer a title of 3 characters or more';
  if (!editing && !v.facilityId) errors.facilityId = 'Choose the facility where it takes place';
  if (v.eligibleLevels.length === 0) errors.eligibleLevels = 'Choose at least one study level';
  const deadline = fromLocalInput(v.applicationDeadline);
  if (!deadline) errors.applicationDeadline = 'Set the application deadline';
  else if (new Date(deadline) <= now) errors.applicationDeadline = 'The deadline must be in the future';
  const unit = v.kind === 'SITE_VISIT' ? 'session' : 'period';
  if (v.slots.length === 0) errors.slots = `Add at least one ${unit}`;
  v.slots.forEach((slot, i) => {
    const start = fromLocalInput(slot.startsAt);
    const end = fromLocalInput(slot.endsAt);
    if (!slot.id) {
      if (!start) errors[`slots.${i}.startsAt`] = 'Set when it starts';
      else if (deadline && new Date(start) < new Date(deadline))
        errors[`slots.${i}.startsAt`] = 'It must start after the application deadline';
      if (!end) errors[`slots.${i}.endsAt`] = 'Set when it ends';
      else if (start && new Date(end) <= new Date(start)) errors[`slots.${i}.endsAt`] = 'It must end after it starts';
    }
    if (!isWholePositive(slot.capacity)) errors[`slots.${i}.capacity`] = 'At least 1 seat';
    else if ((slot.capacity as number) < slot.taken)
      errors[`slots.${i}.capacity`] = `Not below the ${slot.taken} seats already taken`;
  });
  if (v.virtualTwin.enabled) {
    if (!/^https?:\/\/\S+\.\S+/.test(v.virtualTwin.joinUrl.trim()))
      errors['virtualTwin.joinUrl'] = 'Give the link people join with (https://...)';
    if (v.virtualTwin.capacity !== '' && !isWholePositive(v.virtualTwin.capacity))
      errors['virtualTwin.capacity'] = 'A whole number of 1 or more, or empty for unlimited';
    else if (v.virtualTwin.capacity !== '' && v.virtualTwin.capacity < v.virtualTwin.taken)
      errors['virtualTwin.capacity'] = `Not below the ${v.virtualTwin.taken} people already placed`;
  }
  if (v.priorityGroup.enabled && !editing) {
    if (!v.priorityGroup.name.trim())
      errors['priorityGroup.name'] = 'Name the group (e.g. National ATMP research school)';
    if (v.priorityGroup.universityIds.length === 0)
      errors['priorityGroup.universityIds'] = 'Choose at least one university';
    const smallest = Math.min(...v.slots.map((s) => (typeof s.capacity === 'number' ? s.capacity : Infinity)));
    if (!isWholePositive(v.priorityGroup.reservedSeats)) errors['priorityGroup.reservedSeats'] = 'At least 1 seat';
    else if (Number.isFinite(smallest) && (v.priorityGroup.reservedSeats as number) > smallest)
      errors['priorityGroup.reservedSeats'] = `At most ${smallest} (the smallest ${unit})`;
  }
  return errors;
}

function twinInput(v: OfferFormValues) {
  return {
    format: v.virtualTwin.format,
    joinUrl: v.virtualTwin.joinUrl.trim(),
    capacity: v.virtualTwin.capacity === '' ? null : v.virtualTwin.capacity,
  };
}

export function toCreateInput(v: OfferFormValues): CreateOfferInput {
  return {
    kind: v.kind,
    title: v.title.trim(),
    description: v.description.trim(),
    facilityId: v.facilityId,
    allocation: v.allocation,
    applicationDeadline: fromLocalInput(v.applicationDeadline) as string,
    eligibleLevels: v.eligibleLevels,
    topics: v.topics,
    slots: v.slots.map((s) => ({
      startsAt: fromLocalInput(s.startsAt) as string,
      endsAt: fromLocalInput(s.endsAt) as string,
      capacity: s.capacity as number,
    })),
    virtualTwin: v.virtualTwin.enabled ? twinInput(v) : null,
    priorityGroup: v.priorityGroup.enabled
      ? {
          name: v.priorityGroup.name.trim(),
          reservedSeats: v.priorityGroup.reservedSeats as number,
          universityIds: v.priorityGroup.universityIds,
          programIds: [],
        }
      : null,
  };
}

/** Only what changed: new slots, changed capacities, the twin added, changed or removed. */
export function toUpdateInput(v: OfferFormValues, before: OfferFormValues): UpdateOfferInput {
  const input: UpdateOfferInput = {};
  if (v.title.trim() !== before.title) input.title = v.title.trim();
  if (v.description.trim() !== before.description) input.description = v.description.trim();
  if (v.applicationDeadline !== before.applicationDeadline)
    input.applicationDeadline = fromLocalInput(v.applicationDeadline);
  if (v.eligibleLevels.join() !== before.eligibleLevels.join()) input.eligibleLevels = v.eligibleLevels;
  if (v.topics.join() !== before.topics.join()) input.topics = v.topics;
  const added = v.slots.filter((s) => !s.id);
  if (added.length)
    input.addSlots = added.map((s) => ({
      startsAt: fromLocalInput(s.startsAt) as string,
      endsAt: fromLocalInput(s.endsAt) as string,
      capacity: s.capacity as number,
    }));
  const changed = v.slots.filter((s) => s.id && before.slots.find((b) => b.id === s.id)?.capacity !== s.capacity);
  if (changed.length)
    input.slotCapacities = changed.map((s) => ({ slotId: s.id as string, capacity: s.capacity as number }));
  const twin = v.virtualTwin;
  const old = before.virtualTwin;
  if (!twin.enabled && old.enabled) input.removeVirtualTwin = true;
  else if (
    twin.enabled &&
    (!old.enabled ||
      twin.format !== old.format ||
      twin.capacity !== old.capacity ||
      twin.joinUrl.trim() !== old.joinUrl)
  )
    input.virtualTwin = twinInput(v);
  return input;
}

/** Maps an update's field paths back onto the form (`slotCapacities` is the slots' capacity fields). */
export function updateFieldPath(path: string): string {
  if (path === 'slotCapacities') return 'slots';
  if (path.startsWith('addSlots')) return 'slots';
  return path;
}
